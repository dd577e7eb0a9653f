/**
 * Where a keystroke's time goes, app vs bare TipTap: `npx tsx scripts/bench/profile.ts [pages10|pages100] [keys]`.
 * Builds both unminified (bench-results/build/profile-*), opens the same document as `npm run bench`,
 * clicks into the middle paragraph, and types `keys` keys (default 40) while recording a CPU profile
 * (CDP Profiler) and a Chromium trace (devtools.timeline). Prints, per keystroke: main-thread time
 * by trace event (style recalc, layout, paint, script…) and the functions with the most self time.
 * Writes the raw profile and trace to bench-results/profile/. Options: `--app-only`, `--css=<rules>`
 * (a style sheet added to the app before typing, to try a fix without editing the app).
 * `--rest=1200` pauses that long after each key (each key then pays for what the app does at rest). `--rest-work`
 * profiles what the app runs while typing rests (after 25 keys; `keys`/10 rests). `--load` profiles
 * navigation → editor ready instead; `--rate=4` throttles the CPU as the bench's old office PC.
 * Environment: `TRACE_CATS=blink,cc` adds trace categories (e.g. Blink's editing and selection events).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { freshContext, prepareContext, throttle, typeLetters, whenSaved } from './browser.ts';
import { runMain } from './cli.ts';
import { BENCH_DOCS, benchDraft, middleParagraphIndex } from './docs.ts';
import { startServer } from './server.ts';
import { summarize, fmt } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'bench-results');
const APP = path.join(OUT, 'build', 'profile-app');
const BENCH = path.join(OUT, 'build', 'profile-bench');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const key = (args[0] ?? 'pages100') as 'pages10' | 'pages30' | 'pages100';
const KEYS = Number(args[1] ?? 40);
/** `--css=<rules>`: a style sheet added to the app page before typing (to test a hypothesis without editing the app). */
const EXTRA_CSS = process.argv.find((a) => a.startsWith('--css='))?.slice('--css='.length) ?? '';
const APP_ONLY = process.argv.includes('--app-only');
/** `--load`: profile the page load (navigation → editor ready) instead of typing. */
const LOAD = process.argv.includes('--load');
/** `--rate=N`: Chromium's CPU throttled N× (the bench's old office PC is 4). */
const RATE = Number(process.argv.find((a) => a.startsWith('--rate='))?.slice('--rate='.length) ?? 1);
/** `--rest=MS`: the pause after each key (default 50): with 1000 or more, every key is the first after a rest. */
const REST = Number(process.argv.find((a) => a.startsWith('--rest='))?.slice('--rest='.length) ?? 50);
/** `--rest-work`: profile what the app does while typing rests after a turn of 25 keys, instead of the keys. */
const REST_WORK = process.argv.includes('--rest-work');
const d = BENCH_DOCS[key];

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string } };
}

/** A profile frame as printed: the function and, for script, its file (from assets/, src/ or node_modules/) and line. */
function frameLabel(f: CpuProfileNode['callFrame']): string {
  const file = f.url ? `${f.url.replace(/^.*\/(assets|src|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${file}`.trim();
}

function selfTimes(profile: CpuProfile): Array<{ fn: string; ms: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const label = frameLabel(byId.get(id)!.callFrame);
    self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].map(([fn, ms]) => ({ fn, ms })).sort((a, b) => b.ms - a.ms);
}

/** Inclusive time by function (a function counted once per sample, however deep it recurses), idle samples left out. */
function inclusiveTimes(profile: CpuProfile): { busy: number; byFunction: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    if (byId.get(id)!.callFrame.functionName === '(idle)') return;
    // A sample lasts until the next one (timeDeltas[i] is the gap before sample i): after a quiet spell the gap
    // before a busy sample is the idle time.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    busy += ms;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const label = frameLabel(byId.get(n)!.callFrame);
      if (seen.has(label)) continue;
      seen.add(label);
      byFunction.set(label, (byFunction.get(label) ?? 0) + ms);
    }
  });
  return { busy, byFunction };
}

/**
 * What the app does while typing rests: `turns` times, 25 keys, then a CPU profile from the last key until the
 * autosave has landed and 1.5 s more (the bench's settle and the next turn's quiet). Prints the busy time per rest
 * and the functions with the most inclusive time.
 */
async function profileRestWork(page: Page, cdp: CDPSession, turns: number): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const total = new Map<string, number>();
  let busy = 0;
  for (let turn = 0; turn < turns; turn++) {
    await typeLetters(page, 10 + turn * 25, 25, 50);
    await cdp.send('Profiler.start');
    await whenSaved(page);
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const t = inclusiveTimes(profile);
    busy += t.busy;
    for (const [fn, ms] of t.byFunction) total.set(fn, (total.get(fn) ?? 0) + ms);
  }
  console.log(`\n=== app, ${d.label}: what a rest after 25 keys runs (${turns} rests), busy ${(busy / turns).toFixed(1)} ms a rest`);
  console.log('inclusive time per rest, top functions (ms):');
  for (const [fn, ms] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${(ms / turns).toFixed(2).padStart(7)}  ${fn}`);
}

/** Main-thread top-level time by trace event name (complete events on the renderer main thread). */
function traceTimes(events: TraceEvent[]): Array<{ name: string; ms: number }> {
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const NAMES = new Set([
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'UpdateLayer',
    'HitTest',
    'FunctionCall',
    'EventDispatch',
    'RunMicrotasks',
    'FireAnimationFrame',
    'TimerFire',
    'GCEvent',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'CommitLoad',
    'ParseHTML',
    'v8.run',
    'EvaluateScript',
    'v8.evaluateModule',
    'v8.compileModule',
    'v8.compile',
    'ParseAuthorStyleSheet',
    'RecalculateStyles',
    'ScheduleStyleRecalculation',
    'IntersectionObserverController::computeIntersections',
  ]);
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && (e.tid !== main.tid || e.pid !== main.pid))) continue;
    if (!NAMES.has(e.name)) continue;
    const name = e.name === 'EventDispatch' ? `EventDispatch(${e.args?.data?.type ?? '?'})` : e.name;
    sums.set(name, (sums.get(name) ?? 0) + e.dur / 1000);
  }
  return [...sums.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

const TRACE_CATEGORIES = [
  ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : []),
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  '__metadata',
];

/** Navigation → editor ready under a CPU profile and a trace; prints the same tables as for typing, for the whole load. */
async function profileLoad(browser: Browser, page: Page, cdp: CDPSession, url: string, target: 'app' | 'bare'): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  await page.goto(url);
  const ready = await page.evaluate(() => window.__bench!.whenReady(30_000));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const trace = await browser.stopTracing();
  writeFileSync(path.join(OUT, 'profile', `${target}-${key}-load.cpuprofile`), JSON.stringify(profile));
  writeFileSync(path.join(OUT, 'profile', `${target}-${key}-load.trace.json`), trace);
  console.log(`\n=== ${target}, ${d.label}, load at CPU ${RATE}×: ready ${fmt(ready?.ready ?? NaN)} ms, painted ${fmt(ready?.readyPaint ?? NaN)} ms`);
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  console.log('main thread, by trace event (ms):');
  for (const t of traceTimes(events).slice(0, 16)) console.log(`  ${t.ms.toFixed(1).padStart(8)}  ${t.name}`);
  console.log('self time, top functions (ms):');
  for (const f of selfTimes(profile).slice(0, 40)) console.log(`  ${f.ms.toFixed(1).padStart(8)}  ${f.fn}`);
}

async function main() {
  mkdirSync(path.join(OUT, 'profile'), { recursive: true });
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: APP, emptyOutDir: true, minify: false } });
  await build({
    configFile: path.join(ROOT, 'scripts/bench/vite.bench.config.ts'),
    logLevel: 'error',
    build: { outDir: BENCH, emptyOutDir: true, minify: false },
  });
  const server = await startServer(APP, BENCH);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const draft = benchDraft(d, Date.now());
  try {
    for (const target of APP_ONLY || REST_WORK ? (['app'] as const) : (['app', 'bare'] as const)) {
      const context = await freshContext(browser);
      const url = await prepareContext(context, server.origin, target, d, draft);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (RATE !== 1) await throttle(page, RATE);
      if (LOAD) {
        await profileLoad(browser, page, cdp, url, target);
        await context.close();
        continue;
      }
      await page.goto(url);
      await page.evaluate(() => window.__bench!.whenReady(30_000));
      if (target === 'app' && EXTRA_CSS) await page.addStyleTag({ content: EXTRA_CSS });
      await page.locator('.ProseMirror > *').nth(middleParagraphIndex(d.doc)).click();
      await page.waitForTimeout(500);
      await typeLetters(page, 0, 10, 50); // warm-up
      if (REST_WORK) {
        await profileRestWork(page, cdp, Math.max(1, Math.round(KEYS / 10)));
        await context.close();
        continue;
      }

      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await cdp.send('Profiler.start');
      const before = await page.evaluate(() => window.__bench!.samples.length);
      await typeLetters(page, 10, KEYS, REST);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const trace = await browser.stopTracing();
      const samples = (await page.evaluate(() => window.__bench!.samples)).slice(before);
      writeFileSync(path.join(OUT, 'profile', `${target}-${key}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(path.join(OUT, 'profile', `${target}-${key}.trace.json`), trace);

      const u = summarize(samples.map((s) => s.updated ?? Number.NaN).filter(Number.isFinite));
      const p = summarize(samples.map((s) => s.painted ?? Number.NaN).filter(Number.isFinite));
      console.log(
        `\n=== ${target}, ${d.label}: ${samples.length} keys — updated median ${fmt(u.median)} p95 ${fmt(u.p95)}; painted median ${fmt(p.median)} p95 ${fmt(p.p95)} ms`,
      );
      const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      console.log('main thread per keystroke, by trace event (ms):');
      for (const t of traceTimes(events).slice(0, 16)) console.log(`  ${(t.ms / KEYS).toFixed(2).padStart(7)}  ${t.name}`);
      console.log('self time per keystroke, top functions (ms):');
      for (const f of selfTimes(profile).slice(0, 30)) console.log(`  ${(f.ms / KEYS).toFixed(2).padStart(7)}  ${f.fn}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

runMain(main);
