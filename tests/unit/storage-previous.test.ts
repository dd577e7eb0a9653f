import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/model/draft.ts';
import { table } from '../../src/model/schema.ts';
import { createBackup, parseBackup } from '../../src/storage/backup.ts';
import { restoreDraft } from '../../src/storage/restore.ts';
import { snapshotPrevious } from '../../src/yearly/snapshot.ts';
import { doc, h1, p, t } from '../helpers/builders.ts';

const fields = { unit: '县司法局', year: 2026, superior: '县委、县政府', date: '' };
const lastDoc = doc(
  t('县司法局2025年法治政府建设工作报告'),
  h1('2026年工作打算'),
  p('深化行政复议体制改革。'),
  table([
    ['项目', '数量'],
    ['案件', '42件'],
  ]),
);
const previous = { ...snapshotPrevious(lastDoc, { ...fields, year: 2025 }, '去年.docx', 'file' as const), links: { 'plan-x': '全年办理', 'plan-y': null } };
const draft: Draft = { id: 'd1', name: '今年', fields, doc: doc(t('报告'), p('正文。')), origin: null, createdAt: 1, updatedAt: 2, previous };

describe('a draft’s 去年报告 in storage and backups', () => {
  it('restoreDraft keeps it, tables and hand links included', () => {
    expect(restoreDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('a draft without one stays without one', () => {
    const { previous: _p, ...plain } = draft;
    void _p;
    expect('previous' in restoreDraft(plain)).toBe(false);
  });

  it('a broken 去年报告 is reported as damaged data, not silently dropped', () => {
    expect(() => restoreDraft({ ...draft, previous: { ...previous, doc: { type: 'doc', content: [] } } })).toThrow(/位置：previous/);
  });

  it('survives 备份 → 恢复', () => {
    const parsed = parseBackup(createBackup([draft], [], new Date(0)));
    expect(parsed.drafts[0]).toEqual(draft);
  });
});
