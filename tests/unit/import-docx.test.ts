import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Document, HeadingLevel as DocxHeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { exportDocx } from '../../src/export/docx/index.ts';
import { docxToParagraphs, importDocxReport, reportLevelOf, unitFromTitle } from '../../src/import/docx.ts';
import { ImportError, MAX_IMPORT_BYTES, type ImportReason } from '../../src/import/errors.ts';
import { computeNumbering } from '../../src/model/numbering.ts';
import type { HeadingLevel } from '../../src/model/schema.ts';

const run = promisify(execFile);
const PLAIN_REPORT = fileURLToPath(new URL('../fixtures/import/plain-report.txt', import.meta.url));

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-test-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Converts a file with LibreOffice (private profile: a shared one makes soffice do nothing). */
async function soffice(input: string, filter: string): Promise<Uint8Array> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-import-test-'));
  try {
    const { stdout } = await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', dir, input],
      { timeout: 120_000 },
    );
    const out = /-> (.+?) using filter/.exec(stdout)?.[1];
    if (!out) throw new Error(`soffice converted nothing: ${stdout}`);
    return new Uint8Array(await readFile(out));
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

async function docxOf(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('import of a .docx made by the project’s exporter', () => {
  it.each(EXAMPLES.map((r) => [r.id, r] as const))('%s comes back with its outline and parts', async (_id, report) => {
    const { doc, fields } = exampleToDraft(report);
    const bytes = await exportDocx(doc, fields);
    const imported = await importDocxReport(bytes, `${report.id}.docx`);

    expect(imported.title).toBe(report.title);
    expect(imported.year).toBe(report.year);
    expect(imported.id).toMatch(/^mine-[a-z0-9]+$/);
    expect(imported.blocks.map((b) => b.id)).toEqual(imported.blocks.map((_, i) => `${imported.id}-${i}`));
    // Paragraph text is trimmed on import (one corpus block ends with a space).
    const shape = (b: (typeof report.blocks)[number]) => ({ type: b.type, level: b.level, runIn: b.runIn, text: b.text.trim(), part: b.part });
    expect(imported.blocks.map(shape)).toEqual(report.blocks.map(shape));
    // The export writes computed numbers; the import reads them back as the literal numbering.
    const levels = report.blocks.flatMap((b) => (b.level ? [b.level] : []));
    expect(imported.blocks.flatMap((b) => (b.type === 'heading' ? [b.numbering] : []))).toEqual(computeNumbering(levels));
  });

  it('reads the same bytes given as an ArrayBuffer (the browser’s File.arrayBuffer())', async () => {
    const report = EXAMPLES[5]!;
    const { doc, fields } = exampleToDraft(report);
    const bytes = await exportDocx(doc, fields);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const fromBuffer = await importDocxReport(buffer, 'a.docx');
    expect(fromBuffer).toEqual(await importDocxReport(bytes, 'a.docx'));
    expect(fromBuffer.unit).toBe('县司法局');
  });
});

describe('import of a .docx made by LibreOffice from plain text', () => {
  it('detects title, unit, year, levels, run-in headings, parts and sign-off', async () => {
    const txt = join(dir, 'plain-report.txt');
    await copyFile(PLAIN_REPORT, txt);
    const bytes = await soffice(txt, 'docx:MS Word 2007 XML');
    const report = await importDocxReport(bytes, 'plain-report.docx');

    expect(report).toMatchObject({ title: '县统计局2024年法治政府建设工作报告', unit: '县统计局', level: '县', year: 2024, index: 0 });
    const rows = report.blocks.map((b) => [b.type, b.level ?? null, b.runIn ?? null, b.numbering ?? null, b.part, b.text.slice(0, 8)]);
    expect(rows).toEqual([
      ['intro', null, null, null, 'intro', '2024年，在县'],
      ['heading', 1, false, '一、', 'work', '工作开展情况'],
      ['heading', 2, true, '（一）', 'work', '加强学习。将法治'],
      ['heading', 2, false, '（二）', 'work', '推进政务公开'],
      ['paragraph', null, null, null, 'work', '通过门户网站主动'],
      ['heading', 1, false, '二、', 'duty', '履行推进法治建设'],
      ['paragraph', null, null, null, 'duty', '局主要负责同志认'],
      ['heading', 1, false, '三、', 'problems', '存在的不足和问题'],
      ['paragraph', null, null, null, 'problems', '一是学习的力度不'],
      ['heading', 1, false, '四、', 'plans', '下一步工作打算'],
      ['heading', 2, true, '（一）', 'plans', '继续推进普法宣传'],
      ['heading', 2, false, '（二）', 'plans', '加强执法业务培训'],
      ['paragraph', null, null, null, 'plans', '组织全局工作人员'],
      ['signoff', null, null, null, 'signoff', '县统计局'],
      ['signoff', null, null, null, 'signoff', '2025年1月1'],
    ]);
    expect(report.blocks[4]!.path).toEqual(['一、工作开展情况', '（二）推进政务公开']);
  });
});

describe('import of Word heading styles without literal numbers', () => {
  it('takes Title and Heading 1–3 as the title and the levels', async () => {
    const bytes = await docxOf([
      new Paragraph({ heading: DocxHeadingLevel.TITLE, children: [new TextRun('市教育局2024年度法治政府建设工作报告')] }),
      new Paragraph({ children: [new TextRun('2024年，市教育局扎实推进法治政府建设。')] }),
      new Paragraph({ heading: DocxHeadingLevel.HEADING_1, children: [new TextRun('主要工作')] }),
      new Paragraph({ heading: DocxHeadingLevel.HEADING_2, children: [new TextRun('强化法治宣传教育')] }),
      new Paragraph({ children: [new TextRun('开齐开足中小学法治教育课程。')] }),
      new Paragraph({ heading: DocxHeadingLevel.HEADING_3, children: [new TextRun('（一）已经编号的标题')] }),
      new Paragraph({ heading: DocxHeadingLevel.HEADING_1, children: [new TextRun('存在问题')] }),
      new Paragraph({ children: [new TextRun('形式比较单一。')] }),
    ]);
    const paragraphs = (await docxToParagraphs(bytes)).paragraphs;
    expect(paragraphs.map((p) => p.styleLevel ?? null)).toEqual([0, null, 1, 2, null, 3, 1, null]);

    const report = await importDocxReport(bytes, '教育.docx');
    expect(report).toMatchObject({ title: '市教育局2024年度法治政府建设工作报告', unit: '市教育局', level: '市', year: 2024 });
    const rows = report.blocks.map((b) => [b.type, b.level ?? null, b.numbering ?? null, b.part, b.text, b.path.join('/')]);
    expect(rows).toEqual([
      ['intro', null, null, 'intro', '2024年，市教育局扎实推进法治政府建设。', ''],
      ['heading', 1, '', 'work', '主要工作', ''],
      ['heading', 2, '', 'work', '强化法治宣传教育', '主要工作'],
      ['paragraph', null, null, 'work', '开齐开足中小学法治教育课程。', '主要工作/强化法治宣传教育'],
      // A literal number wins over the style.
      ['heading', 2, '（一）', 'work', '已经编号的标题', '主要工作'],
      ['heading', 1, '', 'problems', '存在问题', ''],
      ['paragraph', null, null, 'problems', '形式比较单一。', '存在问题'],
    ]);
  });

  it('takes a title-like first Heading 1 as the title', async () => {
    const bytes = await docxOf([
      new Paragraph({ heading: DocxHeadingLevel.HEADING_1, children: [new TextRun('XX县司法局2023年法治政府建设工作报告')] }),
      new Paragraph({ heading: DocxHeadingLevel.HEADING_1, children: [new TextRun('工作开展情况')] }),
      new Paragraph({ children: [new TextRun('正文。')] }),
    ]);
    const report = await importDocxReport(bytes, 'x.docx');
    expect(report).toMatchObject({ title: 'XX县司法局2023年法治政府建设工作报告', unit: 'XX县司法局', year: 2023 });
    expect(report.blocks.map((b) => [b.type, b.level ?? null, b.text])).toEqual([
      ['heading', 1, '工作开展情况'],
      ['paragraph', null, '正文。'],
    ]);
  });

  it('falls back to the file name when there is no title', async () => {
    const bytes = await docxOf([new Paragraph({ children: [new TextRun('一、工作开展情况')] }), new Paragraph({ children: [new TextRun('正文。')] })]);
    const report = await importDocxReport(bytes, '我的报告.docx');
    expect(report.title).toBe('我的报告');
    expect(report.unit).toBeNull();
  });
});

describe('title metadata', () => {
  it.each([
    ['县统计局2023年法治政府建设工作报告', '县统计局', '县'],
    ['XX镇人民政府关于2023年度法治政府建设工作情况的报告', 'XX镇人民政府', '镇'],
    ['中共伊春市委政法委员会2023年法治建设工作报告', '伊春市委政法委员会', '市'],
    ['2023年度法治政府建设工作报告', null, '县'],
  ])('%s → %s (%s)', (title, unit, level) => {
    expect(unitFromTitle(title)).toBe(unit);
    expect(reportLevelOf(unitFromTitle(title))).toBe(level);
  });
});

/** A fake compound-file (OLE/CFB) container whose directory names `streams` (UTF-16LE). */
function cfb(...streams: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0]).concat(new Array<number>(128 - s.length * 2).fill(0)));
  return new Uint8Array([...header, ...new Array<number>(504).fill(0), ...names]);
}

describe('bad files', () => {
  const BAD: ReadonlyArray<readonly [name: string, fileName: string, reason: ImportReason, bytes: () => Promise<Uint8Array>]> = [
    ['an empty file', '空白.docx', 'empty', async () => new Uint8Array(0)],
    [
      'a file over 20 MB',
      '太大.docx',
      'tooLarge',
      async () => {
        const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
        big.set([0x50, 0x4b, 0x03, 0x04]);
        return big;
      },
    ],
    ['a .txt renamed .docx', '改名.docx', 'notDocx', async () => new TextEncoder().encode('这是一个纯文本文件，不是Word文档。')],
    ['an encrypted .docx (CFB with EncryptedPackage)', '加密.docx', 'encrypted', async () => cfb('Root Entry', 'EncryptionInfo', 'EncryptedPackage')],
    ['another CFB file', '表格.xls', 'notDocx', async () => cfb('Root Entry', 'Workbook')],
    [
      'a corrupt zip (the first half of a .docx)',
      '损坏.docx',
      'corrupt',
      async () => {
        const whole = await docxOf([new Paragraph({ children: [new TextRun('正文')] })]);
        return whole.slice(0, Math.floor(whole.length / 2));
      },
    ],
    [
      'a zip that is no Word document',
      '压缩包.docx',
      'notDocx',
      async () => {
        const zip = new JSZip();
        zip.file('readme.txt', '你好');
        return zip.generateAsync({ type: 'uint8array' });
      },
    ],
    ['a .docx without text', '无字.docx', 'noText', async () => docxOf([new Paragraph({ children: [] }), new Paragraph({ children: [new TextRun('   ')] })])],
    [
      'a .docx with only a title',
      '只有标题.docx',
      'noText',
      async () => docxOf([new Paragraph({ heading: DocxHeadingLevel.TITLE, children: [new TextRun('2023年法治政府建设工作报告')] })]),
    ],
  ];

  it.each(BAD)('rejects %s', async (_name, fileName, reason, bytes) => {
    const error = await importDocxReport(await bytes(), fileName).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ fileName, reason });
    expect((error as ImportError).message).toMatch(new RegExp(`^无法导入“${fileName.replace('.', '\\.')}”：.+。$`));
  });

  it('tells the user to save an old .doc (made by LibreOffice) as .docx', async () => {
    const txt = join(dir, 'old.txt');
    await copyFile(PLAIN_REPORT, txt);
    const doc = await soffice(txt, 'doc:MS Word 97');
    const error = await docxToParagraphs(doc, '旧文档.doc').catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'legacyDoc', fileName: '旧文档.doc' });
    expect((error as Error).message).toBe('无法导入“旧文档.doc”：这是旧版Word文档（.doc），请在Word或WPS中用“另存为”保存为.docx格式后再导入。');
  });

  it('names the file and the reason in Chinese', () => {
    expect(new ImportError('xxx.docx', 'notDocx').message).toBe('无法导入“xxx.docx”：文件不是有效的Word文档（.docx）。');
  });
});

describe('levels in the LibreOffice fixture match the numbering', () => {
  it('computes the same labels it read', async () => {
    const txt = join(dir, 'again.txt');
    await copyFile(PLAIN_REPORT, txt);
    const report = await importDocxReport(await soffice(txt, 'docx:MS Word 2007 XML'), 'again.docx');
    const levels = report.blocks.flatMap((b) => (b.level ? [b.level as HeadingLevel] : []));
    expect(report.blocks.flatMap((b) => (b.type === 'heading' ? [b.numbering] : []))).toEqual(computeNumbering(levels));
  });
});
