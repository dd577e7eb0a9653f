/**
 * Node micro-benchmark of the library search: `npx tsx scripts/bench-search.ts [items] [rounds]`.
 * Types every bench query character by character over a `makeBenchLibrary(items)` library and
 * prints p50/p95/max per keystroke (timeSearchKeystrokes: as the panel does it) — all hits ranked, and the
 * first 200 — plus what a word index would cost with Intl.Segmenter, for comparison.
 * Target (issue): p95 ≤ 10 ms at 10,000 paragraphs.
 */
import { performance } from 'node:perf_hooks';
import { BENCH_QUERIES, benchKeystrokes, buildBenchIndex, timeSearchKeystrokes } from './bench/benchLibrary.ts';
import { searchLibrary, type SearchOptions } from '../src/library/search.ts';
import { percentile } from './bench/stats.ts';

const size = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 20);

const ms = (n: number): string => `${n.toFixed(2)} ms`;

const { items, index, buildMs, indexMs } = buildBenchIndex(size);
const chars = items.reduce((sum, i) => sum + i.text.length, 0);
console.log(`library: ${items.length} items, ${chars} characters (built in ${ms(buildMs)}, normalised in ${ms(indexMs)})`);

const keystrokes = benchKeystrokes();
function measure(label: string, options: SearchOptions): void {
  const times = timeSearchKeystrokes(index, keystrokes, rounds, options);
  times.sort((a, b) => a - b);
  console.log(`${label}: ${times.length} queries — p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1]!)}`);
}

measure('search, all hits', {});
measure('search, first 200 hits', { limit: 200 });

for (const q of BENCH_QUERIES) console.log(`  ${JSON.stringify(q)}: ${searchLibrary(index, q).length} hits`);

// What a word index would start from: segmenting every text once.
if (typeof Intl.Segmenter === 'function') {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const t = performance.now();
  let words = 0;
  for (const item of items) for (const s of segmenter.segment(item.text)) if (s.isWordLike) words++;
  console.log(`Intl.Segmenter word index (segmentation only): ${ms(performance.now() - t)} for ${words} words`);
  const split = ['规范性文件', '伊春市', '双随机'].map((w) => `${w} → ${[...segmenter.segment(w)].map((s) => s.segment).join('/')}`);
  console.log(`  segments: ${split.join('  ')}`);
}
