/**
 * What a hand-made Word/WPS file holds beyond plain paragraphs, read from its XML before mammoth
 * sees it (issue 20, "real prior-year files"):
 * - automatic numbering is written into the text (numbering.ts), so numbered paragraphs become
 *   headings at the level their number says;
 * - tracked changes (w:ins, w:del, w:moveFrom/To) are counted: mammoth reads the text as if all
 *   were accepted, and the notice says so;
 * - comments are counted and quoted in the notice (their text is not report text).
 * Returns the rewritten file bytes and the notes for the user (Chinese).
 */
import JSZip from 'jszip';
import { parseNumbering, unescapeXml, writeNumbers } from './numbering.ts';

export interface PreparedDocx {
  readonly bytes: Uint8Array;
  readonly notes: string[];
}

const count = (xml: string, re: RegExp): number => xml.match(re)?.length ?? 0;

/** Plain text of an XML fragment's w:t runs. */
function runText(xml: string): string {
  return [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
}

export async function prepareDocx(bytes: Uint8Array): Promise<PreparedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
  const documentXml = await read('word/document.xml');
  const notes: string[] = [];

  const inserted = count(documentXml, /<w:ins\b/g) + count(documentXml, /<w:moveTo\b(?!Range)/g);
  const deleted = count(documentXml, /<w:del\b/g) + count(documentXml, /<w:moveFrom\b(?!Range)/g);
  if (inserted || deleted) {
    notes.push(`文件中有修订标记（插入 ${inserted} 处、删除 ${deleted} 处），已按“接受全部修订”导入；如需修订前的文字，请在 Word 中拒绝修订后再导入。`);
  }

  const comments = [...(await read('word/comments.xml')).matchAll(/<w:comment\b[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => runText(m[1]!).trim());
  if (comments.length) {
    const first = comments.find((c) => c) ?? '';
    const quote = first ? `（如“${first.length > 20 ? `${first.slice(0, 20)}…` : first}”）` : '';
    notes.push(`文件中有 ${comments.length} 条批注${quote}，批注不是报告正文，未导入。`);
  }

  const defs = parseNumbering(await read('word/numbering.xml'), await read('word/styles.xml'));
  const { xml, numbered } = writeNumbers(documentXml, defs);
  if (numbered === 0) return { bytes, notes };
  zip.file('word/document.xml', xml);
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), notes };
}
