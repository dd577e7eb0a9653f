import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import { FIELD_CHAR } from '../../src/check/context.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, paragraph, reportDoc, text, title } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };
const blanksIn = (...content: Parameters<typeof paragraph>) =>
  checkDraft(reportDoc(title('报告'), paragraph(...content)), fields).items.filter((i) => i.rule === 'blank');

describe('blank: placeholders left in the text', () => {
  const found: Array<[string, string[]]> = [
    ['XX镇人民政府', ['XX']],
    ['共办理案件XX件，同比增长XX%', ['XX', 'XX']],
    ['xx局', ['xx']],
    ['XXX县', ['XXX']],
    ['ＸＸ单位', ['ＸＸ']],
    ['××××年××月', ['××××', '××']],
    ['共有□□人', ['□□']],
    ['共有□人', ['□']],
    ['○○局', ['○○']],
    ['负责人：___', ['___']],
    ['负责人：＿＿', ['＿＿']],
    ['共（　）件', ['（　）']],
    ['共（）件', ['（）']],
    ['共( )件', ['( )']],
  ];
  it.each(found)('%j → %j', (value, matches) => {
    const items = blanksIn(value);
    expect(items.map((i) => value.slice(i.from, i.to))).toEqual(matches);
    for (const i of items) {
      expect(i).toMatchObject({ severity: 'error', blockIndex: 1 });
      expect(i.message).toContain('待填写的空白');
    }
  });

  const clean: string[] = [
    '二〇二四年', // 〇 is the Chinese zero
    '实现X光机全覆盖', // a single X
    'Xbox与XXL不是空白', // inside Latin words
    '面积3×4米', // one multiplication sign
    '变量_a',
    '（一）加强领导',
    '依法行政。',
  ];
  it.each(clean)('%j → nothing', (value) => {
    expect(blanksIn(value)).toEqual([]);
  });

  it('offsets count a field as one position, like ProseMirror', () => {
    const items = blanksIn(field('unit'), '共XX件');
    expect(items).toMatchObject([{ from: 2, to: 4 }]);
    expect(FIELD_CHAR).toHaveLength(1);
  });

  it('checks the title and headings too', () => {
    const items = checkDraft(reportDoc(title('XX县报告'), paragraph('正文')), fields).items.filter((i) => i.rule === 'blank');
    expect(items).toMatchObject([{ blockIndex: 0, from: 0, to: 2 }]);
  });

  it('a blank inside flagged example text is left to the flag rule (reported once)', () => {
    const items = checkDraft(reportDoc(title('报告'), paragraph('共', text('XX', [{ type: 'flag', attrs: { kind: 'blank' } }]), '件，另XX件')), fields).items;
    expect(items.filter((i) => i.rule === 'blank')).toMatchObject([{ from: 6, to: 8 }]);
    expect(items.filter((i) => i.rule === 'flag')).toMatchObject([{ from: 1, to: 3 }]);
  });
});
