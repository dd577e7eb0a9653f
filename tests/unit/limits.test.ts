import { describe, expect, it } from 'vitest';
import { oversizePasteMessage, pasteSize } from '../../src/editor/extensions/pasteCleanup.ts';
import { exportDocx } from '../../src/export/docx/index.ts';
import { docxToParagraphs } from '../../src/import/docx.ts';
import { ImportError } from '../../src/import/errors.ts';
import { checkZipDirectory, docxTextStats, inflatePart, readZipDirectory, ZipLimitError } from '../../src/import/zipLimits.ts';
import { docTextStats, htmlTextLength, MAX_DRAFT_CHARS, MAX_PASTE_CHARS, oversizeReason, WARN_DRAFT_CHARS } from '../../src/model/limits.ts';
import { docxOf, giantParagraphDocx, lieAboutSize, reportOfPages, zipBomb } from '../helpers/hostile.ts';
import { assertBackupSize, BackupError, createBackup, parseBackup } from '../../src/storage/backup.ts';
import { inlineText, type BlockNode } from '../../src/model/schema.ts';
import { MAX_BACKUP_BYTES, MAX_PASTE_HTML_CHARS } from '../../src/model/limits.ts';

const reason = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
};

describe('.docx limits, checked before the work', () => {
  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const bomb = zipBomb(80);
    expect(bomb.length).toBeLessThan(200_000);
    const entries = readZipDirectory(bomb);
    expect(entries.find((e) => e.name === 'word/document.xml')!.uncompressedSize).toBeGreaterThan(80 * 1024 * 1024);
    expect(() => checkZipDirectory(entries)).toThrow(ZipLimitError);
    const e = await reason(docxToParagraphs(bomb, '炸弹.docx'));
    expect(e?.reason).toBe('inflatedTooLarge');
    expect(e?.message).toMatch(/^无法导入“炸弹\.docx”：文件解压后超过8\d(\.\d)? MB。/);
  });

  it('stops inflating a part whose directory lies about its size', async () => {
    const real = docxOf(['正文', 'x'.repeat(3_000_000)]);
    const lying = lieAboutSize(real, 'word/document.xml', 5000);
    const entry = readZipDirectory(lying).find((e) => e.name === 'word/document.xml')!;
    expect(entry.uncompressedSize).toBe(5000);
    await expect(inflatePart(lying, entry)).rejects.toMatchObject({ kind: 'partTooLarge' });
    // And under a limit lower than the declared size.
    const honest = readZipDirectory(real).find((e) => e.name === 'word/document.xml')!;
    await expect(inflatePart(real, honest, 1_000_000)).rejects.toMatchObject({ kind: 'partTooLarge' });
    expect((await inflatePart(real, honest)).length).toBe(honest.uncompressedSize);
    expect((await reason(docxToParagraphs(lying, '说谎.docx')))?.reason).toBe('inflatedTooLarge');
  });

  it('refuses the 16-million-character paragraph by its text length, before parsing', async () => {
    const file = giantParagraphDocx(16_000_000);
    expect(file.length).toBeLessThan(100_000);
    const t = performance.now();
    const e = await reason(docxToParagraphs(file, '巨段.docx'));
    expect(e?.reason).toBe('textTooLong');
    expect(e?.message).toContain('无法导入“巨段.docx”：文件中的文字超过1600万字。');
    // Refused within a second or two, not after mammoth parsed 16 MB.
    expect(performance.now() - t).toBeLessThan(5000);
    // One paragraph over the paragraph limit in an otherwise short file.
    const para = await reason(docxToParagraphs(await docxOf(['标题', '长'.repeat(60_000)]), '长段.docx'));
    expect(para?.message).toContain('文件中有一段文字超过6万字');
  });

  it('passes a 300-page report, exported and read back', async () => {
    const doc = reportOfPages(300);
    const stats = docTextStats(doc);
    expect(stats.chars).toBeGreaterThan(300 * 616 - 1000);
    expect(oversizeReason(stats)).toBeNull();
    expect(stats.chars).toBeLessThan(WARN_DRAFT_CHARS);
    const bytes = await exportDocx(doc, { unit: '某县司法局', year: 2024, superior: '', date: '' });
    const { paragraphs } = await docxToParagraphs(bytes, '三百页.docx');
    expect(paragraphs.length).toBeGreaterThan(doc.content.length - 5);
  }, 60_000);

  it('counts the text of document.xml run by run, paragraph by paragraph', () => {
    const xml = '<w:p><w:r><w:t>一二三</w:t></w:r><w:r><w:t xml:space="preserve"> 四五</w:t></w:r></w:p><w:p><w:r><w:t>六</w:t></w:r></w:p><w:tbl/>';
    expect(docxTextStats(xml)).toEqual({ chars: 7, longestBlock: 6 });
  });
});

describe('paste is measured by its text', () => {
  it('passes an 800-row Word table of about 20,000 characters', () => {
    // Word's markup: every cell with its borders and widths, every run with its fonts.
    const cell = (text: string) =>
      `<td width=142 valign=top style='width:106.5pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:15.6pt'><p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><span lang=EN-US style='font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman";mso-bidi-font-family:"Times New Roman";color:black;mso-font-kerning:0pt'>${text}<o:p></o:p></span></p></td>`;
    const rows = Array.from(
      { length: 800 },
      (_, i) => `<tr style='mso-yfti-irow:${i};height:15.6pt'>${cell(`第${i}项`)}${cell('行政执法案卷评查')}${cell('已整改')}${cell('2024年')}</tr>`,
    );
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>${'p.MsoNormal{margin:0cm;font-size:10.5pt;}'.repeat(200)}</style></head><body><table class=MsoTableGrid border=1>${rows.join('\n')}</table></body></html>`;
    const plain = Array.from({ length: 800 }, (_, i) => `第${i}项\t行政执法案卷评查\t已整改\t2024年`).join('\r\n');
    expect(html.length / 4).toBeGreaterThan(MAX_PASTE_CHARS); // what the old check measured
    const size = pasteSize(plain, html);
    expect(size.htmlTooLarge).toBe(false);
    expect(size.chars).toBeGreaterThan(15_000);
    expect(size.chars).toBeLessThan(25_000);
    expect(size.chars).toBeLessThanOrEqual(MAX_PASTE_CHARS);
  });

  it('refuses a paste of too much text, saying how much', () => {
    const size = pasteSize('字'.repeat(MAX_PASTE_CHARS + 10), '');
    expect(size.chars).toBe(MAX_PASTE_CHARS + 10);
    expect(oversizePasteMessage(size.chars)).toContain('约30万字，单次最多30万字');
    expect(htmlTextLength('<p>一&amp;二</p><!-- 注释 --><style>x{}</style>')).toBe(3);
  });
});

describe('stored and restored drafts', () => {
  it('names what is too large', () => {
    expect(oversizeReason({ chars: MAX_DRAFT_CHARS + 1, longestBlock: 10 })).toContain('内容过长');
    expect(oversizeReason({ chars: 60_001, longestBlock: 60_001 })).toContain('其中一段长达约6万字');
    // Deep nesting does not overflow the stack.
    let node: unknown = { type: 'text', text: '深' };
    for (let i = 0; i < 100_000; i++) node = { type: 'x', content: [node] };
    expect(docTextStats({ content: [node] }).chars).toBe(1);
  });
});

describe('a 300-page report passes every door', () => {
  const doc = reportOfPages(300);
  const draft = {
    id: 'long',
    name: '三百页',
    fields: { unit: '某县司法局', year: 2024, superior: '', date: '' },
    doc,
    origin: null,
    createdAt: 1,
    updatedAt: 2,
  };
  it('as a backup', () => {
    const parsed = parseBackup(createBackup([draft], [], new Date(0)));
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.skipped).toEqual([]);
  });
  it('as a paste of its text and of its HTML', () => {
    const paragraphs = doc.content.slice(1).map((b) => inlineText((b as BlockNode).content));
    const plain = paragraphs.join('\n');
    const html = paragraphs
      .map(
        (t) =>
          `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.95pt;mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${t}<o:p></o:p></span></p>`,
      )
      .join('\n');
    const size = pasteSize(plain, html);
    expect(size.htmlTooLarge).toBe(false);
    expect(size.chars).toBeGreaterThan(180_000);
    expect(size.chars).toBeLessThanOrEqual(MAX_PASTE_CHARS);
  });
});

describe('backup files and huge pastes are refused before being read', () => {
  it('refuses a backup file over the size limit, in Chinese', () => {
    expect(() => assertBackupSize(MAX_BACKUP_BYTES)).not.toThrow();
    let error: unknown;
    try {
      assertBackupSize(MAX_BACKUP_BYTES + 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).reason).toBe('too-large');
    expect((error as BackupError).message).toMatch(/^该文件约200 MB，超过备份文件的上限（200 MB）/);
  });
  it('refuses pasted HTML too large to read, without reading it', () => {
    const size = pasteSize('', 'x'.repeat(MAX_PASTE_HTML_CHARS + 1));
    expect(size.htmlTooLarge).toBe(true);
  });
});
