import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { benchKeystrokes, makeBenchLibrary } from '../../scripts/bench/benchLibrary.ts';
import { buildLibrary } from '../../src/library/items.ts';
import { createSearchIndex, normalizeForSearch, parseQuery, searchLibrary, type SearchHit } from '../../src/library/search.ts';
import type { ExampleBlock, ExampleReport } from '../../src/model/example.ts';

const b = (i: number, type: ExampleBlock['type'], text: string, path: string[] = [], level?: 1 | 2): ExampleBlock => ({
  id: `t-${i}`,
  type,
  text,
  part: 'work',
  path,
  ...(level ? { level, runIn: false, numbering: level === 1 ? '一、' : '（一）' } : {}),
});
const REPORT: ExampleReport = {
  id: 't',
  index: 0,
  title: '测试报告',
  unit: '县测试局',
  unitNote: '',
  level: '县',
  year: 2023,
  blocks: [
    b(0, 'paragraph', '加强监督，规范执法行为，开展执法检查。'),
    b(1, 'paragraph', '强化执法监督，执法监督全覆盖。'),
    b(2, 'heading', '执法监督', [], 2),
    b(3, 'paragraph', '每月通报考评情况。', ['（一）执法监督']),
    b(4, 'paragraph', '推进政务公开，ＡＰＰ上线，完成率１００％。'),
  ],
};
const index = createSearchIndex(buildLibrary([REPORT]));
const ids = (hits: SearchHit[]) => hits.map((h) => h.item.id);
const marked = (text: string, hit: SearchHit) => hit.textRanges.map((r) => text.slice(r.from, r.to));

describe('parseQuery', () => {
  it.each([
    ['执法 监督', ['执法', '监督']],
    ['执法　监督', ['执法', '监督']],
    ['  执法   执法 ', ['执法']],
    ['ＡＰＰ', ['app']],
    ['', []],
  ])('%j → %j', (query, terms) => {
    expect(parseQuery(query)).toEqual(terms);
  });

  it('normalises without changing length', () => {
    const text = 'ＡＰＰ上线，完成率１００％﹪　Ok';
    expect(normalizeForSearch(text)).toBe('app上线,完成率100%% ok');
    expect(normalizeForSearch(text)).toHaveLength(text.length);
  });
});

describe('searchLibrary', () => {
  it('requires every word (AND)', () => {
    expect(ids(searchLibrary(index, '执法 检查'))).toEqual(['t-0']);
    expect(ids(searchLibrary(index, '执法 区块链'))).toEqual([]);
  });

  it('ranks heading hits, then whole-phrase hits, then the rest', () => {
    expect(ids(searchLibrary(index, '执法 监督'))).toEqual(['t-2', 't-1', 't-0', 't-3']);
  });

  it('finds an item through its heading path, after the text hits', () => {
    const hits = searchLibrary(index, '监督 考评');
    expect(ids(hits)).toEqual(['t-3']);
    expect(hits[0]!.pathRanges.length).toBe(1);
  });

  it('returns highlight ranges of every word, merged', () => {
    const hit = searchLibrary(index, '执法 监督').find((h) => h.item.id === 't-1')!;
    expect(marked(hit.item.text, hit)).toEqual(['执法监督', '执法监督']);
    const overlapping = searchLibrary(index, '执法监 法监督').find((h) => h.item.id === 't-1')!;
    expect(overlapping.textRanges).toEqual([
      { from: 2, to: 6 },
      { from: 7, to: 11 },
    ]);
  });

  it('matches full-width text with half-width queries, ranges on the original text', () => {
    const [hit] = searchLibrary(index, 'app 100%');
    expect(hit!.item.id).toBe('t-4');
    expect(marked(hit!.item.text, hit!)).toEqual(['ＡＰＰ', '１００％']);
  });

  it('returns everything in library order for an empty query, and honours filter and limit', () => {
    expect(ids(searchLibrary(index, ' '))).toEqual(['t-0', 't-1', 't-2', 't-3', 't-4']);
    expect(ids(searchLibrary(index, '执法', { limit: 2 }))).toEqual(['t-2', 't-0']);
    expect(ids(searchLibrary(index, '', { filter: { topics: ['openGovernment'] } }))).toEqual(['t-4']);
  });
});

describe('search over the examples', () => {
  const examples = createSearchIndex(buildLibrary(EXAMPLES));

  it('puts the 营商环境 heading first', () => {
    const [first] = searchLibrary(examples, '营商环境');
    expect(first!.item.type).toBe('heading');
    expect(first!.item.text).toContain('营商环境');
  });

  it('finds the sentence with both words', () => {
    const hits = searchLibrary(examples, '矛盾纠纷　调解');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const all = normalizeForSearch(`${h.item.text} ${h.item.pathText}`);
      expect(all.includes('矛盾纠纷') && all.includes('调解')).toBe(true);
    }
  });
});

describe('bench library', () => {
  it('has exactly n items, with varied copies', () => {
    const lib = makeBenchLibrary(1000);
    expect(lib).toHaveLength(1000);
    expect(new Set(lib.map((i) => i.id)).size).toBe(1000);
    // Short headings (工作开展情况) repeat, as they would across many units' reports.
    expect(new Set(lib.map((i) => i.text)).size).toBeGreaterThan(500);
    expect(lib.some((i) => i.mine)).toBe(true);
  });

  it('types queries one character at a time', () => {
    expect(benchKeystrokes(['执法 监督'])).toEqual(['执', '执法', '执法 ', '执法 监', '执法 监督']);
  });
});
