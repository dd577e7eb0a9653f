import { describe, expect, it } from 'vitest';
import { EXAMPLES, getExample } from '../../src/examples/examples.ts';
import { exampleToDraft, isoFromChineseDate, superiorFromIntro } from '../../src/examples/toDraft.ts';
import { fieldText } from '../../src/model/fields.ts';
import { computeNumbering, parseNumberPrefix } from '../../src/model/numbering.ts';
import { type BlockNode, type HeadingLevel, inlineText } from '../../src/model/schema.ts';

const FIELDS: ReadonlyArray<[id: string, unit: string, superior: string, date: string]> = [
  ['county-investment', '', '县委、县政府', ''],
  ['county-commerce', '县商务局', '', ''],
  ['xx-town', 'XX镇', '市委、市政府', '2023-11-06'],
  ['city-education', '市教育局', '市委、市政府', ''],
  ['county-police', '县公安局', '', ''],
  ['county-justice', '县司法局', '', ''],
  ['county-statistics', '县统计局', '', ''],
];

describe('exampleToDraft fields', () => {
  it.each(FIELDS)('%s', (id, unit, superior, date) => {
    expect(exampleToDraft(getExample(id)!).fields).toEqual({ unit, year: 2023, superior, date });
  });
});

describe.each(EXAMPLES.map((r) => [r.id, r] as const))('exampleToDraft(%s)', (_id, report) => {
  const { doc, fields } = exampleToDraft(report);
  const [titleNode, ...blocks] = doc.content;
  const text = (n: BlockNode) => inlineText(n.content, (name) => fieldText(name, fields));

  it('has the literal title and one node per block', () => {
    expect(doc.type).toBe('doc');
    expect(titleNode).toEqual({ type: 'reportTitle', content: [{ type: 'text', text: report.title }] });
    expect(blocks).toHaveLength(report.blocks.length);
  });

  it('maps every block type, level, run-in flag and part', () => {
    blocks.forEach((node, i) => {
      const b = report.blocks[i]!;
      const expectedType = { intro: 'paragraph', paragraph: 'paragraph', heading: 'heading', signoff: 'signoff' }[b.type];
      expect(node.type, b.id).toBe(expectedType);
      if (node.type === 'heading') expect(node.attrs).toEqual({ level: b.level, runIn: b.runIn, part: b.part });
    });
  });

  it('keeps the text, without numbering (the editor recomputes the same numbers)', () => {
    blocks.forEach((node, i) => expect(text(node), report.blocks[i]!.id).toBe(report.blocks[i]!.text));
    const headings = blocks.filter((n) => n.type === 'heading');
    for (const h of headings) expect(parseNumberPrefix(text(h))).toBeNull();
    const recomputed = computeNumbering(headings.map((h) => h.attrs.level as HeadingLevel));
    expect(recomputed).toEqual(report.blocks.filter((b) => b.type === 'heading').map((b) => b.numbering));
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('XX镇 sign-off', () => {
  const { doc } = exampleToDraft(getExample('xx-town')!);
  it('is a unit node then a date node bound to the date field', () => {
    expect(doc.content.slice(-2)).toEqual([
      { type: 'signoff', attrs: { role: 'unit' }, content: [{ type: 'text', text: 'XX市XX镇人民政府' }] },
      { type: 'signoff', attrs: { role: 'date' }, content: [{ type: 'field', attrs: { name: 'date' } }] },
    ]);
  });
  it('reports without a sign-off get none', () => {
    for (const r of EXAMPLES.filter((x) => x.id !== 'xx-town')) {
      expect(
        exampleToDraft(r).doc.content.some((n) => n.type === 'signoff'),
        r.id,
      ).toBe(false);
    }
  });
});

describe('helpers', () => {
  const dates: ReadonlyArray<[string, string]> = [
    ['2023年11月6日', '2023-11-06'],
    ['2024年3月1日', '2024-03-01'],
    ['2024年03月01日', ''],
    ['2024年13月1日', ''],
    ['截至2023年11月6日', ''],
  ];
  it.each(dates)('isoFromChineseDate(%s) = %s', (input, iso) => expect(isoFromChineseDate(input)).toBe(iso));

  const superiors: ReadonlyArray<[string, string]> = [
    ['2023年，在县委、县政府的正确领导下，本单位', '县委、县政府'],
    ['2023年，在市委市政府的坚强领导下，坚持', '市委、市政府'],
    ['在区委、区人民政府的领导下', '区委、区人民政府'],
    ['今年以来，XX县司法局以新时代', ''],
  ];
  it.each(superiors)('superiorFromIntro(%s) = %s', (intro, superior) => expect(superiorFromIntro(intro)).toBe(superior));
});
