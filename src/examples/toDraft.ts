/**
 * “从范文开始”: an example report → a complete starting draft (TipTap JSON + fields). Headings
 * keep their level, run-in flag and part but lose their literal numbering, which the editor and
 * the export compute from the levels (GB/T 9704-2012 7.3.3).
 */
import type { ExampleBlock, ExampleReport } from '../model/example.ts';
import type { ReportFields } from '../model/fields.ts';
import { formatOfficialDate } from '../model/fields.ts';
import type { BlockNode, ReportDoc } from '../model/schema.ts';
import { field, heading, paragraph, reportDoc, signoff, table, title } from '../model/schema.ts';

const CHINESE_DATE = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/;

/** `2023年11月6日` → `2023-11-06`; '' when the text is not a plain official date. */
export function isoFromChineseDate(value: string): string {
  const m = CHINESE_DATE.exec(value);
  if (!m) return '';
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return formatOfficialDate(iso) === value.trim() ? iso : '';
}

/**
 * The superior bodies named in an intro, with the enumeration comma the field expects:
 * “在县委、县政府的正确领导下” → 县委、县政府, “在市委市政府的坚强领导下” → 市委、市政府; '' if none.
 */
export function superiorFromIntro(intro: string): string {
  const m = /在([县市区州省镇乡]委)、?([县市区州省镇乡](?:人民)?政府)的/.exec(intro);
  return m ? `${m[1]}、${m[2]}` : '';
}

function blockNode(block: ExampleBlock, dateIso: string): BlockNode {
  switch (block.type) {
    case 'heading':
      return heading(block.level ?? 1, { runIn: block.runIn ?? false, part: block.part }, block.text);
    case 'intro':
    case 'paragraph':
      return block.table ? table(block.table, block.table.length > 1) : paragraph(block.text);
    case 'signoff': {
      const iso = isoFromChineseDate(block.text);
      // The date becomes the `date` field (same text once resolved), so editing 落款日期 moves it.
      if (iso !== '' && iso === dateIso) return signoff('date', field('date'));
      return signoff(iso !== '' ? 'date' : 'unit', block.text);
    }
  }
}

/** The starting draft for an example: its document and its fill-in fields. */
export function exampleToDraft(report: ExampleReport): { doc: ReportDoc; fields: ReportFields } {
  const dateBlock = report.blocks.find((b) => b.type === 'signoff' && isoFromChineseDate(b.text) !== '');
  const date = dateBlock ? isoFromChineseDate(dateBlock.text) : '';
  const intro = report.blocks.find((b) => b.type === 'intro');
  const fields: ReportFields = {
    unit: report.unit ?? '',
    year: report.year,
    superior: intro ? superiorFromIntro(intro.text) : '',
    date,
  };
  const doc = reportDoc(title(report.title), ...report.blocks.map((b) => blockNode(b, date)));
  return { doc, fields };
}
