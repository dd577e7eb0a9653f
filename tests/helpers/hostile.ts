/** Hostile and huge inputs made by the tests themselves (issue 19): zips, documents, pastes. */
import { crc32, deflateRawSync } from 'node:zlib';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { docTextStats } from '../../src/model/limits.ts';
import { heading, paragraph, reportDoc, title, type BlockNode, type ReportDoc } from '../../src/model/schema.ts';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/**
 * A zip of `files`, deflated by Node's zlib (fast for the tens of megabytes a bomb holds; JSZip
 * takes seconds).
 */
export function zipOf(files: ReadonlyArray<readonly [string, Buffer]>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(cd, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cdBytes, end]));
}

/** A minimal .docx whose body is `paragraphs` (each a run of text). */
export function docxOf(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipOf([
    ['[Content_Types].xml', Buffer.from(CONTENT_TYPES)],
    ['_rels/.rels', Buffer.from(RELS)],
    ['word/document.xml', Buffer.from(xml)],
  ]);
}

/** A .docx of a few KB whose document.xml inflates to more than `megabytes` MB (a zip bomb). */
export function zipBomb(megabytes = 80): Uint8Array {
  return docxOf(['法治'.repeat(100), ' '.repeat(megabytes * 1024 * 1024)]);
}

/** A .docx whose one paragraph has `chars` characters (the 16-million-character paragraph). */
export function giantParagraphDocx(chars = 16_000_000): Uint8Array {
  return docxOf(['某县司法局2024年法治政府建设工作报告', 'a'.repeat(chars)]);
}

/**
 * Rewrites the declared uncompressed size of `part` in the zip's directory and local header, so the
 * directory lies about how large it inflates.
 */
export function lieAboutSize(zip: Uint8Array, part: string, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  const matches = (at: number) => name.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50 && matches(i + 46)) view.setUint32(i + 24, declared, true);
    if (sig === 0x04034b50 && matches(i + 30)) view.setUint32(i + 22, declared, true);
  }
  return out;
}

/** A report of about `pages` GB/T 9704 pages (616 characters each), from the seven examples' text. */
export function reportOfPages(pages: number): ReportDoc {
  const paragraphs = EXAMPLES.flatMap((e) => exampleToDraft(e).doc.content.slice(1) as BlockNode[]).filter((b) => b.type === 'paragraph' && b.content);
  const blocks: BlockNode[] = [];
  let chars = 0;
  let section = 0;
  while (chars < pages * 616) {
    blocks.push(heading(1, {}, `第${++section}部分工作情况`));
    for (const p of paragraphs) {
      blocks.push(p);
      chars += docTextStats({ content: [p] }).chars;
      if (chars >= pages * 616) break;
    }
  }
  return reportDoc(title('某县司法局2024年法治政府建设工作报告'), ...blocks, paragraph('结尾。'));
}
