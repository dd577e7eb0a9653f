import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/model/draft.ts';
import { field, paragraph, reportDoc, title } from '../../src/model/schema.ts';
import { BackupError, backupFileName, createBackup, parseBackup, planMerge, resolveConflict, type BackupErrorReason } from '../../src/storage/backup.ts';
import type { LibraryReport } from '../../src/storage/restore.ts';

const makeDraft = (id: string, body = '正文', updatedAt = 100): Draft => ({
  id,
  name: `草稿${id}`,
  fields: { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-02-01' },
  doc: reportDoc(title(field('unit'), '2024年法治政府建设工作报告'), paragraph(body)),
  origin: 'standard',
  createdAt: 10,
  updatedAt,
});
const report: LibraryReport = {
  id: 'mine',
  index: 0,
  title: '某局2023年法治政府建设工作报告',
  unit: '某局',
  unitNote: '',
  level: '县',
  year: 2023,
  blocks: [{ id: 'mine-0', type: 'paragraph', text: '正文', part: 'work', path: [] }],
  importedAt: 5,
};
const now = new Date(2026, 10, 24, 9, 30); // local time: 2026-11-24

describe('backupFileName', () => {
  it('dates the file in local time', () => {
    expect(backupFileName(now)).toBe('法治报告起草器备份-2026-11-24.json');
    expect(backupFileName(new Date(2025, 0, 5, 23, 59))).toBe('法治报告起草器备份-2025-01-05.json');
  });
});

describe('createBackup / parseBackup round trip', () => {
  it('gives back the same drafts and library', () => {
    const drafts = [makeDraft('a'), makeDraft('b', '第二篇')];
    const text = createBackup(drafts, [report], now);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'report-drafter-backup', version: 1, exportedAt: now.toISOString() });
    const parsed = parseBackup(text);
    expect(parsed.drafts).toEqual(drafts);
    expect(parsed.library).toEqual([report]);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.sourceVersion).toBe(1);
    expect(parsed.exportedAt).toBe(now.toISOString());
  });
  it('tolerates a byte-order mark and surrounding whitespace', () => {
    expect(parseBackup(`\uFEFF\n ${createBackup([makeDraft('a')], [], now)} \n`).drafts).toHaveLength(1);
  });
  it('an empty backup is valid', () => {
    expect(parseBackup(createBackup([], [], now))).toMatchObject({ drafts: [], library: [] });
  });
});

describe('parseBackup rejects wrong files with a clear message', () => {
  const valid = JSON.parse(createBackup([makeDraft('a')], [], now));
  const cases: Array<{ name: string; text: string; reason: BackupErrorReason; message: RegExp }> = [
    { name: 'empty file', text: '', reason: 'empty', message: /备份文件是空的/ },
    { name: 'whitespace only', text: ' \n ', reason: 'empty', message: /备份文件是空的/ },
    { name: 'a .docx renamed', text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml', reason: 'docx', message: /Word 文档或压缩文件/ },
    { name: 'truncated JSON', text: createBackup([makeDraft('a')], [], now).slice(0, 200), reason: 'not-json', message: /不是有效的 JSON/ },
    { name: 'plain text', text: '法治政府建设工作报告', reason: 'not-json', message: /不是有效的 JSON/ },
    { name: 'a JSON array', text: '[1,2,3]', reason: 'not-backup', message: /不是法治报告起草器的备份文件/ },
    { name: 'a JSON number', text: '42', reason: 'not-backup', message: /不是法治报告起草器的备份文件/ },
    { name: 'JSON null', text: 'null', reason: 'not-backup', message: /不是法治报告起草器的备份文件/ },
    { name: 'random JSON object', text: '{"name":"package","version":"1.0.0"}', reason: 'not-backup', message: /不是法治报告起草器的备份文件/ },
    { name: 'a single draft', text: JSON.stringify(makeDraft('a')), reason: 'single-draft', message: /单篇草稿/ },
    { name: 'another app’s format', text: JSON.stringify({ ...valid, format: 'excalidraw' }), reason: 'unknown-format', message: /格式标识为“excalidraw”/ },
    { name: 'missing version', text: JSON.stringify({ ...valid, version: undefined }), reason: 'bad-version', message: /版本号缺失或无效/ },
    { name: 'version 0 with a format', text: JSON.stringify({ ...valid, version: 0 }), reason: 'bad-version', message: /版本号缺失或无效/ },
    { name: 'version as text', text: JSON.stringify({ ...valid, version: '1' }), reason: 'bad-version', message: /版本号缺失或无效/ },
    { name: 'version 1.5', text: JSON.stringify({ ...valid, version: 1.5 }), reason: 'bad-version', message: /版本号缺失或无效/ },
    {
      name: 'a future version',
      text: JSON.stringify({ ...valid, version: 2 }),
      reason: 'future-version',
      message: /^该备份文件来自更新版本的起草器（版本 2），当前版本无法读取，请升级后再恢复。$/,
    },
    { name: 'drafts not a list', text: JSON.stringify({ ...valid, drafts: {} }), reason: 'incomplete', message: /内容不完整/ },
    { name: 'library not a list', text: JSON.stringify({ ...valid, library: 'x' }), reason: 'incomplete', message: /内容不完整/ },
  ];
  it.each(cases)('$name', ({ text, reason, message }) => {
    let error: unknown;
    try {
      parseBackup(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).reason).toBe(reason);
    expect((error as BackupError).message).toMatch(message);
  });
});

describe('parseBackup restores what it can and lists the rest', () => {
  it('skips a damaged draft and a damaged library entry, keeping the others', () => {
    const file = JSON.parse(createBackup([makeDraft('a'), makeDraft('b')], [report], now));
    file.drafts[1].doc = 42;
    file.library.push({ id: 'x', title: '坏范文' });
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.drafts.map((d) => d.id)).toEqual(['a']);
    expect(parsed.library.map((r) => r.id)).toEqual(['mine']);
    expect(parsed.skipped).toEqual([
      { kind: 'draft', index: 1, label: '草稿b', reason: '草稿数据已损坏或格式不正确（位置：doc）。' },
      { kind: 'library', index: 1, label: '坏范文', reason: expect.stringMatching(/^范文数据已损坏/) },
    ]);
  });
  it('keeps the newer of two drafts with the same id', () => {
    const text = createBackup([makeDraft('a', '旧', 100), makeDraft('a', '新', 200)], [], now);
    const parsed = parseBackup(text);
    expect(parsed.drafts).toEqual([makeDraft('a', '新', 200)]);
    // Not damaged data: the newer copy is kept and the user is told so.
    expect(parsed.skipped).toEqual([]);
    expect(parsed.duplicates).toHaveLength(1);
    expect(parsed.duplicates[0]!.note).toMatch(/^文件中有两份编号相同的“.*”，已保留较新的一份$/);
    // Whichever order the two copies come in.
    const reversed = parseBackup(createBackup([makeDraft('a', '新', 200), makeDraft('a', '旧', 100)], [], now));
    expect(reversed.drafts).toEqual([makeDraft('a', '新', 200)]);
  });
});

describe('version-0 backups migrate to version 1', () => {
  /** What the pre-release builds wrote: no format/version, year as the input box's text, no library. */
  const legacy = {
    app: 'report-drafter',
    exportedAt: '2024-12-01T08:00:00.000Z',
    drafts: [
      { ...makeDraft('a'), fields: { unit: '县司法局', year: '2024', superior: '', date: '' } },
      { ...makeDraft('b'), fields: { unit: '', year: '', superior: '', date: '' } },
      { ...makeDraft('c'), fields: { unit: '', year: ' 2023年 ', superior: '', date: '' } },
      { ...makeDraft('d'), fields: { unit: '', year: '明年', superior: '', date: '' } },
    ],
  };
  it('converts year text to a number (or null) and adds an empty library', () => {
    const parsed = parseBackup(JSON.stringify(legacy));
    expect(parsed.sourceVersion).toBe(0);
    expect(parsed.exportedAt).toBe('2024-12-01T08:00:00.000Z');
    expect(parsed.drafts.map((d) => d.fields.year)).toEqual([2024, null, 2023, null]);
    expect(parsed.library).toEqual([]);
    expect(parsed.skipped).toEqual([]);
  });
  it('the same file without migration would not validate (the step is real)', () => {
    const asV1 = { ...legacy, app: undefined, format: 'report-drafter-backup', version: 1, library: [] };
    const parsed = parseBackup(JSON.stringify(asV1));
    expect(parsed.drafts).toEqual([]); // a year as text is not a v1 year
    expect(parsed.skipped.map((s) => s.reason)).toEqual(Array(4).fill('草稿数据已损坏或格式不正确（位置：fields.year）。'));
  });
  it('a v0 file whose drafts are missing is incomplete', () => {
    expect(() => parseBackup(JSON.stringify({ app: 'report-drafter' }))).toThrow(BackupError);
  });
});

describe('planMerge: nothing is overwritten silently', () => {
  const existing = [makeDraft('a', '甲'), makeDraft('b', '乙'), makeDraft('c', '丙')];
  const cases: Array<{ name: string; incoming: Draft[]; add: string[]; same: string[]; conflicts: string[] }> = [
    { name: 'all new', incoming: [makeDraft('x'), makeDraft('y')], add: ['x', 'y'], same: [], conflicts: [] },
    { name: 'identical content is skipped', incoming: [makeDraft('a', '甲')], add: [], same: ['a'], conflicts: [] },
    { name: 'only timestamps differ → identical', incoming: [{ ...makeDraft('a', '甲', 999), createdAt: 1 }], add: [], same: ['a'], conflicts: [] },
    { name: 'same id, different text → conflict', incoming: [makeDraft('b', '乙改')], add: [], same: [], conflicts: ['b'] },
    { name: 'same id, different name → conflict', incoming: [{ ...makeDraft('c', '丙'), name: '新名字' }], add: [], same: [], conflicts: ['c'] },
    {
      name: 'same id, different fields → conflict',
      incoming: [{ ...makeDraft('c', '丙'), fields: { ...makeDraft('c').fields, year: 2025 } }],
      add: [],
      same: [],
      conflicts: ['c'],
    },
    {
      name: 'mixed',
      incoming: [makeDraft('a', '甲'), makeDraft('b', '乙改'), makeDraft('z')],
      add: ['z'],
      same: ['a'],
      conflicts: ['b'],
    },
  ];
  it.each(cases)('$name', ({ incoming, add, same, conflicts }) => {
    const plan = planMerge(existing, incoming);
    expect(plan.add.map((d) => d.id)).toEqual(add);
    expect(plan.same.map((d) => d.id)).toEqual(same);
    expect(plan.conflicts.map((c) => c.incoming.id)).toEqual(conflicts);
    for (const c of plan.conflicts) expect(c.existing).toBe(existing.find((e) => e.id === c.incoming.id));
  });
  it('key order does not make content differ', () => {
    const a = makeDraft('a', '甲');
    const reordered = JSON.parse(
      JSON.stringify({ updatedAt: a.updatedAt, doc: a.doc, id: a.id, name: a.name, fields: a.fields, origin: a.origin, createdAt: a.createdAt }),
    );
    expect(planMerge([a], [reordered]).same).toHaveLength(1);
  });
  it('works for library reports too (importedAt ignored)', () => {
    const plan = planMerge(
      [report],
      [
        { ...report, importedAt: 99 },
        { ...report, id: 'other' },
      ],
    );
    expect(plan.same).toHaveLength(1);
    expect(plan.add.map((r) => r.id)).toEqual(['other']);
  });
});

describe('resolveConflict', () => {
  const conflict = { existing: makeDraft('a', '现有'), incoming: makeDraft('a', '备份') };
  it('keep writes nothing', () => {
    expect(resolveConflict('keep', conflict)).toBeNull();
  });
  it('replace writes the backup over the stored draft, explicitly', () => {
    expect(resolveConflict('replace', conflict)).toEqual({ draft: conflict.incoming, overwrite: true });
  });
  it('copy writes the backup as a new draft named …（恢复）', () => {
    const r = resolveConflict('copy', conflict, () => 'new-id');
    expect(r).toEqual({ draft: { ...conflict.incoming, id: 'new-id', name: '草稿a（恢复）' }, overwrite: false });
  });
  it('copy uses a fresh random id by default', () => {
    const a = resolveConflict('copy', conflict)!.draft.id;
    const b = resolveConflict('copy', conflict)!.draft.id;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(a).not.toBe('a');
  });
});
