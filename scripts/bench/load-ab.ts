/**
 * A/B of two app builds' load → editor ready: `npx tsx scripts/bench/load-ab.ts DIR_A DIR_B [first|pages10|pages30|pages100]
 * [loads] [--rate=N]`.
 *
 * DIR_A and DIR_B are two `vite build` outputs (e.g. `npx vite build --outDir /tmp/a` before a change and
 * `/tmp/b` after). Each is served from its own origin; fresh loads alternate A, B, B, A… (the bench's
 * `measureLoad`: a new context, the draft seeded into IndexedDB, an empty HTTP cache), so the host's drift
 * falls on both alike. `first` is a first visit (empty storage). `--rate=4` throttles the CPU as the bench's
 * old office PC. Prints the median and spread of ready and painted per build.
 */
import { chromium } from 'playwright-core';
import { build } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { measureLoad, type LoadSample } from './browser.ts';
import { runMain } from './cli.ts';
import { BENCH_DOCS, benchDraft } from './docs.ts';
import { startServer } from './server.ts';
import { fmt, median, summarize } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCH = path.join(ROOT, 'bench-results', 'build', 'load-ab-bench');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [dirA, dirB] = args;
const which = (args[2] ?? 'pages10') as 'first' | 'pages10' | 'pages30' | 'pages100';
const LOADS = Number(args[3] ?? 10);
const RATE = Number(process.argv.find((a) => a.startsWith('--rate='))?.slice('--rate='.length) ?? 1);

async function main() {
  if (!dirA || !dirB) throw new Error('usage: load-ab.ts DIR_A DIR_B [first|pages10|pages30|pages100] [loads] [--rate=N]');
  await build({ configFile: path.join(ROOT, 'scripts/bench/vite.bench.config.ts'), logLevel: 'error', build: { outDir: BENCH, emptyOutDir: true } });
  const servers = { A: await startServer(dirA, BENCH), B: await startServer(dirB, BENCH) };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const draft = which === 'first' ? null : benchDraft(BENCH_DOCS[which], Date.now());
  const results = { A: [] as LoadSample[], B: [] as LoadSample[] };
  try {
    for (let i = 0; i < LOADS; i++) {
      for (const side of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        results[side].push(await measureLoad(browser, servers[side].origin, draft, RATE));
      }
    }
    for (const side of ['A', 'B'] as const) {
      const r = summarize(results[side].map((l) => l.ready));
      console.log(
        `${side} ${side === 'A' ? dirA : dirB}: ready median ${fmt(r.median)} (min ${fmt(r.min)}, p95 ${fmt(r.p95)}) ms; painted median ${fmt(median(results[side].map((l) => l.readyPaint)))} ms; n=${r.n}`,
      );
    }
  } finally {
    await browser.close();
    await servers.A.close();
    await servers.B.close();
  }
}

runMain(main);
