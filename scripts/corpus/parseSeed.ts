/**
 * The seed compilation (templates/source/2023-compilation.raw.txt) → the seven example reports.
 * Cleaning is {@link cleanSeed}; the outline and parts are {@link outlineFromLines}; what the text
 * cannot say (stable id, issuing unit when unnamed, administrative level) is {@link REPORT_META}.
 */
import type { ExampleReport } from '../../src/model/example.ts';
import { cleanSeed } from './clean.ts';
import { outlineFromLines } from '../../src/text/headings.ts';

export interface ReportMeta {
  /** Stable slug used in file names and block ids. */
  readonly id: string;
  /** The title as it stands in the seed (checked while parsing). */
  readonly title: string;
  readonly unit: string | null;
  readonly unitNote: string;
  readonly level: ExampleReport['level'];
}

/** One entry per report, in the seed's order (index = position + 1). */
export const REPORT_META: readonly ReportMeta[] = [
  {
    id: 'county-investment',
    title: '2023年度法治政府建设工作报告',
    unit: null,
    unitNote: '原文未署单位名称（县招商引资主管部门）',
    level: '县',
  },
  {
    id: 'county-commerce',
    title: '2023年法治政府建设工作报告',
    unit: '县商务局',
    unitNote: '标题未署单位，单位名称取自导语“县商务局法治政府建设工作……”',
    level: '县',
  },
  { id: 'xx-town', title: 'XX镇2023年法治政府建设工作报告', unit: 'XX镇', unitNote: '单位名称取自标题；落款为“XX市XX镇人民政府”', level: '镇' },
  { id: 'city-education', title: '市教育局2023年度法治政府建设工作报告', unit: '市教育局', unitNote: '单位名称取自标题', level: '市' },
  { id: 'county-police', title: '县公安局2023年法治政府建设工作报告', unit: '县公安局', unitNote: '单位名称取自标题', level: '县' },
  { id: 'county-justice', title: '县司法局2023年法治政府建设工作报告', unit: '县司法局', unitNote: '单位名称取自标题', level: '县' },
  { id: 'county-statistics', title: '县统计局2023年法治政府建设工作报告', unit: '县统计局', unitNote: '单位名称取自标题', level: '县' },
];

/** A report title line: optional unit, a year, “法治政府建设工作报告”. */
export const TITLE_PATTERN = /^[^\s，。；：]{0,20}?(\d{4})年度?法治政府建设(?:工作)?(?:情况)?报告$/;

/**
 * Parses the raw seed text into the seven example reports. Throws when the seed does not hold
 * exactly the titles of {@link REPORT_META}, in order — a changed seed must be looked at.
 */
export function parseSeed(raw: string): ExampleReport[] {
  const lines = cleanSeed(raw);
  const starts = lines.flatMap((line, i) => (TITLE_PATTERN.test(line) ? [i] : []));
  const titles = starts.map((i) => lines[i]!);
  const expected = REPORT_META.map((m) => m.title);
  if (titles.join('\n') !== expected.join('\n')) {
    throw new Error(`Seed titles do not match REPORT_META:\n found ${titles.join(' | ')}\n expected ${expected.join(' | ')}`);
  }
  return REPORT_META.map((meta, i): ExampleReport => {
    const start = starts[i]!;
    const end = starts[i + 1] ?? lines.length;
    const year = Number(TITLE_PATTERN.exec(meta.title)![1]);
    const blocks = outlineFromLines(lines.slice(start + 1, end)).map((b, index) => ({ id: `${meta.id}-${index}`, ...b }));
    return {
      id: meta.id,
      index: i + 1,
      title: meta.title,
      unit: meta.unit,
      unitNote: meta.unitNote,
      level: meta.level,
      year,
      blocks,
    };
  });
}
