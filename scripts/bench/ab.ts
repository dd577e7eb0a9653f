/**
 * A/B of the app against itself, within one page: `npx tsx scripts/bench/ab.ts [pages10|pages30|pages100] [rounds] [keys]
 * [--only=a,b] [--css=name:rules] [--drop=name:pluginKey+pluginKey] [--front-late] [--rate=N] [--wait=MS] [--same-order]`.
 *
 * Opens the app on the bench document and the bare TipTap page beside it, then types alternating blocks of `keys`
 * letters under each variant (switched at runtime in the same page, order reversed every other round), so the
 * machine's drift in speed — 1–3 ms between whole runs on this host — falls on every variant alike. Prints
 * keystroke → document updated and → next paint per variant. Use it to decide what a keystroke pays for before
 * changing code (FINDINGS.md, 2026-12-06: the 校对 underlines).
 *
 * Variants: `bare` (the bare page), `as-is`, `no-underlines` (the 校对 marks set to none until the next rest),
 * `no-underline-css` (underlines drawn without their wavy line), `no-listeners` (the app's editor event listeners
 * skipped: no autosave, 校对 or panels), `no-chrome` (top bar, toolbar and side panels hidden), any
 * `--css=name:rules` (a style sheet added for that variant's blocks) and any `--drop=name:keys` (the editor plugins
 * whose keys start with one of `keys` removed for that variant's blocks). Also printed: the medians of each block's
 * first and second keys, which pay for what the app did while typing rested (FINDINGS.md, 2026-12-06, second session).
 * `--front-late` brings a page to front just before its block's first key instead of before the wait. `--rate=4`
 * throttles both pages' CPU as the bench's old office PC.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type JSHandle, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { openTypingPage, throttle, typeLetters } from './browser.ts';
import { dropPlugins, listenersOff, listenersOn, pageEditor, restorePlugins, type PageEditor } from './pageEditor.ts';
import { runMain } from './cli.ts';
import { BENCH_DOCS, benchDraft } from './docs.ts';
import { startServer } from './server.ts';
import { fmt, summarize } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP = path.join(ROOT, 'bench-results', 'build', 'ab-app');
const BENCH = path.join(ROOT, 'bench-results', 'build', 'ab-bench');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const key = (args[0] ?? 'pages100') as 'pages10' | 'pages30' | 'pages100';
const ROUNDS = Number(args[1] ?? 8);
const KEYS = Number(args[2] ?? 40);
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const d = BENCH_DOCS[key];
/** `--rate=N`: both pages' CPU throttled N× (the bench's old office PC is 4). */
const RATE = Number(option('rate') ?? 1);
/** `--wait=MS`: the quiet before each block's first key (default 1200; the bench's turns wait 500 after coming to front). */
const WAIT_MS = Number(option('wait') ?? 1200);
/**
 * `--same-order`: every round in the given order instead of reversing every other one, so no variant types two blocks
 * in a row: with `--only=bare,as-is`, every app block follows a bare block, as in the bench's turns.
 */
const SAME_ORDER = process.argv.includes('--same-order');

/** The app's page and its editor. */
interface AppPage {
  readonly page: Page;
  readonly editor: JSHandle<PageEditor>;
}

interface Variant {
  readonly name: string;
  /** Typed in the bare TipTap page instead of the app. */
  readonly bare?: boolean;
  readonly on?: (app: AppPage) => Promise<void>;
  readonly off?: (app: AppPage) => Promise<void>;
}

/** A style sheet present only during the variant's blocks. */
const cssVariant = (name: string, rules: string): Variant => ({
  name,
  on: ({ page }) =>
    page.evaluate(
      ([id, text]) => {
        const style = document.createElement('style');
        style.id = id;
        style.textContent = text;
        document.head.append(style);
      },
      [`ab-${name}`, rules] as const,
    ),
  off: ({ page }) => page.evaluate((id) => document.getElementById(id)?.remove(), `ab-${name}`),
});

const VARIANTS: Variant[] = [
  { name: 'bare', bare: true },
  { name: 'as-is' },
  {
    name: 'no-underlines',
    // The app sets them again when typing rests (before the next block).
    on: ({ editor }) =>
      editor.evaluate(({ view }) => {
        const plugin = view.state.plugins.find((p) => p.key.startsWith('proofMarks'));
        view.dispatch(view.state.tr.setMeta(plugin, []));
      }),
  },
  cssVariant('no-underline-css', '.paper-body .proof-mark { text-decoration: none }'),
  { name: 'no-listeners', on: ({ editor }) => listenersOff(editor), off: ({ editor }) => listenersOn(editor) },
  cssVariant('no-chrome', '.topbar, .banners, .side, .toolbar { display: none !important }'),
];

/**
 * `--drop=name:key1+key2`: a variant whose blocks run without the editor plugins whose keys start
 * with one of the given names (the state reconfigured without them, and back after the block).
 */
const dropVariant = (name: string, prefixes: readonly string[]): Variant => ({
  name,
  on: ({ editor }) => dropPlugins(editor, prefixes),
  off: ({ editor }) => restorePlugins(editor),
});

async function main() {
  for (const custom of process.argv.filter((a) => a.startsWith('--css=')).map((a) => a.slice('--css='.length))) {
    VARIANTS.push(cssVariant(custom.slice(0, custom.indexOf(':')), custom.slice(custom.indexOf(':') + 1)));
  }
  for (const drop of process.argv.filter((a) => a.startsWith('--drop=')).map((a) => a.slice('--drop='.length))) {
    VARIANTS.push(dropVariant(drop.slice(0, drop.indexOf(':')), drop.slice(drop.indexOf(':') + 1).split('+')));
  }
  const only = option('only')?.split(',');
  const variants = only ? VARIANTS.filter((v) => only.includes(v.name)) : VARIANTS;

  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: APP, emptyOutDir: true } });
  await build({ configFile: path.join(ROOT, 'scripts/bench/vite.bench.config.ts'), logLevel: 'error', build: { outDir: BENCH, emptyOutDir: true } });
  const server = await startServer(APP, BENCH);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const draft = benchDraft(d, Date.now());
  const results = new Map(variants.map((v) => [v.name, { updated: [] as number[], painted: [] as number[], first: [] as number[], second: [] as number[] }]));
  try {
    // The bench's own page opening (seeded draft or bare page, probe, checks, click into the middle paragraph).
    const open = async (bare: boolean) => {
      const t = await openTypingPage(browser, server.origin, bare ? 'bare' : 'app', d, draft);
      if (RATE !== 1) await throttle(t.page, RATE);
      await t.page.waitForTimeout(500);
      await typeLetters(t.page, 0, 10, 50); // warm-up
      t.typed = 10;
      return t;
    };
    // `--bare-first`: open the bare page first (the later page is the one in front).
    const bareFirst = process.argv.includes('--bare-first');
    const front = !process.argv.includes('--no-front');
    const frontLate = process.argv.includes('--front-late');
    const first = await open(bareFirst);
    const second = await open(!bareFirst);
    const [app, bare] = bareFirst ? [second, first] : [first, second];
    const appPage: AppPage = {
      page: app.page,
      editor: await pageEditor(app.page),
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const v of round % 2 && !SAME_ORDER ? [...variants].reverse() : variants) {
        const target = v.bare ? bare : app;
        // Each block types into the page in front (`--no-front`: leave the later-opened page in front throughout).
        // Brought to front before the wait: a page coming back to front repaints, which must not fall on the
        // first keys of its block.
        if (front && !frontLate) await target.page.bringToFront();
        await v.on?.(appPage);
        // Past the app's rests (autosave, 校对, panels), as the bench's turns are, and past the variant's own redraw.
        await target.page.waitForTimeout(WAIT_MS);
        // `--front-late`: brought to front just before typing, as the bench did before 2026-12-06's second session.
        if (frontLate) await target.page.bringToFront();
        const before = await target.page.evaluate(() => window.__bench!.samples.length);
        await typeLetters(target.page, target.typed, KEYS, 50);
        target.typed += KEYS;
        const samples = (await target.page.evaluate(() => window.__bench!.samples)).slice(before);
        await v.off?.(appPage);
        const r = results.get(v.name)!;
        samples.forEach((s, i) => {
          if (s.updated !== null) r.updated.push(s.updated);
          if (s.painted !== null) r.painted.push(s.painted);
          if (i === 0 && s.painted !== null) r.first.push(s.painted);
          if (i === 1 && s.painted !== null) r.second.push(s.painted);
        });
      }
    }
    for (const [name, r] of results) {
      const u = summarize(r.updated);
      const p = summarize(r.painted);
      console.log(
        `${name.padEnd(18)} n=${r.painted.length}  updated median ${fmt(u.median)} p95 ${fmt(u.p95)}  painted median ${fmt(p.median)} p95 ${fmt(p.p95)} ms; a block's 1st / 2nd key painted median ${fmt(summarize(r.first).median)} / ${fmt(summarize(r.second).median)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

runMain(main);
