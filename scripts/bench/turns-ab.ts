/**
 * The bench's typing turns with a second app page beside the first: `npx tsx scripts/bench/turns-ab.ts [turns]
 * [--b=DIR | --b-rev=REV] [--b-listeners=off] [--b-css=RULES] [--b-drop=key1+key2] [--keys=N] [--self] [--trace]`.
 *
 * Opens the app (built from the working tree), bare TipTap and a page B on the 100-page bench document, then types
 * turns of 25 keys (`--keys`) exactly as `npm run bench` does (brought to front, 500 ms of quiet, keys 50 ms apart,
 * then the settle: saved, and 500 ms more), in the order app, bare, B, bare, then B, bare, app, bare, and so on: the
 * app and B each always follow a bare turn. `--self` types each turn twice in a row and measures only the second, so
 * every measured first key follows the page's own turn and rest instead.
 *
 * B is another build (`--b=DIR`, a `vite build` output), the app at a git revision (`--b-rev=REV`, built from a
 * temporary worktree), or the same build changed at runtime: `--b-listeners=off` skips the app's editor listeners (no
 * autosave, 校对, panels), `--b-css` adds a style sheet, `--b-drop` removes the editor plugins whose keys start with
 * the given names.
 *
 * Prints, per page (keystroke → next paint): the median of a turn's first key, its second, the median and p95 of the
 * others, and the p95 of all keys (the bench's measure). `--trace` writes a Chromium trace of the measured turns to
 * bench-results/profile/turns.trace.json (each page marks `front-app`, `front-bare`, `front-b` in it).
 *
 * What it is for: the first key of a turn decides the 100-page p95 (FINDINGS.md, 2026-12-06, fifth and sixth
 * sessions); a turn's first key pays for what happened since the page's previous turn, which `ab.ts` (variants
 * switched inside one page) cannot separate.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { openTypingPage, settle, typeKeys, type TypingPage } from './browser.ts';
import { dropPlugins, listenersOff, pageEditor } from './pageEditor.ts';
import { runMain } from './cli.ts';
import { BENCH_DOCS, benchDraft } from './docs.ts';
import { startServer } from './server.ts';
import { fmt, median, percentile } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP = path.join(ROOT, 'bench-results', 'build', 'turns-app');
const APP_B = path.join(ROOT, 'bench-results', 'build', 'turns-b');
const BENCH = path.join(ROOT, 'bench-results', 'build', 'turns-bench');
const OUT = path.join(ROOT, 'bench-results', 'profile');
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const TURNS = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 12);
/** `--keys=N`: keys per turn (the bench's 25); fewer, with more turns, for more first keys in the same time. */
const KEYS = Number(option('keys') ?? 25);
/** The pause after each key, as in the bench (scripts/bench.ts). */
const GAP_MS = 50;
const B_DIR = option('b');
/** `--b-rev=REV`: B is the app built from that git revision (e.g. the code before a change, beside it in the same run). */
const B_REV = option('b-rev');
const B_CSS = option('b-css');
const B_DROP = option('b-drop')?.split('+');
const B_NO_LISTENERS = option('b-listeners') === 'off';
const TRACE = process.argv.includes('--trace');
/**
 * `--self`: each page types two turns in a row and only the second is measured, so every measured first key follows
 * the page's own turn and its rest (in the default order, each app page follows a bare turn).
 */
const SELF = process.argv.includes('--self');
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'];

async function changeB(b: TypingPage): Promise<void> {
  const editor = await pageEditor(b.page);
  if (B_NO_LISTENERS) await listenersOff(editor);
  if (B_DROP) await dropPlugins(editor, B_DROP);
  if (B_CSS) await b.page.addStyleTag({ content: B_CSS });
}

/** One of the bench's turns (browser.ts), marked in the trace as the page comes to front. */
async function turn(t: TypingPage, name: string): Promise<void> {
  await t.page.evaluate((mark) => performance.mark(mark), `front-${name}`);
  await typeKeys(t, KEYS, GAP_MS);
  await settle(t);
}

/** The app at git revision `rev`, built into `outDir` from a temporary worktree that shares this checkout's node_modules. */
function buildRevision(rev: string, outDir: string): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'turns-ab-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  git('worktree', 'add', '--detach', dir, rev);
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', outDir], { cwd: dir, stdio: 'inherit' });
  } finally {
    git('worktree', 'remove', '--force', dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: APP, emptyOutDir: true } });
  await build({ configFile: path.join(ROOT, 'scripts/bench/vite.bench.config.ts'), logLevel: 'error', build: { outDir: BENCH, emptyOutDir: true } });
  const server = await startServer(APP, BENCH);
  if (B_REV) buildRevision(B_REV, APP_B);
  const bDir = B_REV ? APP_B : B_DIR && path.resolve(B_DIR);
  const serverB = bDir ? await startServer(bDir, BENCH) : server;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const d = BENCH_DOCS.pages100;
  const draft = benchDraft(d, Date.now());
  try {
    const pages: Record<'app' | 'bare' | 'b', TypingPage> = {
      app: await openTypingPage(browser, server.origin, 'app', d, draft),
      b: await openTypingPage(browser, serverB.origin, 'app', d, draft),
      bare: await openTypingPage(browser, server.origin, 'bare', d, draft),
    };
    await changeB(pages.b);
    // Warm-up turns, not measured.
    for (const [name, t] of Object.entries(pages)) await turn(t, name);
    /** Where each measured turn's samples start, per page. */
    const starts: Record<keyof typeof pages, number[]> = { app: [], bare: [], b: [] };
    const measured = async (name: 'app' | 'bare' | 'b') => {
      if (SELF) await turn(pages[name], name);
      starts[name].push(await pages[name].page.evaluate(() => window.__bench!.samples.length));
      await turn(pages[name], name);
    };
    if (TRACE) await browser.startTracing(pages.app.page, { categories: TRACE_CATEGORIES });
    // App and B each always follow a bare turn (bare follows each of them equally often), so neither carries
    // the other's after-effects more than its own; the bench's own order (app, bare, bare, app) cannot be kept
    // with three pages.
    for (let round = 0; round < TURNS; round++) {
      for (const name of round % 2 ? (['b', 'bare', 'app', 'bare'] as const) : (['app', 'bare', 'b', 'bare'] as const)) await measured(name);
    }
    if (TRACE) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, 'turns.trace.json'), await browser.stopTracing());
    }
    const b = B_REV
      ? `b (${B_REV})`
      : B_DIR
        ? `b (${B_DIR})`
        : `b (${[B_NO_LISTENERS && 'listeners off', B_CSS && `css ${B_CSS}`, B_DROP && `without ${B_DROP.join(', ')}`].filter(Boolean).join('; ') || 'unchanged'})`;
    for (const name of ['app', 'bare', 'b'] as const) {
      const t = pages[name];
      const all = await t.page.evaluate(() => window.__bench!.samples);
      const samples = starts[name].flatMap((start) => all.slice(start, start + KEYS));
      const painted = (pick: (i: number) => boolean) => samples.filter((s, i) => pick(i % KEYS) && s.painted !== null).map((s) => s.painted!);
      const [first, second, rest, every] = [painted((i) => i === 0), painted((i) => i === 1), painted((i) => i > 1), painted(() => true)];
      console.log(
        `${(name === 'b' ? b : name).padEnd(12)} turns ${samples.length / KEYS}: 1st key median ${fmt(median(first))}, 2nd ${fmt(median(second))}, ` +
          `the others median ${fmt(median(rest))} / p95 ${fmt(percentile(rest, 95))} ms; all keys p95 ${fmt(percentile(every, 95))} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    if (serverB !== server) await serverB.close();
  }
}

runMain(main);
