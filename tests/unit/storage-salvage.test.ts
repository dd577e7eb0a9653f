import { describe, expect, it } from 'vitest';
import { restoreMessage } from '../../src/app/restoreMessage.ts';
import { createBackup, parseBackup } from '../../src/storage/backup.ts';
import { salvageDoc } from '../../src/storage/salvage.ts';
import type { Draft } from '../../src/model/draft.ts';
import { heading, paragraph, reportDoc, title } from '../../src/model/schema.ts';

const now = new Date(Date.UTC(2025, 0, 2));
const draft = (id: string, name: string): Draft => ({
  id,
  name,
  fields: { unit: '县司法局', year: 2024, superior: '', date: '' },
  doc: reportDoc(title('2024年法治政府建设工作报告'), heading(1, {}, '工作开展情况'), paragraph('第一段。')),
  origin: null,
  createdAt: 10,
  updatedAt: 100,
});

/** A backup whose draft b holds a block quote (unknown node), an unknown mark and an unknown inline node. */
function hostileBackup(): string {
  const file = JSON.parse(createBackup([draft('a', '好草稿'), draft('b', '带引用的草稿')], [], now));
  const content = file.drafts[1].doc.content;
  content.splice(2, 0, {
    type: 'blockquote',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '案件数' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '128件' }] },
    ],
  });
  content[1].content[0].marks = [{ type: 'italic' }, { type: 'bold' }];
  content.push({
    type: 'paragraph',
    content: [
      { type: 'text', text: '见' },
      { type: 'footnoteRef', content: [{ type: 'text', text: '注1' }] },
      { type: 'text', text: '。' },
    ],
  });
  return JSON.stringify(file);
}

describe('restore keeps what it can', () => {
  it('turns unknown nodes into plain paragraphs of their text and drops unknown marks', () => {
    const parsed = parseBackup(hostileBackup());
    expect(parsed.skipped).toEqual([]);
    expect(parsed.drafts.map((d) => d.name)).toEqual(['好草稿', '带引用的草稿']);
    const b = parsed.drafts[1]!;
    const texts = b.doc.content.map((n) => (n.content ?? []).map((i) => (i.type === 'text' ? i.text : '')).join(''));
    expect(texts).toEqual(['2024年法治政府建设工作报告', '工作开展情况', '案件数', '128件', '第一段。', '见注1。']);
    // The heading kept its bold and level; italic is gone.
    expect(b.doc.content[1]).toMatchObject({ type: 'heading', attrs: { level: 1 }, content: [{ marks: [{ type: 'bold' }] }] });
    expect(parsed.repaired).toEqual([{ label: '带引用的草稿', note: '2处无法识别的内容（引用、脚注）已转为普通文字，1处无法识别的格式已去掉' }]);
    const message = restoreMessage({ drafts: 2, library: 0, repaired: parsed.repaired, duplicates: parsed.duplicates, skipped: parsed.skipped });
    expect(message).toBe(
      '已恢复 2 份草稿、0 篇范文。草稿“带引用的草稿”中2处无法识别的内容（引用、脚注）已转为普通文字，1处无法识别的格式已去掉，其余内容照原样恢复。',
    );
  });

  it('keeps a well-formed table of a draft it repairs', () => {
    const file = JSON.parse(hostileBackup());
    const table = {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '128件' }] }] }] }],
    };
    file.drafts[1].doc.content.splice(3, 0, table);
    const b = parseBackup(JSON.stringify(file)).drafts[1]!;
    expect(b.doc.content.filter((n) => n.type === 'table')).toEqual([table]);
  });

  it('leaves a valid draft exactly as it was', () => {
    const parsed = parseBackup(createBackup([draft('a', '好草稿')], [], now));
    expect(parsed.drafts).toEqual([draft('a', '好草稿')]);
    expect(parsed.repaired).toEqual([]);
  });

  it('keeps a draft whose title is missing or whose heading level is out of range', () => {
    const file = JSON.parse(createBackup([draft('a', '甲')], [], now));
    file.drafts[0].doc.content[0].type = 'paragraph';
    file.drafts[0].doc.content[1].attrs.level = 7;
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.drafts[0]!.doc.content[0]).toEqual({ type: 'reportTitle' });
    expect(parsed.drafts[0]!.doc.content[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '2024年法治政府建设工作报告' }] });
    expect(parsed.repaired[0]!.note).toBe('1处无法识别的内容（标题）已转为普通文字');
  });

  it('still skips what is not a draft at all, with a Chinese reason, and names the draft in the message', () => {
    const file = JSON.parse(createBackup([draft('a', '甲'), draft('b', '乙')], [], now));
    file.drafts[1].doc = 'garbage';
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.skipped).toEqual([{ kind: 'draft', index: 1, label: '乙', reason: '草稿数据已损坏或格式不正确（位置：doc）。' }]);
    expect(restoreMessage({ drafts: 1, library: 0, repaired: [], duplicates: [], skipped: parsed.skipped })).toBe(
      '已恢复 1 份草稿、0 篇范文。未能恢复 1 项——“乙”：草稿数据已损坏或格式不正确（位置：doc）。',
    );
  });

  it('refuses a draft too large to edit, naming it', () => {
    const big = { ...draft('a', '巨型草稿'), doc: reportDoc(title('标题'), paragraph('长'.repeat(60_001))) };
    const parsed = parseBackup(createBackup([big, draft('b', '乙')], [], now));
    expect(parsed.drafts.map((d) => d.id)).toEqual(['b']);
    expect(parsed.skipped[0]).toMatchObject({ label: '巨型草稿', reason: expect.stringContaining('其中一段长达约6万字') });
  });

  it('survives hostile nesting without recursion', () => {
    let node: unknown = { type: 'text', text: '深处的字' };
    for (let i = 0; i < 50_000; i++) node = { type: 'wrapper', content: [node] };
    const salvaged = salvageDoc({ type: 'doc', content: [{ type: 'reportTitle' }, node] })!;
    expect(salvaged.doc.content[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '深处的字' }] });
  });
});
