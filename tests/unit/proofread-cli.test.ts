import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { getExample } from '../../src/examples/examples.ts';
import { exportDocx } from '../../src/export/docx/index.ts';
import { createBackup } from '../../src/storage/backup.ts';
import { doc, h1, p, t } from '../helpers/builders.ts';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run proofread -- …` (the script itself) and resolves with its exit code and output. */
const cli = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile('npx', ['tsx', 'scripts/proofread.ts', ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });

describe('npm run proofread (the browser’s rules on a file)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'proofread-cli-'));
    await writeFile(
      join(dir, 'report.txt'),
      '县水务局2024年度法治政府建设工作报告\n坚持以新时代中国特色社会主义思想为指导,服务大局。\n\n一是加强学习；三是完善制度。\n',
    );
    await writeFile(join(dir, 'advice.txt'), '学习《宪法》、《民法典》。\n');
    await writeFile(join(dir, 'clean.txt'), '坚持以习近平新时代中国特色社会主义思想为指导，服务大局。\n');
  });

  it('prints one line per item and exits 1 when there is an error (.txt: paragraph = line)', async () => {
    const { code, stdout } = await cli(join(dir, 'report.txt'));
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual([
      '第2段\t需修改\t规范表述·思想全称\t新时代中国特色社会主义思想 → 习近平新时代中国特色社会主义思想',
      '第2段\t需修改\t标点·半角标点\t, → ，',
      '第4段\t需修改\t序列与自称·序号连续\t三是 → 二是',
      '共 3 项：需修改 3 项，建议 0 项。',
    ]);
  });

  it('--json prints the items as specified', async () => {
    const { code, stdout } = await cli(join(dir, 'report.txt'), '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      items: [
        { paragraph: 2, severity: 'error', rule: 'xi-thought', match: '新时代中国特色社会主义思想', fix: '习近平新时代中国特色社会主义思想' },
        { paragraph: 2, severity: 'error', rule: 'half-width', match: ',', fix: '，' },
        { paragraph: 4, severity: 'error', rule: 'sequence', match: '三是', fix: '二是' },
      ],
    });
  });

  it('exits 0 on a clean file and on one with 建议 only', async () => {
    expect(await cli(join(dir, 'clean.txt'))).toMatchObject({ code: 0, stdout: '未发现问题。\n' });
    const advice = await cli(join(dir, 'advice.txt'), '--json');
    expect(advice.code).toBe(0);
    expect(JSON.parse(advice.stdout).items).toEqual([{ paragraph: 1, severity: 'advice', rule: 'title-comma', match: '》、《', fix: '》《' }]);
  });

  it('reads a saved draft and a backup (paragraph 1 is the title)', async () => {
    const draft = {
      id: 'd1',
      name: '测试',
      fields: { unit: 'XX镇人民政府', year: 2024, superior: '', date: '' },
      doc: doc(t('XX镇2024年法治政府建设工作报告'), p('导语。'), h1('工作开展情况'), p('我局截止10月共办理案件。')),
      origin: null,
      createdAt: 1,
      updatedAt: 2,
    };
    await writeFile(join(dir, 'draft.json'), JSON.stringify(draft));
    await writeFile(join(dir, 'backup.json'), createBackup([draft], [], new Date('2025-03-02T00:00:00Z')));
    const expected = [
      { paragraph: 4, severity: 'error', rule: 'wording', match: '截止', fix: '截至' },
      { paragraph: 4, severity: 'error', rule: 'self-reference', match: '我局', fix: '我镇' },
    ];
    for (const file of ['draft.json', 'backup.json']) {
      const { code, stdout } = await cli(join(dir, file), '--json');
      expect(code, file).toBe(1);
      expect(JSON.parse(stdout).items.sort((a: { match: string }, b: { match: string }) => a.match.localeCompare(b.match))).toEqual(
        [...expected].sort((a, b) => a.match.localeCompare(b.match)),
      );
    }
  });

  it('reads a .docx: the 县商务局 example exported by the app', async () => {
    const { doc: d, fields } = exampleToDraft(getExample(2)!);
    await writeFile(join(dir, 'commerce.docx'), await exportDocx(d, fields));
    const { code, stdout } = await cli(join(dir, 'commerce.docx'), '--json');
    expect(code).toBe(1);
    const items = JSON.parse(stdout).items as Array<{ paragraph: number; rule: string; match: string }>;
    expect(items[0]).toEqual({
      paragraph: 2,
      severity: 'error',
      rule: 'known-title',
      match: '法治政府建设实施纲要（2020-2025年）',
      fix: '法治政府建设实施纲要（2021—2025年）',
    });
    expect(items.filter((i) => i.rule === 'straight-quote')).toHaveLength(18);
  });

  it.each([
    ['a missing file', 'missing.txt', null, /不存在/],
    ['a folder', '.', null, /文件夹/],
    ['a file that is not JSON', 'bad.json', '{oops', /不是有效的 JSON/],
    ['JSON that is not a draft', 'other.json', '{"hello":1}', /草稿数据已损坏|格式不正确/],
    ['a corrupt .docx', 'bad.docx', 'not a zip at all', /无法导入“bad.docx”/],
    ['an unsupported type', 'x.pdf', '%PDF-1.4', /只支持 \.docx、\.json/],
  ])('exits 2 with a Chinese message on %s', async (_name, file, content, message) => {
    const path = file === '.' ? dir : join(dir, file);
    if (content !== null) await writeFile(path, content);
    const { code, stdout, stderr } = await cli(path);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('exits 2 with the usage when no file is given', async () => {
    const { code, stderr } = await cli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/用法/);
  });
});
