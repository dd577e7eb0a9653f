/** Small text helpers shared by the 年度接续 modules. */
import { resolveField, type ReportFields } from '../model/fields.ts';
import { inlineText, type BlockNode, type ReportDoc, type TitleNode } from '../model/schema.ts';

/** Plain text of a block, fields resolved with `fields` (empty when absent). */
export function blockText(node: TitleNode | BlockNode, fields?: ReportFields): string {
  return inlineText(node.content, fields ? (name) => resolveField(name, fields) : () => '');
}

/** Whitespace removed. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Sentences of `text`: split after 。！？；!?; (the mark stays with its sentence); blanks dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A short stable hash (FNV-1a, base 36) for ids made from text. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The year a report is about: `fields.year`, else the title's first 20xx年, else the commonest one. */
export function reportYear(doc: ReportDoc, year: number | null | undefined): number | null {
  if (year) return year;
  const title = blockText(doc.content[0]);
  const fromTitle = /((?:19|20)\d{2})年/.exec(title);
  if (fromTitle) return Number(fromTitle[1]);
  const counts = new Map<number, number>();
  for (const b of doc.content) for (const m of blockText(b).matchAll(/(20\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : null;
}
