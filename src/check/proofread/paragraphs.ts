/**
 * 校对 of a plain list of paragraphs (a .txt file, one paragraph a line, or the paragraphs of a
 * .docx): the first paragraph is the title when it reads like one, parts come from the corpus
 * outline rules, 单位名称 and 报告年度 from the title. Used by `npm run proofread`.
 */
import { outlineFromLines } from '../../text/headings.ts';
import { reportYearOf, unitFromTitle } from '../../import/docx.ts';
import type { Part } from '../../model/part.ts';
import { proofread } from './proofread.ts';
import type { ProofBlock, ProofItem } from './types.ts';

export interface NumberedParagraph {
  /** 1-based number of the paragraph in its file (a .txt line number). */
  readonly number: number;
  readonly text: string;
}

/** A first paragraph that reads like a report's title: short, no full stop, names a 报告/总结. */
const looksLikeTitle = (text: string) => text.replace(/\s+/g, '').length <= 60 && !/[。；]/.test(text) && /报告|总结/.test(text);

/** Items with `blockIndex` = the paragraph's number in the file. */
export function proofreadParagraphs(paragraphs: readonly NumberedParagraph[]): ProofItem[] {
  const kept = paragraphs.filter((p) => p.text.trim() !== '');
  const hasTitle = kept.length > 0 && looksLikeTitle(kept[0]!.text);
  const title = hasTitle ? kept[0]!.text : '';
  const body = hasTitle ? kept.slice(1) : kept;
  const outline = outlineFromLines(body.map((p) => p.text));
  const parts: Array<Part | 'title'> = outline.length === body.length ? outline.map((b) => b.part) : body.map(() => 'work');
  const blocks: ProofBlock[] = [
    ...(hasTitle ? [{ index: kept[0]!.number, text: title, part: 'title' as const }] : []),
    ...body.map((p, i) => ({ index: p.number, text: p.text, part: parts[i]! })),
  ];
  const unit = (hasTitle && unitFromTitle(title)) || '';
  const year =
    hasTitle || body.length
      ? reportYearOf(
          title,
          body.map((p) => p.text),
        )
      : null;
  return proofread(blocks, { unit, year });
}
