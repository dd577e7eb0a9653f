/**
 * A 去年报告 as stored with a draft: last year's document with its fields resolved to plain text
 * and the editing marks (flag, source) dropped, so it reads the same whatever happens to the draft
 * or file it came from.
 */
import { resolveField, type ReportFields } from '../model/fields.ts';
import type { PreviousReport } from '../model/previous.ts';
import type { BlockNode, InlineNode, ReportDoc, TableNode, TitleNode } from '../model/schema.ts';
import { carryForward, mapTableParagraphs } from './carryForward.ts';
import { reportYear } from './text.ts';

function plainInline(content: readonly InlineNode[] | undefined, fields: ReportFields): InlineNode[] | undefined {
  if (!content) return undefined;
  const out: InlineNode[] = [];
  for (const n of content) {
    if (n.type === 'hardBreak') out.push(n);
    else {
      const text = n.type === 'field' ? resolveField(n.attrs.name, fields) : n.text;
      const marks = n.type === 'text' ? n.marks?.filter((m) => m.type === 'bold') : undefined;
      if (text) out.push(marks?.length ? { type: 'text', text, marks } : { type: 'text', text });
    }
  }
  return out.length ? out : undefined;
}

function plainNode<T extends TitleNode | BlockNode>(node: T, fields: ReportFields): T {
  if (node.type === 'table') return mapTableParagraphs(node, (p) => plainNode(p, fields)) as T;
  const { content, ...rest } = node as Exclude<T, TableNode>;
  const plain = plainInline(content, fields);
  return (plain ? { ...rest, content: plain } : rest) as unknown as T;
}

/** Last year's report as a comparison source. */
export function snapshotPrevious(doc: ReportDoc, fields: ReportFields, name: string, source: PreviousReport['source']): PreviousReport {
  const [title, ...blocks] = doc.content;
  return {
    name,
    year: reportYear(doc, fields.year),
    source,
    doc: { type: 'doc', content: [plainNode(title, fields), ...blocks.map((b) => plainNode(b, fields))] },
    links: {},
  };
}

/** 从去年的报告开始: this year's new draft (carried forward) with last year's report as its comparison source. */
export function startFromLastYear(
  last: { doc: ReportDoc; fields: ReportFields; name: string },
  source: PreviousReport['source'],
): { doc: ReportDoc; fields: ReportFields; previous: PreviousReport } {
  const previous = snapshotPrevious(last.doc, last.fields, last.name, source);
  const next = carryForward(last.doc, last.fields);
  return { doc: next.doc, fields: next.fields, previous };
}
