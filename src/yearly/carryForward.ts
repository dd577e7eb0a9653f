/**
 * 从去年的报告开始: last year's report → this year's starting draft (issue 20).
 *
 * - 报告年度 = last year's + 1; 单位名称 and 上级机关 kept; 落款日期 cleared (a literal date in the
 *   sign-off becomes the 落款日期 field again).
 * - Years that mean "the report year" and "next year" move forward by one with the library's rule
 *   (src/text/years.ts: only last year's year and the one after it move; earlier years are
 *   history, later ones fixed targets; ranges reaching outside stay whole; nothing inside 《…》 or
 *   〔…〕 moves): 2025年 → 2026年, 2026年工作打算 → 2027年工作打算, 《…（2021—2025年）》 stays.
 * - Every figure with a counting unit (件, 次, 人次, 家, 万元, % … — the library's FIGURE_PATTERN) in
 *   the body (headings and paragraphs; not the title or the sign-off) gets a `stale` flag mark:
 *   "去年数字，请更新" — gone when edited, listed in 检查, never exported.
 * - The 下一年度工作打算 part keeps its heading and starts empty with its guidance; last year's plans
 *   are read from the comparison source instead (plans.ts).
 */
import type { ReportFields } from '../model/fields.ts';
import { docOutline } from '../text/reportOutline.ts';
import {
  field,
  heading,
  hintParagraph,
  type BlockNode,
  type InlineNode,
  type ParagraphNode,
  type ReportDoc,
  type TableNode,
  type ReportMark,
  type TextNode,
} from '../model/schema.ts';
import { shiftYears } from '../text/years.ts';
import { FIGURE_PATTERN } from '../library/flags.ts';
import { reportYear } from './text.ts';

/** The template's guidance for the plans part (templates/report-templates.json). */
export const PLANS_HINT = '写下一年度推进法治政府建设的主要安排，建议分（一）（二）（三）…条列出，每条一句概括加具体措施。去年的打算见右侧“去年打算”。';

/** Spans of figures with a counting unit in `text` (UTF-16 offsets, `to` exclusive). */
export function findFigures(text: string): Array<{ from: number; to: number }> {
  const re = new RegExp(FIGURE_PATTERN.source, 'g');
  const out: Array<{ from: number; to: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ from: m.index, to: m.index + m[0].length });
  return out;
}

const STALE: ReportMark = { type: 'flag', attrs: { kind: 'stale' } };

/** A text node split so that each figure carries the `stale` flag (other marks kept). */
export function markFigures(node: TextNode): TextNode[] {
  if (node.marks?.some((m) => m.type === 'flag')) return [node];
  const spans = findFigures(node.text);
  if (!spans.length) return [node];
  const out: TextNode[] = [];
  const piece = (from: number, to: number, flagged: boolean): TextNode => {
    const marks = [...(node.marks ?? []), ...(flagged ? [STALE] : [])];
    return marks.length ? { type: 'text', text: node.text.slice(from, to), marks } : { type: 'text', text: node.text.slice(from, to) };
  };
  let at = 0;
  for (const s of spans) {
    if (s.from > at) out.push(piece(at, s.from, false));
    out.push(piece(s.from, s.to, true));
    at = s.to;
  }
  if (at < node.text.length) out.push(piece(at, node.text.length, false));
  return out;
}

function shiftInline(content: readonly InlineNode[] | undefined, from: number, to: number, mark: boolean): InlineNode[] | undefined {
  if (!content) return undefined;
  const out: InlineNode[] = [];
  for (const n of content) {
    if (n.type !== 'text') {
      out.push(n);
      continue;
    }
    const moved: TextNode = { ...n, text: shiftYears(n.text, from, to) };
    if (mark) out.push(...markFigures(moved));
    else out.push(moved);
  }
  return out;
}

function withInline<T extends { content?: InlineNode[] }>(node: T, content: InlineNode[] | undefined): T {
  const { content: _old, ...rest } = node;
  void _old;
  return (content?.length ? { ...rest, content } : rest) as T;
}

export interface CarriedDraft {
  readonly doc: ReportDoc;
  readonly fields: ReportFields;
  /** Last year's report year (null when unknown: then no year moved). */
  readonly fromYear: number | null;
}

/** This year's starting draft from last year's document and fields (rules in the module comment). */
export function carryForward(doc: ReportDoc, fields: ReportFields): CarriedDraft {
  const fromYear = reportYear(doc, fields.year);
  const toYear = fromYear === null ? null : fromYear + 1;
  const outline = docOutline(doc);
  const [titleNode, ...rest] = doc.content;
  const blocks: BlockNode[] = [];
  let plansHeadingSeen = false;
  rest.forEach((block, i) => {
    const entry = outline[i + 1]!;
    if (entry.part === 'plans') {
      // The part's first heading stays (its years moved), then the guidance; the rest goes.
      if (!plansHeadingSeen && block.type === 'heading') {
        plansHeadingSeen = true;
        const moved = withInline(block, shiftInline(block.content, fromYear ?? 0, toYear ?? 0, false));
        blocks.push(moved.attrs.runIn ? withInline({ ...moved, attrs: { ...moved.attrs, runIn: false } }, leadOnly(moved.content)) : moved);
        blocks.push(hintParagraph(PLANS_HINT));
      }
      return;
    }
    if (block.type === 'signoff') {
      if (block.attrs.role === 'date') blocks.push({ type: 'signoff', attrs: { role: 'date' }, content: [field('date')] });
      else blocks.push(block);
      return;
    }
    if (block.type === 'table') {
      blocks.push(mapTableParagraphs(block, (p) => withInline(p, shiftInline(p.content, fromYear ?? 0, toYear ?? 0, true))));
      return;
    }
    blocks.push(withInline(block, shiftInline(block.content, fromYear ?? 0, toYear ?? 0, true)));
  });
  if (!plansHeadingSeen) {
    // Last year's report had no plans part: give this year's one its place before the sign-off.
    let at = blocks.length;
    while (at > 0 && blocks[at - 1]!.type === 'signoff') at--;
    blocks.splice(at, 0, heading(1, { part: 'plans' }, field('nextYear'), '年度推进法治政府建设的主要安排'), hintParagraph(PLANS_HINT));
  }
  const title = withInline(titleNode, shiftInline(titleNode.content, fromYear ?? 0, toYear ?? 0, false));
  return {
    doc: { type: 'doc', content: [title, ...blocks] },
    fields: { unit: fields.unit, superior: fields.superior, year: toYear ?? fields.year, date: '' },
    fromYear,
  };
}

/** A table with each cell paragraph passed through `fn`. */
export function mapTableParagraphs(node: TableNode, fn: (p: ParagraphNode) => ParagraphNode): TableNode {
  return { ...node, content: node.content.map((row) => ({ ...row, content: row.content.map((cell) => ({ ...cell, content: cell.content.map(fn) })) })) };
}

/** A run-in heading's content cut to its lead sentence (the plans' text is not carried over). */
function leadOnly(content: InlineNode[] | undefined): InlineNode[] | undefined {
  if (!content) return content;
  const out: InlineNode[] = [];
  for (const n of content) {
    if (n.type !== 'text') {
      out.push(n);
      continue;
    }
    const i = n.text.indexOf('。');
    if (i < 0) {
      out.push(n);
      continue;
    }
    out.push({ ...n, text: n.text.slice(0, i + 1) });
    break;
  }
  return out;
}
