import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { body, cursorAtEndOf, expectSaved } from './helpers.ts';

/**
 * Nothing typed is lost (issue 19): type a sentence, then reload or close the tab 0–400 ms later,
 * several times each — every character is there afterwards. Served over http and as the single
 * file from file://. The write-ahead journal (src/storage/journal.ts) does it; no prompt appears.
 */
const DELAYS = [0, 50, 100, 200, 300, 400];
const ROUNDS = 3;
const singleFile = pathToFileURL(resolve('dist-single/index.html')).href;

const paper = (page: Page) => page.getByTestId('paper');

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(body(page)).toBeVisible();
  await expect(paper(page)).toHaveAttribute('data-draft-id', /.+/);
}

/** Fails on any dialog (a beforeunload prompt would mean the journal did not take the change). */
function noDialogs(context: BrowserContext, seen: string[]): void {
  context.on('page', (p) => p.on('dialog', (d) => (seen.push(d.type()), void d.accept())));
}

async function typeAndLeave(context: BrowserContext, url: string, leave: 'reload' | 'close'): Promise<void> {
  const dialogs: string[] = [];
  noDialogs(context, dialogs);
  let page = await context.newPage();
  await open(page, url);
  const typed: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const delay of DELAYS) {
      await cursorAtEndOf(page, typed.at(-1) ?? null);
      const sentence = `${leave === 'reload' ? '刷新' : '关闭'}第${round}轮${delay}毫秒写下的一句话。`;
      await page.keyboard.type(sentence);
      typed.push(sentence);
      if (delay) await page.waitForTimeout(delay);
      if (leave === 'reload') await page.reload();
      else {
        // Half the closes as a user's (beforeunload runs first), half as the tab being destroyed.
        const closed = page.waitForEvent('close');
        await page.close({ runBeforeUnload: round % 2 === 1 });
        await closed;
        page = await context.newPage();
        await page.goto(url);
      }
      await expect(body(page)).toBeVisible();
      // Every sentence typed so far, in order, in one paragraph.
      await expect(body(page)).toContainText(typed.join(''));
    }
  }
  await expectSaved(page);
  await page.close();
  expect(dialogs).toEqual([]);
}

test('served: reloads 0–400 ms after typing lose nothing', async ({ context }) => {
  test.setTimeout(180_000);
  await typeAndLeave(context, './', 'reload');
});

test('served: closing the tab 0–400 ms after typing loses nothing', async ({ context }) => {
  test.setTimeout(180_000);
  await typeAndLeave(context, './', 'close');
});

test('single file from file://: reloads and closes 0–400 ms after typing lose nothing', async ({ context }) => {
  test.setTimeout(240_000);
  await typeAndLeave(context, singleFile, 'reload');
  await typeAndLeave(context, singleFile, 'close');
});
