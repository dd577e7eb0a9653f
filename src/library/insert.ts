/**
 * Insertion of a library item at the cursor (issue “Insert”, “Adapt on insert”): the item → the
 * ReportDoc blocks the editor inserts in one step. Numbering is not produced here — the editor
 * computes it from the levels, so a （三） that lands under another 一、 becomes the next （x）.
 *
 * Level rule ({@link targetLevelAt}): an inserted heading keeps its own level unless that would
 * skip a level below the heading that precedes the cursor; then it becomes that heading's child.
 * target = min(itemLevel, precedingLevel + 1), with no preceding heading counting as level 0:
 * - after a level-1 heading (or its body): a level-2/3/4 item becomes level 2, a level-1 item
 *   stays level 1 (a new section);
 * - after a level-2 heading: a level-2 item stays level 2 (the next （x）), a level-3 item stays 3,
 *   a level-4 item becomes 3;
 * - before any heading (in the intro): every heading becomes level 1.
 * The whole sub-section moves by the same delta (target − item level), clamped to 1–4.
 */
import type { ExampleBlock } from '../model/example.ts';
import type { Part } from '../model/part.ts';
import { heading, paragraph, type BlockNode, type HeadingLevel } from '../model/schema.ts';
import { headingLabel } from '../text/headings.ts';
import { shiftYears } from '../text/years.ts';
import { detectFlags, markText } from './flags.ts';
import { PATH_SEPARATOR, type LibraryItem } from './items.ts';

export interface InsertOptions {
  /** Level of the item's top heading where it lands (see {@link targetLevelAt}); ignored for paragraphs. Default: its own level. */
  readonly targetLevel?: HeadingLevel;
  /** Year the source text is about. Default: the source report's year. */
  readonly fromYear?: number;
  /** The draft's year (fields.year); null leaves years unchanged. */
  readonly toYear: number | null;
  /** The draft's unit (fields.unit), so its own name and fitting self-references stay unflagged. */
  readonly draftUnit?: string;
  /** Part for the inserted headings (the part where they land). Default: each block's source part. */
  readonly part?: Part | null;
}

/** Clamps a level to 1–4. */
export function clampLevel(level: number): HeadingLevel {
  return Math.min(4, Math.max(1, Math.round(level))) as HeadingLevel;
}

/**
 * The level an item's top heading takes when inserted after a heading of `precedingHeadingLevel`
 * (null: no heading before the cursor). Rule in the module comment.
 */
export function targetLevelAt(precedingHeadingLevel: HeadingLevel | null, itemLevel: HeadingLevel): HeadingLevel {
  return clampLevel(Math.min(itemLevel, (precedingHeadingLevel ?? 0) + 1));
}

/** `一、工作开展情况 › （二）强化学习宣传`: where a block stood, its own label included for a heading. */
export function sourceHeadingPath(block: ExampleBlock): string {
  const labels = block.type === 'heading' ? [...block.path, headingLabel(block)] : block.path;
  return labels.join(PATH_SEPARATOR);
}

/**
 * The blocks to insert for `item`: its block, and for a heading its whole sub-section, with
 * heading levels shifted so the top one lands at `targetLevel`, years shifted to `toYear`, what
 * the user must check flagged, and every text run marked with its source.
 */
export function itemToBlocks(item: LibraryItem, options: InsertOptions): BlockNode[] {
  const fromYear = options.fromYear ?? item.reportYear;
  const toYear = options.toYear ?? fromYear;
  const top = item.blocks[0];
  const delta = top?.type === 'heading' && options.targetLevel !== undefined ? options.targetLevel - (top.level ?? 1) : 0;
  const context = { sourceUnit: item.reportUnit, sourcePlaces: item.reportPlaces, sourceNames: item.reportNames, draftUnit: options.draftUnit ?? '' };

  return item.blocks.map((block): BlockNode => {
    const text = shiftYears(block.text, fromYear, toYear);
    const content = markText(text, detectFlags(text, context), { report: item.reportTitle, heading: sourceHeadingPath(block) });
    if (block.type !== 'heading') return paragraph(...content);
    const part = options.part !== undefined ? options.part : block.part;
    return heading(clampLevel((block.level ?? 1) + delta), { runIn: block.runIn ?? false, part }, ...content);
  });
}
