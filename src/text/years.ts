/**
 * Year rules of report text: which years move when an example or last year's text is brought to the
 * report year (`shiftYears`), and which spans are names whose years never count (`quotedMask`).
 *
 * Year shift of inserted example text (issue “Adapt on insert”): an example written about
 * `fromYear` (2023) is moved to the draft's year `toYear`.
 *
 * Rules — a *year* is four digits 19xx/20xx followed by 年 (or 年度); a *range* is two years joined
 * by - — – － ~ ～ 至 到, the first one with or without its own 年/年度 (2021—2025年, 2022年度-2023年度):
 * 1. Only the report year and the year after it move: a year equal to `fromYear` or `fromYear + 1`
 *    shifts by `toYear − fromYear` (2023年 → 2024年, 截至2023年10月 → 截至2024年10月, 2024年工作打算 →
 *    2025年工作打算). Earlier years are history (2019年, 2020年度以来); later ones are fixed targets
 *    (到2025年, 2035年远景目标). Both stay.
 * 2. A range moves as a whole or not at all: it shifts only when both of its years are `fromYear`
 *    or `fromYear + 1` (2023年-2024年度聘任 → 2024年-2025年度); a range reaching outside them is a
 *    fixed period and stays whole (2022年度-2023年度考核, 2021—2025年).
 * 3. Nothing inside a name moves: 《…》 and 〈…〉 book-title marks (nested too) and the brackets of
 *    document numbers 〔…〕 ［…］ [...] (《法治政府建设实施纲要（2021—2025年）》, 《市教育局2023年法治政府建设
 *    工作计划》, 国办发〔2015〕58号).
 * Years keep four digits, so offsets into the text do not change.
 */

const YEAR = '(?:19|20)\\d{2}';
const SEP = '\\s*[-—–－~～至到]\\s*';
/** A range (groups 1, 2) or a single year (group 3), each followed by 年. */
const YEAR_PATTERN = new RegExp(`(?<!\\d)(${YEAR})(?:年度?)?${SEP}(${YEAR})(?=年)|(?<!\\d)(${YEAR})(?=年)`, 'g');

const OPENERS: Readonly<Record<string, string>> = { '《': '》', '〈': '〉', '〔': '〕', '［': '］', '[': ']' };
const CLOSERS = new Set(Object.values(OPENERS));

/** For each UTF-16 index: is it inside a book title or a document-number bracket? */
function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in OPENERS) depth++;
    if (depth > 0) mask[i] = 1;
    if (CLOSERS.has(c) && depth > 0) depth--;
  }
  return mask;
}

/**
 * `text` with its years moved from `fromYear` to `toYear` (rules in the module comment).
 * Returns `text` unchanged when the years are equal.
 */
export function shiftYears(text: string, fromYear: number, toYear: number): string {
  const delta = toYear - fromYear;
  if (delta === 0 || !Number.isInteger(delta)) return text;
  const moves = (year: number): boolean => year === fromYear || year === fromYear + 1;
  const shifted = (year: string): string => String(Number(year) + delta);
  let mask: Uint8Array | null = null;
  return text.replace(YEAR_PATTERN, (match: string, start: string | undefined, end: string | undefined, single: string | undefined, offset: number) => {
    mask ??= protectedMask(text);
    if (mask[offset]) return match;
    if (single !== undefined) return moves(Number(single)) ? shifted(single) : match;
    if (!moves(Number(start)) || !moves(Number(end))) return match;
    const endAt = match.length - end!.length;
    return shifted(start!) + match.slice(start!.length, endAt) + shifted(end!);
  });
}

const CHECK_OPENERS: Readonly<Record<string, string>> = { '《': '》', '〔': '〕', '［': '］', '【': '】', '[': ']' };

/**
 * Marks each position of `text` that lies inside a book title or a document-number bracket (nesting
 * allowed): the 检查 rule for stale years skips these (law names, 〔2023〕5号).
 */
export function quotedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const closer = CHECK_OPENERS[ch];
    if (closer) stack.push(closer);
    mask[i] = stack.length > 0;
    if (stack.length && ch === stack[stack.length - 1]) stack.pop();
  }
  return mask;
}
