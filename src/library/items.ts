/**
 * The example library's items (issue “Lists every block of the seven example reports”): one item
 * per block of every example report and every report the user imported, with what the panel
 * shows (text, heading path, source title), what it filters on (part, report, topics) and what
 * insertion needs (the block and, for a heading, its whole sub-section).
 *
 * Sign-off blocks (落款 unit and date) are not items: they belong to no part and are never worth
 * inserting from another report. Intro blocks are items of part `intro`.
 */
import type { ExampleBlock, ExampleBlockType, ExampleReport } from '../model/example.ts';
import type { Part } from '../model/part.ts';
import type { HeadingLevel } from '../model/schema.ts';
import { placeNames } from './flags.ts';
import { localNames } from './names.ts';
import { blockTopics, type Topic } from './topics.ts';

/** Separator of heading paths, in the panel and in `source` marks. */
export const PATH_SEPARATOR = ' › ';

export interface LibraryItem {
  /** The block's id (`${reportId}-${index}`). */
  readonly id: string;
  readonly reportId: string;
  readonly reportTitle: string;
  /** Issuing unit of the source report; null when it names none. */
  readonly reportUnit: string | null;
  /** The year the source report is about (shiftYears' `fromYear`). */
  readonly reportYear: number;
  /** Place names of the source report (大方, 伊春) for the flags of inserted text. */
  readonly reportPlaces: readonly string[];
  /** People's and villages' names of the source report (刘振辉, 新一村) for the flags of inserted text. */
  readonly reportNames: readonly string[];
  /** Ids of the blocks an insert copies: the block, plus its sub-section for a heading. */
  readonly blockIds: readonly string[];
  /** The blocks an insert copies, in order (`blocks[0]` is this item's block). */
  readonly blocks: readonly ExampleBlock[];
  readonly type: ExampleBlockType;
  /** Heading level (headings only). */
  readonly level: HeadingLevel | null;
  readonly runIn: boolean;
  readonly part: Part;
  /** Block text without numbering. */
  readonly text: string;
  /** Literal numbering as written in the source (`（三）`), '' when none. */
  readonly numbering: string;
  /** Labels of the enclosing headings, outermost first. */
  readonly path: readonly string[];
  /** `县司法局 › 一、法治建设工作完成情况 › （二）严格执法…`: source unit (or title) and path. */
  readonly pathText: string;
  readonly topics: readonly Topic[];
  /** True for blocks of a report the user imported (“我的范文”). */
  readonly mine: boolean;
}

/**
 * The blocks of a heading's sub-section: the heading and every following block up to the next
 * heading of the same or a higher level (or a sign-off). A non-heading block is alone.
 */
export function subsection(blocks: readonly ExampleBlock[], index: number): ExampleBlock[] {
  const head = blocks[index];
  if (!head) return [];
  if (head.type !== 'heading') return [head];
  const level = head.level ?? 1;
  let end = index + 1;
  while (end < blocks.length) {
    const b = blocks[end]!;
    if (b.type === 'signoff' || (b.type === 'heading' && (b.level ?? 1) <= level)) break;
    end++;
  }
  return blocks.slice(index, end);
}

function reportItems(report: ExampleReport, mine: boolean): LibraryItem[] {
  const texts = [report.title, ...report.blocks.map((b) => b.text)];
  const places = placeNames(texts);
  const names = localNames(texts);
  const root = report.unit ?? report.title;
  return report.blocks.flatMap((block, index): LibraryItem[] => {
    if (block.type === 'signoff') return [];
    const blocks = subsection(report.blocks, index);
    return [
      {
        id: block.id,
        reportId: report.id,
        reportTitle: report.title,
        reportUnit: report.unit,
        reportYear: report.year,
        reportPlaces: places,
        reportNames: names,
        blockIds: blocks.map((b) => b.id),
        blocks,
        type: block.type,
        level: block.type === 'heading' ? (block.level ?? 1) : null,
        runIn: block.runIn ?? false,
        part: block.part,
        text: block.text,
        numbering: block.numbering ?? '',
        path: block.path,
        pathText: [root, ...block.path].join(PATH_SEPARATOR),
        topics: blockTopics(block.text, block.path, block.type === 'heading' && (block.level ?? 1) >= 2 ? blocks.slice(1).map((b) => b.text) : []),
        mine,
      },
    ];
  });
}

/**
 * Every item of the library: the example reports first (in their order), then the user's
 * imported reports (`mine: true`), each report's blocks in document order.
 */
export function buildLibrary(examples: readonly ExampleReport[], imported: readonly ExampleReport[] = []): LibraryItem[] {
  return [...examples.flatMap((r) => reportItems(r, false)), ...imported.flatMap((r) => reportItems(r, true))];
}
