import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { body, newFromTemplate, openApp } from './helpers.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

test('导出Word downloads a valid .docx with what was typed; 预览 shows numbered pages of the same file', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await page.getByLabel('单位名称').fill('县水务局');
  await page.getByLabel('报告年度').fill('2024');
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type('（一）强化河湖执法');
  await page.keyboard.press('Enter');
  await page.keyboard.type('全年开展水行政执法检查36次，查处非法采砂案件4件。');

  // Open items (empty fields, empty parts): the list is shown; 返回修改 opens 检查.
  await page.getByRole('button', { name: '导出Word' }).click();
  const confirm = page.getByRole('dialog', { name: '报告还有未完成的地方' });
  await expect(confirm).toContainText('上级机关');
  await confirm.getByRole('button', { name: '返回修改' }).click();
  await expect(page.getByRole('region', { name: '检查' })).toBeVisible();

  await page.getByRole('button', { name: '导出Word' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: '仍然导出' }).click()]);
  expect(download.suggestedFilename()).toBe('县水务局2024年度法治政府建设工作报告.docx');
  await assertValidDocx(await download.path(), download.suggestedFilename());
  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('县水务局2024年法治政府建设工作报告');
  expect(text).toContain('（一）强化河湖执法');
  expect(text).toContain('全年开展水行政执法检查36次，查处非法采砂案件4件。');
  expect(text).not.toContain('建议分'); // guidance hints are never exported
  expect(text).not.toContain('undefined');

  await page.getByRole('button', { name: '预览' }).click();
  const preview = page.getByRole('dialog', { name: '预览' });
  await expect(preview).toContainText('县水务局2024年度法治政府建设工作报告.docx');
  const pages = preview.getByTestId('preview-pages');
  await expect(pages).toContainText('全年开展水行政执法检查36次');
  await expect(pages).toContainText('— 1 —');
});

test('检查 lists open items with counts and jumps to them', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await page.getByLabel('单位名称').fill('县水务局');
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type('全年开展执法检查XX次。');
  await page.getByRole('button', { name: '检查' }).click();
  const panel = page.getByRole('region', { name: '检查' });
  const blank = panel.getByRole('button', { name: /XX/ });
  await expect(blank).toBeVisible();
  await expect(panel.getByRole('button', { name: /上级机关/ })).toBeVisible();
  await expect(panel.getByRole('row', { name: /全文/ })).toContainText(/\d+/);
  await blank.click();
  // The editor takes focus on the next frame; then the blank is selected.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('XX');
  await page.keyboard.type('12');
  await expect(blank).toHaveCount(0);
});
