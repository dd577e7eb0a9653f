/**
 * 数字 (GB/T 15835-2011), proofreading.md §5 — 需修改 unless noted. Chinese numerals in fixed
 * expressions and ordinals (一是, 第一责任人, “八五”普法, 十四五, 三级联动) are never flagged.
 */
import { insideSpans, itemMaker } from './text.ts';
import type { ProofItem, ProofRule } from './types.ts';

const shortYear = itemMaker('short-year', '年份写全', '数字', 'error');
const dateForm = itemMaker('date-form', '日期写法', '数字', 'error');
const approx = itemMaker('approx', '概数矛盾', '数字', 'advice');
const timesLess = itemMaker('times-decrease', '倍数与减少', '数字', 'error');

/**
 * 23年5月 / 23年度 → 2023年…; only before a month or 度 — “成立23年来” is a span of years.
 * The century: the one that puts the year at or before the report's next year.
 */
export const shortYears: ProofRule = (block, { year }) => {
  const items: ProofItem[] = [];
  const limit = (year ?? new Date().getFullYear()) + 1;
  for (const m of block.text.matchAll(/(\d{2})年(?=(?:1[0-2]|[1-9])月|度)/g)) {
    if (m.index > 0 && /[\d.\-/:年]/.test(block.text[m.index - 1]!)) continue;
    const full = 2000 + Number(m[1]) <= limit ? `20${m[1]}` : `19${m[1]}`;
    items.push(shortYear(block, m.index, m.index + 2, `年份应写全：“${full}年”（GB/T 15835-2011 4.3.1）。`, full));
  }
  return items;
};

const validDate = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** 2024.3.1 / 2024-3-1 / 2024/3/1 → 2024年3月1日; 2024年03月05日 → 2024年3月5日. */
export const dateForms: ProofRule = (block) => {
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(/((?:19|20)\d{2})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g)) {
    if (m.index > 0 && /[\d.\-/]/.test(block.text[m.index - 1]!)) continue;
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (!validDate(month, day) || insideSpans(block.urls, m.index)) continue;
    const fix = `${m[1]}年${month}月${day}日`;
    items.push(dateForm(block, m.index, m.index + m[0].length, `文中日期写作“${fix}”（GB/T 15835-2011）。`, fix));
  }
  for (const m of block.text.matchAll(/(?<=\d{4}年)0([1-9])月|(?<=\d{1,2}月)0([1-9])日/g)) {
    const digit = m[1] ?? m[2]!;
    const unit = m[1] ? '月' : '日';
    items.push(dateForm(block, m.index, m.index + m[0].length, `月、日不补零：“${digit}${unit}”。`, `${digit}${unit}`));
  }
  return items.sort((a, b) => a.from - b.from);
};

const NUMBER = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)(?:万|亿|千|百)?';

/** 约…余, 近…多, 大约…左右: two approximations in one — 建议. */
const APPROX = new RegExp(`(?:大约|将近|约|近)${NUMBER}(?:余|多)|(?:大约|约)${NUMBER}[^，。；、\\d]{0,3}左右`, 'g');
/** 最近, 接近, 制约, 预约… are other words. */
const NOT_APPROX_BEFORE = /[最接附邻制预节公签合条契违履特邀隐]/;

export const approximations: ProofRule = (block) => {
  return [...block.text.matchAll(APPROX)]
    .filter((m) => !(m.index > 0 && NOT_APPROX_BEFORE.test(block.text[m.index - 1]!)))
    .map((m) => approx(block, m.index, m.index + m[0].length, '概数重复：“约、近”与“余、多、左右”不宜同用，保留其一（GB/T 15835-2011 4.2.1）。', null));
};

/** 减少了2倍 / 降低3倍 / 下降一倍: 倍 only for an increase. */
export const timesDecrease: ProofRule = (block) =>
  [...block.text.matchAll(/(?:减少|降低|下降|缩小|缩减|减低|压缩)了?(?:\d+(?:\.\d+)?|[一两二三四五六七八九十]+)倍/g)].map((m) =>
    timesLess(block, m.index, m.index + m[0].length, '减少不能用“倍”表示，应改用分数或百分数。', null),
  );

export const NUMBER_RULES: readonly ProofRule[] = [shortYears, dateForms, approximations, timesDecrease];
