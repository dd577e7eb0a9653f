import { expect, test, type Page } from '@playwright/test';
import { getExample } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { exportDocx } from '../../src/export/docx/index.ts';
import { body, cursorInFirstHint, expectSaved, library, newFromTemplate, openApp } from './helpers.ts';

const checkPanel = (page: Page) => page.getByRole('region', { name: '检查' });
const openCheck = async (page: Page) => {
  await page.getByRole('button', { name: '检查' }).click();
  await expect(checkPanel(page).getByRole('region', { name: '校对' })).toBeVisible();
};

test('the 县商务局 paragraph with the wrong 纲要 title: item and underline, 改为 fixes it, one Ctrl+Z brings it back', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await cursorInFirstHint(page);
  const lib = library(page);
  await lib.getByRole('searchbox', { name: '搜索范文' }).fill('实施纲要');
  const item = lib.locator('li.lib-item').filter({ hasText: '县商务局' }).filter({ hasText: '2020-2025年' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: '插入' }).click();

  const wrong = '法治政府建设实施纲要（2020-2025年）';
  const right = '法治政府建设实施纲要（2021—2025年）';
  const underline = body(page).locator('.proof-mark.proof-error').filter({ hasText: wrong });
  await expect(underline).toHaveCount(1);
  // Hovering the underline shows the reason and the fix.
  await underline.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('文件名称应为');
  await expect(tip).toContainText(`建议改为：${right}`);

  await openCheck(page);
  const group = checkPanel(page).getByRole('region', { name: '法规名称' }).getByRole('group', { name: '文件名称' });
  await expect(group.getByRole('listitem')).toHaveCount(1);
  // Clicking the item selects the matched text.
  await group.getByRole('button', { name: new RegExp(`“${wrong.replace(/[()（）]/g, '.')}”`) }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(wrong);

  await group.getByRole('button', { name: `改为“${right}”` }).click();
  await expect(body(page)).toContainText(`《${right}》`);
  await expect(body(page)).not.toContainText(wrong);
  await expect(group).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(body(page)).toContainText(`《${wrong}》`);
  await expect(body(page).locator('.proof-mark').filter({ hasText: wrong })).toHaveCount(1);
});

test('忽略 is kept with the draft: it survives a reload, and 显示已忽略 lists it again', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await cursorInFirstHint(page);
  await page.keyboard.type('截止目前，共办理行政复议案件12件。');
  await openCheck(page);
  const group = checkPanel(page).getByRole('group', { name: '用词' });
  await expect(group.getByRole('listitem')).toHaveCount(1);
  await expect(
    body(page)
      .locator('.proof-mark')
      .filter({ hasText: /^截止$/ }),
  ).toHaveCount(1);
  await group.getByRole('button', { name: '忽略' }).click();
  await expect(group).toHaveCount(0);
  await expect(body(page).locator('.proof-mark')).toHaveCount(0);
  await expectSaved(page);

  await page.reload();
  await expect(body(page)).toContainText('截止目前，共办理');
  await openCheck(page);
  await expect(checkPanel(page).getByText('校对未发现问题。')).toBeVisible();
  await expect(body(page).locator('.proof-mark')).toHaveCount(0);
  await checkPanel(page).getByRole('button', { name: '显示已忽略（1）' }).click();
  const ignored = checkPanel(page).getByRole('list', { name: '已忽略' });
  await expect(ignored).toContainText('截止');
  await ignored.getByRole('button', { name: '取消忽略' }).click();
  await expect(checkPanel(page).getByRole('group', { name: '用词' }).getByRole('listitem')).toHaveCount(1);
  await expect(
    body(page)
      .locator('.proof-mark')
      .filter({ hasText: /^截止$/ }),
  ).toHaveCount(1);
});

test('全部改正 on half-width punctuation is one undo step; typed text is checked when typing rests', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await cursorInFirstHint(page);
  const typed = '围绕中心,服务大局;加强学习:狠抓落实。';
  await page.keyboard.type(typed);
  await expect(body(page).locator('.proof-mark.proof-error')).toHaveCount(3);
  // The cursor on an underline shows its reason.
  await body(page).locator('.proof-mark').first().click();
  await expect(page.getByRole('tooltip')).toContainText('全角标点');

  await openCheck(page);
  const group = checkPanel(page).getByRole('group', { name: '半角标点' });
  await expect(group.getByRole('listitem')).toHaveCount(3);
  await group.getByRole('button', { name: '全部改正' }).click();
  await expect(body(page)).toContainText('围绕中心，服务大局；加强学习：狠抓落实。');
  await expect(body(page).locator('.proof-mark')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(body(page)).toContainText(typed);
  await page.keyboard.press('Control+y');
  await expect(body(page)).toContainText('围绕中心，服务大局；加强学习：狠抓落实。');
});

test('导出Word lists open 需修改 items of 校对', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await cursorInFirstHint(page);
  await page.keyboard.type('深入学习贯彻法治思想。');
  await page.getByRole('button', { name: '导出Word' }).click();
  const dialog = page.getByRole('dialog', { name: '报告还有未完成的地方' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('规范表述：“法治思想”应改为“习近平法治思想”');
});

test('pasted and imported text is checked the same way', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await cursorInFirstHint(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '我们认真布署，做为重点工作。');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(
    body(page)
      .locator('.proof-mark')
      .filter({ hasText: /^布署$/ }),
  ).toHaveCount(1);
  await expect(
    body(page)
      .locator('.proof-mark')
      .filter({ hasText: /^做为$/ }),
  ).toHaveCount(1);

  // The 县商务局 report as a .docx (exported by the app's own code) through 导入Word.
  const { doc, fields } = exampleToDraft(getExample(2)!);
  const bytes = await exportDocx(doc, fields);
  await page.getByLabel('选择要导入的Word文件').setInputFiles({
    name: '县商务局.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });
  await expect(body(page)).toContainText('根据《法治政府建设实施纲要（2020-2025年）》');
  await expect(body(page).locator('.proof-mark.proof-error').filter({ hasText: '法治政府建设实施纲要（2020-2025年）' })).toHaveCount(1);
  await expect(body(page).locator('.proof-mark').filter({ hasText: /^,$/ })).toHaveCount(1);
});

test('a long draft: the underlines near the screen are drawn, and they follow the scroll', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await cursorInFirstHint(page);
  const lines = Array.from({ length: 300 }, (_, i) => `第${i + 1}段：截止目前，共办理行政复议案件${i + 1}件，依法审查规范性文件。`);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, lines.join('\n'));
  const underlineIn = (n: number) =>
    body(page)
      .locator('p', { hasText: `第${n}段：` })
      .locator('.proof-mark', { hasText: /^截止$/ });
  await openCheck(page);
  const group = checkPanel(page).getByRole('group', { name: '用词' });
  await expect(group.getByRole('listitem')).toHaveCount(300);

  // The caret ends after the pasted text: the last paragraph is on screen and underlined, the first is not drawn.
  await expect(underlineIn(300)).toHaveCount(1);
  await expect(underlineIn(1)).toHaveCount(0);
  const drawn = await body(page).locator('.proof-mark').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(300);

  // Scrolling to the top (the mouse wheel) draws the first paragraphs' underlines, and the tooltip still works there.
  await body(page).hover();
  await page.mouse.wheel(0, -1_000_000);
  await expect(underlineIn(1)).toHaveCount(1);
  await expect(underlineIn(300)).toHaveCount(0);
  await underlineIn(2).hover();
  await expect(page.getByRole('tooltip')).toContainText('建议改为：截至');

  // A click right after a scroll puts the caret where it was clicked, though the scroll moves the underlines.
  for (const n of [150, 40, 260]) {
    const paragraph = body(page).locator('p', { hasText: `第${n}段：` });
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type('（补）');
    await expect(paragraph).toContainText(`依法审查规范性文件。（补）`);
  }
  await expect(body(page).locator('p', { hasText: '（补）' })).toHaveCount(3);

  // Clicking an item far down selects its text, and its underline is drawn there.
  await group
    .getByRole('listitem')
    .nth(199)
    .getByRole('button', { name: /“截止”/ })
    .click();
  await expect(underlineIn(200)).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('截止');
});
