import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { field, heading, hintParagraph, paragraph, reportDoc, signoff, text, title } from '../../src/model/schema.ts';
import { UNTITLED_DRAFT_NAME } from '../../src/model/draftNames.ts';
import { RestoreError, restoreDraft, restoreLibraryReport } from '../../src/storage/restore.ts';

const doc = reportDoc(
  title(field('unit'), field('year'), '年法治政府建设工作报告'),
  paragraph('2024年，在', field('superior'), '的领导下……'),
  heading(1, { part: 'work' }, '工作开展情况'),
  heading(2, { runIn: true, part: 'work' }, '加强组织领导。', text('XX县', [{ type: 'flag', attrs: { kind: 'unit' } }]), { type: 'hardBreak' }),
  paragraph(text('重点', [{ type: 'bold' }, { type: 'source', attrs: { report: 'county-justice', heading: '一、' } }])),
  hintParagraph('写明存在的问题'),
  signoff('unit', field('unit')),
  signoff('date', field('date')),
);

const draft = {
  id: 'd1',
  name: '我的报告',
  fields: { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' },
  doc,
  origin: 'standard',
  createdAt: 1000,
  updatedAt: 2000,
};

describe('restoreDraft accepts valid drafts unchanged', () => {
  it('a full draft round-trips exactly', () => {
    expect(restoreDraft(structuredClone(draft))).toEqual(draft);
  });
  it('a JSON round trip is still the same draft', () => {
    expect(restoreDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });
});

describe('restoreDraft fills defaults for missing optional bits', () => {
  const now = 5_000;
  const cases: Array<{ name: string; input: Record<string, unknown>; expect: Record<string, unknown> }> = [
    { name: 'no name → resolved title', input: { ...draft, name: undefined }, expect: { name: '县司法局2024年法治政府建设工作报告' } },
    { name: 'blank name → resolved title', input: { ...draft, name: '   ' }, expect: { name: '县司法局2024年法治政府建设工作报告' } },
    {
      name: 'no name, empty title → 未命名草稿',
      input: { ...draft, name: undefined, doc: { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'paragraph' }] } },
      expect: { name: UNTITLED_DRAFT_NAME },
    },
    { name: 'no timestamps → now', input: { ...draft, createdAt: undefined, updatedAt: undefined }, expect: { createdAt: now, updatedAt: now } },
    { name: 'only createdAt', input: { ...draft, updatedAt: undefined }, expect: { createdAt: 1000, updatedAt: 1000 } },
    { name: 'only updatedAt', input: { ...draft, createdAt: undefined }, expect: { createdAt: 2000, updatedAt: 2000 } },
    { name: 'no origin → null', input: { ...draft, origin: undefined }, expect: { origin: null } },
    {
      name: 'no fields → empty fields',
      input: { ...draft, fields: undefined },
      expect: { fields: { unit: '', year: null, superior: '', date: '' } },
    },
    {
      name: 'partial fields',
      input: { ...draft, fields: { unit: '镇政府' } },
      expect: { fields: { unit: '镇政府', year: null, superior: '', date: '' } },
    },
  ];
  it.each(cases)('$name', ({ input, expect: expected }) => {
    expect(restoreDraft(input, { now })).toMatchObject(expected);
  });

  it('heading attrs default to runIn false, part null', () => {
    const d = restoreDraft({ ...draft, doc: { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'heading', attrs: { level: 3 } }] } });
    expect(d.doc.content[1]).toEqual({ type: 'heading', attrs: { level: 3, runIn: false, part: null } });
  });
  it('drops empty text nodes, which ProseMirror refuses', () => {
    const d = restoreDraft({
      ...draft,
      doc: {
        type: 'doc',
        content: [
          { type: 'reportTitle', content: [{ type: 'text', text: '' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '' },
              { type: 'text', text: '甲' },
            ],
          },
        ],
      },
    });
    expect(d.doc.content).toEqual([{ type: 'reportTitle' }, { type: 'paragraph', content: [{ type: 'text', text: '甲' }] }]);
  });
  it('gives a title-only document an empty paragraph', () => {
    const d = restoreDraft({ ...draft, doc: { type: 'doc', content: [{ type: 'reportTitle' }] } });
    expect(d.doc.content).toEqual([{ type: 'reportTitle' }, { type: 'paragraph' }]);
  });
  it('strips unknown attribute keys', () => {
    const d = restoreDraft({
      ...draft,
      doc: {
        type: 'doc',
        content: [
          { type: 'reportTitle', attrs: { x: 1 } },
          { type: 'paragraph', attrs: { hint: null, textAlign: 'left' } },
        ],
      },
    });
    expect(d.doc.content).toEqual([{ type: 'reportTitle' }, { type: 'paragraph', attrs: { hint: null } }]);
  });
});

describe('restoreDraft rejects what is not a valid draft', () => {
  const withBlocks = (...blocks: unknown[]) => ({ ...draft, doc: { type: 'doc', content: [{ type: 'reportTitle' }, ...blocks] } });
  const cases: Array<{ name: string; input: unknown; path: string }> = [
    { name: 'null', input: null, path: '' },
    { name: 'a string', input: 'draft', path: '' },
    { name: 'an array', input: [draft], path: '' },
    { name: 'no id', input: { ...draft, id: undefined }, path: 'id' },
    { name: 'empty id', input: { ...draft, id: '' }, path: 'id' },
    { name: 'no doc', input: { ...draft, doc: undefined }, path: 'doc' },
    { name: 'doc not a doc', input: { ...draft, doc: { type: 'paragraph', content: [] } }, path: 'doc.type' },
    { name: 'empty document', input: { ...draft, doc: { type: 'doc', content: [] } }, path: 'doc.content.0' },
    { name: 'first block not the title', input: { ...draft, doc: { type: 'doc', content: [{ type: 'paragraph' }] } }, path: 'doc.content.0.type' },
    { name: 'two titles', input: withBlocks({ type: 'reportTitle' }), path: 'doc.content.1.type' },
    { name: 'unknown node type', input: withBlocks({ type: 'bulletList' }), path: 'doc.content.1.type' },
    { name: 'heading level 0', input: withBlocks({ type: 'heading', attrs: { level: 0 } }), path: 'doc.content.1.attrs.level' },
    { name: 'heading level 5', input: withBlocks({ type: 'heading', attrs: { level: 5 } }), path: 'doc.content.1.attrs.level' },
    { name: 'heading level "2"', input: withBlocks({ type: 'heading', attrs: { level: '2' } }), path: 'doc.content.1.attrs.level' },
    { name: 'heading without attrs', input: withBlocks({ type: 'heading' }), path: 'doc.content.1.attrs' },
    { name: 'unknown part', input: withBlocks({ type: 'heading', attrs: { level: 1, part: 'misc' } }), path: 'doc.content.1.attrs.part' },
    { name: 'signoff role', input: withBlocks({ type: 'signoff', attrs: { role: 'seal' } }), path: 'doc.content.1.attrs.role' },
    { name: 'unknown inline node', input: withBlocks({ type: 'paragraph', content: [{ type: 'image' }] }), path: 'doc.content.1.content.0.type' },
    {
      name: 'unknown mark',
      input: withBlocks({ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'italic' }] }] }),
      path: 'doc.content.1.content.0.marks.0.type',
    },
    {
      name: 'unknown flag kind',
      input: withBlocks({ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'flag', attrs: { kind: 'x' } }] }] }),
      path: 'doc.content.1.content.0.marks.0.attrs.kind',
    },
    {
      name: 'unknown field',
      input: withBlocks({ type: 'paragraph', content: [{ type: 'field', attrs: { name: 'mayor' } }] }),
      path: 'doc.content.1.content.0.attrs.name',
    },
    { name: 'text without text', input: withBlocks({ type: 'paragraph', content: [{ type: 'text' }] }), path: 'doc.content.1.content.0.text' },
    { name: 'year as text', input: { ...draft, fields: { ...draft.fields, year: '2024' } }, path: 'fields.year' },
    { name: 'year not an integer', input: { ...draft, fields: { ...draft.fields, year: 2024.5 } }, path: 'fields.year' },
    { name: 'absurd year', input: { ...draft, fields: { ...draft.fields, year: 20244 } }, path: 'fields.year' },
    { name: 'negative timestamp', input: { ...draft, updatedAt: -1 }, path: 'updatedAt' },
    { name: 'timestamp as text', input: { ...draft, createdAt: '2024-01-01' }, path: 'createdAt' },
  ];
  it.each(cases)('$name', ({ input, path }) => {
    let error: unknown;
    try {
      restoreDraft(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).path).toBe(path);
    expect((error as RestoreError).message).toMatch(/^草稿数据已损坏或格式不正确/);
  });
});

const report = {
  id: 'my-report',
  index: 8,
  title: '某局2023年法治政府建设工作报告',
  unit: '某局',
  unitNote: '',
  level: '县',
  year: 2023,
  blocks: [
    { id: 'my-report-0', type: 'intro', text: '2023年……', part: 'intro', path: [] },
    { id: 'my-report-1', type: 'heading', level: 1, numbering: '一、', text: '主要工作', part: 'work', path: [] },
  ],
  importedAt: 123,
};

describe('restoreLibraryReport', () => {
  it('accepts a valid report unchanged', () => {
    expect(restoreLibraryReport(structuredClone(report))).toEqual(report);
  });
  it('fills importedAt, unit, unitNote, index and block paths', () => {
    const { importedAt: _i, unit: _u, unitNote: _n, index: _x, ...bare } = report;
    const r = restoreLibraryReport({ ...bare, blocks: [{ id: 'b', type: 'paragraph', text: 't', part: 'work' }] }, { now: 9 });
    expect(r).toMatchObject({ importedAt: 9, unit: null, unitNote: '', index: 0 });
    expect(r.blocks[0]!.path).toEqual([]);
  });
  const bad: Array<[string, unknown]> = [
    ['not an object', 42],
    ['no id', { ...report, id: undefined }],
    ['no blocks', { ...report, blocks: undefined }],
    ['bad level', { ...report, level: '省' }],
    ['bad block type', { ...report, blocks: [{ id: 'b', type: 'table', text: '', part: 'work' }] }],
    ['bad block part', { ...report, blocks: [{ id: 'b', type: 'paragraph', text: '', part: 'x' }] }],
    ['heading level 7', { ...report, blocks: [{ id: 'b', type: 'heading', level: 7, text: '', part: 'work' }] }],
  ];
  it.each(bad)('rejects %s', (_name, value) => {
    expect(() => restoreLibraryReport(value)).toThrow(/^范文数据已损坏或格式不正确/);
  });
});

describe('what restoreDraft returns loads into the editor schema', () => {
  const schema = getSchema(reportExtensions());
  const inputs: Array<[string, unknown]> = [
    ['a full draft', draft],
    [
      'empty text nodes',
      {
        ...draft,
        doc: {
          type: 'doc',
          content: [
            { type: 'reportTitle', content: [{ type: 'text', text: '' }] },
            { type: 'paragraph', content: [{ type: 'text', text: '' }] },
          ],
        },
      },
    ],
    ['a title-only document', { ...draft, doc: { type: 'doc', content: [{ type: 'reportTitle' }] } }],
    ['a heading without runIn/part', { ...draft, doc: { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'heading', attrs: { level: 4 } }] } }],
  ];
  it.each(inputs)('%s', (_name, input) => {
    const restored = restoreDraft(input);
    expect(() => schema.nodeFromJSON(restored.doc).check()).not.toThrow();
  });
  it('(the schema does refuse what restore repairs)', () => {
    const raw = { type: 'doc', content: [{ type: 'reportTitle', content: [{ type: 'text', text: '' }] }, { type: 'paragraph' }] };
    expect(() => schema.nodeFromJSON(raw).check()).toThrow();
  });
});
