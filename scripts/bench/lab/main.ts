/**
 * The bench lab page: the app's own library search and .docx export modules, bundled by Vite as
 * the app bundles them, timed in Chromium with performance.now(). scripts/bench.ts calls
 * `window.benchLab.*` through Playwright.
 */
import JSZip from 'jszip';
import { buildContext } from '../../../src/check/context.ts';
import { createProofCache, proofreadResult } from '../../../src/check/proofread/proofread.ts';
import { exportDocx } from '../../../src/export/docx/index.ts';
import { benchKeystrokes, buildBenchIndex, timeSearchKeystrokes } from '../benchLibrary.ts';
import type { ReportFields } from '../../../src/model/fields.ts';
import type { ReportDoc } from '../../../src/model/schema.ts';
import { timeYearly, yearPair, type YearlyBenchResult } from '../../../src/yearly/benchYearly.ts';
import { clearJournal, writeJournal } from '../../../src/storage/journal.ts';

export interface SearchBenchResult {
  readonly items: number;
  readonly characters: number;
  readonly buildMs: number;
  readonly indexMs: number;
  readonly keystrokes: number;
  /** One time per query, in ms, in the order run. */
  readonly times: number[];
}

export interface ExportBenchResult {
  readonly warmupMs: number[];
  readonly times: number[];
  readonly bytes: number;
  /** The last file unzipped: word/document.xml holds `expectText` (a sanity check, not timed). */
  readonly verified: boolean;
}

export interface ProofreadBenchResult {
  /** The whole document proofread afresh (the first run after the editor opens), ms. */
  readonly full: number[];
  /** At rest after typing: one paragraph changed, the other blocks' items from the cache, ms. */
  readonly rest: number[];
  readonly items: number;
}

const lab = {
  /**
   * 校对 as the editor runs it (useProofread: the check context, every rule, the ignored split):
   * `full` — afresh, as when a draft opens; `rest` — when typing rests after a keystroke in one
   * paragraph (the middle one gets one more character each run), the cache holding the rest.
   * `warmups` untimed runs of each first.
   */
  async proofread(doc: ReportDoc, fields: ReportFields, warmups: number, runs: number): Promise<ProofreadBenchResult> {
    const full: number[] = [];
    const rest: number[] = [];
    let items = 0;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    for (let i = 0; i < warmups + runs; i++) {
      const start = performance.now();
      items = proofreadResult(buildContext(doc, fields), [], createProofCache()).open.length;
      if (i >= warmups) full.push(performance.now() - start);
      await pause();
    }
    const cache = createProofCache();
    proofreadResult(buildContext(doc, fields), [], cache);
    const middle = Math.floor(doc.content.length / 2);
    let current = doc;
    for (let i = 0; i < warmups + runs; i++) {
      const content = [...current.content] as ReportDoc['content'];
      const block = content[middle]!;
      content[middle] = { ...block, content: [...(block.content ?? []), { type: 'text', text: '字' }] } as (typeof content)[number];
      current = { ...current, content };
      const start = performance.now();
      proofreadResult(buildContext(current, fields), [], cache);
      if (i >= warmups) rest.push(performance.now() - start);
      await pause();
    }
    return { full, rest, items };
  },
  /** 对比去年 and the plan matching on two versions of `doc` a year apart (src/yearly/benchYearly.ts). */
  yearly(doc: ReportDoc, fields: ReportFields, runs: number): YearlyBenchResult {
    const pair = yearPair(doc, fields);
    return timeYearly(pair.previous, pair.current, pair.fields, runs);
  },

  /** Types every bench query character by character over a `makeBenchLibrary(size)` library, `rounds` times after one warm-up round. */
  search(size: number, rounds: number): SearchBenchResult {
    const { items, index, buildMs, indexMs } = buildBenchIndex(size);
    const keystrokes = benchKeystrokes();
    // As LibraryPanel calls it: a filter object with nothing set, every hit ranked (the first page's ranges are read).
    const filter = { parts: undefined, reportIds: undefined, mine: undefined, topics: undefined };
    const times = timeSearchKeystrokes(index, keystrokes, rounds, { filter });
    return { items: items.length, characters: items.reduce((n, i) => n + i.text.length, 0), buildMs, indexMs, keystrokes: keystrokes.length, times };
  },

  /** `exportDocx` `warmups` times (not in the median), then `runs` timed runs; the last file is checked for `expectText`. */
  async exportDocx(doc: ReportDoc, fields: ReportFields, warmups: number, runs: number, expectText: string): Promise<ExportBenchResult> {
    const warmupMs: number[] = [];
    const times: number[] = [];
    let out: Uint8Array = new Uint8Array();
    for (let i = 0; i < warmups + runs; i++) {
      const start = performance.now();
      out = await exportDocx(doc, fields);
      const ms = performance.now() - start;
      (i < warmups ? warmupMs : times).push(ms);
      // Let the page breathe (and collect garbage) between runs, as between two clicks on 导出Word.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const xml = await (await JSZip.loadAsync(out)).file('word/document.xml')?.async('string');
    return { warmupMs, times, bytes: out.byteLength, verified: xml?.includes(expectText) ?? false };
  },
};

/**
 * The write-ahead journal's write as the app makes it at each pause in typing (src/storage/journal.ts):
 * the whole draft as JSON into localStorage, synchronously. `runs` timed writes after two warm-ups.
 */
function journalWrite(doc: ReportDoc, fields: ReportFields, runs: number): number[] {
  const times: number[] = [];
  const draft = { id: 'bench-journal', name: '基准', fields, doc, origin: null, createdAt: 1, updatedAt: 1 };
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const ok = writeJournal(localStorage, { ...draft, updatedAt: i + 2 });
    const ms = performance.now() - start;
    if (!ok) throw new Error('localStorage refused the journal');
    if (i >= 2) times.push(ms);
  }
  clearJournal(localStorage, draft.id);
  return times;
}

const labWithJournal = { ...lab, journalWrite };
export type BenchLab = typeof labWithJournal;

declare global {
  interface Window {
    benchLab?: BenchLab;
  }
}

window.benchLab = labWithJournal;
document.body.dataset.benchReady = '1';
