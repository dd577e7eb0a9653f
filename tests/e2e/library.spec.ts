import { expect, test } from '@playwright/test';
import { exportDocx } from '../../src/export/docx/index.ts';
import { EMPTY_FIELDS } from '../../src/model/fields.ts';
import { doc, h1, h2, p, t } from '../helpers/builders.ts';
import { body, cursorInFirstHint, expectSaved, library, newFromTemplate, numbered, openApp } from './helpers.ts';

test('search 法律顾问, insert the 县统计局 paragraph into part one: numbered, adapted, flagged, one undo step', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await page.getByLabel('报告年度').fill('2024');
  await cursorInFirstHint(page);

  const lib = library(page);
  await lib.getByRole('searchbox', { name: '搜索范文' }).fill('法律顾问');
  const item = lib.locator('li.lib-item').filter({ hasText: '县统计局' }).filter({ hasText: '统计行政决策科学化' });
  await expect(item).toHaveCount(1);
  await expect(item.locator('.lib-text mark').first()).toHaveText('法律顾问');
  await expect(item.locator('.lib-path')).toContainText('县统计局 › 一、工作开展情况');
  await item.getByRole('button', { name: '插入' }).click();

  const inserted = body(page).locator('p.report-heading.level-2');
  await expect(inserted).toHaveCount(1);
  await expect(inserted).toHaveAttribute('data-num', '（一）');
  await expect(inserted.locator('.runin-lead')).toHaveText('统计行政决策科学化、民主化、法治化有了较大提升。');
  // 《XX县统计局…办法》: the blank sits inside another unit's name, flagged as that unit.
  await expect(inserted.locator('mark.flag').filter({ hasText: /^XX县统计局$/ })).toHaveCount(1);
  await expect(inserted.locator('mark.flag[data-flag="unit"]').first()).toBeVisible();
  await expect(inserted.locator('mark.flag[data-flag="self"]').first()).toHaveText('我局');
  await expect(inserted.locator('.from-source').first()).toHaveAttribute('title', /县统计局2023年法治政府建设工作报告/);
  await expect(body(page).locator('p.hint')).toHaveCount(3);

  // Editing a flagged span removes its mark (and the paragraph's source note).
  const selfRefs = inserted.locator('mark.flag[data-flag="self"]');
  const before = await selfRefs.count();
  await selfRefs.first().click();
  await page.keyboard.type('局');
  await expect(selfRefs).toHaveCount(before - 1);
  await expect(inserted.locator('.from-source')).toHaveCount(0);

  // The insert was one step: two undos (the typing, then the insert) bring the hint back.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(inserted).toHaveCount(0);
  await expect(body(page).locator('p.hint')).toHaveCount(4);
});

test('a paragraph naming the example’s lawyer: flagged as a name, listed by 检查', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await page.getByLabel('单位名称').fill('县水务局');
  await cursorInFirstHint(page);

  const lib = library(page);
  await lib.getByRole('searchbox', { name: '搜索范文' }).fill('驻村律师 刘振辉');
  const item = lib.locator('li.lib-item').filter({ hasText: 'XX镇' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: '插入' }).click();

  const name = body(page)
    .locator('mark.flag[data-flag="name"]')
    .filter({ hasText: /^刘振辉$/ });
  await expect(name).toHaveCount(1);
  await expect(name).toHaveAttribute('title', /人名/);
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByRole('region', { name: '检查' }).getByRole('button', { name: /“刘振辉”是范文中的人名/ })).toBeVisible();
});

test('a heading inserted under a level-1 section becomes the next （x） there', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type('（一）加强组织领导');
  await page.keyboard.press('Enter');
  await page.keyboard.type('局党组把法治建设纳入年度工作要点。');
  const lib = library(page);
  await lib.getByRole('searchbox', { name: '搜索范文' }).fill('推进政务公开');
  // 县招商局's level-2 heading （五）推进政务公开, with its paragraph.
  await lib.locator('li.lib-item').filter({ hasText: '贯彻落实政务信息公开' }).first().waitFor();
  const item = lib.locator('li.lib-item .is-heading').filter({ hasText: '推进政务公开' }).first().locator('xpath=ancestor::li');
  await item.getByRole('button', { name: '插入' }).click();
  await expect.poll(() => numbered(body(page).locator('h3'))).toEqual(['（一）加强组织领导', '（二）推进政务公开']);
  await expect(body(page)).toContainText('贯彻落实政务信息公开');
});

test('the panel follows the cursor: in 存在问题 the problems paragraphs come first', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await body(page).locator('p.hint').nth(2).click();
  const lib = library(page);
  await expect(lib.locator('.lib-group-title').first()).toContainText('存在问题');
  await body(page).locator('p.hint').nth(3).click();
  await expect(lib.locator('.lib-group-title').first()).toContainText('下一步打算');
});

test('导入范文: an imported .docx joins 我的范文, survives reload, can be removed; a corrupt file is refused', async ({ page }) => {
  const bytes = await exportDocx(
    doc(
      t('县水务局2024年法治政府建设工作报告'),
      p('2024年，县水务局坚持依法治水。'),
      h1('工作开展情况'),
      h2('强化河湖执法'),
      p('全面推行河湖长制法治保障，开展水行政执法检查36次，查处非法采砂案件4件。'),
      h1('存在问题'),
      p('一是执法力量不足；二是宣传形式单一。'),
    ),
    { ...EMPTY_FIELDS, year: 2024 },
  );
  await openApp(page);
  const lib = library(page);
  await lib.getByLabel('选择要导入的范文文件').setInputFiles({
    name: '水务局报告.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });
  await expect(page.getByRole('status').filter({ hasText: '已导入到“我的范文”' })).toBeVisible();
  await lib.getByLabel('按来源筛选').selectOption({ label: '我的范文' });
  await expect(lib.locator('li.lib-item').filter({ hasText: '开展水行政执法检查36次' })).toHaveCount(1);

  await page.reload();
  await expect(body(page)).toBeVisible();
  await library(page).getByRole('searchbox', { name: '搜索范文' }).fill('非法采砂');
  const hit = library(page).locator('li.lib-item').filter({ hasText: '查处非法采砂案件' });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('.lib-path')).toContainText('县水务局 › 一、工作开展情况 › （一）强化河湖执法');

  // A corrupt file: a clear message naming it; library and draft untouched.
  const draftText = await body(page).innerText();
  await library(page)
    .getByLabel('选择要导入的范文文件')
    .setInputFiles({ name: '损坏的报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 this is not a zip archive') });
  await expect(page.getByRole('alert')).toContainText('损坏的报告.docx');
  expect(await body(page).innerText()).toBe(draftText);
  await expect(hit).toHaveCount(1);

  // Remove it from 我的范文.
  await library(page).getByText('我的范文（1）').click();
  await library(page).getByRole('button', { name: '移除范文：县水务局2024年法治政府建设工作报告' }).click();
  await expect(hit).toHaveCount(0);
});

test('the examples’ file fails to load: a clear message, drafting goes on, 重新载入范文 brings them', async ({ page }) => {
  // The seven examples are their own chunk (examples/loadExamples.ts), fetched once the draft is
  // on screen, so that they never delay it.
  let requested = 0;
  let editorUpAtRequest: boolean | null = null;
  await page.route('**/assets/examples-*.js', async (route) => {
    requested++;
    editorUpAtRequest ??= (await body(page).count()) === 1;
    return route.abort('failed');
  });
  await openApp(page);
  const lib = library(page);
  const failed = lib.getByRole('alert');
  await expect(failed).toContainText('范文未能载入');
  await expect(failed).toContainText('草稿不受影响');
  expect(requested).toBe(1);
  expect(editorUpAtRequest).toBe(true);
  await expect(lib.locator('li.lib-item')).toHaveCount(0);

  // Drafting is untouched: typing works and is saved.
  await cursorInFirstHint(page);
  await page.keyboard.type('范文没载入也能写。');
  await expect(body(page)).toContainText('范文没载入也能写。');
  await expectSaved(page);

  // The new-report dialog says the same, and still offers the templates.
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog.getByRole('alert')).toContainText('范文未能载入');
  await expect(dialog.getByRole('button', { name: /常见四部分/ })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();

  // The file is back: one retry loads the examples everywhere.
  await page.unroute('**/assets/examples-*.js');
  await lib.getByRole('button', { name: '重新载入范文' }).click();
  await expect(lib.getByRole('alert')).toHaveCount(0);
  await expect(lib.locator('li.lib-item').first()).toBeVisible();
  await lib.getByRole('searchbox', { name: '搜索范文' }).fill('法律顾问');
  await expect(lib.locator('li.lib-item').filter({ hasText: '县统计局' }).first()).toBeVisible();
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /县司法局/ })).toBeVisible();
  await expect(body(page)).toContainText('范文没载入也能写。');
});

test('the library panel scrolls with the wheel under the pointer, and keeps its place while the report is typed in', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  const panel = page.getByRole('complementary', { name: '范文库面板' });
  await expect(library(page).locator('.lib-item').first()).toBeVisible();
  // The cursor in part one first: the panel puts that part's examples first once the cursor rests (200 ms), and a
  // new order starts from the top. Here the part stays the same from now on.
  await cursorInFirstHint(page);
  await page.waitForTimeout(600);
  const scrollTop = () => panel.evaluate((el) => el.scrollTop);
  expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

  const box = (await panel.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await expect.poll(scrollTop).toBeGreaterThan(100);
  const scrolled = await scrollTop();

  // Typing with the pointer over the report (the focus never left it): the panel is not a scroller then (a cost on
  // every keystroke) but stays where it was, also after typing rests.
  const text = (await body(page).boundingBox())!;
  await page.mouse.move(text.x + text.width / 2, text.y + 100);
  await page.keyboard.type('本年度');
  await expect(body(page)).toContainText('本年度');
  expect(await panel.evaluate((el) => getComputedStyle(el).overflowY)).toBe('hidden');
  await page.waitForTimeout(600);
  expect(await scrollTop()).toBe(scrolled);

  // Back under the pointer, it scrolls again; the keyboard reaches it too (focus inside makes it scrollable).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(scrollTop).toBeLessThan(scrolled);
  await page.mouse.move(text.x + text.width / 2, text.y + 100);
  await library(page).getByRole('searchbox', { name: '搜索范文' }).focus();
  expect(await panel.evaluate((el) => getComputedStyle(el).overflowY)).toBe('auto');
});
