import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, paragraph, reportDoc, text, title, type FlagKind, type ReportMark } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };
const flag = (kind: FlagKind): ReportMark => ({ type: 'flag', attrs: { kind } });
const bold: ReportMark = { type: 'bold' };
const flagItems = (...content: Parameters<typeof paragraph>) =>
  checkDraft(reportDoc(title('报告'), paragraph(...content)), fields).items.filter((i) => i.rule === 'flag');

describe('flag: marks left from inserted examples', () => {
  const kinds: Array<{ kind: FlagKind; value: string; severity: string; message: RegExp }> = [
    { kind: 'unit', value: '县统计局', severity: 'error', message: /^“县统计局”是范文中其他单位的名称/ },
    { kind: 'name', value: '刘振辉', severity: 'error', message: /^“刘振辉”是范文中的人名或村（社区）名/ },
    { kind: 'figure', value: '128件', severity: 'error', message: /^“128件”是范文中的数据/ },
    { kind: 'blank', value: 'XX', severity: 'error', message: /^“XX”是范文中待填写的空白/ },
    { kind: 'self', value: '我局', severity: 'warning', message: /^“我局”是范文单位的自称/ },
  ];
  it.each(kinds)('$kind: one $severity per span, with its offsets', ({ kind, value, severity, message }) => {
    const items = flagItems('今年', text(value, [flag(kind)]), '开展工作');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ severity, blockIndex: 1, from: 2, to: 2 + value.length });
    expect(items[0]!.message).toMatch(message);
  });

  it('each flagged span is its own item', () => {
    const items = flagItems(text('县统计局', [flag('unit')]), '办理', text('128', [flag('figure')]), '件，', text('县公安局', [flag('unit')]));
    expect(items.map((i) => [i.from, i.to])).toEqual([
      [0, 4],
      [6, 9],
      [11, 15],
    ]);
  });

  it('adjacent text nodes with the same flag (split by bold) are one span', () => {
    const items = flagItems(text('县统', [flag('unit')]), text('计局', [flag('unit'), bold]));
    expect(items).toMatchObject([{ from: 0, to: 4 }]);
    expect(items[0]!.message).toMatch(/^“县统计局”/);
  });

  it('adjacent spans of different kinds stay separate', () => {
    expect(flagItems(text('我局', [flag('self')]), text('128', [flag('figure')]))).toHaveLength(2);
  });

  it('no flag marks → nothing, bold and source marks do not count', () => {
    expect(flagItems('正文', text('加粗', [bold]), text('来源', [{ type: 'source', attrs: { report: 'r', heading: 'h' } }]))).toEqual([]);
  });

  it('offsets skip over fields as one position', () => {
    expect(flagItems(field('unit'), text('我局', [flag('self')]))).toMatchObject([{ from: 1, to: 3 }]);
  });

  it('a very long span is quoted shortened', () => {
    const long = '某'.repeat(40);
    expect(flagItems(text(long, [flag('unit')]))[0]!.message).toContain(`“${'某'.repeat(20)}…”`);
  });
});
