/**
 * Rule `stale-year`: a year before the report year written in the text (2023年 in a 2024 report)
 * is usually left over from an example or last year's report. Warning, each occurrence.
 *
 * Only `NNNN年` counts (a bare 2023 is as likely a count: 办理案件2023件). Not reported:
 * - anything inside 《…》 (law and document names: 《法治政府建设实施纲要（2021—2025年）》) or
 *   inside 〔…〕［…］【…】[…] (document numbers: 〔2023〕5号);
 * - the start of a range reaching the report year or later (2021年—2025年, 2022年度-2024年度);
 * - a starting point: 2020年以来, 2020年度以来, 自2021年起, 从2021年开始;
 * - the year just before the report year after a comparison word (较2023年, 比2023年,
 *   与2023年相比, 同比): comparing with last year is normal;
 * - years more than STALE_YEAR_WINDOW (3) years back (1982年宪法, 2019年机构改革), taken as
 *   deliberate history; leftovers from the examples or last year's report are one to three years old.
 * Title and headings are checked too; nothing is checked while the report year is empty.
 */
import { itemId, type CheckRule } from '../rule.ts';
import type { CheckItem } from '../types.ts';
import { quotedMask } from '../../text/years.ts';

/** How many years back a year is still suspicious. */
export const STALE_YEAR_WINDOW = 3;

const YEAR = /(?<!\d)(\d{4})\s*年/g;
/** After `NNNN年`: a range connector, then the range's end year. */
const RANGE_END = /^\s*度?\s*(?:[—–\-~～]+|至|到)\s*(\d{4})/;
/** After `NNNN年`: “since”, a deliberate starting point (2020年以来, 2020年度以来). */
const SINCE_AFTER = /^\s*度?\s*以来/;
/** Before the year: “from” (自2019年起, 从2019年开始). */
const SINCE_BEFORE = /[自从]\s*$/;
/** Just before a year: a comparison word. */
const COMPARISON = /(?:较|比|同比|与|相比|对比)\s*$/;

export const staleYears: CheckRule = ({ blocks, fields }) => {
  const reportYear = fields.year;
  if (reportYear === null) return [];
  const items: CheckItem[] = [];
  for (const block of blocks) {
    const { text } = block;
    let mask: boolean[] | null = null;
    for (const m of text.matchAll(YEAR)) {
      const year = Number(m[1]);
      if (year >= reportYear || year < reportYear - STALE_YEAR_WINDOW) continue;
      const from = m.index;
      const to = from + m[0].length;
      mask ??= quotedMask(text);
      if (mask[from]) continue;
      const range = RANGE_END.exec(text.slice(to));
      if (range && Number(range[1]) >= reportYear) continue;
      const before = text.slice(Math.max(0, from - 4), from);
      if (SINCE_AFTER.test(text.slice(to)) || SINCE_BEFORE.test(before)) continue;
      if (year === reportYear - 1 && COMPARISON.test(before)) continue;
      items.push({
        id: itemId('stale-year', block.index, from),
        rule: 'stale-year',
        severity: 'warning',
        message: `“${year}年”早于报告年度（${reportYear}年），可能是范文或往年报告中未改的年份，请核实。`,
        blockIndex: block.index,
        from,
        to,
      });
    }
  }
  return items;
};
