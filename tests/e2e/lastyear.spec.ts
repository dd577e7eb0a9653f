/**
 * 年度接续 (issue 20) in Chromium: last year's .docx (hand-made OOXML with Word's automatic
 * numbering) → 从去年的报告开始 → this year's draft with years moved, figures marked and last year's
 * plans listed; answering a plan; 对比去年; a paragraph left as last year's flagged in 检查; 备份 →
 * 恢复 keeps the comparison source.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildDocx, CHINESE_OUTLINE, num, numbered, para, table } from '../helpers/wordFixtures.ts';
import { cursorInFirstHint } from './helpers.ts';
import { body, expectSaved, newFromTemplate, openApp } from './helpers.ts';

const KEPT = '坚持把学法作为领导干部的必修课，全年组织集中学法12次，举办法治讲座4场，领导干部学法考试参考率100%。';

async function lastYearDocx(): Promise<Buffer> {
  const bytes = await buildDocx({
    numbering: CHINESE_OUTLINE + num(1, 1),
    body: [
      para('县司法局2025年法治政府建设工作报告'),
      para('2025年，县司法局在县委、县政府的正确领导下，认真贯彻《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设。'),
      numbered('2025年度推进法治政府建设的主要举措和成效', 1, 0),
      numbered('加强行政执法监督', 1, 1),
      para('全年办理行政复议案件42件，开展执法检查8次，培训执法人员120人次。'),
      table([
        ['项目', '2025年'],
        ['行政复议案件', '42件'],
      ]),
      numbered('强化领导干部学法', 1, 1),
      para(KEPT),
      numbered('存在的不足和原因', 1, 0),
      para('执法人员专业化水平还不够高。'),
      numbered('2026年度推进法治政府建设的主要安排', 1, 0),
      numbered('深化行政复议体制改革', 1, 1),
      numbered('健全公共法律服务体系', 1, 1),
      para('县司法局'),
      para('2026年1月10日'),
    ].join(''),
  });
  return Buffer.from(bytes);
}

const plansRegion = (page: Page) => page.getByRole('region', { name: '去年打算' });

test('从去年的报告开始: years moved, figures marked, plans answered, 对比去年, same paragraph flagged, backup keeps the source', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog.getByRole('heading', { name: '从去年的报告开始' })).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: '选择去年报告的Word文件…' }).click()]);
  await chooser.setFiles({
    name: '县司法局2025年报告.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await lastYearDocx(),
  });

  // The new draft: year + 1, unit and superior kept, date cleared.
  await expect(body(page).locator('h1')).toHaveText('县司法局2026年法治政府建设工作报告');
  await expect(page.getByLabel('报告年度')).toHaveValue('2026');
  await expect(page.getByLabel('单位名称')).toHaveValue('县司法局');
  await expect(page.getByLabel('上级机关')).toHaveValue('县委、县政府');
  await expect(page.getByLabel('落款日期')).toHaveValue('');
  await expect(body(page)).toContainText('2026年，县司法局');
  // The plan name keeps its years.
  await expect(body(page)).toContainText('《法治政府建设实施纲要（2021—2025年）》');
  // Numbered headings came in as headings; the plans heading moved a year, its items are gone.
  await expect(body(page).locator('h2', { hasText: '2027年度推进法治政府建设的主要安排' })).toBeVisible();
  await expect(body(page)).not.toContainText('深化行政复议体制改革');
  // Figures marked "去年数字，请更新".
  const stale = body(page).locator('mark[data-flag="stale"]');
  await expect(stale.filter({ hasText: '42件' }).first()).toHaveAttribute('title', '去年数字，请更新');
  await expect(stale.filter({ hasText: '120人次' })).toBeVisible();
  // Last year's statistics table is a table, its figures marked too.
  await expect(body(page).locator('table th').first()).toHaveText('项目');
  await expect(body(page).locator('table td mark[data-flag="stale"]')).toHaveText('42件');

  // 去年打算 lists last year's plans, unanswered.
  const plans = plansRegion(page);
  await expect(plans).toBeVisible();
  await expect(plans.getByRole('listitem')).toHaveCount(2);
  const reform = plans.getByRole('listitem', { name: '深化行政复议体制改革' });
  await expect(reform).toContainText('未回应');

  // Write a paragraph answering one plan under 工作开展情况 → it turns answered.
  await body(page).getByText('全年办理行政复议案件').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('深入推进行政复议体制改革，复议案件集中受理、统一审理。');
  await expect(reform).toContainText('已回应');
  await reform.getByRole('button', { name: '深化行政复议体制改革' }).click();
  // The other plan: 插入对应段落 puts a heading with its wording into 工作开展情况.
  const service = plans.getByRole('listitem', { name: '健全公共法律服务体系' });
  await service.getByRole('button', { name: '插入对应段落' }).click();
  await expect(body(page).locator('h3', { hasText: '健全公共法律服务体系' })).toBeVisible();
  await expect(service).toContainText('已回应');
  // Unlink by hand: not answered any more, kept with the draft.
  await service.getByRole('button', { name: '取消关联' }).click();
  await expect(service).toContainText('未回应（已取消关联）');
  await expectSaved(page);

  // 对比去年: the added sentence and the counts.
  await page.getByRole('button', { name: '对比去年' }).click();
  const compare = page.getByRole('dialog', { name: '对比去年' });
  const work = compare.getByRole('region', { name: '工作开展情况' });
  await expect(work.locator('ins', { hasText: '深入推进行政复议体制改革' })).toBeVisible();
  await expect(work).toContainText(/新增 [1-9]\d* 句/);
  await expect(compare.getByRole('region', { name: '下一步打算' }).locator('del', { hasText: '深化行政复议体制改革' })).toBeVisible();
  // The intro only moved its year: the same sentence, each column in its own year.
  const intro = compare.getByRole('region', { name: '导语' });
  await expect(intro).toContainText('新增 0 句 · 删去 0 句 · 相同 1 句');
  await expect(intro.locator('.compare-col.before')).toContainText('2025年，县司法局');
  await expect(intro.locator('.compare-col.after')).toContainText('2026年，县司法局');
  await compare.getByRole('button', { name: '关闭' }).click();

  // 检查: the paragraph left as last year's, and the unlinked plan.
  await page.getByRole('button', { name: '检查', exact: true }).click();
  const check = page.getByRole('region', { name: '检查' });
  await expect(check.getByRole('button', { name: /与去年报告相同，请更新（“坚持把学法作为领导干部/ })).toBeVisible();
  await expect(check.getByRole('button', { name: /去年计划“健全公共法律服务体系”在今年的工作开展情况中未见对应内容/ })).toBeVisible();
  // 42件 twice: in the text and in the table.
  const figure42 = check.getByRole('button', { name: /“42件”是去年报告中的数字/ });
  await expect(figure42).toHaveCount(2);
  await figure42.nth(1).click();
  await expect(body(page).locator('table')).toBeInViewport();
  await expect(check.getByRole('button', { name: /去年计划“深化行政复议体制改革”/ })).toHaveCount(0);

  // 备份 → clear storage → 恢复: the draft comes back with its comparison source and links.
  await expectSaved(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '备份' }).click()]);
  const backupPath = await download.path();
  await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase('report-drafter');
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
      r.onblocked = () => resolve();
    });
  });
  await page.reload();
  await expect(body(page)).toBeVisible();
  await page.getByLabel('选择备份文件').setInputFiles(backupPath);
  await expect(page.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible();
  await page.getByRole('button', { name: '我的草稿' }).click();
  const drafts = page.getByRole('dialog', { name: '我的草稿' });
  await drafts
    .getByRole('button', { name: /^打开：县司法局2026年/ })
    .first()
    .click();
  await expect(body(page).locator('h1')).toHaveText('县司法局2026年法治政府建设工作报告');
  await page.getByRole('button', { name: '去年打算' }).click();
  await expect(plansRegion(page)).toContainText('去年报告：县司法局2025年报告.docx（2025年）');
  await expect(plansRegion(page).getByRole('listitem', { name: '深化行政复议体制改革' })).toContainText('已回应');
  await expect(plansRegion(page).getByRole('listitem', { name: '健全公共法律服务体系' })).toContainText('未回应（已取消关联）');
});

test('any draft can set or change its 去年报告 later (a .docx or one of 我的草稿); a bad file gets a message and changes nothing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '去年打算' }).click();
  const plans = plansRegion(page);
  await expect(plans).toContainText('尚未设置去年报告');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), plans.getByRole('button', { name: '选择去年报告的Word文件…' }).click()]);
  const before = await body(page).innerText();
  await chooser.setFiles({ name: '照片.docx', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n not a document') });
  await expect(page.getByRole('alert')).toContainText('照片.docx');
  expect(await body(page).innerText()).toBe(before);
  await expect(plans).toContainText('尚未设置去年报告');

  const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), plans.getByRole('button', { name: '选择去年报告的Word文件…' }).click()]);
  await chooser2.setFiles({
    name: '去年.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await lastYearDocx(),
  });
  await expect(plans).toContainText('去年报告：去年.docx（2025年）');
  await expect(plans.getByRole('listitem')).toHaveCount(2);
  // The open draft's text is untouched by setting its comparison source.
  expect(await body(page).innerText()).toBe(before);

  // 更换去年报告 to one of 我的草稿 (the open draft itself is not offered).
  await expectSaved(page);
  await newFromTemplate(page, /常见四部分/);
  // The panel stays open for the new draft, which has no 去年报告.
  await expect(plans).toContainText('尚未设置去年报告');
  const choice = plans.getByLabel('或从我的草稿中选择');
  await expect(choice.locator('option')).toHaveCount(1);
  await plans.getByRole('button', { name: '设为去年报告' }).click();
  await expect(plans).toContainText('去年报告：未命名报告');
  await expect(plans).toContainText('去年报告中没有找到“下一年度工作打算”部分的计划条目');
  await plans.getByRole('button', { name: '移除去年报告' }).click();
  await expect(plans).toContainText('尚未设置去年报告');
});

test('paste from Word keeps a statistics table as a table, header cells and all', async ({ page }) => {
  await openApp(page);
  await cursorInFirstHint(page);
  await page.evaluate(() => {
    // What Word puts on the clipboard for a 2×3 table (trimmed): mso classes, a <p> in every cell.
    const html =
      '<table class=MsoTableGrid border=1 style="border-collapse:collapse"><tr><td style="width:100pt"><p class=MsoNormal><b>项目</b></p></td><td><p class=MsoNormal><b>2025年</b></p></td><td><p class=MsoNormal><b>2026年</b></p></td></tr>' +
      '<tr><td><p class=MsoNormal>行政复议案件</p></td><td><p class=MsoNormal>42件</p></td><td><p class=MsoNormal>50件</p></td></tr></table>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '项目\t2025年\t2026年\n行政复议案件\t42件\t50件');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const pasted = body(page).locator('table');
  await expect(pasted).toHaveCount(1);
  await expect(pasted.locator('tr')).toHaveCount(2);
  await expect(pasted.locator('td')).toHaveText(['项目', '2025年', '2026年', '行政复议案件', '42件', '50件']);
  // Typing in a cell edits that cell.
  await pasted.locator('td').nth(5).click();
  await page.keyboard.press('End');
  await page.keyboard.type('（预计）');
  await expect(pasted.locator('td').nth(5)).toHaveText('50件（预计）');
  // Shift+Tab moves to the previous cell and selects its text, as in Word; undo brings it back.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('45件');
  await expect(pasted.locator('td').nth(4)).toHaveText('45件');
  await expect(pasted.locator('td').nth(5)).toHaveText('50件（预计）');
  await page.keyboard.press('Control+z');
  await expect(pasted.locator('td').nth(4)).toHaveText('42件');
  await expectSaved(page);
  await page.reload();
  await expect(body(page).locator('table td').nth(5)).toHaveText('50件（预计）');
});

test('axe: the 去年打算 panel, a table in the sheet and the 对比去年 dialog have no serious or critical violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '新建报告' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('dialog', { name: '新建报告' }).getByRole('button', { name: '选择去年报告的Word文件…' }).click(),
  ]);
  await chooser.setFiles({
    name: '去年.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await lastYearDocx(),
  });
  await expect(plansRegion(page).getByRole('listitem')).toHaveCount(2);
  await expect(body(page).locator('table')).toBeVisible();
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: '对比去年' }).click();
  await expect(page.getByRole('dialog', { name: '对比去年' }).getByRole('region', { name: '工作开展情况' })).toBeVisible();
  expect(await serious()).toEqual([]);
});
