/** What every node serializer may need to know about the whole document. */
import { fieldText, type ReportFields } from '../../model/fields.ts';
import { computeNumbering } from '../../model/numbering.ts';
import { inlineText, type HeadingNode, type ReportDoc, type SignoffNode } from '../../model/schema.ts';
import { signoffIndents, type SignoffIndents } from './signoff.ts';

export interface ExportContext {
  readonly fields: ReportFields;
  /** The literal number (一、 （一） 1. （1）) of each heading, from heading levels in document order. */
  readonly numbering: ReadonlyMap<HeadingNode, string>;
  /** Right indents of the sign-off lines, twips. */
  readonly signoffIndents: SignoffIndents;
  /** Sign-off lines that open a sign-off block: one blank line goes above them. */
  readonly signoffStarts: ReadonlySet<SignoffNode>;
}

export function createContext(doc: ReportDoc, fields: ReportFields): ExportContext {
  const [, ...blocks] = doc.content;
  const headings = blocks.filter((b): b is HeadingNode => b.type === 'heading');
  const labels = computeNumbering(headings.map((h) => h.attrs.level));

  const resolved = (node: SignoffNode): string => inlineText(node.content, (name) => fieldText(name, fields)).trim();
  const signoffs = blocks.filter((b): b is SignoffNode => b.type === 'signoff');
  const date = signoffs.find((s) => s.attrs.role === 'date');
  const units = signoffs.filter((s) => s.attrs.role === 'unit').map(resolved);

  const signoffStarts = new Set<SignoffNode>();
  blocks.forEach((block, i) => {
    if (block.type === 'signoff' && blocks[i - 1]?.type !== 'signoff') signoffStarts.add(block);
  });

  return {
    fields,
    numbering: new Map(headings.map((h, i) => [h, labels[i]!])),
    signoffIndents: signoffIndents(units, date ? resolved(date) : null),
    signoffStarts,
  };
}
