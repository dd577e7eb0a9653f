/**
 * A table in the .docx (issue 20: statistics tables from last year's Word file or a paste): set
 * within the text block, legible and off the body's line grid.
 * - Width: the type area (156 mm); column widths follow the longest cell text of each column
 *   (at least two characters' worth), scaled to fill 156 mm; fixed layout, so Word and WPS keep them.
 * - Text: 仿宋 小四 (12 pt, smaller than the body's 三号), the header row in 黑体 and repeated on
 *   every page it runs over; centred.
 * - Rows are not forced onto the 28.95 pt grid: cell paragraphs have an exact 18 pt line, which
 *   overrides the section's grid pitch, and their runs do not snap to it. The body paragraphs
 *   before and after the table keep the exact grid lines of their style.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { TableNode } from '../../model/schema.ts';
import type { ExportContext } from './context.ts';
import { FONT, runFont } from './fonts.ts';
import { TYPE_AREA_TWIPS } from './page.ts';
import { halfPoints, pointsToTwips } from './measures.ts';

/** 小四. */
export const TABLE_FONT_POINTS = 12;
/** Exact line height of table text. */
export const TABLE_LINE_POINTS = 18;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cellText(cell: TableNode['content'][number]['content'][number]): string[] {
  return cell.content.map((p) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : n.type === 'hardBreak' ? '\n' : '')).join(''));
}

/** Column widths in twips, summing to the type area's width. */
export function columnWidths(node: TableNode, total = TYPE_AREA_TWIPS.width): number[] {
  const columns = Math.max(1, ...node.content.map((r) => r.content.length));
  const weight = new Array<number>(columns).fill(2);
  for (const row of node.content) {
    row.content.forEach((cell, c) => {
      const longest = Math.max(
        0,
        ...cellText(cell)
          .flatMap((t) => t.split('\n'))
          .map((t) => [...t].length),
      );
      weight[c] = Math.max(weight[c]!, Math.min(longest, 16));
    });
  }
  const sum = weight.reduce((a, b) => a + b, 0);
  const widths = weight.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function tableToDocx(node: TableNode, ctx: ExportContext): Table {
  void ctx;
  const widths = columnWidths(node);
  const size = halfPoints(TABLE_FONT_POINTS);
  return new Table({
    width: { size: TYPE_AREA_TWIPS.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: node.content.map(
      (row) =>
        new TableRow({
          tableHeader: row.content.every((c) => c.type === 'tableHeader'),
          cantSplit: true,
          children: row.content.map((cell, c) => {
            const header = cell.type === 'tableHeader';
            const font = runFont(header ? FONT.heiTi : FONT.fangSong);
            return new TableCell({
              width: { size: widths[c] ?? widths[widths.length - 1]!, type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              margins: { left: 80, right: 80, top: 40, bottom: 40 },
              children: cellText(cell).map(
                (text) =>
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    indent: { firstLine: 0, left: 0, right: 0 },
                    spacing: { line: pointsToTwips(TABLE_LINE_POINTS), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
                    children: text
                      .split('\n')
                      .flatMap((line, i) => [
                        ...(i > 0 ? [new TextRun({ break: 1, font, size, sizeComplexScript: size })] : []),
                        new TextRun({ text: line, font, size, sizeComplexScript: size, characterSpacing: 0, snapToGrid: false, bold: false }),
                      ]),
                  }),
              ),
            });
          }),
        }),
    ),
  });
}
