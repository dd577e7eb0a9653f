import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/storage/backup.ts';
import { doc, h1, p, t } from '../helpers/builders.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

const run = promisify(execFile);
const cli = (...args: string[]) => run('npx', ['tsx', 'scripts/export-docx.ts', ...args], { cwd: process.cwd() });

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('npm run export:docx (the CLI shares the browser export code)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-cli-'));
  });

  it('exports example 6 (县司法局) whole', async () => {
    const out = join(dir, 'example6.docx');
    await cli('--example', '6', out);
    const text = await documentText(out);
    expect(text).toContain('县司法局2023年法治政府建设工作报告');
    expect(text).toContain('一、法治建设工作完成情况');
    expect(text).toContain('（一）强化教育培训，全面提升干部法治素养。');
    await assertValidDocx(out);
  });

  it('exports a saved draft and a backup file', async () => {
    const draft = {
      id: 'd1',
      name: '测试草稿',
      fields: { unit: '县水务局', year: 2024, superior: '', date: '2025-03-01' },
      doc: doc(t('县水务局2024年度法治政府建设工作报告'), p('导语。'), h1('工作开展情况'), p('全年检查36次。')),
      origin: null,
      createdAt: 1,
      updatedAt: 2,
    };
    const draftPath = join(dir, 'draft.json');
    await writeFile(draftPath, JSON.stringify(draft));
    await cli(draftPath, join(dir, 'draft.docx'));
    expect(await documentText(join(dir, 'draft.docx'))).toContain('全年检查36次。');

    const backupPath = join(dir, 'backup.json');
    await writeFile(backupPath, createBackup([draft], [], new Date('2025-03-02T00:00:00Z')));
    await cli(backupPath, join(dir, 'backup.docx'), '--id', 'd1');
    expect(await documentText(join(dir, 'backup.docx'))).toContain('一、工作开展情况');
    await assertValidDocx(join(dir, 'draft.docx'));
    await assertValidDocx(join(dir, 'backup.docx'));
  });

  it.each([
    ['an example number out of range', ['--example', '9', 'x.docx'], /范文编号应为 1–7/],
    ['a missing file', ['/nonexistent/draft.json', 'x.docx'], /无法读取|不存在/],
    ['no arguments', [], /用法/],
  ])('fails clearly on %s', async (_name, args, message) => {
    await expect(cli(...args)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
  });

  it('fails clearly on a file that is not a draft', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"hello": 1}');
    await expect(cli(bad, join(dir, 'bad.docx'))).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/草稿/) });
  });
});
