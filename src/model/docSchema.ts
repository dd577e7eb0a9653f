/**
 * zod schema of the ReportDoc JSON (src/model/schema.ts): the structural check every document
 * loaded from storage or a backup passes before it reaches the editor. It rejects unknown node
 * and mark types, a document not starting with its title and heading levels outside 1–4, and
 * repairs what the editor would choke on or what older drafts left out:
 * - missing `runIn`/`part` on headings default to `false`/`null`;
 * - empty text nodes are dropped (ProseMirror refuses them: "Empty text nodes are not allowed");
 * - a document with only a title gets one empty paragraph (the schema wants `block+`).
 * Unknown attribute keys are stripped, so what comes out has exactly the model's shape.
 */
import * as z from 'zod/mini';
import { FIELD_NAMES } from './fields.ts';
import { PARTS } from './part.ts';
import { FLAG_KINDS, type BlockNode, type InlineNode, type ParagraphNode, type ReportDoc, type TableCellNode, type TitleNode } from './schema.ts';

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('flag'), attrs: z.object({ kind: z.enum(FLAG_KINDS) }) }),
  z.object({
    type: z.literal('source'),
    attrs: z.object({ report: z.string(), heading: z.string() }),
  }),
]);

const textSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  marks: z.optional(z.array(markSchema)),
});

const inlineSchema = z.discriminatedUnion('type', [
  textSchema,
  z.object({ type: z.literal('field'), attrs: z.object({ name: z.enum(FIELD_NAMES) }) }),
  z.object({ type: z.literal('hardBreak') }),
]);

/** Inline content with empty text nodes removed; `undefined` when nothing is left. */
const contentSchema = z.pipe(
  z.optional(z.array(inlineSchema)),
  z.transform((nodes): InlineNode[] | undefined => {
    const kept = (nodes ?? []).filter((n) => n.type !== 'text' || n.text !== '') as InlineNode[];
    return kept.length ? kept : undefined;
  }),
);

/** Adds `content` only when there is some, matching what the editor's getJSON() emits. */
function withContent<T extends object>(node: T, content: InlineNode[] | undefined): T & { content?: InlineNode[] } {
  return content ? { ...node, content } : node;
}

const titleSchema = z.pipe(
  z.object({ type: z.literal('reportTitle'), content: contentSchema }),
  z.transform(({ content }): TitleNode => withContent({ type: 'reportTitle' as const }, content)),
);

const headingSchema = z.pipe(
  z.object({
    type: z.literal('heading'),
    attrs: z.object({
      level: z.literal([1, 2, 3, 4]),
      runIn: z._default(z.boolean(), false),
      part: z._default(z.nullable(z.enum(PARTS)), null),
    }),
    content: contentSchema,
  }),
  z.transform(({ attrs, content }): BlockNode => withContent({ type: 'heading' as const, attrs }, content)),
);

const paragraphSchema = z.pipe(
  z.object({
    type: z.literal('paragraph'),
    attrs: z.optional(z.object({ hint: z.optional(z.nullable(z.string())) })),
    content: contentSchema,
  }),
  z.transform(({ attrs, content }): BlockNode => {
    const base = attrs && attrs.hint !== undefined ? { type: 'paragraph' as const, attrs: { hint: attrs.hint } } : { type: 'paragraph' as const };
    return withContent(base, content);
  }),
);

const signoffSchema = z.pipe(
  z.object({
    type: z.literal('signoff'),
    attrs: z.object({ role: z.enum(['unit', 'date']) }),
    content: contentSchema,
  }),
  z.transform(({ attrs, content }): BlockNode => withContent({ type: 'signoff' as const, attrs }, content)),
);

/** A table: rows of cells, each cell at least one paragraph (an empty cell gets one). */
const cellSchema = z.pipe(
  z.object({ type: z.enum(['tableCell', 'tableHeader']), content: z._default(z.array(paragraphSchema), []) }),
  z.transform(({ type, content }): TableCellNode => ({ type, content: (content.length ? content : [{ type: 'paragraph' as const }]) as ParagraphNode[] })),
);
const tableSchema = z.pipe(
  z.object({
    type: z.literal('table'),
    content: z.array(z.object({ type: z.literal('tableRow'), content: z.array(cellSchema).check(z.minLength(1)) })).check(z.minLength(1)),
  }),
  z.transform(({ content }): BlockNode => ({ type: 'table' as const, content: content.map((row) => ({ type: 'tableRow' as const, content: row.content })) })),
);

const blockSchema = z.discriminatedUnion('type', [headingSchema, paragraphSchema, signoffSchema, tableSchema]);

export const reportDocSchema = z.pipe(
  z.object({
    type: z.literal('doc'),
    content: z.tuple([titleSchema], blockSchema),
  }),
  z.transform(({ content: [title, ...blocks] }): ReportDoc => ({
    type: 'doc',
    content: [title, ...(blocks.length ? blocks : [{ type: 'paragraph' as const }])],
  })),
);
