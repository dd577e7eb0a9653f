import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { body, openApp } from './helpers.ts';

/** Serious and critical axe violations on the page as it is now (rule id: affected targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe: no serious or critical violations on the main screen and the dialogs', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByRole('dialog', { name: '新建报告' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '我的草稿' }).click();
  await expect(page.getByRole('dialog', { name: '我的草稿' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByRole('region', { name: '检查' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '导出Word' }).click();
  await expect(page.getByRole('dialog', { name: '报告还有未完成的地方' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByRole('dialog', { name: '预览' }).getByTestId('preview-pages')).toContainText('— 1 —');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the main actions work by keyboard alone', async ({ page }) => {
  await openApp(page);
  // 新建报告 → choose a template, all with the keyboard.
  await page.getByRole('button', { name: '新建报告' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog).toBeVisible();
  const before = await page.getByTestId('paper').getAttribute('data-draft-id');
  await dialog.getByRole('button', { name: /乡镇/ }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('paper')).not.toHaveAttribute('data-draft-id', before!);

  // Fields by Tab from 单位名称.
  await page.getByLabel('单位名称').focus();
  await page.keyboard.type('某某镇');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025');
  await expect(body(page).locator('h1')).toHaveText('某某镇2025年法治政府建设工作报告');

  // In the editor: type a number to make a heading, Tab/Shift+Tab change its level, Ctrl+Z/Ctrl+Y undo and redo.
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type('（一）依法行政');
  await expect(body(page).locator('h3')).toHaveAttribute('data-num', '（一）');
  await page.keyboard.press('Tab');
  await expect(body(page).locator('h4')).toHaveAttribute('data-num', '1.');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(body(page).locator('h2').filter({ hasText: '依法行政' })).toHaveAttribute('data-num', '二、');
  const promoted = body(page).locator('h2').filter({ hasText: '依法行政' });
  await page.keyboard.press('Control+z');
  await expect(promoted).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(promoted).toHaveAttribute('data-num', '二、');

  // The library: search field and 插入 are reachable and work by keyboard.
  await page.getByRole('searchbox', { name: '搜索范文' }).focus();
  await page.keyboard.type('民主法治村');
  const insert = page.getByRole('region', { name: '范文库' }).getByRole('button', { name: '插入' }).first();
  await insert.focus();
  await page.keyboard.press('Enter');
  await expect(body(page)).toContainText('民主法治');

  // 预览 and closing it with Escape.
  await page.getByRole('button', { name: '预览' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '预览' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '预览' })).toBeHidden();
});
