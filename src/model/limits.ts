/**
 * Size limits of every door into the app (issue 19: "limits before freezes"). Each is checked
 * before the work that would freeze the page — parsing, inflating, laying out — and each refusal
 * is a Chinese message with nothing changed.
 *
 * The numbers: a GB/T 9704 page holds 22 × 28 = 616 characters, so a 300-page report — far longer
 * than any real annual report, and it must pass everything — has about 185,000. The editor stays
 * comfortable to about 300,000 characters (a warning above that) and is refused beyond 600,000,
 * where every keystroke starts to take a noticeable time on an old PC (the browser hands the input
 * method the whole text at each keystroke). One paragraph longer than 50,000 characters (80 pages
 * without a break) is no real paragraph and makes each keystroke in it slow.
 * Pure: runs in Node and the browser.
 */

/** Characters of text in one draft, most (≈ 970 pages). */
export const MAX_DRAFT_CHARS = 600_000;
/** Above this a draft opens with a warning that editing may be slow (≈ 490 pages). */
export const WARN_DRAFT_CHARS = 300_000;
/** Characters in one paragraph, most. */
export const MAX_PARAGRAPH_CHARS = 50_000;
/** Characters of text in one paste, most (half a draft). */
export const MAX_PASTE_CHARS = 300_000;
/** HTML source of one paste, most: beyond it, even reading the markup takes too long. */
export const MAX_PASTE_HTML_CHARS = 40_000_000;
/** A .docx file, most (the images are what make a report's file large). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** One part of a .docx after inflating (document.xml of a 300-page report is ≈ 10–15 MB), most. */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;
/** All parts of a .docx after inflating, most. */
export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;
/** A backup file, most (drafts are text: a backup of fifty 300-page drafts is ≈ 50 MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** `12345` → `1.2万`, `800` → `800`: how a size is said in a message. */
export function wan(chars: number): string {
  return chars >= 10_000 ? `${Math.round(chars / 1000) / 10}万` : String(chars);
}

/** `20971520` → `20 MB`. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export interface TextStats {
  /** Characters of text (fields and line breaks count as one). */
  readonly chars: number;
  /** Characters of the longest block. */
  readonly longestBlock: number;
}

type RawNode = { readonly type?: unknown; readonly text?: unknown; readonly content?: unknown };

/**
 * The text size of a document JSON, trusted or not (a backup's, a stored one): walks any node
 * tree iteratively (no recursion, so a hostile nesting depth cannot overflow the stack).
 */
export function docTextStats(doc: unknown): TextStats {
  let chars = 0;
  let longestBlock = 0;
  const blocks = isNode(doc) && Array.isArray(doc.content) ? (doc.content as unknown[]) : [];
  for (const block of blocks) {
    let n = 0;
    const stack: unknown[] = [block];
    while (stack.length) {
      const node = stack.pop();
      if (!isNode(node)) continue;
      if (typeof node.text === 'string') n += node.text.length;
      else if (node.type === 'field' || node.type === 'hardBreak') n += 1;
      if (Array.isArray(node.content)) for (const child of node.content as unknown[]) stack.push(child);
    }
    chars += n;
    if (n > longestBlock) longestBlock = n;
  }
  return { chars, longestBlock };
}

function isNode(value: unknown): value is RawNode {
  return typeof value === 'object' && value !== null;
}

/** Why a document is too large to edit, in Chinese; null when it fits. */
export function oversizeReason(stats: TextStats): string | null {
  if (stats.chars > MAX_DRAFT_CHARS) return `内容过长（约${wan(stats.chars)}字，一份草稿最多${wan(MAX_DRAFT_CHARS)}字）`;
  if (stats.longestBlock > MAX_PARAGRAPH_CHARS) return `其中一段长达约${wan(stats.longestBlock)}字（一段最多${wan(MAX_PARAGRAPH_CHARS)}字）`;
  return null;
}

/**
 * Characters of text in pasted HTML, without parsing it: everything outside tags, comments,
 * `<style>`/`<script>`/`<head>` and whitespace, an entity counting as one. Linear in the HTML.
 */
export function htmlTextLength(html: string): number {
  const stripped = html.replace(/<!--[\s\S]*?-->|<(style|script|head|xml)\b[\s\S]*?<\/\1\s*>/gi, '');
  let n = 0;
  let inTag = false;
  for (let i = 0; i < stripped.length; i++) {
    const c = stripped.charCodeAt(i);
    if (inTag) {
      if (c === 62 /* > */) inTag = false;
      continue;
    }
    if (c === 60 /* < */) {
      inTag = true;
      continue;
    }
    if (c === 38 /* & */) {
      const end = stripped.indexOf(';', i);
      if (end > i && end - i <= 10) i = end;
      n++;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) continue;
    n++;
  }
  return n;
}

/** Characters of plain text, whitespace not counted (the way 字 are counted in a message). */
export function plainTextLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 12)) n++;
  }
  return n;
}
