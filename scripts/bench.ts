/**
 * `npm run bench`: builds the app and the bench pages, drives them in headless Chromium
 * (/usr/bin/chromium through playwright-core) and prints one table — metric | value | target | met?
 * — also written to bench-results/ (git-ignored): bench-<timestamp>.json, latest.json, latest.md.
 * It is a report, not a test: it exits 0 when a target is missed, and says which.
 *
 *   1. initial JS, gzip -9: the entry <script type=module> of index.html + every modulepreload
 *   2. load → editor ready (median of 5 fresh loads, empty cache each): first visit, 10 and 100 pages
 *   3. keystroke → document updated / → next paint, median and p95, 10 and 100 pages, app
 *   4. the same in a bare TipTap page (StarterKit only) showing the same text
 *   5. 插入 from the 范文库 after a search: click → document updated (median of 5)
 *   6. library search over 10,000 paragraphs in Chromium (p95 per keystroke)
 *   7. .docx export in Chromium: the seven reports in one draft, and 100 pages (median of 5 after 2 warm-ups)
 *   8. pandoc -f markdown -t docx on the same 100 pages (median of 5) and the ratio
 *   9. the machine (after waiting for the 1-minute load average to fall below half the cores)
 *  10. the browser's floor: keydown → input in a plain contenteditable with the 100-page text
 *  11. the users' PC — an old office machine — as Chromium's CPU throttled 4× (CDP
 *      Emulation.setCPUThrottlingRate): load → editor ready and keystroke → next paint, 30 pages
 *  12. 校对 of the 100-page draft in Chromium, as the editor runs it when typing rests (p95); the
 *      100-page typing rows run with its ~200 校对 items underlined (those near the screen drawn)
 *  13. co-drafting load (scripts/bench/collab.ts): the real collaboration server, 20 headless clients
 *      × 5 edits/s for 60 s + 50 idle documents: edit → seen p50/p95, server memory, replicas identical
 *
 * The app is built with its own vite.config.ts into bench-results/build/app (not dist/, which
 * `vite preview` and the e2e tests serve); the bench pages with scripts/bench/vite.bench.config.ts
 * into bench-results/build/bench. `--quick` takes fewer samples (for working on the bench itself);
 * `--app-css=<rules>` adds a style sheet to the app before typing, to try a CSS fix without
 * editing the app (the output then says so; scripts/bench/profile.ts shows where the time goes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { DB_NAME, DB_VERSION } from '../src/storage/db.ts';
import { runMain } from './bench/cli.ts';
import {
  incidents,
  measureLoad,
  measureOldPc,
  measurePlainFloor,
  measureTypingPair,
  mergeTyping,
  runLab,
  type LoadSample,
  type TypingResult,
} from './bench/browser.ts';
import { BENCH_DOCS, benchDraft, blockTexts, lastParagraphSnippet, proofItemCount, toMarkdown } from './bench/docs.ts';
import { consoleTable, markdownTable, missed, type Row } from './bench/report.ts';
import { fmt, median, summarize, type Summary } from './bench/stats.ts';
import { startServer } from './bench/server.ts';
import { measureCollabLoad, type CollabLoadResult } from './bench/collab.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'bench-results');
const APP_BUILD = path.join(OUT, 'build', 'app');
const BENCH_BUILD = path.join(OUT, 'build', 'bench');

const quick = process.argv.includes('--quick');
const appCss = process.argv.find((a) => a.startsWith('--app-css='))?.slice('--app-css='.length) ?? '';
const SETTINGS = {
  loads: quick ? 2 : 5,
  // Per document: `rounds` pairs of fresh pages (app and bare side by side), `keystrokes` keys
  // each after `warmup` keys, typed in turns of `block` keys (measureTypingPair). 8 rounds = 400
  // keys per side: with 200, the 100-page p95 ratio moved by ±0.08 between identical runs.
  typing: { warmup: 10, keystrokes: quick ? 30 : 50, block: 25, gapMs: 50, rounds: quick ? 1 : 8 },
  floor: { warmup: 10, keystrokes: quick ? 50 : 200, gapMs: 50 },
  oldPc: { rate: 4, loads: quick ? 2 : 5, warmup: 10, keystrokes: quick ? 30 : 100, gapMs: 50 },
  insert: { term: '公共法律服务', clicks: quick ? 3 : 6 },
  search: { size: 10_000, rounds: quick ? 2 : 5 },
  export: { warmups: 2, runs: quick ? 2 : 5 },
  proofread: { warmups: 3, runs: quick ? 10 : 30 },
  pandocRuns: quick ? 2 : 5,
} as const;

const TARGET = {
  initialJsBytes: 250_000,
  loadMs: 800,
  updateP95Ms: 8,
  paintVsBare: 1.1,
  searchP95Ms: 10,
  exportSevenMs: 300,
  export100Ms: 250,
  oldPcLoadMs: 1_500,
  oldPcPaintP95Ms: 33,
  proofreadP95Ms: 30,
  compare100Ms: 100,
  planMatchMs: 20,
  collabSeenP95Ms: 100,
} as const;

const started = performance.now();
const log = (msg: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

/* ---------- 9. the machine ---------- */

function machine(browserVersion: string) {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return {
    cpu,
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browserVersion,
    pandoc: pandoc.status === 0 ? pandoc.stdout.split('\n')[0]!.trim() : 'not found',
    /** 1-minute load average when the run started and when it ended: other work on the machine skews every time. */
    loadAverage: { start: Number(os.loadavg()[0]!.toFixed(2)), end: Number.NaN },
    date: new Date().toISOString(),
  };
}

/**
 * Waits (at most 2 min) until the 1-minute load average is below half the cores: the builds just
 * before, or an earlier run, still weigh on it, and the first measurements would pay for them.
 */
async function settle(): Promise<void> {
  const limit = os.cpus().length / 2;
  const until = performance.now() + 120_000;
  while (os.loadavg()[0]! > limit && performance.now() < until) {
    log(`waiting for the machine to settle: load average ${os.loadavg()[0]!.toFixed(2)} > ${limit}`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
}

/* ---------- 1. initial JS ---------- */

function initialJs(dir: string) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1] ?? null;
  const entries = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((t) => attr(t, 'type') === 'module' && attr(t, 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((t) => attr(t, 'rel') === 'modulepreload' && attr(t, 'href'));
  const files = [...entries.map((t) => attr(t, 'src')!), ...preloads.map((t) => attr(t, 'href')!)].map((src) => {
    const bytes = readFileSync(path.join(dir, src.replace(/^\.?\//, '')));
    return { file: src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  if (!entries.length) throw new Error('no <script type="module" src> in index.html');
  return { files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

/* ---------- 8. pandoc ---------- */

function pandocRuns(markdown: string, runs: number): { times: number[]; bytes: number } | null {
  const dir = path.join(OUT, 'tmp');
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, 'pages100.md');
  const output = path.join(dir, 'pages100-pandoc.docx');
  writeFileSync(input, markdown);
  const once = () => {
    const t = performance.now();
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', output, input], { encoding: 'utf8' });
    const ms = performance.now() - t;
    if (r.error || r.status !== 0) throw new Error(`pandoc failed: ${r.error?.message ?? r.stderr}`);
    return ms;
  };
  try {
    once(); // warm-up: binary and data files into the page cache
    const times = Array.from({ length: runs }, once);
    return { times, bytes: readFileSync(output).length };
  } catch (e) {
    incidents.push(String(e));
    return null;
  }
}

/* ---------- run ---------- */

async function main() {
  mkdirSync(OUT, { recursive: true });

  log('building the app (vite.config.ts → bench-results/build/app) and the bench pages');
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: APP_BUILD, emptyOutDir: true } });
  await build({ configFile: path.join(ROOT, 'scripts/bench/vite.bench.config.ts'), logLevel: 'warn' });
  const js = initialJs(APP_BUILD);

  const now = Date.now();
  const drafts = { pages10: benchDraft(BENCH_DOCS.pages10, now), pages30: benchDraft(BENCH_DOCS.pages30, now), pages100: benchDraft(BENCH_DOCS.pages100, now) };
  for (const d of Object.values(BENCH_DOCS)) log(`document “${d.label}”: ${d.chars} characters, ${d.blocks} blocks`);
  const proofItems100 = proofItemCount(BENCH_DOCS.pages100);
  log(`the 100-page draft carries ${proofItems100} 校对 items (underlined in the app while typing is measured)`);

  if (!quick) await settle();
  const server = await startServer(APP_BUILD, BENCH_BUILD);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const info = machine(browser.version());
  log(`server ${server.origin}; Chromium ${info.chromium}`);

  try {
    // 2. load → editor ready
    const loads: Record<string, LoadSample[]> = { firstVisit: [], pages10: [], pages100: [] };
    for (let i = 0; i < SETTINGS.loads; i++) {
      loads.firstVisit!.push(await measureLoad(browser, server.origin, null));
      loads.pages10!.push(await measureLoad(browser, server.origin, drafts.pages10));
      loads.pages100!.push(await measureLoad(browser, server.origin, drafts.pages100));
    }
    log(
      `loads: ${Object.entries(loads)
        .map(([k, v]) => `${k} ${v.map((s) => fmt(s.ready)).join('/')} ms`)
        .join('; ')}`,
    );

    // 3–5. typing (app and bare, 10 and 100 pages) and 插入
    const typing: Record<string, TypingResult> = {};
    for (const key of ['pages10', 'pages100'] as const) {
      for (let round = 0; round < SETTINGS.typing.rounds; round++) {
        // 插入 is measured once, in the app's first round.
        const opts = { ...SETTINGS.typing, insert: round === 0 ? SETTINGS.insert : undefined, appCss };
        const pair = await measureTypingPair(browser, server.origin, BENCH_DOCS[key], drafts[key], opts);
        for (const r of [pair.app, pair.bare]) {
          const id = `${r.target}.${key}`;
          typing[id] = typing[id] ? mergeTyping(typing[id], r) : r;
          const s = summarize(r.keys.map((k) => k.painted ?? Number.NaN).filter(Number.isFinite));
          const marks = r.underlines === null ? '' : `, ${r.underlines} 校对 underlines drawn (those near the screen)`;
          log(
            `typing ${r.target} ${key} round ${round + 1}: ${r.keys.length} keys (${r.missedKeys} without update, ${r.typedChars} chars typed${marks}), paint median ${fmt(s.median)} p95 ${fmt(s.p95)} ms`,
          );
        }
      }
    }

    // 11. the users' PC: CPU throttled 4×, 30 pages
    log(`old office PC: CPU throttled ${SETTINGS.oldPc.rate}×, 30-page draft`);
    const oldPc = await measureOldPc(browser, server.origin, BENCH_DOCS.pages30, drafts.pages30, SETTINGS.oldPc);
    for (const target of ['app', 'bare'] as const) {
      const side = oldPc[target];
      log(`old PC, ${target}: loads ${side.loads.map((l) => fmt(l.ready)).join('/')} ms; ${side.keys.length} keys (${side.missedKeys} without update)`);
    }

    // 10. the browser's floor
    log('plain contenteditable with the 100-page text');
    const floor = await measurePlainFloor(browser, blockTexts(BENCH_DOCS.pages100.doc, BENCH_DOCS.pages100.fields), SETTINGS.floor);

    // 6–7. search and export in the lab page
    log('library search and .docx export in Chromium');
    const lab = await runLab(
      browser,
      server.origin,
      SETTINGS.search,
      [
        ...(['seven', 'pages100'] as const).map((key) => {
          const d = BENCH_DOCS[key];
          return { key, doc: d.doc, fields: d.fields, expectText: lastParagraphSnippet(d.doc, d.fields) };
        }),
      ],
      SETTINGS.export,
      { doc: BENCH_DOCS.pages100.doc, fields: BENCH_DOCS.pages100.fields, ...SETTINGS.proofread },
    );

    // 8. pandoc
    log('pandoc');
    const pandoc = pandocRuns(toMarkdown(BENCH_DOCS.pages100.doc, BENCH_DOCS.pages100.fields), SETTINGS.pandocRuns);

    // 11. co-drafting load on the collaboration server (loopback, 60 s; 10 s with --quick)
    log('co-drafting load (collaboration server, headless clients)');
    let collab: CollabLoadResult | null = null;
    try {
      collab = await measureCollabLoad(
        { port: Number(process.env.BENCH_COLLAB_PORT ?? 4288), clients: 20, editsPerSecond: 5, seconds: quick ? 10 : 60, idleDocs: 50 },
        log,
      );
    } catch (e) {
      incidents.push(`co-drafting load: ${String(e)}`);
    }

    /* ---------- the table ---------- */
    const rows: Row[] = [];
    const ms = (n: number) => `${fmt(n)} ms`;
    const medP95 = (s: Summary) => `median ${fmt(s.median)} / p95 ${fmt(s.p95)} ms (n=${s.n})`;
    const ratio = (app: number, bare: number) => (app / bare).toFixed(2);
    const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;

    rows.push({
      metric: `initial JS, gzip -9 (entry + ${js.files.length - 1} modulepreload)`,
      value: `${kB(js.gzip)} (${kB(js.raw)} raw)`,
      target: `≤ ${kB(TARGET.initialJsBytes)}`,
      met: js.gzip <= TARGET.initialJsBytes,
    });
    const loadRow = (key: string, label: string, target: boolean) => {
      const ready = median(loads[key]!.map((s) => s.ready));
      const paint = median(loads[key]!.map((s) => s.readyPaint));
      rows.push({
        metric: `load → editor ready, ${label} (median of ${loads[key]!.length})`,
        value: `${ms(ready)} (painted ${ms(paint)})`,
        target: target ? `≤ ${TARGET.loadMs} ms` : '',
        met: target ? ready <= TARGET.loadMs : null,
      });
    };
    loadRow('firstVisit', 'first visit (empty storage)', true);
    loadRow('pages10', `10-page draft (${BENCH_DOCS.pages10.chars} chars)`, true);
    loadRow('pages100', `100-page draft (${BENCH_DOCS.pages100.chars} chars)`, false);

    const keySummary = (r: TypingResult, field: 'updated' | 'painted') => summarize(r.keys.map((k) => k[field] ?? Number.NaN).filter(Number.isFinite));
    for (const key of ['pages10', 'pages100'] as const) {
      const label = key === 'pages10' ? '10 pages' : `100 pages with ${proofItems100} 校对 items underlined`;
      const app = typing[`app.${key}`]!;
      const bare = typing[`bare.${key}`]!;
      const appUpdated = keySummary(app, 'updated');
      const appPainted = keySummary(app, 'painted');
      const bareUpdated = keySummary(bare, 'updated');
      const barePainted = keySummary(bare, 'painted');
      const at100 = key === 'pages100';
      rows.push({
        metric: `keystroke → document updated, ${label}, app`,
        value: medP95(appUpdated),
        target: at100 ? `p95 ≤ ${TARGET.updateP95Ms} ms` : '',
        met: at100 ? appUpdated.p95 <= TARGET.updateP95Ms && app.missedKeys === 0 : null,
      });
      rows.push({ metric: `keystroke → document updated, ${label}, bare TipTap`, value: medP95(bareUpdated), target: '', met: null });
      if (at100) {
        rows.push({
          metric: `keystroke → input event, the same text (${floor.chars} chars) in a plain contenteditable: the browser alone`,
          value: medP95(summarize(floor.times)),
          target: '',
          met: null,
        });
      }
      const limit = barePainted.p95 * TARGET.paintVsBare;
      rows.push({
        metric: `keystroke → next paint, ${label}, app`,
        value: `${medP95(appPainted)}; ${ratio(appPainted.p95, barePainted.p95)}× bare p95`,
        target: at100 ? `p95 ≤ ${TARGET.paintVsBare}× bare = ${fmt(limit)} ms` : '',
        met: at100 ? appPainted.p95 <= limit : null,
      });
      rows.push({ metric: `keystroke → next paint, ${label}, bare TipTap`, value: medP95(barePainted), target: '', met: null });
    }
    for (const key of ['pages10', 'pages100'] as const) {
      const r = typing[`app.${key}`]!;
      const updated = summarize(r.inserts.map((s) => s.updated ?? Number.NaN).filter(Number.isFinite));
      const painted = summarize(r.inserts.map((s) => s.painted ?? Number.NaN).filter(Number.isFinite));
      rows.push({
        metric: `插入 from 范文库 (“${SETTINGS.insert.term}”, 1st hit) → document updated, ${key === 'pages10' ? '10' : '100'} pages (median of ${updated.n})`,
        value: `${ms(updated.median)} (painted ${ms(painted.median)})`,
        target: '',
        met: null,
      });
    }

    const oldPcReady = median(oldPc.app.loads.map((l) => l.ready));
    const oldPcBareReady = median(oldPc.bare.loads.map((l) => l.ready));
    rows.push({
      metric: `old office PC (CPU ${oldPc.rate}× slower): load → editor ready, 30-page draft (${BENCH_DOCS.pages30.chars} chars) (median of ${oldPc.app.loads.length})`,
      value: `${ms(oldPcReady)} (painted ${ms(median(oldPc.app.loads.map((l) => l.readyPaint)))}); ${ratio(oldPcReady, oldPcBareReady)}× bare`,
      target: `≤ ${TARGET.oldPcLoadMs} ms`,
      met: oldPcReady <= TARGET.oldPcLoadMs,
    });
    rows.push({
      metric: `old office PC (CPU ${oldPc.rate}× slower): load → editor ready, 30 pages, bare TipTap (its document in the page, no storage)`,
      value: `${ms(oldPcBareReady)} (painted ${ms(median(oldPc.bare.loads.map((l) => l.readyPaint)))})`,
      target: '',
      met: null,
    });
    const oldPcPaint = summarize(oldPc.app.keys.map((k) => k.painted ?? Number.NaN).filter(Number.isFinite));
    const oldPcBarePaint = summarize(oldPc.bare.keys.map((k) => k.painted ?? Number.NaN).filter(Number.isFinite));
    rows.push({
      metric: `old office PC (CPU ${oldPc.rate}× slower): keystroke → next paint, 30 pages`,
      value: `${medP95(oldPcPaint)}; ${ratio(oldPcPaint.p95, oldPcBarePaint.p95)}× bare p95`,
      target: `p95 ≤ ${TARGET.oldPcPaintP95Ms} ms`,
      met: oldPcPaint.p95 <= TARGET.oldPcPaintP95Ms && oldPc.app.missedKeys === 0,
    });
    rows.push({
      metric: `old office PC (CPU ${oldPc.rate}× slower): keystroke → next paint, 30 pages, bare TipTap`,
      value: medP95(oldPcBarePaint),
      target: '',
      met: null,
    });

    if (lab.proofread) {
      const rest = summarize(lab.proofread.rest);
      rows.push({
        metric: `校对 of the 100-page draft (${lab.proofread.items} items) at rest after a keystroke, in Chromium`,
        value: medP95(rest),
        target: `p95 ≤ ${TARGET.proofreadP95Ms} ms`,
        met: rest.p95 <= TARGET.proofreadP95Ms,
      });
      rows.push({
        metric: '校对 of the 100-page draft afresh (as when it opens), in Chromium',
        value: medP95(summarize(lab.proofread.full)),
        target: '',
        met: null,
      });
    }
    const search = summarize(lab.search.times);
    rows.push({
      metric: `library search, ${lab.search.items} paragraphs, per keystroke in Chromium`,
      value: medP95(search),
      target: `p95 ≤ ${TARGET.searchP95Ms} ms`,
      met: search.p95 <= TARGET.searchP95Ms,
    });
    const exportSeven = median(lab.exports.seven!.times);
    const export100 = median(lab.exports.pages100!.times);
    rows.push({
      metric: `export .docx in Chromium, all seven reports (${BENCH_DOCS.seven.chars} chars), median of ${lab.exports.seven!.times.length}`,
      value: `${ms(exportSeven)} (first, cold run ${ms(lab.exports.seven!.warmupMs[0] ?? Number.NaN)})`,
      target: `≤ ${TARGET.exportSevenMs} ms`,
      met: exportSeven <= TARGET.exportSevenMs,
    });
    rows.push({
      metric: `export .docx in Chromium, 100 pages, median of ${lab.exports.pages100!.times.length}`,
      value: `${ms(export100)} (first run on this page after the seven ${ms(lab.exports.pages100!.warmupMs[0] ?? Number.NaN)})`,
      target: `≤ ${TARGET.export100Ms} ms`,
      met: export100 <= TARGET.export100Ms,
    });
    const y = lab.yearly;
    const compareMedian = median(y.compareTimes);
    rows.push({
      metric: `对比去年: two 100-page reports a year apart, part by part, sentence by sentence, in Chromium, median of ${y.compareTimes.length} (${y.sentences.added} added / ${y.sentences.removed} removed / ${y.sentences.same} same sentences)`,
      value: ms(compareMedian),
      target: `≤ ${TARGET.compare100Ms} ms`,
      met: compareMedian <= TARGET.compare100Ms,
    });
    const planMedian = median(y.planTimes);
    rows.push({
      metric: `去年打算 plan matching at rest, ${y.plans} plans against the 100-page report, in Chromium, median of ${y.planTimes.length} (${y.answered} answered)`,
      value: ms(planMedian),
      target: `≤ ${TARGET.planMatchMs} ms`,
      met: planMedian <= TARGET.planMatchMs,
    });
    if (lab.journal.length) {
      rows.push({
        metric: `write-ahead journal write (draft JSON → localStorage, at each pause in typing), 100 pages`,
        value: medP95(summarize(lab.journal)),
        target: '',
        met: null,
      });
    }
    const pandocMedian = pandoc ? median(pandoc.times) : Number.NaN;
    rows.push({
      metric: `pandoc -f markdown -t docx, same 100 pages, wall clock, median of ${pandoc?.times.length ?? 0}`,
      value: pandoc ? ms(pandocMedian) : 'pandoc not available',
      target: '',
      met: null,
    });
    rows.push({
      metric: 'app export / pandoc, 100 pages',
      value: pandoc ? `${(export100 / pandocMedian).toFixed(2)}×` : 'n/a',
      target: '',
      met: null,
    });

    if (collab) {
      const o = collab.options;
      rows.push({
        metric: `co-drafting: edit → seen by another client, ${o.clients} clients × ${o.editsPerSecond} edits/s for ${o.seconds} s + ${o.idleDocs} idle documents (${collab.edits} edits)`,
        value: `${medP95(collab.seen)}${collab.unseen ? `; ${collab.unseen} never seen` : ''}`,
        target: `p95 ≤ ${TARGET.collabSeenP95Ms} ms`,
        met: collab.seen.p95 <= TARGET.collabSeenP95Ms && collab.unseen === 0,
      });
      const m = collab.serverMemoryMiB;
      rows.push({
        metric: 'co-drafting: server memory (RSS) all connected / at end / peak',
        value: `${m.connected.toFixed(0)} / ${m.end.toFixed(0)} / ${m.peak.toFixed(0)} MiB`,
        target: '',
        met: null,
      });
      rows.push({
        metric: `co-drafting: all ${o.clients + 2} replicas and the server's stored state identical at the end`,
        value:
          collab.replicasIdentical && collab.storedEqual
            ? 'yes'
            : `no (replicas ${collab.replicasIdentical ? 'equal' : 'differ'}, stored ${collab.storedEqual ? 'equal' : 'differs'})`,
        target: 'identical',
        met: collab.replicasIdentical && collab.storedEqual,
      });
    }

    /* ---------- output ---------- */
    info.loadAverage.end = Number(os.loadavg()[0]!.toFixed(2));
    const busy = Math.max(info.loadAverage.start, info.loadAverage.end) > info.cores;
    const machineText = [
      ...(appCss ? [`EXPERIMENT: the app's typing/插入 runs had extra CSS: ${appCss}`] : []),
      ...(quick ? ['QUICK RUN (--quick): fewer samples than the targets assume'] : []),
      `CPU: ${info.cpu}, ${info.cores} cores; memory ${info.memoryGiB} GiB; ${info.os}`,
      `Load average (1 min) at start / end: ${info.loadAverage.start} / ${info.loadAverage.end}${busy ? ' — the machine was busy with other work: times are inflated and noisy' : ''}`,
      `Node ${info.node}; Chromium ${info.chromium} (headless, /usr/bin/chromium); ${info.pandoc}`,
      `Date: ${info.date}`,
    ];
    const miss = missed(rows);
    const verdict = miss.length ? `Targets missed (${miss.length}): ${miss.map((r) => r.metric).join('; ')}` : 'All targets met.';
    console.log(`\n${machineText.join('\n')}\n\n${consoleTable(rows)}\n\n${verdict}`);
    if (incidents.length) console.log(`\nIncidents:\n${incidents.map((i) => `  - ${i}`).join('\n')}`);

    const result = {
      date: info.date,
      machine: info,
      settings: { ...SETTINGS, quick, appCss },
      targets: TARGET,
      rows,
      missed: miss.map((r) => r.metric),
      incidents,
      raw: {
        initialJs: js,
        documents: Object.fromEntries(Object.values(BENCH_DOCS).map((d) => [d.key, { chars: d.chars, blocks: d.blocks }])),
        loads,
        typing,
        lab: { search: { ...lab.search, summary: search }, exports: lab.exports },
        pandoc,
        plainFloor: floor,
        oldPc,
        collab,
      },
      notes: [
        'Times are performance.now() in the page (ms since navigation start for loads).',
        'load → editor ready: a MutationObserver (installed before the app runs) sees .paper[data-draft-id=<seeded id>] .ProseMirror[contenteditable=true] holding all blocks; painted = requestAnimationFrame + MessageChannel after that.',
        'keystroke: t0 at a capturing keydown listener on window; document updated = the editor’s next update event (listener registered last); next paint = requestAnimationFrame registered at that update, then a MessageChannel message.',
        `The browser's floor: ${SETTINGS.floor.keystrokes} keys (after ${SETTINGS.floor.warmup} warm-up) into the middle paragraph of a plain contenteditable holding the 100-page text as <p> elements, no editor library; keydown (capturing) → the input event.`,
        `Typing: ${SETTINGS.typing.rounds} round(s), each a fresh app page and a fresh bare page open side by side, taking turns of ${SETTINGS.typing.block} keys (ABBA; each turn starts once the other page has settled: app saved, then 500 ms): ${SETTINGS.typing.warmup} warm-up keys per page discarded, then ${SETTINGS.typing.keystrokes} keys per page (Playwright keyboard.press, CDP Input.dispatchKeyEvent), each awaited until painted, then ${SETTINGS.typing.gapMs} ms pause.`,
        `Drafts are seeded in IndexedDB (${DB_NAME} v${DB_VERSION}, db.ts's SCHEMA) from a blank page of the same origin before each fresh context loads the app.`,
      ],
    };
    const stamp = info.date.replace(/[:.]/g, '-');
    const json = `${JSON.stringify(result, null, 2)}\n`;
    // Quick and experimental runs never replace latest.*, which the README table is taken from.
    const official = !quick && !appCss;
    const file = `bench-${stamp}${official ? '' : quick ? '-quick' : '-experiment'}.json`;
    writeFileSync(path.join(OUT, file), json);
    if (official) {
      writeFileSync(path.join(OUT, 'latest.json'), json);
      writeFileSync(path.join(OUT, 'latest.md'), `${markdownTable(rows)}\n\n${verdict}\n\n${machineText.map((l) => `${l}  `).join('\n')}\n`);
    }
    log(`wrote bench-results/${file}${official ? ', latest.json, latest.md' : ''}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

runMain(main);
