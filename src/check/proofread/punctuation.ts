/** 标点 (GB/T 15834-2011), proofreading.md §4 — 需修改 unless noted. */
import { insideSpans, isHan, itemMaker } from './text.ts';
import type { ProofItem, ProofRule, RuleBlock } from './types.ts';

const halfWidth = itemMaker('half-width', '半角标点', '标点', 'error');
const straightQuote = itemMaker('straight-quote', '直引号', '标点', 'error');
const unpaired = itemMaker('unpaired', '标点不成对', '标点', 'error');
const doubled = itemMaker('doubled-marks', '标点重复', '标点', 'error');
const ellipsisDash = itemMaker('ellipsis-dash', '省略号与破折号', '标点', 'error');
const yearRange = itemMaker('year-range', '年份范围', '标点', 'advice');
const nestedTitle = itemMaker('nested-title', '书名号套用', '标点', 'advice');
const titleComma = itemMaker('title-comma', '书名号间顿号', '标点', 'advice');

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Closing marks after which a half-width mark is still in Chinese text. */
const CLOSERS = '”’）》」』】〉%％';
const OPENERS = '“‘（《「『【〈';

const chineseBefore = (ch: string | undefined) => isHan(ch) || (ch !== undefined && CLOSERS.includes(ch));
const chineseAfter = (ch: string | undefined) => isHan(ch) || (ch !== undefined && OPENERS.includes(ch));
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * , ; : ? ! between Chinese characters (also before a digit: “其中,2023年”), ( ) next to Chinese
 * text, and . after a Chinese character. Never inside numbers (1,024 / 3.5 / 10:30), Latin
 * words, URLs or e-mail addresses.
 */
export const halfWidthMarks: ProofRule = (block) => {
  const items: ProofItem[] = [];
  const text = block.text;
  for (const m of text.matchAll(/[,;:?!()]|(?<!\.)\.(?!\.)/g)) {
    const at = m.index;
    if (insideSpans(block.urls, at)) continue;
    const ch = m[0];
    const before = text[at - 1];
    const after = text[at + 1];
    let fix: string | null = null;
    if (ch === '(' || ch === ')') {
      if (chineseBefore(before) || chineseAfter(after) || isHan(after) || isHan(before)) fix = FULL_WIDTH[ch]!;
    } else if (ch === '.') {
      // 一.加强… at the start is a (wrongly typed) number, not a full stop.
      if (isHan(before) && !(at === 1 && /[一二三四五六七八九十]/.test(before!)) && !isDigit(after)) fix = '。';
    } else if (chineseBefore(before) && (chineseAfter(after) || (isDigit(after) && !isDigit(before)) || after === undefined || after === ' ')) {
      fix = FULL_WIDTH[ch]!;
    }
    if (fix) items.push(halfWidth(block, at, at + 1, `中文里应使用全角标点“${fix}”（GB/T 15834-2011）。`, fix));
  }
  return items;
};

const STRAIGHT = [
  [/"/g, '“', '”'],
  [/'/g, '‘', '’'],
] as const;

/** Straight quotes in Chinese text → “…” ‘…’, paired in order within the paragraph. */
export const straightQuotes: ProofRule = (block) => {
  const items: ProofItem[] = [];
  const text = block.text;
  if (!text.includes('"') && !text.includes("'")) return items;
  for (const [pattern, open, close] of STRAIGHT) {
    let nth = 0;
    for (const m of text.matchAll(pattern)) {
      const at = m.index;
      const isOpen = nth % 2 === 0;
      nth++;
      if (insideSpans(block.urls, at)) continue;
      // An apostrophe in a Latin word (don't) is not a quote.
      if (!isHan(text[at - 1]) && !isHan(text[at + 1]) && !chineseBefore(text[at - 1]) && !chineseAfter(text[at + 1])) continue;
      const fix = isOpen ? open : close;
      items.push(straightQuote(block, at, at + 1, `中文里引号应为“…”和‘…’（GB/T 15834-2011 4.3），此处应为“${fix}”。`, fix));
    }
  }
  return items.sort((a, b) => a.from - b.from);
};

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['（', '）'],
  ['《', '》'],
  ['【', '】'],
];

/** A quote, bracket or 书名号 without its partner in the same paragraph. */
const PAIR_MARKS = /[“”‘’（）《》【】]/g;

export const unpairedMarks: ProofRule = (block) => {
  const items: ProofItem[] = [];
  const marks = [...block.text.matchAll(PAIR_MARKS)];
  if (!marks.length) return items;
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    const lone: number[] = [];
    for (const m of marks) {
      if (m[0] === open) stack.push(m.index);
      else if (m[0] === close) {
        if (stack.length) stack.pop();
        else lone.push(m.index);
      }
    }
    for (const at of [...stack, ...lone]) {
      const ch = block.text[at]!;
      const partner = ch === open ? close : open;
      items.push(unpaired(block, at, at + 1, `“${ch}”在本段中没有配对的“${partner}”（GB/T 15834-2011）。`, null));
    }
  }
  return items.sort((a, b) => a.from - b.from);
};

/** 。。 ，， 、、 (one is enough) and clashing marks ，。 。， ；。 (which one is the writer's call). */
/** Runs of two or more of these marks; which runs are wrong is decided below. */
const MARK_RUN = /[，、；：！？。]{2,}/g;
/** A wrong run: a doubled mark (not 。。。, an ellipsis), or a clash of a pause with a stop. */
const WRONG_RUN = /^(?:([，、；：！？])\1+|。。|[，、；：][。，；]|。[，、；：]|；[，；])$/;

export const doubledMarks: ProofRule = (block) => {
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(MARK_RUN)) {
    if (!WRONG_RUN.test(m[0])) continue;
    const same = new Set(m[0]).size === 1;
    const fix = same ? m[0][0]! : null;
    items.push(doubled(block, m.index, m.index + m[0].length, same ? `标点“${m[0][0]}”重复。` : `标点“${m[0]}”连用，应只保留一个。`, fix));
  }
  return items;
};

/** ... / 。。。 / a lone … → ……; -- → ——. */
export const ellipsisAndDash: ProofRule = (block) => {
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(/\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}|(?<!-)--(?!-)|(?<!－)－－(?!－)/g)) {
    if (insideSpans(block.urls, m.index)) continue;
    const dash = m[0].startsWith('-') || m[0].startsWith('－');
    if (dash && !(isHan(block.text[m.index - 1]) || isHan(block.text[m.index + m[0].length]))) continue;
    const fix = dash ? '——' : '……';
    items.push(
      ellipsisDash(block, m.index, m.index + m[0].length, dash ? '破折号应为“——”（GB/T 15834-2011 4.9）。' : '省略号应为“……”（GB/T 15834-2011 4.11）。', fix),
    );
  }
  return items;
};

/** 2021-2025年 → 2021—2025年 (一字线, GB/T 15834-2011 4.13) — 建议. */
export const yearRanges: ProofRule = (block) =>
  [...block.text.matchAll(/((?:19|20)\d{2})\s*[-－–~～]\s*((?:19|20)\d{2})(?=年)/g)]
    .filter((m) => !insideSpans(block.urls, m.index) && !(m.index > 0 && /[\d\-./]/.test(block.text[m.index - 1]!)))
    .map((m) => yearRange(block, m.index, m.index + m[0].length, '年份的起止宜用一字线“—”（GB/T 15834-2011 4.13）。', `${m[1]}—${m[2]}`));

/** 《…《…》…》 → 《…〈…〉…》 — 建议. */
export const nestedTitles: ProofRule = (block: RuleBlock) => {
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(/《[^《》]*《[^《》]*》[^《》]*》/g)) {
    const inner = m[0].slice(1, -1).replace('《', '〈').replace('》', '〉');
    items.push(nestedTitle(block, m.index, m.index + m[0].length, '书名号里还有书名号时，里面一层用单书名号〈〉（GB/T 15834-2011 4.15.3）。', `《${inner}》`));
  }
  return items;
};

/** 《A》、《B》 → 《A》《B》; “A”、“B” → “A”“B” (GB/T 15834-2011 4.5.3.5) — 建议. */
export const titleCommas: ProofRule = (block) =>
  [...block.text.matchAll(/》、《|”、“/g)].map((m) =>
    titleComma(block, m.index, m.index + 3, '书名号或引号标示的并列成分之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。', m[0].replace('、', '')),
  );

export const PUNCTUATION_RULES: readonly ProofRule[] = [
  halfWidthMarks,
  straightQuotes,
  unpairedMarks,
  doubledMarks,
  ellipsisAndDash,
  yearRanges,
  nestedTitles,
  titleCommas,
];
