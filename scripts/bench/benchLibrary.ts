/**
 * A large library for the search benchmark (issue “≤ 10 ms p95 per query over a 10,000-paragraph
 * library”): the example reports replicated with variations, so texts differ from copy to copy
 * the way a library of many units' reports would — other figures, other levels, sentences in
 * another order. Used by scripts/bench-search.ts (Node) and the bench lab page (scripts/bench/lab, Chromium).
 */
import type { ExampleBlock, ExampleReport } from '../../src/model/example.ts';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { buildLibrary, type LibraryItem } from '../../src/library/items.ts';
import { createSearchIndex, LIBRARY_PAGE_SIZE, searchLibrary, type SearchIndex, type SearchOptions } from '../../src/library/search.ts';

/** Queries the benchmark types, character by character: common, rare, multi-word, absent. */
export const BENCH_QUERIES: readonly string[] = [
  '法治',
  '执法 监督',
  '营商环境',
  '矛盾纠纷 调解',
  '规范性文件 合法性审查',
  '公共法律服务',
  'XX县 公安局',
  '2023年',
  '普法　学校 宣传',
  '法律顾问 律师',
  '第一责任人',
  '双随机 一公开',
  '区块链',
];

/** Every prefix of every bench query, as typed (`执`, `执法`, `执法 `, `执法 监`, …), blanks dropped. */
export function benchKeystrokes(queries: readonly string[] = BENCH_QUERIES): string[] {
  return queries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)).filter((s) => s.trim() !== ''));
}

const LEVELS = ['县', '市', '区', '镇'] as const;

/** Copy `k` of a text: digits rotated, the unit level swapped, sentences rotated. */
function vary(text: string, k: number): string {
  if (k === 0) return text;
  const digits = text.replace(/\d/g, (d) => String((Number(d) + k) % 10));
  const level = LEVELS[k % LEVELS.length]!;
  const swapped = digits.replace(/(?<=[XＸ]{2}|^|[，。、])[县市镇](?=[\u4e00-\u9fff]{1,6}局)/g, level);
  const sentences = swapped.split(/(?<=。)/).filter(Boolean);
  if (sentences.length < 2) return swapped;
  const r = k % sentences.length;
  return [...sentences.slice(r), ...sentences.slice(0, r)].join('');
}

function variant(report: ExampleReport, k: number): ExampleReport {
  if (k === 0) return report;
  const id = `${report.id}-v${k}`;
  return {
    ...report,
    id,
    title: `${report.title}（${k}）`,
    blocks: report.blocks.map((b, i): ExampleBlock => ({ ...b, id: `${id}-${i}`, text: vary(b.text, k), path: b.path.map((p) => vary(p, k)) })),
  };
}

/**
 * A library of exactly `n` items: copies 0, 1, 2, … of `reports` (copy 0 is the original),
 * varied, until there are enough; half of the copies count as the user's own (`mine`).
 */
export function makeBenchLibrary(n: number, reports: readonly ExampleReport[] = EXAMPLES): LibraryItem[] {
  const perCopy = buildLibrary(reports).length;
  if (perCopy === 0) return [];
  const copies = Math.ceil(n / perCopy);
  const examples: ExampleReport[] = [];
  const mine: ExampleReport[] = [];
  for (let k = 0; k < copies; k++) (k % 2 === 0 ? examples : mine).push(...reports.map((r) => variant(r, k)));
  return buildLibrary(examples, mine).slice(0, n);
}

/** `makeBenchLibrary(size)` and its search index, with the time each took (ms). */
export function buildBenchIndex(size: number): { items: LibraryItem[]; index: SearchIndex; buildMs: number; indexMs: number } {
  let t = performance.now();
  const items = makeBenchLibrary(size);
  const buildMs = performance.now() - t;
  t = performance.now();
  const index = createSearchIndex(items);
  return { items, index, buildMs, indexMs: performance.now() - t };
}

/**
 * Times each of `keystrokes` as the library panel handles one — search with `options`, then read
 * the highlight ranges of the first page of hits — `rounds` times after one untimed round.
 * One time per query, in ms, in the order run.
 */
export function timeSearchKeystrokes(index: SearchIndex, keystrokes: readonly string[], rounds: number, options: SearchOptions = {}): number[] {
  let sink = 0;
  const keystroke = (q: string) => {
    const hits = searchLibrary(index, q, options);
    for (const hit of hits.slice(0, LIBRARY_PAGE_SIZE)) sink += hit.textRanges.length + hit.pathRanges.length;
  };
  for (const q of keystrokes) keystroke(q);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of keystrokes) {
      const start = performance.now();
      keystroke(q);
      times.push(performance.now() - start);
    }
  }
  if (sink < 0) throw new Error('unreachable'); // the ranges are read, so the work cannot be skipped
  return times;
}
