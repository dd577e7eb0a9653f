/**
 * 协同起草 end to end: real Chromium contexts (each its own browser profile) against the real
 * collaboration server process on 127.0.0.1, its SQLite file read back to compare.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CollabStore } from '../../server/store.ts';
import { reportDocOf } from '../../src/collab/ydoc.ts';
import { newSecret } from '../../server/secrets.ts';
import { startServer, type ServerProcess } from '../helpers/collabServer.ts';
import { body } from './helpers.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const PORT = Number(process.env.COLLAB_E2E_PORT ?? 4287);

interface Links {
  readonly edit: string;
  readonly read: string;
  readonly name: string;
}

let server: ServerProcess;
test.beforeAll(async () => {
  server = await startServer(PORT);
});
test.afterAll(async () => {
  await server?.kill();
});
// A failure shows what the server logged (connections, refusals), to tell a refusal from a lost server.
// eslint-disable-next-line no-empty-pattern -- Playwright passes the test info second; no fixture is used.
test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) console.log(`collab server log (last 40 lines):\n${server?.logs.slice(-40).join('\n')}`);
});

const status = (page: Page) => page.locator('[data-collab-status]');

/** Block texts of the editor as the document has them: fields as {name}, no widgets or carets. */
function pageBlocks(page: Page): Promise<string[]> {
  return body(page).evaluate((root) => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof HTMLElement)) return '';
      if (node.matches('span.field[data-field]')) return `{${node.dataset.field}}`;
      if (node.tagName === 'BR') return node.classList.contains('ProseMirror-trailingBreak') ? '' : '\n';
      if (node.classList.contains('ProseMirror-widget') || node.classList.contains('collab-caret') || node.getAttribute('contenteditable') === 'false')
        return '';
      return [...node.childNodes].map(walk).join('');
    };
    return [...root.children].map(walk);
  });
}

type JsonNode = { type: string; text?: string; attrs?: { name?: string }; content?: JsonNode[] };
/** The same from the server's database file. */
function storedBlocks(name: string): string[] {
  const store = new CollabStore(server.dataDir);
  try {
    const doc = new Y.Doc();
    store.loadInto(name, doc);
    const inline = (n: JsonNode): string =>
      n.type === 'text' ? (n.text ?? '') : n.type === 'field' ? `{${n.attrs?.name}}` : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(inline).join('');
    return ((reportDocOf(doc) as JsonNode).content ?? []).map(inline);
  } finally {
    store.close();
  }
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(body(page)).toBeVisible();
}

/** The owner shares the open draft; returns the two links. */
async function share(page: Page, name: string): Promise<Links> {
  await openApp(page, `${server.url}/`);
  await page.getByRole('button', { name: '共享起草' }).click();
  const dialog = page.getByRole('dialog', { name: '共享起草' });
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByRole('button', { name: '开始共享' }).click();
  const edit = await expect(dialog.getByLabel('编辑链接'))
    .toHaveValue(/#\/shared\//)
    .then(() => dialog.getByLabel('编辑链接').inputValue());
  const read = await dialog.getByLabel('只读链接').inputValue();
  expect(read).not.toBe(edit);
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(status(page)).toHaveText('已同步');
  await expect(page.getByTestId('paper')).toHaveAttribute('data-draft-id', /^shared-/);
  return { edit, read, name: /#\/shared\/([^/]+)\//.exec(edit)![1]! };
}

async function join(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: '加入共享起草' });
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByRole('button', { name: '加入' }).click();
  await expect(body(page)).toBeVisible();
  await expect(status(page)).toHaveText('已同步');
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url });
}

/** Types `prefix` + a counter at the end of the `index`-th top-level block until `until`. */
async function typeUntil(page: Page, blockIndex: number, prefix: string, until: number): Promise<string> {
  // The click must land in that block's text: retried until the caret is there (right after joining, the page
  // may still be replacing its editor, and a click into the outgoing one would leave the caret elsewhere).
  const block = body(page).locator(':scope > *').nth(blockIndex);
  await expect(async () => {
    await block.click();
    await page.keyboard.press('End');
    expect(await block.evaluate((el) => el.contains(window.getSelection()?.anchorNode ?? null) && el.parentElement === document.activeElement)).toBe(true);
  }).toPass({ timeout: 10_000 });
  let typed = '';
  for (let i = 0; Date.now() < until; i++) {
    const piece = `${prefix}${i}，`;
    await page.keyboard.type(piece, { delay: 25 });
    typed += piece;
  }
  return typed;
}

async function expectConverged(pages: Page[], docName: string): Promise<string[]> {
  for (const p of pages) await expect(status(p)).toHaveText('已同步', { timeout: 20_000 });
  await expect
    .poll(async () => JSON.stringify(await Promise.all(pages.map(pageBlocks))), { timeout: 20_000 })
    .toBe(JSON.stringify(Array(pages.length).fill(await pageBlocks(pages[0]!))));
  const blocks = await pageBlocks(pages[0]!);
  expect(storedBlocks(docName)).toEqual(blocks);
  return blocks;
}

test('共享起草 is offered only on the page the collaboration server serves; elsewhere nothing is asked', async ({ page, browser }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // vite preview: a plain static server.
  await page.goto('./');
  await expect(body(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '导出Word' })).toBeVisible();
  await expect(page.getByRole('button', { name: '共享起草' })).toHaveCount(0);
  expect(requests.filter((p) => p.includes('api') || p.includes('collab'))).toEqual([]);
  const ctx = await newContext(browser);
  const served = await ctx.newPage();
  await openApp(served, `${server.url}/`);
  await expect(served.getByRole('button', { name: '共享起草' })).toBeVisible();
  await ctx.close();
});

test('two people edit different parts at once for 10 s: both see the same document, equal to what the server stored', async ({ browser }) => {
  const [ca, cb] = [await newContext(browser), await newContext(browser)];
  const [a, b] = [await ca.newPage(), await cb.newPage()];
  const links = await share(a, '张三·法制股');
  await join(b, links.edit, '李四·办公室');
  // Who is here, and their carets.
  await expect(a.getByRole('list', { name: '在线成员' })).toContainText('李四·办公室');
  await expect(b.getByRole('list', { name: '在线成员' })).toContainText('张三·法制股（我）'.replace('张三·法制股', '李四·办公室'));
  const blocks = await body(a).locator(':scope > *').count();
  const until = Date.now() + 10_000;
  const [typedA, typedB] = await Promise.all([typeUntil(a, 2, '甲', until), typeUntil(b, blocks - 3, '乙', until)]);
  expect(typedA.length).toBeGreaterThan(20);
  expect(typedB.length).toBeGreaterThan(20);
  const result = await expectConverged([a, b], links.name);
  expect(result[2], JSON.stringify(result)).toContain(typedA);
  expect(result[blocks - 3], JSON.stringify(result)).toContain(typedB);
  await expect(b.locator('.collab-caret-label', { hasText: '张三·法制股' })).toBeVisible();
  // Fields are shared too, and the draft's name.
  await a.getByLabel('单位名称').fill('某县司法局');
  await expect(b.getByLabel('单位名称')).toHaveValue('某县司法局');
  await b.getByLabel('报告年度').fill('2025');
  await expect(a.getByLabel('报告年度')).toHaveValue('2025');
  await a.getByRole('button', { name: '我的草稿' }).click();
  const drafts = a.getByRole('dialog', { name: '我的草稿' });
  await drafts
    .getByRole('button', { name: /^重命名：/ })
    .first()
    .click();
  await drafts.getByLabel('新名称').fill('全局共同起草的报告');
  await drafts.getByRole('button', { name: '确定' }).click();
  await drafts.getByRole('button', { name: '关闭' }).click();
  await expect(b.locator('.draft-title')).toHaveText('全局共同起草的报告');
  await body(b)
    .locator(':scope > *')
    .nth(blocks - 3)
    .click();
  await b.keyboard.press('End');
  // Undo undoes one's own typing only.
  await b.keyboard.type('撤销我');
  await expect(status(b)).toHaveText('已同步');
  await b.keyboard.press('Control+z');
  await expect.poll(() => pageBlocks(b).then((x) => x[blocks - 3])).not.toContain('撤销我');
  expect((await pageBlocks(b))[2]).toContain(typedA);
  await ca.close();
  await cb.close();
});

test('one person offline for a while edits, comes back: the edits merge', async ({ browser }) => {
  const [ca, cb] = [await newContext(browser), await newContext(browser)];
  // B's WebSocket goes through a switch the test can open.
  let offline = false;
  const routes = new Set<WebSocketRoute>();
  await cb.routeWebSocket(/\/collab$/, (ws) => {
    if (offline) return void ws.close();
    ws.connectToServer();
    routes.add(ws);
    ws.onClose(() => routes.delete(ws));
  });
  const [a, b] = [await ca.newPage(), await cb.newPage()];
  const links = await share(a, '张三');
  await join(b, links.edit, '王五');
  offline = true;
  for (const ws of routes) await ws.close();
  await expect(status(b)).toHaveText('未连接');
  const until = Date.now() + 3000;
  const [typedA, typedB] = await Promise.all([typeUntil(a, 2, 'A', until), typeUntil(b, 3, 'B', until)]);
  // B's own replica keeps its edits; A does not see them yet.
  expect((await pageBlocks(a))[3]).not.toContain(typedB);
  await b.waitForTimeout(1500);
  offline = false;
  const blocks = await expectConverged([a, b], links.name);
  expect(blocks[2]).toContain(typedA);
  expect(blocks[3]).toContain(typedB);
  await ca.close();
  await cb.close();
});

test('the server killed with SIGKILL and restarted: clients reconnect, nothing acknowledged is lost', async ({ browser }) => {
  const [ca, cb] = [await newContext(browser), await newContext(browser)];
  const [a, b] = [await ca.newPage(), await cb.newPage()];
  const links = await share(a, '张三');
  await join(b, links.edit, '赵六');
  await body(a).locator(':scope > *').nth(2).click();
  await a.keyboard.press('End');
  await a.keyboard.type('确认已保存的句子。', { delay: 20 });
  await expect(status(a)).toHaveText('已同步');
  await server.kill('SIGKILL');
  await expect(status(a)).toHaveText('未连接');
  await expect(status(b)).toHaveText('未连接');
  await a.keyboard.type('断线时写的句子。', { delay: 20 });
  server = await startServer(PORT, server.dataDir);
  const blocks = await expectConverged([a, b], links.name);
  expect(blocks[2]).toContain('确认已保存的句子。断线时写的句子。');
  await ca.close();
  await cb.close();
});

test('a wrong secret gets nothing; a broken link says so', async ({ browser }) => {
  const ca = await newContext(browser);
  const a = await ca.newPage();
  const links = await share(a, '张三');
  await body(a).locator(':scope > *').nth(2).click();
  await a.keyboard.type('不可外泄的内容', { delay: 10 });
  await expect(status(a)).toHaveText('已同步');
  const cx = await newContext(browser);
  const x = await cx.newPage();
  await x.goto(`${server.url}/#/shared/${links.name}/${newSecret()}`);
  await x.getByRole('dialog', { name: '加入共享起草' }).getByLabel('姓名').fill('外人');
  await x.getByRole('dialog', { name: '加入共享起草' }).getByRole('button', { name: '加入' }).click();
  await expect(x.getByRole('alert').filter({ hasText: '此共享链接无效或已被撤销，无法打开共享草稿' })).toBeVisible();
  await expect(x.getByText('不可外泄的内容')).toHaveCount(0);
  // Nothing is left behind: the refused link's placeholder is gone, a local draft is open.
  await expect(body(x)).toBeVisible();
  await expect(x.getByTestId('paper')).not.toHaveAttribute('data-draft-id', /^shared-/);
  await x.getByRole('button', { name: '我的草稿' }).click();
  await expect(x.getByRole('dialog', { name: '我的草稿' })).not.toContainText('共享草稿');
  await x.goto(`${server.url}/#/shared/${links.name}/short`);
  await x.reload();
  await expect(x.getByRole('alert').filter({ hasText: '共享链接不完整或格式不对' })).toBeVisible();
  await expect(x.getByTestId('paper')).not.toHaveAttribute('data-draft-id', /^shared-/);
  await ca.close();
  await cx.close();
});

test('a read-only link cannot change the document, not even by sending an update directly', async ({ browser }) => {
  const [ca, cr] = [await newContext(browser), await newContext(browser)];
  const [a, r] = [await ca.newPage(), await cr.newPage()];
  const links = await share(a, '张三');
  await join(r, links.read, '孙七·只读');
  await expect(body(r)).toHaveAttribute('contenteditable', 'false');
  await expect(r.getByLabel('单位名称')).toHaveAttribute('readonly', '');
  const before = await pageBlocks(a);
  await body(r).locator(':scope > *').nth(2).click();
  await r.keyboard.type('只读者的修改');
  // By hand: the read secret's WebSocket, an update to the shared text.
  const secret = /#\/shared\/[^/]+\/(.+)$/.exec(links.read)![1]!;
  const doc = new Y.Doc();
  doc.getXmlFragment('default').insert(0, [new Y.XmlText('注入的文字')]);
  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, links.name);
    write(e);
    return [...encoding.toUint8Array(e)];
  };
  const auth = frame((e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, secret);
  });
  const update = frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc));
  });
  const answer = await r.evaluate(
    ([auth, update]) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(new URL('collab', location.href).href.replace(/^http/, 'ws'));
        ws.binaryType = 'arraybuffer';
        ws.onopen = () => ws.send(new Uint8Array(auth!));
        ws.onmessage = () => {
          ws.send(new Uint8Array(update!));
          setTimeout(() => resolve('sent'), 1000);
        };
        ws.onerror = () => resolve('error');
      }),
    [auth, update],
  );
  expect(answer).toBe('sent');
  await expect(status(a)).toHaveText('已同步');
  expect(await pageBlocks(a)).toEqual(before);
  expect(storedBlocks(links.name)).toEqual(before);
  expect(JSON.stringify(storedBlocks(links.name))).not.toContain('注入');
  await ca.close();
  await cr.close();
});

test('export, 检查 and 备份 work on a shared draft; restoring the backup elsewhere gives a local copy', async ({ browser }) => {
  const ca = await newContext(browser);
  const a = await ca.newPage();
  const links = await share(a, '张三');
  await a.getByLabel('单位名称').fill('某县司法局');
  await body(a).locator(':scope > *').nth(2).click();
  await a.keyboard.press('End');
  await a.keyboard.type('共享草稿里的句子。', { delay: 10 });
  await expect(status(a)).toHaveText('已同步');
  // 分工: shown in the outline.
  await a.getByLabel('工作开展情况负责人').fill('李四·办公室');
  await a.getByLabel('工作开展情况负责人').press('Enter');
  await a.getByLabel('工作开展情况状态').selectOption('待审');
  await expect(a.getByRole('navigation', { name: '提纲' })).toContainText('李四·办公室·待审');
  // 检查
  await a.getByRole('button', { name: '检查' }).click();
  await expect(a.getByRole('region', { name: '检查' })).toBeVisible();
  // 导出Word
  await a.getByRole('button', { name: '导出Word' }).click();
  const exportAnyway = a.getByRole('button', { name: '仍然导出' });
  const [docx] = await Promise.all([a.waitForEvent('download'), exportAnyway.click()]);
  expect(docx.suggestedFilename()).toContain('某县司法局');
  await assertValidDocx(await docx.path(), docx.suggestedFilename());
  // 备份 holds the shared draft's content (and no secret).
  const [backup] = await Promise.all([a.waitForEvent('download'), a.getByRole('button', { name: '备份' }).click()]);
  const backupPath = await backup.path();
  const text = (await import('node:fs')).readFileSync(backupPath, 'utf8');
  expect(text).toContain('共享草稿里的句子。');
  expect(text).toContain(`shared-${links.name}`);
  for (const secret of [links.edit, links.read].map((l) => l.split('/').pop()!)) expect(text).not.toContain(secret);
  // Restored on another PC: a local copy.
  const cb = await newContext(browser);
  const b = await cb.newPage();
  await openApp(b, `${server.url}/`);
  await b.getByLabel('选择备份文件').setInputFiles(backupPath);
  await expect(b.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await b.getByRole('button', { name: '我的草稿' }).click();
  await expect(b.getByRole('dialog', { name: '我的草稿' })).toContainText('共享草稿的本地副本');
  await ca.close();
  await cb.close();
});

test('the owner revokes the edit link: a new link, and the session opened with the old one is closed', async ({ browser }) => {
  const [ca, cb, cc] = [await newContext(browser), await newContext(browser), await newContext(browser)];
  const [a, b, c] = [await ca.newPage(), await cb.newPage(), await cc.newPage()];
  const links = await share(a, '张三');
  await join(b, links.edit, '李四');
  await a.getByRole('button', { name: '共享起草' }).click();
  const dialog = a.getByRole('dialog', { name: '共享起草' });
  // The dialog, the who-is-here list, the status and the 分工 panel pass axe (no serious/critical).
  const axe = await new AxeBuilder({ page: a }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: '撤销编辑链接' }).click();
  await expect(dialog.getByRole('status')).toContainText('已撤销旧的编辑链接');
  const renewed = await dialog.getByLabel('编辑链接').inputValue();
  expect(renewed).not.toBe(links.edit);
  expect(await dialog.getByLabel('只读链接').inputValue()).toBe(links.read);
  await dialog.getByRole('button', { name: '完成' }).click();
  // The old session is closed and refused; what it shows is its own local copy, read-only.
  await expect(b.getByRole('alert')).toContainText('此共享链接无效或已被撤销');
  await expect(body(b)).toHaveAttribute('contenteditable', 'false');
  // The new link works; the owner carries on.
  await join(c, renewed, '王五');
  await body(a).locator(':scope > *').nth(2).click();
  await a.keyboard.type('撤销之后的修改', { delay: 10 });
  await expect(body(c)).toContainText('撤销之后的修改');
  await expect(body(b)).not.toContainText('撤销之后的修改');
  for (const ctx of [ca, cb, cc]) await ctx.close();
});

test('inserting an example is one undo step, and undo leaves the other person’s typing alone', async ({ browser }) => {
  const [ca, cb] = [await newContext(browser), await newContext(browser)];
  const [a, b] = [await ca.newPage(), await cb.newPage()];
  const links = await share(a, '张三');
  await join(b, links.edit, '李四');
  await body(b).locator(':scope > *').nth(3).click();
  await b.keyboard.press('End');
  await b.keyboard.type('李四写的话', { delay: 10 });
  await expect(body(a)).toContainText('李四写的话');
  await body(a).locator('p.hint').first().click();
  await expect(a.getByRole('combobox', { name: '段落类型' })).toBeEnabled();
  const lib = a.getByRole('region', { name: '范文库' });
  await lib.getByRole('searchbox', { name: '搜索范文' }).fill('法律顾问');
  const item = lib.locator('li.lib-item').filter({ hasText: '县统计局' }).filter({ hasText: '统计行政决策科学化' });
  await item.getByRole('button', { name: '插入' }).click();
  await expect(body(b)).toContainText('统计行政决策科学化');
  await a.waitForTimeout(700);
  await body(a).focus();
  await a.keyboard.press('Control+z');
  await expect(body(a)).not.toContainText('统计行政决策科学化');
  await expect(body(b)).not.toContainText('统计行政决策科学化');
  await expect(body(a)).toContainText('李四写的话');
  await expectConverged([a, b], links.name);
  await ca.close();
  await cb.close();
});
