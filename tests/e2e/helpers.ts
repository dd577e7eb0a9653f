import { expect, type ConsoleMessage, type Locator, type Page, type Request } from '@playwright/test';

export const body = (page: Page) => page.getByRole('textbox', { name: '报告正文' });
/** Computed numbers of all headings, in order (drawn by CSS from `data-num`). */
export const numberLabels = (page: Page) =>
  body(page)
    .locator('[data-num]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-num') ?? ''));
/** Number + text of each element, as a reader sees it (the number is CSS generated content). */
export const numbered = (locator: Locator) => locator.evaluateAll((els) => els.map((e) => (e.getAttribute('data-num') ?? '') + (e.textContent ?? '')));
export const library = (page: Page) => page.getByRole('region', { name: '范文库' });

/**
 * Opens the app and waits until the first draft is in the editor. If the editor never appears, the failure carries
 * what the page reported while starting (errors, failed requests): twice in CI the page stayed an empty `main`, and
 * a retry passed (scripts/bench/FINDINGS.md, 2026-12-06, sixth session).
 */
export async function openApp(page: Page): Promise<void> {
  const reported: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') reported.push(`console.${m.type()}: ${m.text()}`);
  };
  const onPageError = (e: Error) => reported.push(`pageerror: ${e.stack ?? e.message}`);
  const onRequestFailed = (r: Request) => reported.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  try {
    await page.goto('./');
    await expect(body(page)).toBeVisible();
  } catch (e) {
    const root = await page.evaluate(() => document.getElementById('root')?.innerHTML.slice(0, 2000) ?? '(no #root)').catch(() => '(page gone)');
    throw new Error(`${(e as Error).message}\nWhile starting, the page reported:\n${reported.join('\n') || '(nothing)'}\n#root: ${root}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
  }
  await expect(paper(page)).toHaveAttribute('data-draft-id', /.+/);
}

const paper = (page: Page) => page.getByTestId('paper');

/** Runs `action`, which opens another draft, and waits until the editor shows that draft. */
async function opensAnotherDraft(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await paper(page).getAttribute('data-draft-id');
  await action();
  await expect(paper(page)).not.toHaveAttribute('data-draft-id', before ?? '');
  await expect(body(page)).toBeVisible();
}

export async function newFromTemplate(page: Page, name: RegExp): Promise<void> {
  await opensAnotherDraft(page, () => chooseTemplate(page, name));
}

async function chooseTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name }).click();
  await expect(dialog).toBeHidden();
}

export async function newFromExample(page: Page, title: RegExp): Promise<void> {
  await opensAnotherDraft(page, async () => {
    await page.getByRole('button', { name: '新建报告' }).click();
    await page.getByRole('dialog', { name: '新建报告' }).getByRole('button', { name: title }).click();
    await expect(page.getByRole('dialog', { name: '新建报告' })).toBeHidden();
  });
}

/**
 * Puts the cursor in the first template guidance paragraph and waits until the editor has it: the
 * editor takes a click's cursor from the browser's next selectionchange, and until then the cursor
 * is in the title (focusing the library's search box or pasting before that would act there). The
 * toolbar's paragraph type shows when it has arrived.
 */
export async function cursorInFirstHint(page: Page): Promise<void> {
  await body(page).locator('p.hint').first().click();
  await expect(page.getByRole('combobox', { name: '段落类型' })).toBeEnabled();
}

/** Waits until the autosaver reports everything stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
}

/**
 * Puts the cursor at the end of the paragraph holding `marker`, or in the first guidance paragraph
 * (`null`), and waits until the toolbar follows it.
 */
export async function cursorAtEndOf(page: Page, marker: string | null): Promise<void> {
  if (marker === null) await body(page).locator('p.hint').first().click();
  else {
    // The end of the paragraph (End would stop at the end of its first line: 28 characters a line).
    const para = body(page).locator('p').filter({ hasText: marker });
    await para.click();
    await para.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // The editor takes the new cursor from the browser's next selectionchange.
    await page.waitForTimeout(50);
  }
  await expect(page.getByRole('combobox', { name: '段落类型' })).toBeEnabled();
}
