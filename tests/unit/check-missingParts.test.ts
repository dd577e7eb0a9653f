import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/checkDraft.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import type { ReportPart } from '../../src/model/part.ts';
import { heading, hintParagraph, paragraph, reportDoc, title, type BlockNode } from '../../src/model/schema.ts';

const fields: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' };

const HEADINGS: Record<ReportPart, string> = {
  work: '法治政府建设工作开展情况',
  duty: '履行推进法治建设第一责任人职责情况',
  problems: '存在的问题和不足',
  plans: '下一步工作打算',
};
/** A part: its level-1 heading and the given blocks (default: one paragraph of text). */
const part = (p: ReportPart, ...blocks: BlockNode[]): BlockNode[] => [
  heading(1, { part: p }, HEADINGS[p]),
  ...(blocks.length ? blocks : [paragraph('这一部分的正文内容。')]),
];
const missing = (...blocks: BlockNode[]) =>
  checkDraft(reportDoc(title('报告'), paragraph('导语。'), ...blocks), fields).items.filter((i) => i.rule === 'missing-part');

describe('missing-part', () => {
  it('a report with all four parts written → nothing', () => {
    expect(missing(...part('work'), ...part('duty'), ...part('problems'), ...part('plans'))).toEqual([]);
  });

  it('duty folded into work as a sub-section counts', () => {
    const items = missing(
      ...part(
        'work',
        heading(2, {}, '认真履行推进法治建设第一责任人职责'),
        paragraph('主要负责同志带头学法。'),
        heading(2, {}, '加强学习'),
        paragraph('组织学习。'),
      ),
      ...part('problems'),
      ...part('plans'),
    );
    expect(items).toEqual([]);
  });

  it('a run-in heading with text after its lead sentence is content', () => {
    expect(
      missing(...part('work'), ...part('duty'), ...part('problems', heading(2, { runIn: true }, '学习不够深入。部分干部学法流于形式。')), ...part('plans')),
    ).toEqual([]);
  });

  const cases: Array<{ name: string; blocks: BlockNode[]; part: ReportPart; severity: 'error' | 'warning'; blockIndex: number | null; message: RegExp }> = [
    {
      name: 'problems missing',
      blocks: [...part('work'), ...part('duty'), ...part('plans')],
      part: 'problems',
      severity: 'error',
      blockIndex: null,
      message: /^报告缺少“存在问题”部分/,
    },
    {
      name: 'plans missing',
      blocks: [...part('work'), ...part('duty'), ...part('problems')],
      part: 'plans',
      severity: 'error',
      blockIndex: null,
      message: /^报告缺少“下一步打算”部分/,
    },
    {
      name: 'duty missing is only a warning (often folded into the work text)',
      blocks: [...part('work'), ...part('problems'), ...part('plans')],
      part: 'duty',
      severity: 'warning',
      blockIndex: null,
      message: /没有找到单独的“第一责任人职责”部分.*可忽略此提示/,
    },
    {
      name: 'problems with a heading only',
      blocks: [...part('work'), ...part('duty'), heading(1, {}, HEADINGS.problems), ...part('plans')],
      part: 'problems',
      severity: 'error',
      blockIndex: 6,
      message: /^“存在问题”部分只有标题，还没有正文。$/,
    },
    {
      name: 'problems with only guidance',
      blocks: [...part('work'), ...part('duty'), ...part('problems', hintParagraph('写明存在的不足和原因')), ...part('plans')],
      part: 'problems',
      severity: 'error',
      blockIndex: 7,
      message: /^“存在问题”部分只有写作提示，还没有正文。$/,
    },
    {
      name: 'plans with sub-headings but no text',
      blocks: [
        ...part('work'),
        ...part('duty'),
        ...part('problems'),
        ...part('plans', heading(2, {}, '加强学习'), paragraph(), heading(2, { runIn: true }, '完善制度。')),
      ],
      part: 'plans',
      severity: 'error',
      blockIndex: 8,
      message: /只有标题/,
    },
    {
      name: 'work with whitespace only',
      blocks: [...part('work', paragraph('　 ')), ...part('duty'), ...part('problems'), ...part('plans')],
      part: 'work',
      severity: 'error',
      blockIndex: 2,
      message: /^“工作开展情况”部分只有标题/,
    },
  ];
  it.each(cases)('$name', ({ blocks, part: p, severity, blockIndex, message }) => {
    const items = missing(...blocks);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ part: p, severity, blockIndex });
    expect(items[0]!.message).toMatch(message);
  });

  it('a fresh template (headings and guidance only) → one error per part', () => {
    const blocks = (['work', 'duty', 'problems', 'plans'] as const).flatMap((p) => part(p, hintParagraph('提示')));
    expect(missing(...blocks).map((i) => [i.part, i.severity])).toEqual([
      ['work', 'error'],
      ['duty', 'error'],
      ['problems', 'error'],
      ['plans', 'error'],
    ]);
  });
});
