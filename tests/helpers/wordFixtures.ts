/**
 * Hand-written .docx files for the reader tests: the parts a Word or WPS file holds (numbering,
 * styles, comments, footnotes), written as OOXML and zipped with JSZip — no Word needed.
 */
import JSZip from 'jszip';
import { assertValidDocx } from './ooxml.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph; `pPr` is raw XML inside <w:pPr>, `runs` raw XML (default: one run of `text`). */
export function para(text: string, opts: { pPr?: string; runs?: string } = {}): string {
  const runs = opts.runs ?? (text ? `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : '');
  return `<w:p>${opts.pPr ? `<w:pPr>${opts.pPr}</w:pPr>` : ''}${runs}</w:p>`;
}
export const numbered = (text: string, numId: number, ilvl: number) =>
  para(text, { pPr: `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` });
export const styled = (text: string, styleId: string) => para(text, { pPr: `<w:pStyle w:val="${styleId}"/>` });
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

export function table(rows: string[][]): string {
  const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(t)}</w:tc>`;
  const grid = `<w:tblGrid>${(rows[0] ?? []).map(() => '<w:gridCol w:w="2000"/>').join('')}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A multi-level list definition: lvlTexts[i] is level i's text ("%1、"), fmts[i] its numFmt. */
export function abstractNum(id: number, levels: Array<{ text: string; fmt: string; start?: number }>): string {
  const lvls = levels
    .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${esc(l.text)}"/></w:lvl>`)
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}
export const num = (numId: number, abstractId: number, extra = '') => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${extra}</w:num>`;

export interface DocxParts {
  readonly body: string;
  readonly numbering?: string;
  readonly styles?: string;
  readonly comments?: string;
  readonly footnotes?: string;
  /** Extra files (e.g. word/media/image1.png) and document relationships (raw <Relationship> XML). */
  readonly files?: Record<string, Uint8Array | string>;
  readonly rels?: string;
}

/**
 * The fixture as a .docx, checked against the Open XML schema first (tests/helpers/ooxml.ts): a
 * reader test should meet what Word writes, not a file Word would refuse.
 */
export async function buildDocx(parts: DocxParts): Promise<Uint8Array> {
  const bytes = await zipDocx(parts);
  await assertValidDocx(bytes, 'a hand-written fixture');
  return bytes;
}

async function zipDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ...(parts.numbering ? [['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml']] : []),
    ...(parts.styles ? [['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml']] : []),
    ...(parts.comments ? [['/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml']] : []),
    ...(parts.footnotes ? [['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml']] : []),
  ];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const rels: string[] = [];
  const rel = (id: string, type: string, target: string) =>
    rels.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`);
  if (parts.numbering) {
    zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
    rel('rIdN', 'numbering', 'numbering.xml');
  }
  if (parts.styles) {
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
    rel('rIdS', 'styles', 'styles.xml');
  }
  if (parts.comments) {
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${parts.comments}</w:comments>`);
    rel('rIdC', 'comments', 'comments.xml');
  }
  if (parts.footnotes) {
    zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`);
    rel('rIdF', 'footnotes', 'footnotes.xml');
  }
  for (const [path, data] of Object.entries(parts.files ?? {})) zip.file(path, data);
  if (parts.rels) rels.push(parts.rels);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** The usual Chinese outline list: 一、 / （一） / 1. / （1）. */
export const CHINESE_OUTLINE = abstractNum(1, [
  { text: '%1、', fmt: 'chineseCounting' },
  { text: '（%2）', fmt: 'chineseCounting' },
  { text: '%3.', fmt: 'decimal' },
  { text: '（%4）', fmt: 'decimal' },
]);
