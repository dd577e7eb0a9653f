/**
 * Full-text search of the example library as the user types (issue “Chinese full-text search”).
 *
 * Approach: substring matching over normalised text, no word index. Chinese has no spaces, and a
 * word segmenter (Intl.Segmenter) splits names and terms unpredictably — 伊春市 → 伊/春/市, 规范性文件
 * → 规范/性/文件 — so a query typed half-way (规范性文) or across a segment boundary would miss
 * in a token index, while `indexOf` finds every occurrence. Over 10,000 paragraphs (≈1.5 M
 * characters) a scan is fast enough (see scripts/bench-search.ts for the numbers) and needs no
 * index build beyond normalising each text once.
 *
 * - Query: terms separated by spaces (half- or full-width); every term must occur in the item's
 *   text or in its heading path (AND). Matching ignores case and full-/half-width differences
 *   (Ａ=A, ２=2, ％=%), char-for-char so offsets stay valid.
 * - Ranking, best first: heading hits (a heading whose phrase holds every term), then whole-phrase
 *   hits (the terms written together, e.g. 执法监督 for `执法 监督`, occur in the text), then items
 *   whose text holds every term (rather than only via the path), then more occurrences; ties keep
 *   library order.
 * - Highlighting: merged, sorted ranges of every term's occurrences in `item.text` and
 *   `item.pathText`, computed when a hit's ranges are first read (a panel renders a few dozen
 *   of possibly thousands of hits).
 */
import { splitRunIn } from '../model/schema.ts';
import { matchesFilter, type LibraryFilter } from './filter.ts';
import type { LibraryItem } from './items.ts';

export interface TextRange {
  readonly from: number;
  readonly to: number;
}

export interface SearchHit {
  readonly item: LibraryItem;
  /** Higher is better; see the module comment for the tiers. */
  readonly score: number;
  /** Matches in `item.text`. */
  readonly textRanges: readonly TextRange[];
  /** Matches in `item.pathText`. */
  readonly pathRanges: readonly TextRange[];
}

export interface SearchIndex {
  readonly items: readonly LibraryItem[];
  /** Normalised `item.text`, same length. */
  readonly texts: readonly string[];
  /** Normalised heading phrase of heading items (lead of a run-in heading), '' otherwise. */
  readonly headings: readonly string[];
  /** Normalised `item.pathText`. */
  readonly paths: readonly string[];
}

/** Hits the library panel lists before 显示更多 (and the benchmarks read highlights for). */
export const LIBRARY_PAGE_SIZE = 60;

export interface SearchOptions {
  readonly filter?: LibraryFilter;
  /** Return at most this many hits (the best ones). Default: all. */
  readonly limit?: number;
}

const SCORE_HEADING = 1000;
const SCORE_PHRASE = 100;
const SCORE_ALL_IN_TEXT = 10;
const MAX_OCCURRENCE_SCORE = 9;

const WIDTH_FOLD = /[\uFF01-\uFF5E\u3000A-Z\uFE6A]/g;

/**
 * Case- and width-folded text for matching: full-width ASCII → ASCII, U+3000 → space, A–Z → a–z,
 * ﹪ → %. Keeps the length, so an offset in the result is an offset in the input.
 */
export function normalizeForSearch(text: string): string {
  return text.replace(WIDTH_FOLD, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code === 0xfe6a) return '%';
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0).toLowerCase();
    return c.toLowerCase();
  });
}

/** The query's terms, normalised, without duplicates; [] for an empty query. */
export function parseQuery(query: string): string[] {
  return [...new Set(normalizeForSearch(query).split(/\s+/).filter(Boolean))];
}

/** Normalises every item once; the index is reused for every keystroke. */
export function createSearchIndex(items: readonly LibraryItem[]): SearchIndex {
  return {
    items,
    texts: items.map((i) => normalizeForSearch(i.text)),
    headings: items.map((i) => (i.type === 'heading' ? normalizeForSearch(i.runIn ? splitRunIn(i.text).lead : i.text) : '')),
    paths: items.map((i) => normalizeForSearch(i.pathText)),
  };
}

/** Sorted, merged ranges of every occurrence of every term in `normalizedText`. */
export function highlightRanges(normalizedText: string, terms: readonly string[]): TextRange[] {
  const raw: Array<{ from: number; to: number }> = [];
  for (const term of terms) {
    for (let i = normalizedText.indexOf(term); i >= 0; i = normalizedText.indexOf(term, i + 1)) raw.push({ from: i, to: i + term.length });
  }
  raw.sort((a, b) => a.from - b.from || b.to - a.to);
  const merged: Array<{ from: number; to: number }> = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

function countOccurrences(text: string, term: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0 && n < cap; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

/**
 * Items matching every term of `query`, best first (rules in the module comment). An empty
 * query returns every item passing the filter, in library order, without ranges.
 */
export function searchLibrary(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const { filter, limit = Infinity } = options;
  const terms = parseQuery(query);
  const { items, texts, headings, paths } = index;
  const phrase = terms.join('');

  const scored: Array<{ i: number; score: number }> = [];
  for (let i = 0; i < items.length; i++) {
    const text = texts[i]!;
    let inText = 0;
    let matched = true;
    for (const term of terms) {
      if (text.includes(term)) inText++;
      else if (!paths[i]!.includes(term)) {
        matched = false;
        break;
      }
    }
    if (!matched || (filter && !matchesFilter(items[i]!, filter))) continue;
    if (terms.length === 0) {
      scored.push({ i, score: 0 });
      continue;
    }
    const heading = headings[i]!;
    let score = 0;
    if (heading && terms.every((t) => heading.includes(t))) score += SCORE_HEADING;
    if (text.includes(phrase)) score += SCORE_PHRASE;
    if (inText === terms.length) score += SCORE_ALL_IN_TEXT;
    let occurrences = 0;
    for (const term of terms) occurrences += countOccurrences(text, term, MAX_OCCURRENCE_SCORE - occurrences);
    scored.push({ i, score: score + occurrences });
  }

  if (terms.length) scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const top = scored.length > limit ? scored.slice(0, limit) : scored;
  return top.map(({ i, score }) => new Hit(items[i]!, score, texts[i]!, paths[i]!, terms));
}

/** A hit whose ranges are computed when first read: a panel shows a few dozen of thousands. */
class Hit implements SearchHit {
  readonly item: LibraryItem;
  readonly score: number;
  readonly #text: string;
  readonly #path: string;
  readonly #terms: readonly string[];
  #textRanges: readonly TextRange[] | undefined;
  #pathRanges: readonly TextRange[] | undefined;

  constructor(item: LibraryItem, score: number, normalizedText: string, normalizedPath: string, terms: readonly string[]) {
    this.item = item;
    this.score = score;
    this.#text = normalizedText;
    this.#path = normalizedPath;
    this.#terms = terms;
  }

  get textRanges(): readonly TextRange[] {
    return (this.#textRanges ??= highlightRanges(this.#text, this.#terms));
  }

  get pathRanges(): readonly TextRange[] {
    return (this.#pathRanges ??= highlightRanges(this.#path, this.#terms));
  }
}
