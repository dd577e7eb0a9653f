import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { matchesFilter, type LibraryFilter } from '../../src/library/filter.ts';
import { buildLibrary, subsection } from '../../src/library/items.ts';
import { groupByPart, orderForCursor } from '../../src/library/order.ts';
import type { ExampleBlock, ExampleReport } from '../../src/model/example.ts';
import type { Part } from '../../src/model/part.ts';

/** A tiny report: `h(level, text, part)` and `p(text, part)` blocks. */
function report(id: string, title: string, unit: string | null, ...specs: Array<Omit<ExampleBlock, 'id' | 'path'>>): ExampleReport {
  const stack: Array<{ level: number; label: string }> = [];
  const blocks = specs.map((s, i): ExampleBlock => {
    if (s.type !== 'heading') return { ...s, id: `${id}-${i}`, path: s.type === 'paragraph' ? stack.map((x) => x.label) : [] };
    while (stack.length && stack[stack.length - 1]!.level >= s.level!) stack.pop();
    const path = stack.map((x) => x.label);
    stack.push({ level: s.level!, label: `${s.numbering ?? ''}${s.text}` });
    return { ...s, id: `${id}-${i}`, path };
  });
  return { id, index: 0, title, unit, unitNote: '', level: '县', year: 2023, blocks };
}
const h = (level: 1 | 2 | 3 | 4, numbering: string, text: string, part: Part = 'work') => ({
  type: 'heading' as const,
  level,
  runIn: false,
  numbering,
  text,
  part,
});
const p = (text: string, part: Part = 'work') => ({ type: 'paragraph' as const, text, part });

const MINE = report(
  'mine-abc',
  '县统计局2024年法治政府建设工作报告',
  '县统计局',
  { type: 'intro', text: '2024年，我局……', part: 'intro' },
  h(1, '一、', '工作开展情况'),
  h(2, '（一）', '推进政务公开'),
  h(3, '1.', '主动公开'),
  p('通过门户网站公开信息。'),
  h(2, '（二）', '法律顾问'),
  p('聘请法律顾问。'),
  h(1, '二、', '存在问题', 'problems'),
  p('学习不够。', 'problems'),
  { type: 'signoff', text: '2025年1月1日', part: 'signoff' },
);

describe('buildLibrary', () => {
  const items = buildLibrary(EXAMPLES, [MINE]);

  it('lists every non-sign-off block of the seven examples, then the imported ones', () => {
    const exampleBlocks = EXAMPLES.flatMap((r) => r.blocks).filter((b) => b.type !== 'signoff');
    expect(items.filter((i) => !i.mine).map((i) => i.id)).toEqual(exampleBlocks.map((b) => b.id));
    expect(items.filter((i) => i.mine).map((i) => i.id)).toEqual(MINE.blocks.slice(0, -1).map((b) => b.id));
  });

  it('shows the heading path under the source unit, or the title when the report names none', () => {
    const justice = items.find((i) => i.reportId === 'county-justice' && i.numbering === '（二）' && i.part === 'work')!;
    expect(justice.pathText).toBe('县司法局 › 一、法治建设工作完成情况');
    expect(justice.reportTitle).toBe('县司法局2023年法治政府建设工作报告');
    const investment = items.find((i) => i.reportId === 'county-investment' && i.type === 'paragraph')!;
    expect(investment.pathText.startsWith('2023年度法治政府建设工作报告 › ')).toBe(true);
  });

  it('gives a heading its whole sub-section and a paragraph itself', () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('mine-abc-2')!.blockIds).toEqual(['mine-abc-2', 'mine-abc-3', 'mine-abc-4']);
    expect(byId.get('mine-abc-1')!.blockIds).toEqual(['mine-abc-1', 'mine-abc-2', 'mine-abc-3', 'mine-abc-4', 'mine-abc-5', 'mine-abc-6']);
    expect(byId.get('mine-abc-7')!.blockIds).toEqual(['mine-abc-7', 'mine-abc-8']);
    expect(byId.get('mine-abc-4')!.blockIds).toEqual(['mine-abc-4']);
    expect(byId.get('mine-abc-2')!.level).toBe(2);
    expect(byId.get('mine-abc-4')!.level).toBeNull();
  });

  it('stops a sub-section at the sign-off', () => {
    expect(subsection(MINE.blocks, 7).map((b) => b.id)).toEqual(['mine-abc-7', 'mine-abc-8']);
  });

  it('collects the source report’s place names for the flags', () => {
    expect(items.find((i) => i.reportId === 'county-investment')!.reportPlaces).toContain('大方');
  });
});

describe('matchesFilter', () => {
  const items = buildLibrary(EXAMPLES, [MINE]);
  const filterItems = (list: typeof items, filter: LibraryFilter) => list.filter((i) => matchesFilter(i, filter));

  it.each([
    ['part', { parts: ['problems'] as Part[] }, (i: (typeof items)[number]) => i.part === 'problems'],
    ['report', { reportIds: ['county-police'] }, (i: (typeof items)[number]) => i.reportId === 'county-police'],
    ['topic', { topics: ['openGovernment' as const] }, (i: (typeof items)[number]) => i.topics.includes('openGovernment')],
    ['mine', { mine: true }, (i: (typeof items)[number]) => i.mine],
  ])('by %s', (_name, filter, expected) => {
    const result = filterItems(items, filter);
    expect(result.length).toBeGreaterThan(0);
    expect(result).toEqual(items.filter(expected));
  });

  it('combines facets with AND and values within a facet with OR', () => {
    const result = filterItems(items, { parts: ['work', 'plans'], reportIds: ['county-justice'], topics: ['disputeResolution', 'legalServices'] });
    expect(result.length).toBeGreaterThan(1);
    for (const i of result) {
      expect(['work', 'plans']).toContain(i.part);
      expect(i.reportId).toBe('county-justice');
      expect(i.topics.some((t) => t === 'disputeResolution' || t === 'legalServices')).toBe(true);
    }
  });
});

describe('follow the cursor', () => {
  const items = buildLibrary(EXAMPLES);

  it('puts the cursor part’s items first and keeps every other order', () => {
    const ordered = orderForCursor(items, 'problems');
    const n = items.filter((i) => i.part === 'problems').length;
    expect(ordered.slice(0, n).every((i) => i.part === 'problems')).toBe(true);
    expect(ordered.slice(0, n)).toEqual(items.filter((i) => i.part === 'problems'));
    expect(ordered.slice(n)).toEqual(items.filter((i) => i.part !== 'problems'));
  });

  it('works on search hits and leaves the order alone without a part', () => {
    const hits = items.slice(0, 20).map((item) => ({ item, score: 0 }));
    expect(orderForCursor(hits, null)).toEqual(hits);
    expect(orderForCursor(hits, 'work')[0]!.item.part).toBe('work');
  });

  it('groups by part, the cursor’s group first', () => {
    expect(groupByPart(items).map((g) => g.label)).toEqual(['导语', '工作开展情况', '第一责任人职责', '存在问题', '下一步打算']);
    expect(groupByPart(items, 'plans').map((g) => g.part)).toEqual(['plans', 'intro', 'work', 'duty', 'problems']);
    expect(groupByPart(items).flatMap((g) => g.items)).toHaveLength(items.length);
  });
});
