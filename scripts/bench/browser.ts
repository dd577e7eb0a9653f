/**
 * What the bench does in Chromium: fresh contexts, IndexedDB seeding, page loads, typing and
 * 插入 in the app and in the bare TipTap page, and the lab page's search and export timings.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Draft } from '../../src/model/draft.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import type { ReportDoc } from '../../src/model/schema.ts';
import { DB_NAME, DB_VERSION, SCHEMA } from '../../src/storage/db.ts';
import { blockTextStart, middleParagraphIndex, toStarterKitDoc, type BenchDoc } from './docs.ts';
import type { ExportBenchResult, ProofreadBenchResult, SearchBenchResult } from './lab/main.ts';
import type { YearlyBenchResult } from '../../src/yearly/benchYearly.ts';
import { installProbe, type ProbeOptions, type ProbeReady, type ProbeSample } from './probe.ts';

export const VIEWPORT = { width: 1600, height: 1000 } as const;

/** Problems seen in pages (errors, requests leaving loopback), reported with the results. */
export const incidents: string[] = [];

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(fn, "name")`;
 * Playwright sends functions to the page as source text, so the page needs a `__name` too.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  await context.addInitScript({ content: NAME_SHIM });
  context.on('request', (req) => {
    const url = req.url();
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url)) incidents.push(`request outside loopback: ${url.slice(0, 120)}`);
  });
  context.on('page', (page) => {
    page.on('pageerror', (e) => incidents.push(`pageerror on ${page.url()}: ${e.message}`));
  });
  return context;
}

/**
 * Writes drafts into the app's database the way the app stores them (db.ts's SCHEMA: stores
 * `drafts` by `id`, `library` by `id`, `meta` with out-of-line keys, their indexes;
 * `lastOpenDraftId` → the draft to reopen), from an empty page of the app's origin, so the app's
 * own files are not in the HTTP cache yet.
 */
export async function seedDrafts(context: BrowserContext, origin: string, drafts: readonly Draft[], lastOpenDraftId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/__seed`);
  await page.evaluate(
    ({ name, version, schema, drafts, lastOpenDraftId }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          // The page cannot import db.ts's upgrade(); the schema is data, applied the same way.
          const tx = request.transaction!;
          for (const step of schema) {
            for (const s of step.stores ?? []) tx.db.createObjectStore(s.name, s.keyPath === undefined ? undefined : { keyPath: s.keyPath });
            for (const i of step.indexes ?? []) tx.objectStore(i.store).createIndex(i.name, i.keyPath as string | string[]);
          }
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['drafts', 'meta'], 'readwrite');
          for (const d of drafts) tx.objectStore('drafts').put(d);
          tx.objectStore('meta').put(lastOpenDraftId, 'lastOpenDraftId');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, version: DB_VERSION, schema: SCHEMA, drafts: drafts as Draft[], lastOpenDraftId },
  );
  await page.close();
}

const appReady = (draftId: string | null): string => `.paper[data-draft-id${draftId ? `="${draftId}"` : ''}] .ProseMirror[contenteditable="true"]`;

async function whenReady(page: Page): Promise<ProbeReady> {
  const ready = await page.evaluate(() => window.__bench!.whenReady(30_000));
  if (!ready) throw new Error(`editor not ready within 30 s on ${page.url()}`);
  return ready;
}

/* ---------- load → editor ready ---------- */

export interface LoadSample extends ProbeReady {
  readonly draft: string;
}

/**
 * One fresh load of the app (new context: empty cache; `draft` seeded first, or a first visit with empty storage),
 * the CPU throttled `rate`× from the first byte when `rate` is above 1.
 */
export async function measureLoad(browser: Browser, origin: string, draft: Draft | null, rate = 1): Promise<LoadSample> {
  const ready = await loadOnce(browser, rate, async (context) => {
    if (draft) await seedDrafts(context, origin, [draft], draft.id);
    const options: ProbeOptions = { readySelector: appReady(draft?.id ?? null), minBlocks: draft ? draft.doc.content.length : 1 };
    await context.addInitScript(installProbe, options);
    return `${origin}/`;
  });
  return { draft: draft?.id ?? '(first visit)', ...ready };
}

/**
 * A fresh context made ready by `prepare` (which returns the URL to open), one page loaded there with the CPU
 * throttled `rate`× from the first byte, until the probe sees the editor ready.
 */
async function loadOnce(browser: Browser, rate: number, prepare: (context: BrowserContext) => Promise<string>): Promise<ProbeReady> {
  const context = await freshContext(browser);
  try {
    const url = await prepare(context);
    const page = await context.newPage();
    if (rate !== 1) await throttle(page, rate);
    await page.goto(url);
    return await whenReady(page);
  } finally {
    await context.close();
  }
}

/* ---------- typing and 插入 ---------- */

export interface TypingOptions {
  /** Keys typed into each page before measuring (discarded). */
  readonly warmup: number;
  /** Measured keys per page. */
  readonly keystrokes: number;
  /** Keys typed into one page before switching to the other. */
  readonly block: number;
  /** Pause after each keystroke has painted, ms. */
  readonly gapMs: number;
  /** 插入 after typing (app only): the library search term and how many clicks (the first is a warm-up). */
  readonly insert?: { readonly term: string; readonly clicks: number };
  /** Experiment only (`--app-css=`): a style sheet added to the app once it is ready, to try a CSS fix without editing the app. */
  readonly appCss?: string;
}

export interface TypingResult {
  readonly target: 'app' | 'bare';
  readonly doc: string;
  readonly keys: ProbeSample[];
  readonly missedKeys: number;
  readonly inserts: ProbeSample[];
  readonly insertedItem: string | null;
  /** Characters the paragraph gained (should equal warmup + keystrokes). */
  readonly typedChars: number;
  /** 校对 underlines (.proof-mark) on the page when typing started; null for the bare page. */
  readonly underlines: number | null;
}

/** Two rounds of the same target and document as one result (keys and counts added; 插入 from whichever has it). */
export function mergeTyping(a: TypingResult, b: TypingResult): TypingResult {
  if (a.target !== b.target || a.doc !== b.doc) throw new Error(`cannot merge ${a.target}/${a.doc} with ${b.target}/${b.doc}`);
  return {
    ...a,
    keys: [...a.keys, ...b.keys],
    missedKeys: a.missedKeys + b.missedKeys,
    inserts: a.inserts.length ? a.inserts : b.inserts,
    insertedItem: a.insertedItem ?? b.insertedItem,
    typedChars: a.typedChars + b.typedChars,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Makes `context` ready to load `d` with the probe installed: for the app, `draft` seeded into its
 * database; for the bare TipTap page, the document handed over before its script runs. Returns the URL to open.
 */
export async function prepareContext(context: BrowserContext, origin: string, target: 'app' | 'bare', d: BenchDoc, draft: Draft): Promise<string> {
  if (target === 'app') {
    await seedDrafts(context, origin, [draft], draft.id);
    await context.addInitScript(installProbe, { readySelector: appReady(draft.id), minBlocks: d.blocks });
    return `${origin}/`;
  }
  await context.addInitScript(
    (doc) => {
      (window as unknown as { __BENCH_DOC__: unknown }).__BENCH_DOC__ = doc;
    },
    toStarterKitDoc(d.doc, d.fields),
  );
  await context.addInitScript(installProbe, { readySelector: '.ProseMirror[contenteditable="true"]', minBlocks: d.blocks });
  return `${origin}/bench/bare/`;
}

/** A page ready to be typed into: the caret is in the middle body paragraph of `d`. */
export interface TypingPage {
  readonly target: 'app' | 'bare';
  readonly context: BrowserContext;
  readonly page: Page;
  readonly paragraph: ReturnType<Page['locator']>;
  readonly textBefore: string;
  typed: number;
  missed: number;
}

/** Opens `d` in the app (seeded draft) or the bare page in a fresh context and clicks into the middle body paragraph. */
export async function openTypingPage(
  browser: Browser,
  origin: string,
  target: 'app' | 'bare',
  d: BenchDoc,
  draft: Draft,
  appCss?: string,
): Promise<TypingPage> {
  const context = await freshContext(browser);
  try {
    const url = await prepareContext(context, origin, target, d, draft);
    const page = await context.newPage();
    await page.goto(url);
    await whenReady(page);
    if (target === 'app' && appCss) await page.addStyleTag({ content: appCss });

    const blocks = page.locator('.ProseMirror > *');
    const count = await blocks.count();
    if (count !== d.blocks) throw new Error(`${target}: ${count} top-level elements in the editor, expected ${d.blocks}`);
    const index = middleParagraphIndex(d.doc);
    const paragraph = blocks.nth(index);
    const expected = blockTextStart(d.doc, index, d.fields);
    const textBefore = ((await paragraph.textContent()) ?? '').trim();
    if (!textBefore.startsWith(expected)) throw new Error(`${target}: block ${index} starts “${textBefore.slice(0, 12)}”, expected “${expected}”`);
    await paragraph.click();
    return { target, context, page, paragraph, textBefore, typed: 0, missed: 0 };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/**
 * Types `n` letters into `page`, the first being the page's keystroke number `from` (letters cycle
 * a–z), each awaited until the probe has its sample (painted, or abandoned after 3 s), then `gapMs`
 * of quiet. Returns how many keys never changed the document.
 */
export async function typeLetters(page: Page, from: number, n: number, gapMs: number): Promise<number> {
  let missed = 0;
  for (let i = from; i < from + n; i++) {
    await page.keyboard.press(LETTERS[i % LETTERS.length]!);
    const ok = await page.evaluate(([count, ms]) => window.__bench!.whenSamples(count, ms), [i + 1, 3_000] as const);
    if (!ok) {
      missed++;
      await page.evaluate(() => window.__bench!.abandon());
    }
    await page.waitForTimeout(gapMs);
  }
  return missed;
}

/** How long a page is in front before its turn's first key. */
const FRONT_SETTLE_MS = 500;

/** One turn's typing: `n` keys into `t`, brought to front first (the bench's turns; turns-ab.ts). */
export async function typeKeys(t: TypingPage, n: number, gapMs: number): Promise<void> {
  // The page in front renders at full priority; the other, opened earlier, measured slower (ab.ts: about 0.5 ms).
  // Brought to front a while before its first key: the first keys after the switch paid for it (by about 3 ms in
  // the app, 2 ms in the bare page; ab.ts --front-late), a cost of the bench's turns that no user's typing has.
  await t.page.bringToFront();
  await t.page.waitForTimeout(FRONT_SETTLE_MS);
  t.missed += await typeLetters(t.page, t.typed, n, gapMs);
  t.typed += n;
}

/**
 * Lets the page finish what typing started before the other page types: the app's autosave (its
 * status says `saved`) and the panels that update when typing rests (≤ 400 ms after the last key).
 * The status is read from its attribute, so a style sheet that hides the top bar (turns-ab.ts --b-css) does not matter.
 */
export async function settle(t: TypingPage): Promise<void> {
  if (t.target === 'app') await whenSaved(t.page);
  await t.page.waitForTimeout(500);
}

/** Until the app's save status says `saved` (its autosave has landed), read from the attribute whether shown or not. */
export const whenSaved = (page: Page): Promise<void> => page.locator('[data-save-status="saved"]').waitFor({ state: 'attached', timeout: 5_000 });

/** 插入 from the library `clicks` times (the first is a warm-up, dropped). */
async function measureInsert(t: TypingPage, insert: { term: string; clicks: number }): Promise<{ inserts: ProbeSample[]; insertedItem: string }> {
  const { page } = t;
  const library = page.getByRole('region', { name: '范文库', exact: true });
  await library.getByRole('searchbox', { name: '搜索范文' }).fill(insert.term);
  await library.getByRole('heading', { name: /^搜索结果（\d+）$/ }).waitFor();
  const first = library.locator('.lib-item').first();
  const insertedItem = ((await first.locator('.lib-text').textContent()) ?? '').slice(0, 40);
  const button = first.getByRole('button', { name: '插入', exact: true });
  await page.waitForTimeout(300);
  for (let i = 0; i < insert.clicks; i++) {
    const n = await page.evaluate(() => window.__bench!.samples.length);
    await button.click();
    if (!(await page.evaluate(([c, ms]) => window.__bench!.whenSamples(c, ms), [n + 1, 5_000] as const))) {
      await page.evaluate(() => window.__bench!.abandon());
    }
    await page.waitForTimeout(300);
  }
  return { inserts: (await page.evaluate(() => window.__bench!.samples)).filter((s) => s.kind === 'insert').slice(1), insertedItem };
}

/**
 * One round of typing on `d`: the app and the bare page are open side by side (fresh contexts)
 * and take turns, `block` keys at a time, in ABBA order (app first in even blocks), each turn
 * starting once the other page has settled. Machine load drifts over seconds on this kind of
 * host; turns of about a second put both pages under the same load, which whole rounds one after
 * the other did not (per-round medians of one target moved by 1–3 ms between rounds).
 * Then, if asked, 插入 in the app.
 */
export async function measureTypingPair(
  browser: Browser,
  origin: string,
  d: BenchDoc,
  draft: Draft,
  opts: TypingOptions,
): Promise<{ app: TypingResult; bare: TypingResult }> {
  const app = await openTypingPage(browser, origin, 'app', d, draft, opts.appCss);
  try {
    const bare = await openTypingPage(browser, origin, 'bare', d, draft);
    try {
      // Both pages were clicked into; the app's had the bare page's loading time to settle.
      await bare.page.waitForTimeout(500);
      const underlines = await app.page.locator('.proof-mark').count();
      for (const t of [app, bare]) {
        await typeKeys(t, opts.warmup, opts.gapMs);
        await settle(t);
      }
      for (let b = 0; b * opts.block < opts.keystrokes; b++) {
        const n = Math.min(opts.block, opts.keystrokes - b * opts.block);
        for (const t of b % 2 ? [bare, app] : [app, bare]) {
          await typeKeys(t, n, opts.gapMs);
          await settle(t);
        }
      }
      const result = async (t: TypingPage): Promise<TypingResult> => {
        const after = ((await t.paragraph.textContent()) ?? '').trim();
        // Keys typed elsewhere (the click did not leave the caret in the paragraph) would measure another place.
        if (after.length - t.textBefore.length !== t.typed) {
          throw new Error(`${t.target}: ${t.typed} letters typed, but the paragraph gained ${after.length - t.textBefore.length} characters`);
        }
        const keys = (await t.page.evaluate(() => window.__bench!.samples)).filter((s) => s.kind === 'key').slice(opts.warmup);
        const inserted = t.target === 'app' && opts.insert ? await measureInsert(t, opts.insert) : { inserts: [], insertedItem: null };
        return {
          target: t.target,
          doc: d.key,
          keys,
          missedKeys: t.missed,
          ...inserted,
          typedChars: after.length - t.textBefore.length,
          underlines: t.target === 'app' ? underlines : null,
        };
      };
      return { app: await result(app), bare: await result(bare) };
    } finally {
      await bare.context.close();
    }
  } finally {
    await app.context.close();
  }
}

/* ---------- the users' PC: Chromium's CPU throttled ---------- */

export interface OldPcSide {
  /** load → editor ready per load, ms. */
  readonly loads: ProbeReady[];
  /** keystroke samples after the warm-up. */
  readonly keys: ProbeSample[];
  readonly missedKeys: number;
}

export interface OldPcResult {
  readonly rate: number;
  readonly app: OldPcSide;
  /** The bare TipTap page under the same throttling: what any TipTap editor costs on that machine. */
  readonly bare: OldPcSide;
}

/** Slows the page's CPU `rate` times (DevTools' CPU throttling: the renderer runs 1/rate of the time). */
export async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * The users' machine — an old office PC — as Chromium's CPU throttled `rate`×, for the app and, as the
 * floor, the bare TipTap page: `loads` fresh loads of each with `d` (taking turns, throttled from the first
 * byte), then typing into the middle body paragraph of each in turn, one page open at a time (`warmup`
 * keys discarded, `keystrokes` measured).
 */
export async function measureOldPc(
  browser: Browser,
  origin: string,
  d: BenchDoc,
  draft: Draft,
  opts: { rate: number; loads: number; warmup: number; keystrokes: number; gapMs: number },
): Promise<OldPcResult> {
  const loads = { app: [] as ProbeReady[], bare: [] as ProbeReady[] };
  for (let i = 0; i < opts.loads; i++) {
    loads.app.push(await measureLoad(browser, origin, draft, opts.rate));
    loads.bare.push(await loadOnce(browser, opts.rate, (context) => prepareContext(context, origin, 'bare', d, draft)));
  }
  const typing = async (target: 'app' | 'bare'): Promise<OldPcSide> => {
    const t = await openTypingPage(browser, origin, target, d, draft);
    try {
      await throttle(t.page, opts.rate);
      await t.page.waitForTimeout(1_000);
      await typeKeys(t, opts.warmup, opts.gapMs);
      await settle(t);
      await typeKeys(t, opts.keystrokes, opts.gapMs);
      const keys = (await t.page.evaluate(() => window.__bench!.samples)).filter((s) => s.kind === 'key').slice(opts.warmup);
      return { loads: loads[target], keys, missedKeys: t.missed };
    } finally {
      await t.context.close();
    }
  };
  return { rate: opts.rate, app: await typing('app'), bare: await typing('bare') };
}

/* ---------- the browser's own floor: a plain contenteditable ---------- */

export interface PlainFloorResult {
  /** keydown (capturing listener) → the input event, ms, one per key after the warm-up. */
  readonly times: number[];
  readonly chars: number;
}

/**
 * Types into a plain contenteditable holding `texts` as paragraphs — no editor library, no script
 * but two listeners — and times keydown → input: what Chromium alone spends on a keystroke in an
 * editable element that long (its insertion, layout, and the text-input state it sends to the
 * input method, which includes the whole element's text). The app's keystroke → document updated
 * cannot be lower than this on the same machine.
 */
export async function measurePlainFloor(
  browser: Browser,
  texts: readonly string[],
  opts: { warmup: number; keystrokes: number; gapMs: number },
): Promise<PlainFloorResult> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><meta charset="utf-8"><div id="ed" contenteditable="true" spellcheck="false" style="white-space:pre-wrap;width:156mm;margin:0 auto;font:16pt/28.9pt serif"></div>',
    );
    await page.evaluate((paragraphs) => {
      const ed = document.getElementById('ed')!;
      for (const text of paragraphs) ed.append(Object.assign(document.createElement('p'), { textContent: text }));
      const w = window as unknown as { __floor: number[] };
      w.__floor = [];
      let t0 = 0;
      addEventListener('keydown', () => void (t0 = performance.now()), true);
      addEventListener('input', () => void w.__floor.push(performance.now() - t0));
    }, texts as string[]);
    await page
      .locator('#ed > p')
      .nth(Math.floor(texts.length / 2))
      .click();
    for (let i = 0; i < opts.warmup + opts.keystrokes; i++) {
      await page.keyboard.press(LETTERS[i % LETTERS.length]!);
      await page.waitForTimeout(opts.gapMs);
    }
    const times = (await page.evaluate(() => (window as unknown as { __floor: number[] }).__floor)).slice(opts.warmup);
    if (times.length !== opts.keystrokes) incidents.push(`plain contenteditable: ${times.length} input events for ${opts.keystrokes} keys`);
    return { times, chars: texts.reduce((n, t) => n + t.length, 0) };
  } finally {
    await context.close();
  }
}

/* ---------- lab page: library search and .docx export in Chromium ---------- */

export interface LabResults {
  readonly search: SearchBenchResult;
  readonly exports: Record<string, ExportBenchResult>;
  /** 校对 of the 100-page draft (null when not asked for). */
  readonly proofread: ProofreadBenchResult | null;
  /** 对比去年 and plan matching on the 100-page report and its next-year version. */
  readonly yearly: YearlyBenchResult;
  /** The write-ahead journal's write of the 100-page draft, ms per write (issue 19). */
  readonly journal: number[];
}

export async function runLab(
  browser: Browser,
  origin: string,
  search: { size: number; rounds: number },
  exports: ReadonlyArray<{ key: string; doc: ReportDoc; fields: ReportFields; expectText: string }>,
  exportRuns: { warmups: number; runs: number },
  proofread?: { doc: ReportDoc; fields: ReportFields; warmups: number; runs: number },
): Promise<LabResults> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/lab/`);
    await page.locator('body[data-bench-ready="1"]').waitFor();
    const searchResult = await page.evaluate(([size, rounds]) => window.benchLab!.search(size, rounds), [search.size, search.rounds] as const);
    const exportResults: Record<string, ExportBenchResult> = {};
    for (const e of exports) {
      exportResults[e.key] = await page.evaluate(
        ({ doc, fields, warmups, runs, expectText }) => window.benchLab!.exportDocx(doc, fields, warmups, runs, expectText),
        { doc: e.doc, fields: e.fields, expectText: e.expectText, ...exportRuns },
      );
    }
    const yearlyDoc = exports.find((e) => e.key === 'pages100') ?? exports[0]!;
    const yearly = await page.evaluate(({ doc, fields, runs }) => window.benchLab!.yearly(doc, fields, runs), {
      doc: yearlyDoc.doc,
      fields: yearlyDoc.fields,
      runs: exportRuns.runs * 4,
    });
    if (yearly.plans === 0) incidents.push('yearly: the 100-page report has no plan items to match');
    for (const [key, r] of Object.entries(exportResults)) {
      if (!r.verified) incidents.push(`export ${key}: the .docx does not contain the document's last paragraph`);
    }
    const proofreadResult = proofread
      ? await page.evaluate(({ doc, fields, warmups, runs }) => window.benchLab!.proofread(doc, fields, warmups, runs), proofread)
      : null;
    const pages100 = exports.find((e) => e.key === 'pages100');
    const journal = pages100
      ? await page.evaluate(({ doc, fields, runs }) => window.benchLab!.journalWrite(doc, fields, runs), {
          doc: pages100.doc,
          fields: pages100.fields,
          runs: exportRuns.runs * 10,
        })
      : [];
    return { search: searchResult, exports: exportResults, proofread: proofreadResult, yearly, journal };
  } finally {
    await context.close();
  }
}
