/**
 * The real reader: each of the seven example reports, exported whole as 从范文开始 opens it, is
 * laid out by LibreOffice (one soffice run for all seven) and read back from the PDF. GB/T 9704-2012
 * asks for 22 lines of 28 characters on A4 with "— n —" page numbers; this checks what a reader
 * actually gets, text included.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { exportDocx } from '../../src/export/docx/index.ts';
import { CHARS_PER_LINE, LINES_PER_PAGE, LINE_PITCH_TWIPS, MARGIN_MM, PAGE_NUMBER_GAP_MM, PAPER_MM } from '../../src/export/docx/page.ts';
import type { ExampleReport } from '../../src/model/example.ts';
import { splitRunIn } from '../../src/model/schema.ts';
import { docxParts, part, textOf } from '../helpers/docxXml.ts';
import { convertToPdf, pdfInfo, pdfPages, requireReaderTools, type PdfInfo, type PdfLine, type PdfPage } from '../helpers/libreoffice.ts';

const PT_PER_MM = 72 / 25.4;
const PAGE = {
  width: PAPER_MM.width * PT_PER_MM,
  height: PAPER_MM.height * PT_PER_MM,
  top: MARGIN_MM.top * PT_PER_MM,
  bottom: (PAPER_MM.height - MARGIN_MM.bottom) * PT_PER_MM,
  left: MARGIN_MM.left * PT_PER_MM,
  right: (PAPER_MM.width - MARGIN_MM.right) * PT_PER_MM,
  pitch: LINE_PITCH_TWIPS / 20,
} as const;
/** One 三号 character (indents), one 四号 character (page-number inset), in points. */
const BODY_CHAR = 16;
const PAGE_NUMBER_CHAR = 14;
/** Positions in a PDF are within this many points of where the layout puts them. */
const TOLERANCE = 2;
const CJK_PUNCTUATION = [...'，。、；：“”（）《》'];

type Kind = 'title' | 'body' | 'standalone-heading' | 'signoff';
interface ExpectedParagraph {
  readonly text: string;
  readonly kind: Kind;
}

/** A printed body line, with where it sits and which paragraph it belongs to. */
interface Line extends PdfLine {
  readonly page: number;
  /** Grid line 0–21 of the type area. */
  readonly slot: number;
  paragraph: number;
  first: boolean;
  last: boolean;
}

interface Rendered {
  readonly info: PdfInfo;
  readonly pages: readonly PdfPage[];
  readonly expected: readonly ExpectedParagraph[];
  /** The PDF's text joined paragraph by paragraph, aligned with `expected`. */
  readonly paragraphs: readonly string[];
  readonly lines: readonly Line[];
  readonly docxText: string;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The example as a reader should see it: title, then every block with its literal numbering. */
function expectedParagraphs(report: ExampleReport): ExpectedParagraph[] {
  return [
    { text: report.title, kind: 'title' },
    ...report.blocks.map((b): ExpectedParagraph => {
      const text = (b.numbering ?? '') + b.text;
      if (b.type === 'signoff') return { text, kind: 'signoff' };
      const standalone = b.type === 'heading' && (!b.runIn || splitRunIn(b.text).rest.trim() === '');
      return { text, kind: standalone ? 'standalone-heading' : 'body' };
    }),
  ];
}

const isBodyLine = (line: PdfLine): boolean => line.yMax <= PAGE.bottom + TOLERANCE;
const slotOf = (line: PdfLine): number => Math.floor(((line.yMin + line.yMax) / 2 - PAGE.top) / PAGE.pitch);

/** Walks the PDF's body lines in order, giving each expected paragraph as many lines as its text needs. */
function alignParagraphs(pages: readonly PdfPage[], expected: readonly ExpectedParagraph[]): { paragraphs: string[]; lines: Line[] } {
  const lines: Line[] = pages.flatMap((page, index) =>
    page.lines.filter(isBodyLine).map((l) => ({ ...l, page: index, slot: slotOf(l), paragraph: -1, first: false, last: false })),
  );
  const paragraphs: string[] = [];
  let next = 0;
  expected.forEach((paragraph, index) => {
    const want = squash(paragraph.text).length;
    const start = next;
    let got = '';
    while (next < lines.length && got.length < want) got += squash(lines[next++]!.text);
    paragraphs.push(got);
    for (let i = start; i < next; i++) Object.assign(lines[i]!, { paragraph: index, first: i === start, last: i === next - 1 });
  });
  if (next < lines.length)
    paragraphs.push(
      `(extra lines) ${lines
        .slice(next)
        .map((l) => l.text)
        .join('')}`,
    );
  return { paragraphs, lines };
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

const CASES = EXAMPLES.map((report) => ({ report, name: `${report.index} ${report.title}` }));
const rendered = new Map<number, Rendered>();
let workDir = '';

beforeAll(async () => {
  requireReaderTools();
  workDir = await mkdtemp(join(tmpdir(), 'export-reader-'));
  const docxTexts = new Map<number, string>();
  const paths = await Promise.all(
    EXAMPLES.map(async (report) => {
      const { doc, fields } = exampleToDraft(report);
      const bytes = await exportDocx(doc, fields);
      docxTexts.set(report.index, textOf(part(await docxParts(bytes), 'word/document.xml')));
      const path = join(workDir, `example-${report.index}.docx`);
      await writeFile(path, bytes);
      return path;
    }),
  );
  const { pdfs } = await convertToPdf(paths, workDir);
  await Promise.all(
    EXAMPLES.map(async (report, i) => {
      const [info, pages] = await Promise.all([pdfInfo(pdfs[i]!), pdfPages(pdfs[i]!)]);
      const expected = expectedParagraphs(report);
      rendered.set(report.index, { info, pages, expected, ...alignParagraphs(pages, expected), docxText: docxTexts.get(report.index)! });
    }),
  );
}, 180_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function get(report: ExampleReport): Rendered {
  const r = rendered.get(report.index);
  if (!r) throw new Error(`example ${report.index} was not rendered`);
  return r;
}

describe.each(CASES)('example $name, laid out by LibreOffice', ({ report }) => {
  it('is A4', () => {
    const { info } = get(report);
    expect(info.width).toBeCloseTo(PAGE.width, 0);
    expect(info.height).toBeCloseTo(PAGE.height, 0);
    expect(info.pages).toBeGreaterThan(1);
  });

  it('prints the example text paragraph by paragraph, numbering included', () => {
    const { paragraphs, expected } = get(report);
    expect(paragraphs).toEqual(expected.map((p) => squash(p.text)));
  });

  it('loses no Chinese punctuation between the .docx and the PDF', () => {
    const { docxText, pages } = get(report);
    const pdfText = pages.flatMap((p) => p.lines.filter(isBodyLine).map((l) => l.text)).join('');
    const tally = (text: string) => Object.fromEntries(CJK_PUNCTUATION.map((ch) => [ch, count(text, ch)]));
    expect(tally(pdfText)).toEqual(tally(docxText));
  });

  it(`puts at most ${LINES_PER_PAGE} lines on a page and fills every page but the last`, () => {
    const { pages, lines, expected } = get(report);
    pages.forEach((_, page) => {
      const own = lines.filter((l) => l.page === page);
      expect(own.length, `page ${page + 1}`).toBeLessThanOrEqual(LINES_PER_PAGE);
      for (const l of own) expect(l.slot, `page ${page + 1}: ${l.text}`).toBeGreaterThanOrEqual(0);
      for (const l of own) expect(l.slot, `page ${page + 1}: ${l.text}`).toBeLessThan(LINES_PER_PAGE);
      if (page === pages.length - 1) return;
      // Page 1 has one blank grid line under the title. A standalone heading is kept with the
      // paragraph after it, so a page may end short by the lines of the heading(s) that open the next.
      const blank = page === 0 ? 1 : 0;
      const following = lines.filter((l) => l.page === page + 1);
      const firstNonHeading = following.findIndex((l) => expected[l.paragraph]?.kind !== 'standalone-heading');
      const moved = firstNonHeading < 0 ? following.length : firstNonHeading;
      const used = own.length + blank;
      expect(used, `page ${page + 1} (${moved} heading line(s) moved on)`).toBeGreaterThanOrEqual(LINES_PER_PAGE - moved);
      expect(used, `page ${page + 1}`).toBeLessThanOrEqual(LINES_PER_PAGE);
      expect(Math.max(...own.map((l) => l.slot)), `page ${page + 1} ends on its last used grid line`).toBe(used - 1);
    });
  });

  it(`sets ${CHARS_PER_LINE} characters on most full lines`, () => {
    const { lines, expected } = get(report);
    const full = lines.filter((l) => !l.first && !l.last && expected[l.paragraph]?.kind === 'body').map((l) => [...squash(l.text)].length);
    expect(full.length).toBeGreaterThan(10);
    expect(mode(full)).toBe(CHARS_PER_LINE);
  });

  it('indents first lines two characters and starts the other lines at the margin', () => {
    const { lines, expected } = get(report);
    for (const l of lines) {
      const kind = expected[l.paragraph]?.kind;
      if (kind !== 'body' && kind !== 'standalone-heading') continue;
      const x = l.first ? PAGE.left + 2 * BODY_CHAR : PAGE.left;
      expect(Math.abs(l.xMin - x), `${l.text} at x=${l.xMin}`).toBeLessThan(TOLERANCE);
    }
  });

  it('centres the title and right-aligns the sign-off with the date two characters right of the unit', () => {
    const { lines, expected } = get(report);
    const title = lines.filter((l) => l.paragraph === 0);
    for (const l of title) expect(Math.abs((l.xMin + l.xMax) / 2 - (PAGE.left + PAGE.right) / 2)).toBeLessThan(TOLERANCE);
    const signoff = lines.filter((l) => expected[l.paragraph]?.kind === 'signoff');
    for (const l of signoff) expect(l.xMax).toBeLessThan(PAGE.right - 2 * BODY_CHAR + TOLERANCE);
    if (signoff.length === 2) {
      const [unit, date] = signoff as [Line, Line];
      expect(date.slot).toBe(unit.slot + 1);
      expect(Math.abs(date.xMin - unit.xMin - 2 * BODY_CHAR)).toBeLessThan(2 * TOLERANCE);
      const above = lines[lines.indexOf(unit) - 1]!;
      expect(unit.slot - above.slot, 'one blank line above the sign-off').toBe(2);
    }
  });

  it('numbers pages "— n —", odd pages right and even pages left, one character in, 7 mm below the text', () => {
    const { pages } = get(report);
    pages.forEach((page, index) => {
      const number = page.lines.filter((l) => !isBodyLine(l));
      expect(number.map((l) => l.text)).toEqual([`— ${index + 1} —`]);
      const line = number[0]!;
      if (index % 2 === 0) expect(Math.abs(line.xMax - (PAGE.right - PAGE_NUMBER_CHAR)), `page ${index + 1} right`).toBeLessThan(TOLERANCE);
      else expect(Math.abs(line.xMin - (PAGE.left + PAGE_NUMBER_CHAR)), `page ${index + 1} left`).toBeLessThan(TOLERANCE);
      expect(Math.abs(line.yMin - PAGE.bottom - PAGE_NUMBER_GAP_MM * PT_PER_MM)).toBeLessThan(2 * TOLERANCE);
    });
  });
});
