import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { body, expectSaved } from './helpers.ts';

/**
 * The single-file build (npm run build:single) opened from disk twice, as two tabs of one browser:
 * the one-editable-tab guard (BroadcastChannel) and the shared IndexedDB must work between file://
 * documents as they do over http (see the two-tab test in drafts.spec.ts).
 */
const file = pathToFileURL(resolve('dist-single/index.html')).href;

const paper = (page: Page) => page.getByTestId('paper');
const banner = (page: Page) => page.getByRole('status').filter({ hasText: '另一个标签页' });

async function openFile(page: Page): Promise<string> {
  await page.goto(file);
  await expect(body(page)).toBeVisible();
  await expect(paper(page)).toHaveAttribute('data-draft-id', /.+/);
  return (await paper(page).getAttribute('data-draft-id'))!;
}

/** Puts the cursor at the end of the paragraph containing `text`. */
async function endOf(page: Page, text: string): Promise<void> {
  await body(page).locator('p').filter({ hasText: text }).click();
  await page.keyboard.press('End');
}

test('single file from file://: two tabs share drafts, the second is read-only until it takes over, no text is lost', async ({ context }) => {
  // Every request of every page of this context, i.e. of both tabs.
  const urls: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  context.on('weberror', (e) => errors.push(e.error().message));
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  const first = await context.newPage();
  const draftId = await openFile(first);
  await body(first).locator('p.hint').first().click();
  await first.keyboard.type('第一个标签页写的。');
  await expectSaved(first);

  // The second tab opens the same draft from the shared IndexedDB, read-only.
  const second = await context.newPage();
  expect(await openFile(second)).toBe(draftId);
  await expect(banner(second)).toBeVisible();
  await expect(second.getByRole('button', { name: '在此处编辑' })).toBeVisible();
  await expect(body(second)).toHaveAttribute('contenteditable', 'false');
  await expect(body(second)).toContainText('第一个标签页写的。');
  // The first tab was not disturbed by the second opening.
  await expect(body(first)).toHaveAttribute('contenteditable', 'true');
  await expect(banner(first)).toHaveCount(0);

  // The first tab keeps writing; the read-only tab follows each save.
  await endOf(first, '第一个标签页写的。');
  await first.keyboard.type('继续写。');
  await expectSaved(first);
  await expect(body(second)).toContainText('第一个标签页写的。继续写。');

  // Typed just before the takeover and not yet waited for: the first tab must store it while yielding.
  await endOf(first, '继续写。');
  await first.keyboard.type('最后一句。');
  await expect(body(first)).toContainText('继续写。最后一句。');
  await second.getByRole('button', { name: '在此处编辑' }).click();
  await expect(body(second)).toHaveAttribute('contenteditable', 'true');
  await expect(banner(second)).toHaveCount(0);
  await expect(body(second)).toContainText('第一个标签页写的。继续写。最后一句。');
  await expect(body(first)).toHaveAttribute('contenteditable', 'false');
  await expect(banner(first)).toBeVisible();
  await expect(first.getByRole('button', { name: '在此处编辑' })).toBeVisible();

  // The second tab writes on; now the first follows it.
  await endOf(second, '最后一句。');
  await second.keyboard.type('第二个标签页接着写。');
  await expectSaved(second);
  await expect(body(first)).toContainText('第一个标签页写的。继续写。最后一句。第二个标签页接着写。');

  // Nothing lost in storage: a reload of the editing tab shows all of it, still editable.
  await second.reload();
  await expect(paper(second)).toHaveAttribute('data-draft-id', draftId);
  await expect(body(second)).toContainText('第一个标签页写的。继续写。最后一句。第二个标签页接着写。');
  await expect(body(second)).toHaveAttribute('contenteditable', 'true');
  await expect(body(first)).toHaveAttribute('contenteditable', 'false');

  // Only the file itself (once per load) and in-page blob:/data: URLs; no network.
  expect(urls.filter((u) => u === file).length).toBeGreaterThanOrEqual(3);
  expect(urls.filter((u) => u !== file && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
});
