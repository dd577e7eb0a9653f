/**
 * A table through the export, read back by LibreOffice (issue 20): every cell's text is printed,
 * inside the 156 mm text block, smaller than the body and off its grid; the header row is in 黑体;
 * the pages around the table still hold 22 body lines.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx/index.ts';
import { LINES_PER_PAGE, MARGIN_MM, PAPER_MM, TYPE_AREA_TWIPS } from '../../src/export/docx/page.ts';
import { columnWidths } from '../../src/export/docx/table.ts';
import { heading, paragraph, reportDoc, table, title, type ReportDoc } from '../../src/model/schema.ts';
import { docxParts, part } from '../helpers/docxXml.ts';
import { convertToPdf, pdfPages, requireReaderTools, type PdfPage } from '../helpers/libreoffice.ts';

const PT_PER_MM = 72 / 25.4;
const LEFT = MARGIN_MM.left * PT_PER_MM;
const RIGHT = (PAPER_MM.width - MARGIN_MM.right) * PT_PER_MM;
const BOTTOM = (PAPER_MM.height - MARGIN_MM.bottom) * PT_PER_MM;

const ROWS = [
  ['指标', '2024年', '2025年', '增减'],
  ['行政复议案件', '30件', '42件', '+12件'],
  ['行政诉讼应诉', '18件', '21件', '+3件'],
  ['执法人员培训', '96人次', '120人次', '+24人次'],
  ['规范性文件审查', '12件', '15件', '+3件'],
  ['法律顾问审查合同', '40份', '52份', '+12份'],
];
const CELLS = ROWS.flat();

const BODY = '全年坚持以习近平法治思想为指导，认真落实法治政府建设各项任务，推动依法行政水平持续提升，为全县经济社会高质量发展提供坚实法治保障。';

function tableDoc(): ReportDoc {
  const before = Array.from({ length: 14 }, (_, i) => paragraph(`第${i + 1}段。${BODY}`));
  const after = Array.from({ length: 20 }, (_, i) => paragraph(`第${i + 15}段。${BODY}`));
  return reportDoc(
    title('县司法局2025年法治政府建设工作报告'),
    heading(1, { part: 'work' }, '主要举措和成效'),
    ...before,
    paragraph('主要数据如下表：'),
    table(ROWS),
    ...after,
  );
}

const squash = (s: string) => s.replace(/\s+/g, '');
const pageHasTable = (p: PdfPage) => p.lines.some((l) => squash(l.text).includes('行政复议案件'));

describe('a table through the export, read by LibreOffice', () => {
  let dir: string;
  let pages: PdfPage[];
  let xml: string;

  beforeAll(async () => {
    requireReaderTools();
    dir = await mkdtemp(join(tmpdir(), 'table-reader-'));
    const bytes = await exportDocx(tableDoc(), { unit: '县司法局', year: 2025, superior: '县委、县政府', date: '2026-01-10' });
    xml = part(await docxParts(bytes), 'word/document.xml');
    const file = join(dir, 'table.docx');
    await writeFile(file, bytes);
    const { pdfs } = await convertToPdf([file], dir);
    pages = await pdfPages(pdfs[0]!);
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints every cell once, inside the text block', () => {
    const text = squash(pages.map((p) => p.lines.map((l) => l.text).join('')).join(''));
    for (const cell of new Set(CELLS)) expect(text).toContain(squash(cell));
    const tablePage = pages.find(pageHasTable)!;
    const tableLines = tablePage.lines.filter((l) => CELLS.some((c) => squash(l.text).includes(squash(c))));
    for (const l of tableLines) {
      expect(l.xMin).toBeGreaterThanOrEqual(LEFT - 2);
      expect(l.xMax).toBeLessThanOrEqual(RIGHT + 2);
    }
  });

  it('sets the table smaller than the body and off the 28.95 pt grid', () => {
    const tablePage = pages.find(pageHasTable)!;
    const row = tablePage.lines.find((l) => squash(l.text).includes('行政复议案件'))!;
    const body = tablePage.lines.find((l) => squash(l.text).includes('全年坚持以'))!;
    expect(row.yMax - row.yMin).toBeLessThan(body.yMax - body.yMin);
    // Six rows take less than six grid lines (28.95 pt each) of height.
    const rows = tablePage.lines.filter((l) => ROWS.some((r) => squash(l.text).startsWith(squash(r[0]!))));
    const top = Math.min(...rows.map((l) => l.yMin));
    const bottom = Math.max(...rows.map((l) => l.yMax));
    expect(rows.length).toBe(ROWS.length);
    expect(bottom - top).toBeLessThan((ROWS.length - 0.5) * 28.95);
  });

  it('keeps 22 body lines on the full pages around the table', () => {
    const tableAt = pages.findIndex(pageHasTable);
    expect(tableAt).toBeGreaterThan(0);
    const bodyLines = (p: PdfPage) => p.lines.filter((l) => l.yMax <= BOTTOM + 2 && l.yMin > 0).length;
    // The page before the table and the full page after it.
    expect(bodyLines(pages[tableAt - 1]!)).toBe(LINES_PER_PAGE);
    expect(tableAt + 1).toBeLessThan(pages.length - 1);
    expect(bodyLines(pages[tableAt + 1]!)).toBe(LINES_PER_PAGE);
  });

  it('writes the header row in 黑体, the cells in 仿宋 小四 at an exact line, widths filling 156 mm', () => {
    const tbl = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)![0];
    expect(tbl).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/);
    const firstRow = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(tbl)![0];
    expect(firstRow).toContain('w:eastAsia="黑体"');
    expect(tbl).toContain('w:eastAsia="仿宋_GB2312"');
    expect(tbl).toContain('<w:sz w:val="24"/>');
    expect(tbl).toMatch(/<w:spacing [^>]*w:line="360"[^>]*w:lineRule="exact"/);
    const widths = columnWidths(table(ROWS));
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBe(TYPE_AREA_TWIPS.width);
    expect(Math.abs(total / 56.6929 - 156)).toBeLessThan(0.1);
    // The first column (the longest texts) is the widest.
    expect(widths[0]).toBe(Math.max(...widths));
  });
});
