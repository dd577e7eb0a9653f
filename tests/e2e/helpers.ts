import { expect, type Page } from '@playwright/test';

export const body = (page: Page) => page.getByRole('textbox', { name: '报告正文' });
export const labels = (page: Page) => body(page).locator('.num-label');
export const library = (page: Page) => page.getByRole('region', { name: '范文库' });

/** Opens the app and waits until the first draft is in the editor. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(body(page)).toBeVisible();
}

export async function newFromTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name }).click();
  await expect(dialog).toBeHidden();
}

export async function newFromExample(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: '新建报告' }).click();
  await page.getByRole('dialog', { name: '新建报告' }).getByRole('button', { name: title }).click();
  await expect(page.getByRole('dialog', { name: '新建报告' })).toBeHidden();
}

/** Waits until the autosaver reports everything stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
}
