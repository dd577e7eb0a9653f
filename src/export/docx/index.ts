/**
 * Export of a report to .docx in the official layout (GB/T 9704-2012). Pure: no DOM, no React, no
 * Node-only API — the browser, the CLI (scripts/export-docx.ts) and the tests run this same code.
 */
import { Document, Packer } from 'docx';
import { fieldText, type ReportFields } from '../../model/fields.ts';
import { inlineText, type ReportDoc } from '../../model/schema.ts';
import { createContext } from './context.ts';
import { FONT } from './fonts.ts';
import { pageNumberFooters } from './footer.ts';
import { NODE_SERIALIZERS } from './nodes.ts';
import { SECTION_GRID, SECTION_PAGE } from './page.ts';
import { buildStyles } from './styles.ts';
import { assertReportFields, parseReportDoc } from './validate.ts';

export { docxFileName } from './fileName.ts';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Office's theme names Calibri; these keep theme-font fallbacks on the report's own fonts. */
const THEME = {
  fonts: {
    headings: { latin: FONT.latin, eastAsia: FONT.heiTi, scripts: { Hans: FONT.heiTi } },
    body: { latin: FONT.latin, eastAsia: FONT.fangSong, scripts: { Hans: FONT.fangSong } },
  },
} as const;

/**
 * Builds the Word document of a report. Throws an Error with a Chinese message ("文档结构无效：…",
 * "填写项无效：…") when `doc` or `fields` is malformed.
 */
export function buildDocument(input: ReportDoc, fields: ReportFields): Document {
  const doc = parseReportDoc(input);
  assertReportFields(fields);
  const ctx = createContext(doc, fields);
  const title = inlineText(doc.content[0].content, (name) => fieldText(name, fields)).replace(/\s+/g, '');
  return new Document({
    title,
    creator: fields.unit.trim(),
    lastModifiedBy: fields.unit.trim(),
    styles: buildStyles(),
    theme: THEME,
    evenAndOddHeaderAndFooters: true,
    // A line ended by a manual line break (Shift+Enter) is not stretched to full width.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: { page: SECTION_PAGE, grid: SECTION_GRID },
        footers: pageNumberFooters(),
        children: NODE_SERIALIZERS.doc(doc, ctx),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function exportDocx(doc: ReportDoc, fields: ReportFields): Promise<Uint8Array> {
  return Packer.pack(buildDocument(doc, fields), 'uint8array');
}

/** The .docx file as a Blob, ready for a download link. */
export async function exportDocxBlob(doc: ReportDoc, fields: ReportFields): Promise<Blob> {
  const bytes = await exportDocx(doc, fields);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME_TYPE });
}
