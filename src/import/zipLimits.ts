/**
 * Size checks of a .docx (a zip) before anything inflates it (issue 19: a 50 KB file that inflates
 * to a 16-million-character paragraph froze the editor, on every later visit too).
 *
 * - `readZipDirectory` reads the central directory — names and declared sizes — from the end of
 *   the file without inflating anything;
 * - `checkZipDirectory` refuses a part declared larger than MAX_DOCX_PART_BYTES, or parts together
 *   larger than MAX_DOCX_INFLATED_BYTES, and ZIP64 (no report needs it);
 * - `inflatePart` inflates one part as a stream and stops as soon as it passes its declared size or
 *   the limit: a directory that lies about a size does not get past it;
 * - `docxTextStats` measures the text of document.xml (its `<w:t>` runs, paragraph by paragraph)
 *   before the document is parsed, and stops counting once over the draft's limit.
 * Pure apart from DecompressionStream (Chromium ≥ 103, Node ≥ 20).
 */
import { MAX_DOCX_INFLATED_BYTES, MAX_DOCX_PART_BYTES, MAX_DRAFT_CHARS, MAX_PARAGRAPH_CHARS, type TextStats } from '../model/limits.ts';

export interface ZipEntryInfo {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
  constructor(
    readonly kind: 'malformed' | 'partTooLarge' | 'totalTooLarge' | 'zip64',
    readonly part = '',
    readonly bytes = 0,
  ) {
    super(kind);
  }
}

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** The central directory's entries. Throws ZipLimitError('malformed' | 'zip64'). */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError('malformed');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipLimitError('zip64');
  if (cdOffset + cdSize > bytes.length) throw new ZipLimitError('malformed');
  const decoder = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CD_SIG) throw new ZipLimitError('malformed');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) throw new ZipLimitError('zip64');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws ZipLimitError when a declared size is over the limits. */
export function checkZipDirectory(entries: readonly ZipEntryInfo[], partLimit = MAX_DOCX_PART_BYTES, totalLimit = MAX_DOCX_INFLATED_BYTES): void {
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize > partLimit) throw new ZipLimitError('partTooLarge', e.name, e.uncompressedSize);
    total += e.uncompressedSize;
  }
  if (total > totalLimit) throw new ZipLimitError('totalTooLarge', '', total);
}

/**
 * Inflates one part, at most `min(declared size, limit)` bytes: past that it stops and throws
 * ZipLimitError('partTooLarge'). Corrupt data throws ZipLimitError('malformed').
 */
export async function inflatePart(bytes: Uint8Array, entry: ZipEntryInfo, limit = MAX_DOCX_PART_BYTES): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIG) throw new ZipLimitError('malformed', entry.name);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const cap = Math.min(entry.uncompressedSize, limit);
  if (entry.method === 0) {
    if (data.length > cap) throw new ZipLimitError('partTooLarge', entry.name, data.length);
    return data;
  }
  if (entry.method !== 8) throw new ZipLimitError('malformed', entry.name);
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // The output is pulled chunk by chunk below; cancelling it ends the inflating.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel().catch(() => {});
        throw new ZipLimitError('partTooLarge', entry.name, total);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ZipLimitError) throw e;
    throw new ZipLimitError('malformed', entry.name);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/**
 * Characters in the `<w:t>` runs of a WordprocessingML part, in all and in the longest paragraph.
 * Stops once past `stopAt` (the count is then a lower bound).
 */
export function docxTextStats(xml: string, stopAt = Math.max(MAX_DRAFT_CHARS, MAX_PARAGRAPH_CHARS) + 1): TextStats {
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g;
  let chars = 0;
  let paragraph = 0;
  let longestBlock = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === undefined) {
      paragraph = 0;
      continue;
    }
    const n = m[1].length;
    chars += n;
    paragraph += n;
    if (paragraph > longestBlock) longestBlock = paragraph;
    if (chars > stopAt || longestBlock > stopAt) break;
  }
  return { chars, longestBlock };
}

/** The main document part's name from [Content_Types].xml (`word/document.xml` in every real file). */
export function mainPartName(contentTypes: string): string {
  const m = /PartName="\/([^"]+)"[^>]*ContentType="[^"]*(?:wordprocessingml\.(?:document|template)\.main|ms-word\.(?:document|template)\.macroEnabled)/.exec(
    contentTypes,
  );
  return m ? m[1]! : 'word/document.xml';
}
