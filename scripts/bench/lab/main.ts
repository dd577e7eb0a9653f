/**
 * The bench lab page: the app's own library search and .docx export modules, bundled by Vite as
 * the app bundles them, timed in Chromium with performance.now(). scripts/bench.ts calls
 * `window.benchLab.*` through Playwright.
 */
import JSZip from 'jszip';
import { exportDocx } from '../../../src/export/docx/index.ts';
import { benchKeystrokes, buildBenchIndex, timeSearchKeystrokes } from '../../../src/library/benchLibrary.ts';
import type { ReportFields } from '../../../src/model/fields.ts';
import type { ReportDoc } from '../../../src/model/schema.ts';
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

const lab = {
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
