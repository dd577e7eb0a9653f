import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { docJson } from '../../src/editor/editorDoc.ts';
import { table, tableText, type TableNode } from '../../src/model/schema.ts';
import { reportDocSchema } from '../../src/model/docSchema.ts';
import { doc, h1, p, t } from '../helpers/builders.ts';

describe('the table node in the editor schema', () => {
  const schema = getSchema(reportExtensions());
  const d = doc(
    t('报告'),
    h1('工作开展情况'),
    p('如下表：'),
    table([
      ['项目', '数量'],
      ['复议案件', '42件\n（含移送）'],
    ]),
    p('正文。'),
  );

  it('takes a report with a table; editor → storage → editor gives the same document', () => {
    const node = schema.nodeFromJSON(d);
    node.check();
    const stored = reportDocSchema.parse(JSON.parse(JSON.stringify(docJson(node))));
    expect(schema.nodeFromJSON(stored).eq(node)).toBe(true);
    expect(tableText(stored.content[3] as TableNode)).toBe('项目 数量\n复议案件 42件\n（含移送）');
  });

  it('marks the four nodes for prosemirror-tables', () => {
    expect(['table', 'tableRow', 'tableCell', 'tableHeader'].map((n) => schema.nodes[n]!.spec.tableRole)).toEqual(['table', 'row', 'cell', 'header_cell']);
  });

  it('storage repairs an empty cell and refuses a table without rows', () => {
    const emptyCell = { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell' }] }] }] };
    const repaired = reportDocSchema.parse(emptyCell);
    expect(() => schema.nodeFromJSON(repaired).check()).not.toThrow();
    expect(reportDocSchema.safeParse({ type: 'doc', content: [{ type: 'reportTitle' }, { type: 'table', content: [] }] }).success).toBe(false);
  });
});
