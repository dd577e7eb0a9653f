import { getSchema } from '@tiptap/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { reportDocSchema } from '../../src/model/docSchema.ts';
import { MARK_NAMES, NODE_NAMES, type ReportDoc } from '../../src/model/schema.ts';

/**
 * One definition of the document: the model's types (schema.ts), its validation schema (docSchema.ts)
 * and the editor's TipTap schema must describe the same nodes and marks.
 */
describe('the document model', () => {
  it('the TipTap schema has exactly the node and mark names of the model', () => {
    const schema = getSchema(reportExtensions());
    expect(Object.keys(schema.nodes).sort()).toEqual([...NODE_NAMES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_NAMES].sort());
  });

  it('the validation schema outputs exactly the model type', () => {
    expectTypeOf<z.output<typeof reportDocSchema>>().toEqualTypeOf<ReportDoc>();
  });

  it('the validation schema accepts every node and mark of the model and nothing else', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'reportTitle', content: [{ type: 'field', attrs: { name: 'unit' } }] },
        { type: 'heading', attrs: { level: 1, runIn: false, part: 'work' }, content: [{ type: 'text', text: '一', marks: [{ type: 'bold' }] }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'a',
              marks: [
                { type: 'flag', attrs: { kind: 'blank' } },
                { type: 'source', attrs: { report: 'r', heading: 'h' } },
              ],
            },
            { type: 'hardBreak' },
          ],
        },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '项目' }] }] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '36件' }] }] }] },
          ],
        },
        { type: 'signoff', attrs: { role: 'unit' } },
      ],
    };
    const used = new Set<string>();
    const walk = (n: { type: string; content?: unknown[]; marks?: Array<{ type: string }> }) => {
      used.add(n.type);
      n.marks?.forEach((m) => used.add(m.type));
      (n.content as (typeof n)[] | undefined)?.forEach(walk);
    };
    walk(doc);
    expect([...used].sort()).toEqual([...NODE_NAMES, ...MARK_NAMES].sort());
    expect(reportDocSchema.safeParse(doc).success).toBe(true);
    const unknownNode = { ...doc, content: [doc.content[0], { type: 'chart', content: [] }] };
    expect(reportDocSchema.safeParse(unknownNode).success).toBe(false);
    const unknownMark = { ...doc, content: [doc.content[0], { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'italic' }] }] }] };
    expect(reportDocSchema.safeParse(unknownMark).success).toBe(false);
  });
});
