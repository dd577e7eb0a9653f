/**
 * 序列与自称, proofreading.md §7 — 需修改: 一是…二是… (and 第一，… ①② （1）（2）) in one paragraph
 * without gaps or repeats; a unit refers to itself by its kind (a 局 writes 我局, a 镇 我镇).
 */
import { itemMaker } from './text.ts';
import type { ProofItem, ProofRule } from './types.ts';

const sequence = itemMaker('sequence', '序号连续', '序列与自称', 'error');
const selfRef = itemMaker('self-reference', '自称', '序列与自称', 'error');

const DIGITS = '一二三四五六七八九';
/** 一…九十 and 十一…十九, the values a list marker takes. */
function chineseValue(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + DIGITS.indexOf(s[1]!) + 1;
  if (s.endsWith('十')) return (DIGITS.indexOf(s[0]!) + 1) * 10;
  return DIGITS.indexOf(s) + 1;
}
function chineseNumeral(n: number): string {
  if (n <= 9) return DIGITS[n - 1]!;
  if (n === 10) return '十';
  if (n < 20) return `十${DIGITS[n - 11]}`;
  return `${DIGITS[Math.floor(n / 10) - 1]}十${n % 10 ? DIGITS[(n % 10) - 1] : ''}`;
}

interface Style {
  readonly name: string;
  /** Group 1 is the number. */
  readonly pattern: RegExp;
  readonly value: (n: string) => number;
  /** The marker for number `n`, written like the matched one `m`. */
  readonly marker: (n: number, m: RegExpMatchArray) => string;
  /** Only at a clause's start (统一是 is no marker). */
  readonly atClause?: boolean;
}

/** What may stand before a 一是 marker: the paragraph's start, punctuation or a space. */
const CLAUSE_BEFORE = /[。；：，！？\s\u2002\u3000“”（）、]/;
const atClause = (text: string, at: number) => at === 0 || CLAUSE_BEFORE.test(text[at - 1]!);

const STYLES: readonly Style[] = [
  { name: '一是', pattern: /([一二三四五六七八九十]{1,2})是/g, value: chineseValue, marker: (n) => `${chineseNumeral(n)}是`, atClause: true },
  { name: '第一，', pattern: /第([一二三四五六七八九十]{1,2})(?=[，,、：])/g, value: chineseValue, marker: (n) => `第${chineseNumeral(n)}` },
  { name: '①', pattern: /([\u2460-\u2473])/g, value: (s) => s.charCodeAt(0) - 0x2460 + 1, marker: (n) => String.fromCharCode(0x2460 + n - 1) },
  { name: '（1）', pattern: /[（(]([1-9]\d?)[）)](?=[\u4e00-\u9fff“《])/g, value: Number, marker: (n, m) => `${m[0][0]}${n}${m[0][m[0].length - 1]}` },
];

/**
 * Each marker must be the previous one plus one, or 1 (a new list in the same paragraph). The
 * first marker of a paragraph may be any number (a list may go on from the paragraph before).
 */
export const sequences: ProofRule = (block) => {
  const items: ProofItem[] = [];
  for (const style of STYLES) {
    let expected: number | null = null;
    for (const m of block.text.matchAll(style.pattern)) {
      const value = style.value(m[1]!);
      if (value < 1 || (style.atClause && !atClause(block.text, m.index))) continue;
      if (expected === null || value === 1 || value === expected) {
        expected = value + 1;
        continue;
      }
      const want = style.marker(expected, m);
      const why = value < expected ? `序号重复或倒序，此处应为“${want}”。` : `序号跳号，此处应为“${want}”。`;
      items.push(sequence(block, m.index, m.index + m[0].length, why, want));
      expected++;
    }
  }
  return items.sort((a, b) => a.from - b.from);
};

/** The kind a unit calls itself by, from its name; null when the name says nothing usable. */
export function unitKind(unit: string): '局' | '镇' | '乡' | '街道' | '委' | '办' | '县' | '市' | '区' | null {
  const compact = unit.replace(/\s+/g, '');
  // A county, city or district government calls itself 我县/我市/我区 (or 县政府).
  const government = /([县市区])(?:人民政府|政府)$/.exec(compact);
  if (government) return government[1] as '县' | '市' | '区';
  const name = compact.replace(/(?:人民政府|政府)$/, '');
  if (/街道(?:办事处)?$/.test(name)) return '街道';
  if (/局$/.test(name)) return '局';
  if (/镇$/.test(name)) return '镇';
  if (/乡$/.test(name)) return '乡';
  if (/(?:委员会|委)$/.test(name)) return '委';
  if (/(?:办公室|办)$/.test(name)) return '办';
  return null;
}

/** Self-references of those kinds. 我县/我市 (the place) are fine in any unit's report. */
const SELF_REFERENCE = /(?<![自基根资成版样剧脚课日读账文原书标范])([我本])(街道|局|镇|乡|委|办)(?![理事公件限面势部])/g;

export const selfReferences: ProofRule = (block, { unit }) => {
  const kind = unitKind(unit);
  if (!kind) return [];
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(SELF_REFERENCE)) {
    if (m[2] === kind) continue;
    // 我乡, 我委, 我办, 我县 have no 本 form in use.
    const fix = `${m[1] === '本' && (kind === '局' || kind === '镇' || kind === '街道') ? '本' : '我'}${kind}`;
    items.push(selfRef(block, m.index, m.index + m[0].length, `本报告的单位是“${unit.trim()}”，自称应为“${fix}”。`, fix));
  }
  return items;
};

export const SEQUENCE_RULES: readonly ProofRule[] = [sequences, selfReferences];
