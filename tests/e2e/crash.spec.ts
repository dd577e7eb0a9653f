import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import { body, cursorAtEndOf, expectSaved } from './helpers.ts';

/**
 * A browser killed mid-typing (SIGKILL: no pagehide, no unload, nothing runs) loses at most what
 * was typed since the last pause (issue 19). Chromium is started here with a persistent profile,
 * killed with its whole process group, and started again on the same profile.
 */
test.describe.configure({ mode: 'serial' });

interface Launched {
  readonly proc: ChildProcess;
  readonly browser: Browser;
}

async function launch(profile: string): Promise<Launched> {
  const proc = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolvePort, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${err}`)), 30_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolvePort(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { proc, browser };
}

function kill9(launched: Launched): Promise<void> {
  return new Promise((done) => {
    launched.proc.once('exit', () => done());
    // The whole group: the browser process and its renderer, GPU and utility processes.
    process.kill(-launched.proc.pid!, 'SIGKILL');
  });
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = browser.contexts()[0]!;
  const page = await context.newPage();
  await page.goto(url);
  await expect(body(page)).toBeVisible();
  await expect(page.getByTestId('paper')).toHaveAttribute('data-draft-id', /.+/);
  return page;
}

const TAIL = '接着打而未停下的字';
/** Any beginning of TAIL: what the kill may or may not have let through. */
const tailPrefix = new RegExp(
  `(?:${[...TAIL]
    .map((_, i) => TAIL.slice(0, i + 1))
    .reverse()
    .join('|')})`,
  'g',
);

/** The body's text without what was typed after the pauses (may survive or not; both are fine). */
const keptText = async (page: Page) => ((await body(page).textContent()) ?? '').replace(tailPrefix, '');

test('a browser killed with SIGKILL mid-typing loses at most the words typed since the last pause', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'report-drafter-crash-'));
  const url = new URL('./', baseURL!).href;
  let launched = await launch(profile);
  try {
    const kept: string[] = [];
    for (let round = 0; round < 3; round++) {
      const page = await openApp(launched.browser, url);
      await expect.poll(() => keptText(page)).toContain(kept.join(''));
      await cursorAtEndOf(page, kept.at(-1) ?? null);
      const sentence = `崩溃前第${round}轮写完的话。`;
      await page.keyboard.type(sentence);
      kept.push(sentence);
      // The pause: the status line says when it is stored.
      await expectSaved(page);
      await expect(page.getByRole('status').filter({ hasText: '已保存到本机' })).toBeVisible();
      // Typing on, then the whole browser dies mid-word.
      await page.keyboard.type(TAIL);
      await kill9(launched);
      launched = await launch(profile);
    }
    const page = await openApp(launched.browser, url);
    await expect.poll(() => keptText(page)).toContain(kept.join(''));
  } finally {
    await kill9(launched).catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
});
