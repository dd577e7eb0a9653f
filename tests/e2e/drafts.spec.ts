import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { body, expectSaved, newFromExample, newFromTemplate, numbered, openApp } from './helpers.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

const draftsDialog = (page: Page) => page.getByRole('dialog', { name: '我的草稿' });

async function typeInPartOne(page: Page, text: string) {
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type(text);
}

test('typing is saved to IndexedDB within a second and restored exactly after reload', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await page.getByLabel('单位名称').fill('县水务局');
  await typeInPartOne(page, '（一）强化河湖执法');
  await page.keyboard.press('Enter');
  await page.keyboard.type('全年开展执法检查36次。');
  await page.waitForTimeout(1000);
  await expectSaved(page);
  await page.reload();
  await expect(body(page).locator('h1')).toHaveText('县水务局2026年法治政府建设工作报告');
  await expect.poll(() => numbered(body(page).locator('h3'))).toEqual(['（一）强化河湖执法']);
  await expect(body(page)).toContainText('全年开展执法检查36次。');
  await expect(page.getByLabel('单位名称')).toHaveValue('县水务局');
});

test('drafts stored by a build with the version-1 database open and save after the upgrade to version 2', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await typeInPartOne(page, '升级前写下的内容。');
  await expectSaved(page);
  // Rebuild the database as version 1 (no `version` index) holding the same records.
  await page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('report-drafter'));
    const tx = db.transaction(['drafts', 'meta'], 'readonly');
    const drafts = await request(tx.objectStore('drafts').getAll());
    const last = await request(tx.objectStore('meta').get('lastOpenDraftId'));
    db.close();
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase('report-drafter');
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
    const open = indexedDB.open('report-drafter', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('drafts', { keyPath: 'id' });
      open.result.createObjectStore('library', { keyPath: 'id' });
      open.result.createObjectStore('meta');
    };
    const v1 = await request(open);
    const write = v1.transaction(['drafts', 'meta'], 'readwrite');
    for (const d of drafts) write.objectStore('drafts').put(d);
    write.objectStore('meta').put(last, 'lastOpenDraftId');
    await new Promise<void>((resolve) => (write.oncomplete = () => resolve()));
    v1.close();
  });
  await page.reload();
  await expect(body(page)).toContainText('升级前写下的内容。');
  await body(page).getByText('升级前写下的内容。').click();
  await page.keyboard.press('End');
  await page.keyboard.type('升级后接着写。');
  await expectSaved(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const schema = await page.evaluate(
    () =>
      new Promise<{ version: number; indexes: string[] }>((resolve, reject) => {
        const r = indexedDB.open('report-drafter');
        r.onsuccess = () => {
          const indexes = [...r.result.transaction('drafts').objectStore('drafts').indexNames];
          resolve({ version: r.result.version, indexes });
          r.result.close();
        };
        r.onerror = () => reject(r.error);
      }),
  );
  expect(schema).toEqual({ version: 2, indexes: ['version'] });
  await page.reload();
  await expect(body(page)).toContainText('升级前写下的内容。升级后接着写。');
});

test('fields update the title, intro and sign-off live; dates are written the official way', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /规定四部分/);
  await page.getByLabel('单位名称').fill('县统计局');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('上级机关').fill('县委、县政府');
  await page.getByLabel('落款日期').fill('2025-03-01');
  await expect(body(page).locator('h1')).toHaveText('县统计局2024年度法治政府建设工作报告');
  await expect(body(page).locator('p').first()).toContainText('2024年，在县委、县政府的坚强领导下，县统计局坚持');
  await expect.poll(async () => (await numbered(body(page).locator('h2'))).at(-1)).toBe('四、2025年度推进法治政府建设的主要安排');
  await expect(body(page).locator('p.signoff')).toHaveText(['县统计局', '2025年3月1日']);
  await page.getByLabel('单位名称').fill('');
  await expect(body(page).locator('h1 .field-empty')).toHaveText('［单位名称］');
});

test('我的草稿: create three drafts, switch, rename, duplicate, delete and undo the delete', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await typeInPartOne(page, '第一份草稿的内容。');
  await newFromTemplate(page, /乡镇/);
  await typeInPartOne(page, '第二份草稿的内容。');
  await newFromExample(page, /县公安局2023年/);
  await expectSaved(page);

  await page.getByRole('button', { name: '我的草稿' }).click();
  const dialog = draftsDialog(page);
  // The first draft of the page plus the three created.
  await expect(dialog.locator('tbody tr')).toHaveCount(4);
  await dialog
    .getByRole('button', { name: /^打开：未命名报告（常见四部分）/ })
    .first()
    .click();
  await expect(body(page)).toContainText('第一份草稿的内容。');

  await page.getByRole('button', { name: '我的草稿' }).click();
  await dialog.getByRole('button', { name: /^重命名：未命名报告（乡镇/ }).click();
  await dialog.getByLabel('新名称').fill('镇政府报告初稿');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByText('镇政府报告初稿')).toBeVisible();

  await dialog.getByRole('button', { name: '复制：镇政府报告初稿' }).click();
  await expect(dialog.getByText('镇政府报告初稿（副本）')).toBeVisible();
  await dialog.getByRole('button', { name: '删除：镇政府报告初稿（副本）' }).click();
  await expect(dialog.getByText('镇政府报告初稿（副本）')).toHaveCount(0);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: '撤销删除' }).click();
  await page.getByRole('button', { name: '我的草稿' }).click();
  await expect(dialog.getByText('镇政府报告初稿（副本）')).toBeVisible();

  await dialog.getByRole('button', { name: '打开：镇政府报告初稿', exact: true }).click();
  await expect(body(page)).toContainText('第二份草稿的内容。');
  await page.reload();
  await expect(body(page)).toContainText('第二份草稿的内容。');
});

test('备份 → clear storage → 恢复 brings every draft back; bad backup files change nothing', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await typeInPartOne(page, '要备份的草稿内容。');
  await newFromExample(page, /县司法局2023年/);
  await expectSaved(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '备份' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^法治报告起草器备份-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();

  // Bad files first: each gets a clear message and the open draft stays as it is.
  const before = await body(page).innerText();
  const restoreInput = page.getByLabel('选择备份文件');
  const bad: Array<[string, string, RegExp]> = [
    ['坏文件.json', '{"format": "report-drafter-backup", "version": 1, "drafts": [', /不是有效的|无法读取|格式/],
    [
      '未来版本.json',
      JSON.stringify({ format: 'report-drafter-backup', version: 99, exportedAt: '2030-01-01T00:00:00Z', drafts: [], library: [] }),
      /更新版本/,
    ],
    ['别的文件.json', JSON.stringify({ hello: 'world' }), /不是.*备份/],
  ];
  for (const [name, content, message] of bad) {
    await restoreInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText(name);
    expect(await body(page).innerText()).toBe(before);
    await page.getByRole('alert').getByRole('button', { name: '知道了' }).click();
  }

  // Clear storage entirely, reload: a fresh start.
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase('report-drafter');
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
      r.onblocked = () => resolve();
    });
  });
  await page.reload();
  await page.getByRole('button', { name: '我的草稿' }).click();
  await expect(draftsDialog(page).locator('tbody tr')).toHaveCount(1);
  await draftsDialog(page).getByRole('button', { name: '关闭' }).click();

  await restoreInput.setInputFiles(backupPath);
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toContainText('已恢复 3 份草稿');
  await page.getByRole('button', { name: '我的草稿' }).click();
  await expect(draftsDialog(page).locator('tbody tr')).toHaveCount(4);
  // Newest first: the first openable one of that name is the draft typed into before the backup.
  await draftsDialog(page)
    .getByRole('button', { name: /^打开：未命名报告（常见四部分）/, disabled: false })
    .first()
    .click();
  await expect(body(page)).toContainText('要备份的草稿内容。');
});

test('restoring a backup whose drafts collide asks before overwriting', async ({ page }) => {
  await openApp(page);
  await typeInPartOne(page, '原来的内容。');
  await expectSaved(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '备份' }).click()]);
  const backupPath = await download.path();
  await body(page).locator('p').filter({ hasText: '原来的内容。' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('后来又改了。');
  await expectSaved(page);
  await page.getByLabel('选择备份文件').setInputFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: '恢复备份' });
  await expect(dialog).toContainText('1 份草稿');
  await dialog.getByRole('button', { name: '恢复' }).click();
  // Default choice keeps both: the restored one is a copy.
  await expect(body(page)).toContainText('原来的内容。后来又改了。');
  await page.getByRole('button', { name: '我的草稿' }).click();
  await expect(draftsDialog(page).getByText(/（恢复）/)).toBeVisible();
});

test('导入Word opens a .docx as a new draft; a wrong file gets a message and the draft is unchanged', async ({ page }) => {
  await openApp(page);
  await newFromExample(page, /县统计局2023年/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: '导出Word' })
      .click()
      .then(() => page.getByRole('button', { name: '仍然导出' }).click()),
  ]);
  const docxPath = await download.path();
  await assertValidDocx(docxPath, download.suggestedFilename());
  await newFromTemplate(page, /常见四部分/);
  const before = await body(page).innerText();
  const input = page.getByLabel('选择要导入的Word文件');
  await input.setInputFiles({ name: '照片.docx', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n not a document') });
  await expect(page.getByRole('alert')).toContainText('照片.docx');
  expect(await body(page).innerText()).toBe(before);
  await input.setInputFiles({ name: '空文件.docx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('空文件.docx');
  expect(await body(page).innerText()).toBe(before);

  await input.setInputFiles(docxPath);
  await expect(body(page).locator('h1')).toHaveText('县统计局2023年法治政府建设工作报告');
  await expect.poll(() => numbered(body(page).locator('h2'))).toEqual(['一、工作开展情况', '二、存在的不足和问题', '三、下一步工作打算']);
  await expect(body(page).locator('p.report-heading.level-2').first().locator('.runin-lead')).toHaveText('加强学习，增强统计法治政府建设重要性的认识。');
});

test('a second tab on the same draft is read-only until it takes over; no silent overwrite', async ({ page, context }) => {
  await openApp(page);
  await typeInPartOne(page, '第一个标签页写的。');
  await expectSaved(page);
  const second = await context.newPage();
  await openApp(second);
  await expect(second.getByRole('status').filter({ hasText: '另一个标签页' })).toBeVisible();
  await expect(body(second)).toHaveAttribute('contenteditable', 'false');
  await expect(body(second)).toContainText('第一个标签页写的。');

  // The first tab keeps writing; the read-only tab follows.
  await body(page).locator('p').filter({ hasText: '第一个标签页写的。' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('继续写。');
  await expectSaved(page);
  await expect(body(second)).toContainText('第一个标签页写的。继续写。');

  // Take over in the second tab: the first becomes read-only.
  await second.getByRole('button', { name: '在此处编辑' }).click();
  await expect(body(second)).toHaveAttribute('contenteditable', 'true');
  await expect(body(page)).toHaveAttribute('contenteditable', 'false');
  await body(second).locator('p').filter({ hasText: '继续写。' }).click();
  await second.keyboard.press('End');
  await second.keyboard.type('第二个标签页接着写。');
  await expectSaved(second);
  await second.reload();
  await expect(body(second)).toContainText('第一个标签页写的。继续写。第二个标签页接着写。');
});

test('a 5 MB paste is refused quickly with a message; the draft stays intact', async ({ page }) => {
  await openApp(page);
  await typeInPartOne(page, '已有内容。');
  const before = await body(page).innerText();
  const started = Date.now();
  await page.evaluate(() => {
    const text = '法治政府建设工作报告。'.repeat(500_000); // 5.5 million characters
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('粘贴的内容过大');
  expect(Date.now() - started).toBeLessThan(5000);
  expect(await body(page).innerText()).toBe(before);
});

test('a full storage quota shows a persistent warning with a backup; typing continues; saving resumes', async ({ page }) => {
  // Chromium's quota override (CDP Storage.overrideQuotaForOrigin) does not make IndexedDB writes
  // fail here, so the browser's QuotaExceededError is raised by the real API on demand instead.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await typeInPartOne(page, '配额用尽之前。');
  await expectSaved(page);
  await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = true));
  await page.keyboard.type('配额用尽之后继续输入的文字。');
  const alert = page.getByRole('alert').filter({ hasText: '存储空间已满' });
  await expect(alert).toBeVisible();
  await page.keyboard.type('仍然可以输入。');
  await expect(body(page)).toContainText('配额用尽之后继续输入的文字。仍然可以输入。');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: '下载备份' }).click()]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as { drafts: unknown[] };
  expect(JSON.stringify(backup.drafts)).toContain('仍然可以输入。');

  // Space freed: the next change is saved and the warning goes away; nothing typed was lost.
  await page.evaluate(() => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = false));
  await page.keyboard.type('空间恢复后。');
  await expect(alert).toBeHidden();
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText('配额用尽之后继续输入的文字。仍然可以输入。空间恢复后。');
});

test('without IndexedDB the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('浏览器禁用了本地存储');
  await typeInPartOne(page, '只在内存中。');
  await expect(body(page)).toContainText('只在内存中。');
  await expect(page.getByRole('status').filter({ hasText: '仅保存在本页' })).toBeVisible();
});
