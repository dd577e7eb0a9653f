/**
 * What the user must check in inserted example text (issue “Adapt on insert, visibly”): spans
 * flagged with a `flag` mark, and every run carrying a `source` mark. The marks live only in the
 * editor; the .docx export ignores them.
 *
 * Flag rules, by kind (an overlap keeps the kind listed first):
 * - `unit` — another unit's name: unit names and place names found by {@link findUnitNames}
 *   (县公安局, 伊春市教育局, 大方县, XX县公安局, XX市XX镇人民政府); the source report's own unit in
 *   full and without its level (县商务局, 商务局); the source report's place names wherever they
 *   stand (大方 in 为大方经济社会发展). A name equal to the draft's unit, or that the draft's unit
 *   ends with (县司法局 for 大方县司法局), is not flagged. Superior references (县委、县政府,
 *   市委市政府) are NOT another unit: every unit of the same level reports to the same kind of
 *   superior. They are flagged only when the draft's unit is known, is of 省/市/县/区/州 level, and
 *   the reference is of another level (县委 inserted into a 市教育局 draft).
 * - `name` — the source report's people's and villages' names (names.ts: 刘振辉,
 *   新一村) wherever they stand, unless the draft's unit contains the name.
 * - `blank` — `XX` (and xx, ＸＸ, ××): a withheld name or figure the user must fill in.
 * - `figure` — an Arabic number with a counting unit ({@link FIGURE_UNITS}; 余/多 and 万/亿 may
 *   stand between): 42家, 100余次, 60多篇, 76%, 1.5万元 — another unit's statistics. Years,
 *   dates and document numbers have no counting unit and stay unflagged.
 * - `self` — self-references that may not fit the draft: 本局/我局/本单位/我单位/我镇/我县/本部门….
 *   When the draft's unit is known, only those that do not fit it are flagged (我局 fits a unit
 *   ending in 局, 我县 a 县-level unit; 本单位/本部门 fit every unit).
 */
import type { FlagKind, ReportMark, SourceMark, TextNode } from '../model/schema.ts';
import { BLANK_PATTERN, findUnitNames, isLevelAt, levelOfUnit } from '../text/unitNames.ts';

/** A flagged span of text: UTF-16 offsets, `to` exclusive. */
export interface FlagSpan {
  readonly from: number;
  readonly to: number;
  readonly kind: FlagKind;
}

export interface FlagContext {
  /** Unit of the report the text comes from (县商务局); null when the report names none. */
  readonly sourceUnit?: string | null;
  /** Place names of the source report (大方, 伊春, 江门) — see {@link placeNames}. */
  readonly sourcePlaces?: readonly string[];
  /** People's and villages' names of the source report (刘振辉, 新一村) — see names.ts. */
  readonly sourceNames?: readonly string[];
  /** The draft's unit (fields.unit); '' or absent when not filled yet. */
  readonly draftUnit?: string;
}

/** Counting units that make a number a figure, longest first. */
export const FIGURE_UNITS = [
  '人次',
  '场次',
  '条次',
  '件次',
  '户次',
  '课时',
  '万元',
  '亿元',
  '次',
  '人',
  '件',
  '宗',
  '场',
  '条',
  '份',
  '家',
  '个',
  '名',
  '起',
  '期',
  '篇',
  '项',
  '支',
  '所',
  '批',
  '户',
  '元',
  '%',
  '％',
  '﹪',
] as const;

const DIGIT = '[0-9０-９]';
export const FIGURE_PATTERN = new RegExp(`(?<![0-9０-９.．])${DIGIT}+(?:[.．]${DIGIT}+)?(?:余|多)?(?:万|亿)?(?:${FIGURE_UNITS.join('|')})`, 'g');

const SELF_NOUNS = ['单位', '部门', '街道', '中心', '局', '委', '办', '所', '校', '院', '厅', '镇', '乡', '县', '市', '区', '州', '省'] as const;
/** 我所在/我所有 are not “our office”. */
const SELF_PATTERN = new RegExp(`[本我](?:${SELF_NOUNS.map((n) => (n === '所' ? '所(?![在有能做需处属])' : n)).join('|')})`, 'g');
const ALWAYS_FITTING_SELF = new Set(['单位', '部门']);

/** Priority when spans overlap: lower wins. */
const PRIORITY: Readonly<Record<FlagKind, number>> = { unit: 0, name: 1, blank: 2, figure: 3, stale: 3, self: 4 };

function* matches(re: RegExp, text: string): Generator<{ from: number; to: number }> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    yield { from: m.index, to: m.index + m[0].length };
  }
}

function* occurrences(needle: string, text: string): Generator<{ from: number; to: number }> {
  if (!needle) return;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) yield { from: i, to: i + needle.length };
}

/** `县商务局` → `商务局`; '' when nothing name-like is left (fewer than 3 characters). */
function shortUnitName(unit: string): string {
  const span = findUnitNames(unit)[0];
  let cut = 0;
  if (span) for (let i = span.from; i < span.to; i++) if (isLevelAt(unit, i)) cut = i + 1;
  const short = unit.slice(cut);
  return short.length >= 3 && short !== unit ? short : '';
}

function selfFits(noun: string, draftUnit: string, draftLevel: string | null): boolean {
  if (ALWAYS_FITTING_SELF.has(noun)) return true;
  if (noun.length === 1 && '镇乡县市区州省'.includes(noun)) return draftLevel === noun;
  return draftUnit.includes(noun);
}

/**
 * Spans of `text` the user must check, sorted by `from`, non-overlapping (rules in the module
 * comment). Offsets are UTF-16 indexes into `text`.
 */
export function detectFlags(text: string, context: FlagContext = {}): FlagSpan[] {
  const draftUnit = context.draftUnit?.trim() ?? '';
  const draftLevel = draftUnit ? levelOfUnit(draftUnit) : null;
  const candidates: FlagSpan[] = [];
  const add = (kind: FlagKind, spans: Iterable<{ from: number; to: number }>) => {
    for (const s of spans) candidates.push({ from: s.from, to: s.to, kind });
  };

  for (const span of findUnitNames(text)) {
    const name = text.slice(span.from, span.to);
    if (span.superior) {
      const checkable = draftLevel !== null && '省市县区州'.includes(draftLevel);
      if (checkable && span.level !== draftLevel) add('unit', [span]);
    } else if (!(draftUnit && draftUnit.endsWith(name))) {
      add('unit', [span]);
    }
  }
  const source = context.sourceUnit?.trim() ?? '';
  if (source && source !== draftUnit) {
    add('unit', occurrences(source, text));
    const short = shortUnitName(source);
    if (short && !draftUnit.endsWith(short)) add('unit', occurrences(short, text));
  }
  // The source report's own place, people's and villages' names, wherever they stand.
  const addSourceTerms = (kind: FlagKind, terms: readonly string[] = []) => {
    for (const term of terms) if (term.length >= 2 && !draftUnit.includes(term)) add(kind, occurrences(term, text));
  };
  addSourceTerms('unit', context.sourcePlaces);
  addSourceTerms('name', context.sourceNames);
  add('blank', matches(BLANK_PATTERN, text));
  add('figure', matches(FIGURE_PATTERN, text));
  add(
    'self',
    [...matches(SELF_PATTERN, text)].filter((s) => !draftUnit || !selfFits(text.slice(s.from + 1, s.to), draftUnit, draftLevel)),
  );

  candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.from - b.from || b.to - a.to);
  const kept: FlagSpan[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => k.from < c.to && c.from < k.to)) kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/**
 * Place names (2–3 characters, no `XX`) that stand before a level character in `texts`:
 * `通过大方县…` → 大方, `印发《伊春市教育局…》` → 伊春. Feeds {@link FlagContext.sourcePlaces}.
 */
export function placeNames(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const span of findUnitNames(text)) {
      for (let i = span.from; i < span.to; i++) {
        if (!isLevelAt(text, i)) continue;
        const place = text.slice(span.from, i);
        if (place.length >= 2 && place.length <= 3 && !/[XxＸｘ×]/.test(place)) found.add(place);
        break;
      }
    }
  }
  return [...found];
}

/**
 * `text` as text nodes: one run per flag span and one per stretch between them, each carrying
 * `source` (and `flag` where flagged). Flags out of range or overlapping an earlier one are
 * ignored. Returns [] for empty text.
 */
export function markText(text: string, flags: readonly FlagSpan[], source: SourceMark['attrs']): TextNode[] {
  const sourceMark: SourceMark = { type: 'source', attrs: { report: source.report, heading: source.heading } };
  const run = (from: number, to: number, kind?: FlagKind): TextNode => {
    const marks: ReportMark[] = kind ? [{ type: 'flag', attrs: { kind } }, sourceMark] : [sourceMark];
    return { type: 'text', text: text.slice(from, to), marks };
  };
  const nodes: TextNode[] = [];
  let at = 0;
  for (const f of [...flags].sort((a, b) => a.from - b.from)) {
    const from = Math.max(f.from, at);
    const to = Math.min(f.to, text.length);
    if (from !== f.from || to <= from) continue;
    if (from > at) nodes.push(run(at, from));
    nodes.push(run(from, to, f.kind));
    at = to;
  }
  if (at < text.length) nodes.push(run(at, text.length));
  return nodes;
}
