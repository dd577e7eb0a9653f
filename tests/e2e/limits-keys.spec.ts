import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { docxOf, giantParagraphDocx, zipBomb } from '../helpers/hostile.ts';
import { body, expectSaved, openApp } from './helpers.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

/**
 * Issue 19 end to end: the save status tells the truth; Ctrl+S / Ctrl+Shift+S / Ctrl+P; hostile
 * files and pastes made here are refused (or kept) quickly with Chinese messages; a stored draft
 * too large to edit does not lock the page; beforeunload asks only when the journal cannot help.
 */
const run = promisify(execFile);
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function typeInPartOne(page: Page, text: string): Promise<void> {
  await body(page).locator('p.hint').first().click();
  await expect(page.getByRole('combobox', { name: '段落类型' })).toBeEnabled();
  await page.keyboard.type(text);
}

/** The open draft as IndexedDB holds it now (read by the page, outside the app). */
async function storedText(page: Page): Promise<string> {
  const id = await page.getByTestId('paper').getAttribute('data-draft-id');
  return page.evaluate(
    (draftId) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('report-drafter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drafts').objectStore('drafts').get(draftId!);
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result?.doc ?? null));
            open.result.close();
          };
        };
      }),
    id,
  );
}

test('the save status says 未保存 / 保存中 until IndexedDB has the change, and 已保存到本机 only then', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  // Every state the line shows while typing, with the autosaver's exact state at that moment.
  await page.evaluate(() => {
    const status = document.querySelector('[data-save-status]')!;
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const record = () => seen.push(`${status.getAttribute('data-save-status')}:${status.querySelector('.save-label')!.textContent}`);
    new MutationObserver(record).observe(status, { attributes: true, subtree: true, childList: true, characterData: true });
  });
  await typeInPartOne(page, '保存状态要说真话。');
  // Right after typing, nothing is stored yet and the line says so.
  await expect(page.getByRole('status').filter({ hasText: '未保存' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已保存到本机' })).toBeVisible();
  expect(await storedText(page)).toContain('保存状态要说真话。');
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toContain('dirty:未保存');
  for (const s of seen) if (s.endsWith('已保存到本机')) expect(s).toBe('saved:已保存到本机');
  for (const s of seen) if (!s.startsWith('saved')) expect(s).not.toContain('已保存');
});

test('Ctrl+S stores the change now and says 已保存; Ctrl+Shift+S offers 导出Word; no browser dialog', async ({ page }) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.type()), void d.dismiss()));
  await openApp(page);
  await typeInPartOne(page, '按下Ctrl+S立即保存。');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: '已保存到本机。' }).first()).toBeVisible();
  await expectSaved(page);
  expect(await storedText(page)).toContain('按下Ctrl+S立即保存。');
  // The text stays as typed: the key did not reach the editor.
  await expect(body(page)).toContainText('按下Ctrl+S立即保存。');
  await expect(body(page)).not.toContainText('按下Ctrl+S立即保存。s');

  await page.keyboard.press('Control+Shift+S');
  // The template's open items: 导出Word asks first (the same dialog as the button).
  const confirm = page.getByRole('dialog', { name: '报告还有未完成的地方' });
  await expect(confirm).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: /导出/ }).first().click()]);
  expect(download.suggestedFilename()).toMatch(/法治政府建设工作报告\.docx$/);
  await assertValidDocx(await download.path(), download.suggestedFilename());
  expect(dialogs).toEqual([]);
});

test('Ctrl+P and 打印 print the exported pages: A4, page numbers, the report and nothing of the app', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void (window as unknown as { __printed: number }).__printed++;
  });
  await openApp(page);
  await typeInPartOne(page, '打印出来的就是导出的页面。');
  // Enough text for three pages or so.
  await page.keyboard.insertText('依法行政工作扎实推进，行政执法监督不断加强。'.repeat(60));
  await page.keyboard.press('Control+p');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  const pages = page.getByTestId('print-pages').locator('section[data-page]');
  const count = await pages.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = await mkdtemp(join(tmpdir(), 'print-test-'));
  try {
    const file = join(dir, 'print.pdf');
    await writeFile(file, pdf);
    const info = (await run('pdfinfo', [file])).stdout;
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(count);
    const text = (await run('pdftotext', ['-layout', file, '-'])).stdout.replace(/[ \u3000]+/g, ' ');
    expect(text).toContain('打印出来的就是导出的页面。');
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    for (const chrome of ['范文库', '报告信息', '导出Word', '已保存到本机']) expect(text).not.toContain(chrome);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '打印' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(2);
});

test('hostile .docx files are refused quickly with a Chinese message and nothing changes', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await typeInPartOne(page, '导入之前的正文。');
  await expectSaved(page);
  const id = await page.getByTestId('paper').getAttribute('data-draft-id');
  const input = page.getByLabel('选择要导入的Word文件');
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['解压炸弹.docx', zipBomb(80), /无法导入“解压炸弹\.docx”：文件解压后超过\d+(\.\d)? MB。/],
    ['一千六百万字.docx', giantParagraphDocx(16_000_000), /无法导入“一千六百万字\.docx”：文件中的文字超过1600万字。/],
  ];
  for (const [name, bytes, message] of cases) {
    const started = Date.now();
    await input.setInputFiles({ name, mimeType: DOCX_MIME, buffer: Buffer.from(bytes) });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(8000);
    await expect(page.getByTestId('paper')).toHaveAttribute('data-draft-id', id!);
    await expect(body(page)).toContainText('导入之前的正文。');
    await page.getByRole('alert').filter({ hasText: message }).getByRole('button', { name: '知道了' }).click();
  }
  // The page is not frozen: typing goes on at once.
  await page.keyboard.type('还能继续写。');
  await expect(body(page)).toContainText('还能继续写。');
  // A plain report still imports.
  await input.setInputFiles({
    name: '正常的报告.docx',
    mimeType: DOCX_MIME,
    buffer: Buffer.from(docxOf(['某县司法局2024年法治政府建设工作报告', '一、工作开展情况', '正常的正文。'])),
  });
  await expect(page.getByRole('status').filter({ hasText: '已将“正常的报告.docx”导入为新草稿' })).toBeVisible();
});

test('a backup with an unknown node restores that draft with the node as plain text, and says so', async ({ page }) => {
  await openApp(page);
  const draft = (id: string, name: string, extra: unknown[]) => ({
    id,
    name,
    fields: { unit: '县司法局', year: 2024, superior: '', date: '' },
    doc: {
      type: 'doc',
      content: [
        { type: 'reportTitle', content: [{ type: 'text', text: '2024年法治政府建设工作报告' }] },
        { type: 'heading', attrs: { level: 1, runIn: false, part: null }, content: [{ type: 'text', text: '工作开展情况' }] },
        ...extra,
      ],
    },
    origin: null,
    createdAt: 1,
    updatedAt: 2,
  });
  // A node this version does not know (tables it does since 年度接续): a block quote from another editor.
  const quote = {
    type: 'blockquote',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: '引用里的行政复议案件数' }] }],
  };
  const file = {
    format: 'report-drafter-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    drafts: [
      draft('hostile-a', '带引用的草稿', [quote, { type: 'paragraph', content: [{ type: 'text', text: '引用后的段落。' }] }]),
      draft('hostile-b', '重复的草稿', [{ type: 'paragraph', content: [{ type: 'text', text: '旧的一份。' }] }]),
      { ...draft('hostile-b', '重复的草稿', [{ type: 'paragraph', content: [{ type: 'text', text: '新的一份。' }] }]), updatedAt: 50 },
    ],
    library: [],
  };
  await page.getByLabel('选择备份文件').setInputFiles({ name: '备份.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const message = page.getByRole('status').filter({ hasText: '已恢复' });
  await expect(message).toContainText('已恢复 2 份草稿');
  await expect(message).toContainText('草稿“带引用的草稿”中1处无法识别的内容（引用）已转为普通文字');
  await expect(message).toContainText('文件中有两份编号相同的“重复的草稿”，已保留较新的一份');
  await expect(message).not.toContainText('损坏');
  // Open it: the quote's text is a paragraph, the rest as it was.
  await page.getByRole('button', { name: '我的草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '我的草稿' });
  await dialog.getByRole('button', { name: '打开：带引用的草稿' }).click();
  await expect(body(page)).toContainText('引用里的行政复议案件数');
  await expect(body(page)).toContainText('引用后的段落。');
});

test('an 800-row Word table of about 20,000 characters pastes; its text arrives', async ({ page }) => {
  await openApp(page);
  await typeInPartOne(page, '表格前。');
  const started = Date.now();
  await page.evaluate(() => {
    const cell = (text: string) =>
      `<td width=142 valign=top style='width:106.5pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:15.6pt'><p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><span lang=EN-US style='font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";mso-bidi-font-family:"Times New Roman";color:black;mso-font-kerning:0pt'>${text}<o:p></o:p></span></p></td>`;
    const rows = Array.from(
      { length: 800 },
      (_, i) => `<tr style='mso-yfti-irow:${i};height:15.6pt'>${cell(`第${i + 1}项`)}${cell('行政执法案卷评查')}${cell('已整改')}${cell('2024年')}</tr>`,
    );
    const html = `<html><body><!--StartFragment--><table class=MsoTableGrid border=1>${rows.join('\n')}</table><!--EndFragment--></body></html>`;
    const plain = Array.from({ length: 800 }, (_, i) => `第${i + 1}项\t行政执法案卷评查\t已整改\t2024年`).join('\r\n');
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', plain);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body(page)).toContainText('第800项');
  await expect(body(page)).toContainText('第1项');
  expect(Date.now() - started).toBeLessThan(20_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSaved(page);
});

test('a stored draft too large to edit opens another draft with a warning instead of locking the page', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await typeInPartOne(page, '另一份能打开的草稿。');
  await expectSaved(page);
  // A 16-million-character paragraph stored by an older version, and remembered as the last open draft.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('report-drafter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['drafts', 'meta'], 'readwrite');
          tx.objectStore('drafts').put({
            id: 'giant',
            name: '巨大的草稿',
            fields: { unit: '', year: 2024, superior: '', date: '' },
            doc: {
              type: 'doc',
              content: [
                { type: 'reportTitle', content: [{ type: 'text', text: '报告' }] },
                { type: 'paragraph', content: [{ type: 'text', text: '字'.repeat(16_000_000) }] },
              ],
            },
            origin: null,
            createdAt: 1,
            updatedAt: Date.now() + 60_000,
          });
          tx.objectStore('meta').put('giant', 'lastOpenDraftId');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: '巨大的草稿' });
  await expect(warning).toContainText('草稿“巨大的草稿”内容过长（约1600万字，一份草稿最多60万字），为免页面卡死没有打开。');
  await expect(warning).toContainText('已改为打开');
  await expect(body(page)).toContainText('另一份能打开的草稿。');
  // Typing is immediate.
  await body(page).locator('p').filter({ hasText: '另一份能打开的草稿。' }).click();
  const started = Date.now();
  await page.keyboard.type('照常输入。');
  await expect(body(page)).toContainText('照常输入。');
  expect(Date.now() - started).toBeLessThan(3000);
  // 下载备份 keeps it: nothing was lost.
  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: '下载备份' }).click()]);
  expect(download.suggestedFilename()).toMatch(/备份.*\.json$/);
});

test('beforeunload asks only when the journal cannot take the change (localStorage full)', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.type()), void d.accept()));
  await openApp(page);
  await typeInPartOne(page, '本地存储已满时离开要先问。');
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(body(page)).toBeVisible();
});

test('a backup nested 100,000 levels deep is read without a stack overflow, and only Chinese reaches the user', async ({ page }) => {
  await openApp(page);
  // A draft whose body holds one paragraph wrapped in 100,000 unknown nodes.
  let inner = '{"type":"paragraph","content":[{"type":"text","text":"深处的一段话。"}]}';
  const depth = 100_000;
  inner = '{"type":"wrapper","content":['.repeat(depth) + inner + ']}'.repeat(depth);
  const text = `{"format":"report-drafter-backup","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","library":[],"drafts":[{"id":"deep","name":"嵌套很深的草稿","doc":{"type":"doc","content":[{"type":"reportTitle"},${inner}]},"createdAt":1,"updatedAt":2}]}`;
  await page.getByLabel('选择备份文件').setInputFiles({ name: '深.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const message = page.locator('.banners .banner').first();
  await expect(message).toContainText(/已恢复|无法恢复/);
  const shown = (await message.innerText()).replace(/[“”"].*?[“”"]|\.json|知道了/g, '');
  expect(shown).not.toMatch(/[A-Za-z]{4,}/);
  expect(shown).not.toContain('Maximum call stack');
});

test('without IndexedDB the status line never claims 已保存到本机', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openApp(page);
  await typeInPartOne(page, '只在内存中。');
  await expectSaved(page);
  await expect(page.locator('.save-label')).toHaveText('仅保存在本页（浏览器存储不可用）');
  await expect(page.getByText('已保存到本机')).toHaveCount(0);
});
