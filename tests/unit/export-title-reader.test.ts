/**
 * Long titles as a reader sees them (LibreOffice → PDF → lines): broken into a trapezoid at a phrase
 * boundary (GB/T 9704-2012 7.3.1, model/titleLines.ts), centred line by line; a title that fits
 * stays on one line, and a line break the user typed is kept as typed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx/index.ts';
import { MARGIN_MM, PAPER_MM } from '../../src/export/docx/page.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, paragraph, reportDoc, title, type ReportDoc } from '../../src/model/schema.ts';
import { convertToPdf, pdfPages, requireReaderTools, type PdfLine } from '../helpers/libreoffice.ts';

const PT_PER_MM = 72 / 25.4;
const CENTRE = ((MARGIN_MM.left + (PAPER_MM.width - MARGIN_MM.right)) / 2) * PT_PER_MM;
const BODY = '本年度，我们坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。';

const fields = (unit: string): ReportFields => ({ unit, year: 2023, superior: '', date: '' });
const CASES: { name: string; doc: ReportDoc; fields: ReportFields; lines: string[] }[] = [
  {
    name: 'a long unit name (from the 单位名称 field): broken before the year',
    doc: reportDoc(title(field('unit'), field('year'), '年度法治政府建设工作报告'), paragraph(BODY)),
    fields: fields('XX市XX县人民政府办公室'),
    lines: ['XX市XX县人民政府办公室', '2023年度法治政府建设工作报告'],
  },
  {
    name: 'the year with the subject too long for a line: broken before the subject',
    doc: reportDoc(title('县司法局2023年度法治政府建设工作开展情况和成效报告'), paragraph(BODY)),
    fields: fields('县司法局'),
    lines: ['县司法局2023年度', '法治政府建设工作开展情况和成效报告'],
  },
  {
    name: 'a title that fits: one line',
    doc: reportDoc(title(field('unit'), field('year'), '年法治政府建设工作报告'), paragraph(BODY)),
    fields: fields('县司法局'),
    lines: ['县司法局2023年法治政府建设工作报告'],
  },
  {
    name: 'a line break the user typed: kept',
    doc: reportDoc(title('XX市XX县人民政府', { type: 'hardBreak' }, '办公室2023年度法治政府建设工作报告'), paragraph(BODY)),
    fields: fields(''),
    lines: ['XX市XX县人民政府', '办公室2023年度法治政府建设工作报告'],
  },
];

const squash = (s: string): string => s.replace(/\s+/g, '');
const titleLines = new Map<string, PdfLine[]>();
let workDir = '';

beforeAll(async () => {
  requireReaderTools();
  workDir = await mkdtemp(join(tmpdir(), 'export-title-'));
  const paths = await Promise.all(
    CASES.map(async (c, i) => {
      const path = join(workDir, `title-${i}.docx`);
      await writeFile(path, await exportDocx(c.doc, c.fields));
      return path;
    }),
  );
  const { pdfs } = await convertToPdf(paths, workDir);
  await Promise.all(
    CASES.map(async (c, i) => {
      const [page] = await pdfPages(pdfs[i]!);
      // The title's lines are the page's lines before the body paragraph's first line.
      const lines = page!.lines;
      const body = lines.findIndex((l) => squash(l.text).startsWith(BODY.slice(0, 6)));
      titleLines.set(c.name, lines.slice(0, body));
    }),
  );
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe.each(CASES)('title: $name', (c) => {
  it('prints these lines', () => {
    expect(titleLines.get(c.name)!.map((l) => squash(l.text))).toEqual(c.lines.map(squash));
  });

  it('centres every line', () => {
    for (const line of titleLines.get(c.name)!) expect(Math.abs((line.xMin + line.xMax) / 2 - CENTRE)).toBeLessThan(3);
  });
});
