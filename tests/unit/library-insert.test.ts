import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { itemToBlocks, targetLevelAt } from '../../src/library/insert.ts';
import { buildLibrary, type LibraryItem } from '../../src/library/items.ts';
import type { ExampleBlock, ExampleReport } from '../../src/model/example.ts';
import { computeNumbering } from '../../src/model/numbering.ts';
import { inlineText, type BlockNode, type HeadingLevel, type HeadingNode, type TextNode } from '../../src/model/schema.ts';

const block = (i: number, b: Omit<ExampleBlock, 'id'>): ExampleBlock => ({ id: `src-${i}`, ...b });
const SOURCE: ExampleReport = {
  id: 'src',
  index: 0,
  title: '县公安局2023年法治政府建设工作报告',
  unit: '县公安局',
  unitNote: '',
  level: '县',
  year: 2023,
  blocks: [
    block(0, { type: 'heading', level: 1, runIn: false, numbering: '一、', text: '工作开展情况', part: 'work', path: [] }),
    block(1, { type: 'heading', level: 2, runIn: false, numbering: '（三）', text: '执法工作', part: 'work', path: ['一、工作开展情况'] }),
    block(2, {
      type: 'heading',
      level: 3,
      runIn: true,
      numbering: '1.',
      part: 'work',
      text: '开展执法检查。2023年我局联合县市场监督管理局开展检查XX次，查处案件12件。',
      path: ['一、工作开展情况', '（三）执法工作'],
    }),
    block(3, {
      type: 'paragraph',
      part: 'work',
      text: '截至2023年10月，依据《法治政府建设实施纲要（2021—2025年）》完成评查。',
      path: ['一、工作开展情况', '（三）执法工作', '1.开展执法检查。'],
    }),
    block(4, { type: 'heading', level: 3, runIn: false, numbering: '2.', text: '执法监督', part: 'work', path: ['一、工作开展情况', '（三）执法工作'] }),
    block(5, { type: 'heading', level: 1, runIn: false, numbering: '二、', text: '2024年工作打算', part: 'plans', path: [] }),
  ],
};
const items = buildLibrary([SOURCE]);
const item = (id: string): LibraryItem => items.find((i) => i.id === id)!;
const levels = (nodes: BlockNode[]) => nodes.map((n) => (n.type === 'heading' ? n.attrs.level : 'p'));

describe('targetLevelAt', () => {
  const CASES: ReadonlyArray<readonly [preceding: HeadingLevel | null, itemLevel: HeadingLevel, expected: HeadingLevel]> = [
    [1, 2, 2],
    [1, 3, 2],
    [1, 4, 2],
    [1, 1, 1],
    [2, 2, 2],
    [2, 3, 3],
    [2, 4, 3],
    [3, 2, 2],
    [4, 4, 4],
    [null, 2, 1],
    [null, 1, 1],
  ];
  it.each(CASES)('after a level-%s heading a level-%s item becomes level %s', (preceding, itemLevel, expected) => {
    expect(targetLevelAt(preceding, itemLevel)).toBe(expected);
  });
});

describe('itemToBlocks levels', () => {
  it('inserts a heading with its whole sub-section', () => {
    const nodes = itemToBlocks(item('src-1'), { targetLevel: 2, toYear: 2023 });
    expect(nodes.map((n) => n.type)).toEqual(['heading', 'heading', 'paragraph', 'heading']);
  });

  it('keeps levels when a level-2 sub-section lands at level 2', () => {
    expect(levels(itemToBlocks(item('src-1'), { targetLevel: 2, toYear: 2023 }))).toEqual([2, 3, 'p', 3]);
  });

  it('shifts the children too when it lands at level 1', () => {
    expect(levels(itemToBlocks(item('src-1'), { targetLevel: 1, toYear: 2023 }))).toEqual([1, 2, 'p', 2]);
  });

  it('clamps at level 4', () => {
    expect(levels(itemToBlocks(item('src-1'), { targetLevel: 4, toYear: 2023 }))).toEqual([4, 4, 'p', 4]);
  });

  it('lets the editor renumber: a （三） landing under a level 1 with one （x） becomes （二）', () => {
    const inserted = itemToBlocks(item('src-1'), { targetLevel: targetLevelAt(2, 2), toYear: 2023 });
    const all = [1, 2, ...levels(inserted).filter((l): l is HeadingLevel => l !== 'p')] as HeadingLevel[];
    expect(computeNumbering(all)).toEqual(['一、', '（一）', '（二）', '1.', '2.']);
  });

  it('keeps run-in, part and text without the literal numbering', () => {
    const [, runIn] = itemToBlocks(item('src-1'), { targetLevel: 2, toYear: 2023 }) as HeadingNode[];
    expect(runIn!.attrs).toEqual({ level: 3, runIn: true, part: 'work' });
    expect(inlineText(runIn!.content).startsWith('开展执法检查。')).toBe(true);
    const [plans] = itemToBlocks(item('src-5'), { toYear: 2023, part: 'work' }) as HeadingNode[];
    expect(plans!.attrs.part).toBe('work');
  });

  it('inserts a paragraph item as one paragraph', () => {
    expect(itemToBlocks(item('src-3'), { targetLevel: 1, toYear: 2024 }).map((n) => n.type)).toEqual(['paragraph']);
  });
});

describe('itemToBlocks adapts the text', () => {
  const nodes = itemToBlocks(item('src-1'), { targetLevel: 2, toYear: 2024, draftUnit: '县统计局' });
  const runs = nodes.flatMap((n) => (n.content ?? []) as TextNode[]);
  const flagKind = (r: TextNode) => r.marks?.flatMap((m) => (m.type === 'flag' ? [m.attrs.kind] : []))[0];
  const flagged = runs.filter((r) => flagKind(r)).map((r) => `${flagKind(r)}:${r.text}`);

  it('shifts years but not those inside names', () => {
    expect(inlineText(nodes[1]!.content)).toContain('2024年我局联合');
    expect(inlineText(nodes[2]!.content)).toBe('截至2024年10月，依据《法治政府建设实施纲要（2021—2025年）》完成评查。');
    expect(inlineText(itemToBlocks(item('src-5'), { toYear: 2024 })[0]!.content)).toBe('2025年工作打算');
  });

  it('leaves years alone without a draft year', () => {
    expect(inlineText(itemToBlocks(item('src-3'), { toYear: null })[0]!.content)).toContain('截至2023年10月');
  });

  it('flags units, blanks, figures and self references that do not fit', () => {
    expect(flagged).toEqual(['unit:县市场监督管理局', 'blank:XX', 'figure:12件']);
    const forTown = itemToBlocks(item('src-2'), { toYear: 2024, draftUnit: 'XX镇' }).flatMap((n) => (n.content ?? []) as TextNode[]);
    expect(forTown.some((r) => r.text === '我局' && r.marks?.some((m) => m.type === 'flag'))).toBe(true);
  });

  it('marks every run with its source', () => {
    expect(runs.length).toBeGreaterThan(nodes.length);
    for (const r of runs) {
      expect(r.marks?.find((m) => m.type === 'source')?.attrs).toEqual({
        report: '县公安局2023年法治政府建设工作报告',
        heading: expect.stringMatching(/^一、工作开展情况 › （三）执法工作/),
      });
    }
    const paragraphSource = (nodes[2]!.content![0] as TextNode).marks!.find((m) => m.type === 'source')!.attrs;
    expect(paragraphSource).toEqual({ report: SOURCE.title, heading: '一、工作开展情况 › （三）执法工作 › 1.开展执法检查。' });
  });
});

describe('itemToBlocks over the examples', () => {
  it('produces text equal to the source, numbering stripped, when the year does not change', () => {
    for (const libraryItem of buildLibrary(EXAMPLES)) {
      const nodes = itemToBlocks(libraryItem, { toYear: libraryItem.reportYear });
      expect(nodes.map((n) => inlineText(n.content))).toEqual(libraryItem.blocks.map((b) => b.text));
    }
  });
});
