/**
 * Import of Word documents (issue “导入范文” and the lead's “导入Word”): .docx bytes → paragraphs
 * with their Word heading level → an {@link ExampleReport} for the user's own library. Runs in
 * the browser and in Node: mammoth reads `{ arrayBuffer }` in its browser build and `{ buffer }`
 * in Node, so both are passed.
 *
 * Validation happens at the door, before mammoth sees the bytes: size (0 bytes, over 20 MB),
 * magic bytes (an OLE/CFB container is an old .doc or an encrypted .docx; anything not a zip is
 * not a .docx), the zip itself, and its content type. Every failure is an {@link ImportError}
 * naming the file and the reason in Chinese.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { ExampleBlock, ExampleReport } from '../model/example.ts';
import { computeNumbering, parseNumberPrefix } from '../model/numbering.ts';
import type { HeadingLevel } from '../model/schema.ts';
import { headingLabel, outlineFromLines } from '../text/headings.ts';
import { levelOfUnit } from '../text/unitNames.ts';
import { readBody, type MammothElement } from './elements.ts';
import { ImportError, MAX_IMPORT_BYTES } from './errors.ts';
import { prepareDocx } from './wordml.ts';
import { MAX_DRAFT_CHARS, MAX_PARAGRAPH_CHARS, megabytes, wan } from '../model/limits.ts';
import { checkZipDirectory, docxTextStats, inflatePart, mainPartName, readZipDirectory, ZipLimitError, type ZipEntryInfo } from './zipLimits.ts';

/** A paragraph of a Word document: its text and, when its style says so, its level. */
export interface DocxParagraph {
  /** Text of the paragraph; a manual line break is `\n`. Never empty or only whitespace. */
  readonly text: string;
  /** 0 for the Title style, 1–4 for Heading 1–4 (标题 1–4 in WPS); absent for other styles. */
  readonly styleLevel?: 0 | HeadingLevel;
  /** A table: its rows of cell texts (`text` then holds them joined). */
  readonly table?: string[][];
}

export interface DocxContent {
  readonly paragraphs: readonly DocxParagraph[];
  /** What the reader changed or left out, for the user (Chinese): tracked changes, comments, images, footnotes. */
  readonly notes: readonly string[];
}

const ZIP_MAGIC = [0x50, 0x4b] as const;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Does `bytes` hold `name` as UTF-16LE, as a CFB directory entry names its streams? */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i <= bytes.length - pattern.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

function toUint8Array(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/**
 * Checks size and magic bytes and opens the zip; throws {@link ImportError} for every bad file.
 * A CFB container holding an `EncryptedPackage` stream is an encrypted .docx, one holding
 * `WordDocument` an old .doc.
 */
export async function assertDocx(input: ArrayBuffer | Uint8Array, fileName: string): Promise<void> {
  const bytes = toUint8Array(input);
  if (bytes.length === 0) throw new ImportError(fileName, 'empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(fileName, 'tooLarge');
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasUtf16Name(bytes, 'EncryptedPackage')) throw new ImportError(fileName, 'encrypted');
    if (hasUtf16Name(bytes, 'WordDocument')) throw new ImportError(fileName, 'legacyDoc');
    throw new ImportError(fileName, 'notDocx');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new ImportError(fileName, 'notDocx');
  // Declared sizes first, from the zip's directory: nothing is inflated yet.
  const entries = zipEntries(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new ImportError(fileName, 'corrupt', { cause });
  }
  const contentTypes = zip.file('[Content_Types].xml');
  let types = '';
  try {
    types = contentTypes ? await contentTypes.async('string') : '';
  } catch (cause) {
    throw new ImportError(fileName, 'corrupt', { cause });
  }
  // .docx/.docm/.dotx main parts; .xlsx, .pptx, .odt and plain zips have none.
  if (!/wordprocessingml\.(?:document|template)\.main|ms-word\.(?:document|template)\.macroEnabled/.test(types)) {
    throw new ImportError(fileName, 'notDocx');
  }
  await assertDocxText(bytes, entries, mainPartName(types), fileName);
}

/** The zip's directory, its declared sizes within the limits; throws ImportError. */
function zipEntries(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  try {
    const entries = readZipDirectory(bytes);
    checkZipDirectory(entries);
    return entries;
  } catch (e) {
    throw zipImportError(e, fileName);
  }
}

function zipImportError(e: unknown, fileName: string): ImportError {
  if (e instanceof ZipLimitError && (e.kind === 'partTooLarge' || e.kind === 'totalTooLarge' || e.kind === 'zip64')) {
    const detail = e.bytes ? `文件解压后超过${megabytes(e.bytes)}。` : '';
    return new ImportError(fileName, 'inflatedTooLarge', { cause: e, detail });
  }
  return new ImportError(fileName, 'corrupt', { cause: e });
}

/**
 * Inflates the main document part (stopping at its limit) and measures its text before anything
 * parses it; throws ImportError when the text is too long for the editor (src/model/limits.ts).
 */
async function assertDocxText(bytes: Uint8Array, entries: readonly ZipEntryInfo[], partName: string, fileName: string): Promise<void> {
  const entry = entries.find((e) => e.name === partName);
  if (!entry) throw new ImportError(fileName, 'corrupt');
  let xml: string;
  try {
    xml = new TextDecoder().decode(await inflatePart(bytes, entry));
  } catch (e) {
    throw zipImportError(e, fileName);
  }
  const stats = docxTextStats(xml);
  if (stats.chars > MAX_DRAFT_CHARS) throw new ImportError(fileName, 'textTooLong', { detail: `文件中的文字超过${wan(stats.chars)}字。` });
  if (stats.longestBlock > MAX_PARAGRAPH_CHARS)
    throw new ImportError(fileName, 'textTooLong', { detail: `文件中有一段文字超过${wan(stats.longestBlock)}字。` });
}

/** `heading 2` / `标题 2` → 2, `Title` / `标题` → 0; undefined for any other style. */
export function styleLevelOf(styleName: string | null | undefined): DocxParagraph['styleLevel'] {
  const name = (styleName ?? '').trim().toLowerCase();
  if (name === 'title' || name === '标题') return 0;
  const m = /^(?:heading|标题)\s*([1-4])$/.exec(name);
  return m ? (Number(m[1]) as HeadingLevel) : undefined;
}

/**
 * The non-empty paragraphs of a .docx in document order (tables included, headers, footers and
 * notes not), with Word's Title/Heading 1–4 styles as `styleLevel`. Throws {@link ImportError}.
 */
export async function docxToParagraphs(input: ArrayBuffer | Uint8Array, fileName = '文档.docx'): Promise<DocxContent> {
  await assertDocx(input, fileName);
  let bytes = toUint8Array(input);
  const notes: string[] = [];
  try {
    // Automatic numbering written into the text; tracked changes and comments noted (wordml.ts).
    const prepared = await prepareDocx(bytes);
    bytes = prepared.bytes;
    notes.push(...prepared.notes);
  } catch (cause) {
    throw new ImportError(fileName, 'corrupt', { cause });
  }
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer` (JSZip accepts a Uint8Array), the browser build `arrayBuffer`.
  const source = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  const paragraphs: DocxParagraph[] = [];
  try {
    await mammoth.convertToHtml(source, {
      transformDocument: (document: MammothElement) => {
        const body = readBody(document);
        for (const p of body.paragraphs) {
          const styleLevel = p.table ? undefined : styleLevelOf(p.styleName);
          paragraphs.push({ text: p.text, ...(styleLevel === undefined ? {} : { styleLevel }), ...(p.table ? { table: p.table } : {}) });
        }
        if (body.footnotes) notes.push(`${body.footnotes} 条脚注（尾注）已作为括号中的文字“（注：…）”保留在所注的位置。`);
        if (body.images) notes.push(`文件中有 ${body.images} 张图片，图片未导入。`);
        return document;
      },
    });
  } catch (cause) {
    throw new ImportError(fileName, 'corrupt', { cause });
  }
  if (!paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p.text))) throw new ImportError(fileName, 'noText');
  return { paragraphs, notes };
}

/**
 * A paragraph read as the title: the Title style, or a first paragraph (plain or Heading 1, as
 * many set their titles) that is short, unnumbered, without a full stop, and names a 报告/总结.
 */
function isTitleParagraph(p: DocxParagraph, index: number): boolean {
  if (p.styleLevel === 0) return true;
  if (index !== 0 || (p.styleLevel !== undefined && p.styleLevel !== 1)) return false;
  const text = p.text.replace(/\s+/g, '');
  return text.length <= 60 && !/[。；]/.test(text) && parseNumberPrefix(text) === null && /报告|总结/.test(text);
}

/**
 * The unit named at the start of a title: `县统计局2023年法治政府建设工作报告` → 县统计局,
 * `XX镇人民政府关于2023年度…的报告` → XX镇人民政府; null when the title starts with the year.
 */
export function unitFromTitle(title: string): string | null {
  const m = /^(?:中共)?([^\s\d，。、；：“”《》（）()]{2,30}?)(?:关于)?(?:19|20)\d{2}年/.exec(title.replace(/\s+/g, ''));
  return m ? m[1]! : null;
}

/** The report's level from its unit: 县/区 → 县, 市/州/省 → 市, 镇/乡 → 镇; 县 when unknown. */
export function reportLevelOf(unit: string | null): ExampleReport['level'] {
  const level = unit ? levelOfUnit(unit) : null;
  if (level === '市' || level === '州' || level === '省') return '市';
  if (level === '镇' || level === '乡') return '镇';
  return '县';
}

/** The year a report is about: the title's, else the commonest 20xx年 of its text, else last year. */
export function reportYearOf(title: string, texts: readonly string[]): number {
  const fromTitle = /((?:19|20)\d{2})年/.exec(title);
  if (fromTitle) return Number(fromTitle[1]);
  const counts = new Map<number, number>();
  for (const t of texts) for (const m of t.matchAll(/(20\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : new Date().getFullYear() - 1;
}

/** A short stable hash of the file's bytes (cyrb53), so one file imported twice gets one id. */
export function contentHash(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const b of bytes) {
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The outline of the body paragraphs by the corpus rules ({@link outlineFromLines}). A Heading 1–4
 * paragraph without a literal number gets a synthetic one for its level, so the outline sees a
 * heading; afterwards the synthetic numbers are dropped and the paths rebuilt from the literal
 * labels. A literal number always wins over the style.
 */
function outlineBlocks(paragraphs: readonly DocxParagraph[]): Array<Omit<ExampleBlock, 'id'>> {
  const blocks = outlineTextBlocks(paragraphs);
  // One block per paragraph (none is blank): a table keeps its place as a paragraph with its rows.
  return blocks.map((b, i) => {
    const table = paragraphs[i]?.table;
    return table ? { type: 'paragraph', text: paragraphs[i]!.text, part: b.part, path: b.path, table } : b;
  });
}

/** A table stands in the outline as this line: never a heading, never a sign-off. */
const TABLE_LINE = '表格内容见下。';

function outlineTextBlocks(paragraphs: readonly DocxParagraph[]): Array<Omit<ExampleBlock, 'id'>> {
  const lines = paragraphs.map((p) => (p.table ? TABLE_LINE : p.text.replace(/\n/g, '')));
  const styled = paragraphs.map((p, i) => (p.styleLevel && parseNumberPrefix(lines[i]!) === null ? p.styleLevel : null));
  if (styled.every((l) => l === null)) return outlineFromLines(lines);

  const labels = computeNumbering(styled.filter((l): l is HeadingLevel => l !== null));
  let k = 0;
  const outline = outlineFromLines(lines.map((line, i) => (styled[i] ? labels[k++]! + line : line)));
  const stack: Array<{ level: HeadingLevel; label: string }> = [];
  return outline.map((block, i) => {
    if (block.type === 'intro' || block.type === 'signoff') return block;
    const path = stack.map((s) => s.label);
    if (block.type !== 'heading') return { ...block, path };
    const numbering = styled[i] ? '' : (block.numbering ?? '');
    const level = block.level ?? 1;
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const heading = { ...block, numbering, path: stack.map((s) => s.label) };
    stack.push({ level, label: headingLabel(heading) });
    return heading;
  });
}

/**
 * A user's .docx as an example report for the library (`mine`): title (Title style or a title-like
 * first line; else the file name), outline and parts by the corpus rules (src/text/headings.ts,
 * parts.ts), unit and year from the title, level from the unit. `index` is 0 (not one of the
 * seven). Throws {@link ImportError}.
 */
export async function importDocxReport(input: ArrayBuffer | Uint8Array, fileName: string): Promise<ExampleReport> {
  const content = await docxToParagraphs(input, fileName);
  const { paragraphs } = content;
  const titleStart = paragraphs.findIndex((p, i) => i < 3 && isTitleParagraph(p, i));
  let titleEnd = titleStart + 1;
  // A long title set in two Title-style lines.
  while (titleStart >= 0 && paragraphs[titleEnd]?.styleLevel === 0) titleEnd++;
  const title =
    titleStart >= 0
      ? paragraphs
          .slice(titleStart, titleEnd)
          .map((p) => p.text.replace(/\s+/g, ''))
          .join('')
      : fileName.replace(/\.[^.]+$/, '');
  const body = titleStart >= 0 ? paragraphs.slice(titleEnd) : paragraphs;
  if (!body.some((p) => /[\p{L}\p{N}]/u.test(p.text))) throw new ImportError(fileName, 'noText');

  const id = `mine-${contentHash(toUint8Array(input))}`;
  const blocks = outlineBlocks(body).map((b, n): ExampleBlock => ({ ...b, id: `${id}-${n}` }));

  const unit = unitFromTitle(title);
  return {
    notes: content.notes,
    id,
    index: 0,
    title,
    unit,
    unitNote: unit ? '单位名称取自标题' : '标题未署单位名称',
    level: reportLevelOf(unit),
    year: reportYearOf(
      title,
      body.map((p) => p.text),
    ),
    blocks,
  };
}
