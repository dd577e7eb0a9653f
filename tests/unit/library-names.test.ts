import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { detectFlags } from '../../src/library/flags.ts';
import { itemToBlocks } from '../../src/library/insert.ts';
import { buildLibrary } from '../../src/library/items.ts';
import { localNames } from '../../src/library/names.ts';
import type { TextNode } from '../../src/model/schema.ts';

const textsOf = (id: string) => {
  const report = EXAMPLES.find((r) => r.id === id)!;
  return [report.title, ...report.blocks.map((b) => b.text)];
};

describe('localNames: people and villages of a report', () => {
  it('finds exactly the names in the seven examples, and nothing else there', () => {
    const found = Object.fromEntries(EXAMPLES.map((r) => [r.id, localNames(textsOf(r.id))]));
    expect(found).toEqual({
      'county-investment': [],
      'county-commerce': [],
      'xx-town': ['刘振辉', '新一村'],
      'city-education': [],
      'county-police': ['李朝文'],
      'county-justice': [],
      'county-statistics': ['田梅'],
    });
  });

  it.each([
    ['after a title, before 同志', '副局长李朝文同志出庭应诉', ['李朝文']],
    ['after a title, before a verb of speaking', '党组书记、局长田梅讲解统计基础知识', ['田梅']],
    ['before 等', '邀请驻村律师刘振辉等讲授法治课程', ['刘振辉']],
    ['before punctuation', '由主任王芳，副主任张建国主持', ['王芳', '张建国']],
    ['a village after 以', '以新一村为示范点', ['新一村']],
    ['a community after 深入', '深入红星社区开展普法', ['红星社区']],
  ])('finds a name %s', (_case, text, names) => {
    expect(localNames([text])).toEqual(names);
  });

  it.each([
    ['a role: 局长 serves as 组长', '成立以局长任组长的领导小组'],
    ['a word after a title: 干部任免', '重要干部任免、重要项目安排'],
    ['a word that continues: 律师管理工作', '四是加强律师管理工作。'],
    ['not a surname after the title', '局长高度重视，局长亲自部署'],
    ['a quantity before 村', '做到不漏一村一户，每个村（社区）都有'],
    ['a generic village', '在各村开展宣传，在全村推广'],
  ])('finds no name in %s', (_case, text) => {
    expect(localNames([text])).toEqual([]);
  });
});

describe('name flags on inserted text', () => {
  it('flags the source report’s names wherever they stand, as kind name', () => {
    const flags = detectFlags('刘振辉律师到新一村讲课', { sourceNames: ['刘振辉', '新一村'] });
    expect(flags).toEqual([
      { from: 0, to: 3, kind: 'name' },
      { from: 6, to: 9, kind: 'name' },
    ]);
  });

  it('does not flag a name the draft’s own unit contains', () => {
    expect(detectFlags('以新一村为示范点', { sourceNames: ['新一村'], draftUnit: '新一村村民委员会' })).toEqual([]);
  });

  it('inserting the 驻村律师 paragraph of the XX镇 example flags 刘振辉', () => {
    const item = buildLibrary(EXAMPLES).find((i) => i.reportId === 'xx-town' && i.text.includes('刘振辉'))!;
    const runs = itemToBlocks(item, { toYear: 2024, draftUnit: '县司法局' }).flatMap((n) => (n.content ?? []) as TextNode[]);
    const named = runs.filter((r) => r.marks?.some((m) => m.type === 'flag' && m.attrs.kind === 'name')).map((r) => r.text);
    expect(named).toEqual(['刘振辉']);
  });
});
