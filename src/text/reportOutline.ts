/**
 * The outline of a report document: for every top-level block its part, heading level and
 * computed number. One function serves the editor's outline panel, the completeness check and
 * the library's "follow the cursor" — the part rules are those that tag the example corpus.
 */
import { tagParts, type PartInput } from './parts.ts';
import { computeNumbering } from '../model/numbering.ts';
import type { Part } from '../model/part.ts';
import { inlineText, type HeadingLevel, type ReportDoc } from '../model/schema.ts';

export interface OutlineEntry {
  /** Position in `doc.content` (0 is the title). */
  readonly index: number;
  readonly type: 'reportTitle' | 'heading' | 'paragraph' | 'signoff' | 'table';
  readonly part: Part | 'title';
  readonly level: HeadingLevel | null;
  /** Computed number (一、/（一）/1./（1）), '' for non-headings. */
  readonly label: string;
  /** Plain text, fields resolved to ''. */
  readonly text: string;
}

/** A block as the part tagger sees it. */
export interface OutlineSource {
  readonly type: 'heading' | 'paragraph' | 'signoff';
  readonly level?: HeadingLevel;
  readonly text: string;
}

/** Parts of a sequence of blocks (the title excluded), by the corpus rules. */
export function partsOf(blocks: readonly OutlineSource[]): Part[] {
  const inputs: PartInput[] = blocks.map((b) =>
    b.type === 'heading' ? { type: 'heading', level: b.level ?? 1, text: b.text } : { type: b.type, text: b.text },
  );
  return tagParts(inputs).map((b) => b.part);
}

export function docOutline(doc: ReportDoc): OutlineEntry[] {
  const [titleNode, ...blocks] = doc.content;
  const sources: OutlineSource[] = blocks.map((b) =>
    b.type === 'heading'
      ? { type: 'heading', level: b.attrs.level, text: inlineText(b.content) }
      : { type: b.type === 'table' ? 'paragraph' : b.type, text: inlineText(b.content) },
  );
  const parts = partsOf(sources);
  const labels = computeNumbering(blocks.flatMap((b) => (b.type === 'heading' ? [b.attrs.level] : [])));
  let h = 0;
  const entries: OutlineEntry[] = [{ index: 0, type: 'reportTitle', part: 'title', level: null, label: '', text: inlineText(titleNode.content) }];
  blocks.forEach((b, i) => {
    const isHeading = b.type === 'heading';
    entries.push({
      index: i + 1,
      type: b.type,
      part: parts[i]!,
      level: isHeading ? b.attrs.level : null,
      label: isHeading ? labels[h++]! : '',
      text: sources[i]!.text,
    });
  });
  return entries;
}
