/**
 * The exported .docx, unzipped: page, grid, styles, footers, settings and body XML against
 * GB/T 9704-2012 (see /work/shared/spec/gbt9704.md), plus a snapshot of one representative document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, type ReportFields } from '../../src/model/fields.ts';
import { MARK_NAMES, NODE_NAMES, field, hintParagraph, paragraph, text, type ReportDoc } from '../../src/model/schema.ts';
import { buildDocument, DOCX_MIME_TYPE, exportDocx, exportDocxBlob } from '../../src/export/docx/index.ts';
import { MARK_SERIALIZER_KEYS, NODE_SERIALIZER_KEYS } from '../../src/export/docx/nodes.ts';
import {
  CHARACTER_SPACING,
  FOOTER_DISTANCE_TWIPS,
  FOOTER_LINE_TWIPS,
  LINE_PITCH_TWIPS,
  MARGIN_TWIPS,
  PAGE_SIZE_TWIPS,
  TYPE_AREA_TWIPS,
} from '../../src/export/docx/page.ts';
import { signoffIndents, textWidthTwips } from '../../src/export/docx/signoff.ts';
import { TWIPS_PER_MM, halfPoints } from '../../src/export/docx/measures.ts';
import { attrOf, docxParts, paragraphsXml, part, prettyXml, runsXml, scrubXml, styleXml, textOf } from '../helpers/docxXml.ts';
import { dateLine, doc, h1, h2, h3, h4, p, runIn, t, unitLine } from '../helpers/builders.ts';

const FIELDS: ReportFields = { unit: '县司法局', year: 2024, superior: '县委、县政府', date: '2025-03-01' };
const BOLD = [{ type: 'bold' as const }];
const FLAG = [{ type: 'flag' as const, attrs: { kind: 'blank' as const } }];
const SOURCE = [{ type: 'source' as const, attrs: { report: 'county-justice', heading: '一、法治建设工作完成情况' } }];
const HINT = '（此处概述本年度法治政府建设总体情况）';

/** Title, intro with a field, a hint paragraph, all four heading levels, a run-in heading, marks, the sign-off. */
const FIXTURE: ReportDoc = doc(
  t(field('unit'), field('year'), '年度法治政府建设工作报告'),
  p(field('year'), '年，在', field('superior'), '的正确领导下，我局深入推进法治政府建设。现将有关情况报告如下：'),
  hintParagraph(HINT),
  h1('工作开展情况'),
  h2('加强组织领导'),
  runIn(2, '强化学习宣传。', text('局党组', BOLD), '全年召开专题会议4次，研究部署法治政府建设工作。'),
  h3('健全制度机制'),
  h4('完善决策程序'),
  p('严格落实', text('重大行政决策', FLAG), '程序，', text('合法性审查', SOURCE), '实现全覆盖。'),
  h1('存在的不足'),
  p('部分干部法治意识有待提高。'),
  unitLine(field('unit')),
  dateLine(field('date')),
);

let parts: Map<string, string>;
let documentXml: string;
let stylesXml: string;

beforeAll(async () => {
  parts = await docxParts(await exportDocx(FIXTURE, FIELDS));
  documentXml = part(parts, 'word/document.xml');
  stylesXml = part(parts, 'word/styles.xml');
});

/** The first paragraph whose text (numbering included) starts with `start`, or is `start` when `exact`. */
function paragraphWithText(start: string, exact = false): string {
  const found = paragraphsXml(documentXml).find((x) => (exact ? textOf(x) === start : textOf(x).startsWith(start)));
  if (!found) throw new Error(`no paragraph starting with ${start}`);
  return found;
}

describe('page (GB/T 9704-2012 §5)', () => {
  it('derives A4 and the margins from millimetres', () => {
    expect(TWIPS_PER_MM).toBeCloseTo(56.693, 3);
    expect(PAGE_SIZE_TWIPS).toEqual({ width: 11906, height: 16838 });
    expect(MARGIN_TWIPS).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    // 版心 156 × 225 mm
    expect(TYPE_AREA_TWIPS).toEqual({ width: 8845, height: 12756 });
  });

  it('writes the page size and margins into the section', () => {
    expect(attrOf(documentXml, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attrOf(documentXml, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attrOf(documentXml, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attrOf(documentXml, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attrOf(documentXml, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attrOf(documentXml, 'w:pgMar', 'w:right')).toBe('1474');
    expect(attrOf(documentXml, 'w:pgMar', 'w:footer')).toBe(String(FOOTER_DISTANCE_TWIPS));
  });

  it('sets a "lines" grid of 22 lines and no character grid', () => {
    expect(LINE_PITCH_TWIPS).toBe(579);
    expect(22 * LINE_PITCH_TWIPS).toBeLessThanOrEqual(TYPE_AREA_TWIPS.height);
    expect(attrOf(documentXml, 'w:docGrid', 'w:type')).toBe('lines');
    expect(attrOf(documentXml, 'w:docGrid', 'w:linePitch')).toBe('579');
    expect(attrOf(documentXml, 'w:docGrid', 'w:charSpace')).toBeUndefined();
  });

  it('condenses characters just enough for 28 to a line', () => {
    expect(CHARACTER_SPACING).toBe(-5);
    const charWidth = 16 * 20 + CHARACTER_SPACING;
    expect(28 * charWidth).toBeLessThanOrEqual(TYPE_AREA_TWIPS.width);
    expect(29 * charWidth).toBeGreaterThan(TYPE_AREA_TWIPS.width);
  });
});

describe('styles', () => {
  it('replaces the library defaults: no Calibri in any part, no colours, no extra styles', () => {
    for (const [path, xml] of parts) expect(xml, path).not.toMatch(/calibri/i);
    expect(stylesXml).not.toMatch(/<w:color /);
    const ids = [...stylesXml.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Signature', 'Date', 'Footer']);
  });

  it.each([
    { id: 'Normal', name: 'Normal', font: '仿宋_GB2312', size: 16 },
    { id: 'Title', name: 'Title', font: '方正小标宋简体', size: 22 },
    { id: 'Heading1', name: 'heading 1', font: '黑体', size: 16 },
    { id: 'Heading2', name: 'heading 2', font: '楷体_GB2312', size: 16 },
    { id: 'Heading3', name: 'heading 3', font: '仿宋_GB2312', size: 16 },
    { id: 'Heading4', name: 'heading 4', font: '仿宋_GB2312', size: 16 },
    { id: 'Footer', name: 'footer', font: '宋体', size: 14 },
  ])('$id ("$name") sets $font in the East Asian slot at $size pt', ({ id, name, font, size }) => {
    const style = styleXml(stylesXml, id);
    expect(attrOf(style, 'w:name', 'w:val')).toBe(name);
    expect(attrOf(style, 'w:rFonts', 'w:eastAsia')).toBe(font);
    const ownSize = attrOf(style, 'w:sz', 'w:val');
    // Headings inherit 三号 from Normal.
    expect(ownSize ?? attrOf(styleXml(stylesXml, 'Normal'), 'w:sz', 'w:val')).toBe(String(halfPoints(size)));
  });

  it('sets Latin letters and digits in Times New Roman, page numbers in 宋体', () => {
    expect(attrOf(styleXml(stylesXml, 'Normal'), 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    // Characters Chinese and Latin share (“” —) take the Chinese font.
    expect(attrOf(styleXml(stylesXml, 'Normal'), 'w:rFonts', 'w:hint')).toBe('eastAsia');
    expect(attrOf(styleXml(stylesXml, 'Normal'), 'w:rFonts', 'w:hAnsi')).toBe('Times New Roman');
    expect(attrOf(styleXml(stylesXml, 'Footer'), 'w:rFonts', 'w:ascii')).toBe('宋体');
  });

  it('body: justified, first line indented two characters, exact 579-twip lines, condensed −0.25 pt', () => {
    const normal = styleXml(stylesXml, 'Normal');
    expect(attrOf(normal, 'w:jc', 'w:val')).toBe('both');
    expect(attrOf(normal, 'w:ind', 'w:firstLine')).toBe('640');
    expect(attrOf(normal, 'w:spacing', 'w:line')).toBe('579');
    expect(attrOf(normal, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(normal).toContain('<w:spacing w:val="-5"/>');
  });

  it('no heading is bold', () => {
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Title']) {
      expect(styleXml(stylesXml, id)).not.toMatch(/<w:b\/>|<w:b w:val="(true|1)"\/>/);
    }
  });

  it('title, sign-off and footer have no first-line indent', () => {
    for (const id of ['Title', 'Signature', 'Date', 'Footer']) expect(attrOf(styleXml(stylesXml, id), 'w:ind', 'w:firstLine'), id).toBe('0');
    expect(attrOf(styleXml(stylesXml, 'Title'), 'w:jc', 'w:val')).toBe('center');
  });

  it('keeps only headings with the next paragraph and marks their outline level', () => {
    expect(styleXml(stylesXml, 'Normal')).toContain('<w:keepNext w:val="false"/>');
    ([1, 2, 3, 4] as const).forEach((level) => {
      const style = styleXml(stylesXml, `Heading${level}`);
      expect(style).toContain('<w:keepNext/>');
      expect(attrOf(style, 'w:outlineLvl', 'w:val')).toBe(String(level - 1));
    });
  });

  it('footer spacing is its own (exact, one footer line), not the body grid', () => {
    const footer = styleXml(stylesXml, 'Footer');
    expect(attrOf(footer, 'w:spacing', 'w:line')).toBe(String(FOOTER_LINE_TWIPS));
    expect(attrOf(footer, 'w:spacing', 'w:lineRule')).toBe('exact');
  });

  it('document defaults: widow control and keep-with-next off, punctuation not hung in LibreOffice', () => {
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec(stylesXml)![0];
    expect(defaults).toContain('<w:widowControl w:val="false"/>');
    expect(defaults).toContain('<w:keepNext w:val="false"/>');
    expect(defaults).toContain('<w:kinsoku/>');
    // LibreOffice reads overflowPunct inverted: "on" is what keeps it from hanging ，。 (see styles.ts).
    expect(defaults).toContain('<w:overflowPunct/>');
    expect(defaults).toContain('<w:snapToGrid w:val="false"/>');
    expect(attrOf(stylesXml, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
  });
});

describe('footers (§7.5)', () => {
  /** Footer part of each reference type, through the document's relationships. */
  function footerOf(type: 'default' | 'even'): string {
    const rId = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"/>`).exec(documentXml)![1]!;
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(part(parts, 'word/_rels/document.xml.rels'))!;
    return part(parts, `word/${target[1] ?? target[2]}`);
  }

  it.each([
    { type: 'default' as const, side: 'right', indent: 'w:right' },
    { type: 'even' as const, side: 'left', indent: 'w:left' },
  ])('$type footer: a PAGE field between em dashes, $side-aligned one character in', ({ type, side, indent }) => {
    const footer = footerOf(type);
    expect(footer).toMatch(
      /<w:t xml:space="preserve">— <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>.*<w:t xml:space="preserve"> —<\/w:t>/,
    );
    expect(attrOf(footer, 'w:jc', 'w:val')).toBe(side);
    expect(attrOf(footer, 'w:ind', indent)).toBe('280');
    expect(attrOf(footer, 'w:ind', 'w:firstLine')).toBe('0');
    expect(attrOf(footer, 'w:pStyle', 'w:val')).toBe('Footer');
  });

  it('turns on different odd and even footers', () => {
    expect(part(parts, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });
});

describe('body', () => {
  it('writes numbering as text, computed from heading levels', () => {
    const texts = paragraphsXml(documentXml).map(textOf);
    expect(texts).toEqual(
      expect.arrayContaining([
        '一、工作开展情况',
        '（一）加强组织领导',
        '（二）强化学习宣传。局党组全年召开专题会议4次，研究部署法治政府建设工作。',
        '1.健全制度机制',
        '（1）完善决策程序',
        '二、存在的不足',
      ]),
    );
  });

  it('resolves fields, writes the date the official way', () => {
    const texts = paragraphsXml(documentXml).map(textOf);
    expect(texts[0]).toBe('县司法局2024年度法治政府建设工作报告');
    expect(texts[1]).toMatch(/^2024年，在县委、县政府的正确领导下/);
    expect(texts.at(-1)).toBe('2025年3月1日');
    expect(documentXml).not.toMatch(/undefined|null/);
  });

  it('writes ×× placeholders for empty fields, never "undefined"', async () => {
    const xml = part(await docxParts(await exportDocx(FIXTURE, EMPTY_FIELDS)), 'word/document.xml');
    const texts = paragraphsXml(xml).map(textOf);
    expect(texts[0]).toBe('××××××××年度法治政府建设工作报告');
    expect(texts.at(-1)).toBe('××××年××月××日');
    expect(xml).not.toMatch(/undefined|null|NaN/);
  });

  it('never exports template hints', () => {
    expect(documentXml).not.toContain(HINT);
    expect(paragraphsXml(documentXml).map(textOf)).not.toContain('');
  });

  it('keeps a blank paragraph the writer left, but drops a hint paragraph holding only spaces', async () => {
    const blank = doc(t('标题'), p('甲'), paragraph(), { type: 'paragraph', attrs: { hint: '提示' }, content: [text('　 ')] }, p('乙'));
    const texts = paragraphsXml(part(await docxParts(await exportDocx(blank, FIELDS)), 'word/document.xml')).map(textOf);
    expect(texts).toEqual(['标题', '甲', '', '乙']);
  });

  it('drops blanks typed to indent by hand and keeps manual line breaks', async () => {
    const typed = doc(t('标题'), p('　　', text('　正文', BOLD), ' '), p('第一行', { type: 'hardBreak' }, '第二行'));
    const paras = paragraphsXml(part(await docxParts(await exportDocx(typed, FIELDS)), 'word/document.xml'));
    expect(textOf(paras[1]!)).toBe('正文');
    expect(paras[2]).toMatch(/第一行<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">第二行/);
  });

  it('sets a run-in heading as two runs: the lead in the level font, the rest in 仿宋, keep-with-next off', () => {
    const para = paragraphWithText('（二）强化学习宣传。');
    expect(attrOf(para, 'w:pStyle', 'w:val')).toBe('Heading2');
    expect(para).toContain('<w:keepNext w:val="false"/>');
    const runs = runsXml(para);
    const lead = runs.filter((r) => !r.includes('w:rFonts'));
    const rest = runs.filter((r) => r.includes('w:rFonts'));
    expect(lead.map(textOf).join('')).toBe('（二）强化学习宣传。');
    expect(rest.map(textOf).join('')).toBe('局党组全年召开专题会议4次，研究部署法治政府建设工作。');
    for (const r of rest) expect(attrOf(r, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
  });

  it('leaves keep-with-next to the style on standalone headings', () => {
    const para = paragraphWithText('（一）加强组织领导');
    expect(attrOf(para, 'w:pStyle', 'w:val')).toBe('Heading2');
    expect(para).not.toContain('w:keepNext');
  });

  it('exports bold as bold, flag and source marks as plain text', () => {
    const bold = runsXml(paragraphWithText('（二）强化学习宣传。')).find((r) => textOf(r) === '局党组')!;
    expect(bold).toContain('<w:b/>');
    const marked = paragraphWithText('严格落实');
    expect(textOf(marked)).toBe('严格落实重大行政决策程序，合法性审查实现全覆盖。');
    expect(marked).not.toContain('<w:rPr>');
  });

  it('puts the sign-off one blank line below the body, right-aligned, date two characters right of the unit', () => {
    const unit = paragraphWithText('县司法局', true);
    const date = paragraphWithText('2025年3月1日', true);
    expect(attrOf(unit, 'w:pStyle', 'w:val')).toBe('Signature');
    expect(attrOf(date, 'w:pStyle', 'w:val')).toBe('Date');
    expect(attrOf(styleXml(stylesXml, 'Signature'), 'w:jc', 'w:val')).toBe('right');
    expect(attrOf(unit, 'w:spacing', 'w:before')).toBe(String(LINE_PITCH_TWIPS));
    expect(attrOf(date, 'w:spacing', 'w:before')).toBeUndefined();
    // The date is longer than 县司法局 less two characters, so the date sits two characters in and
    // the unit moves left until it starts two characters before the date.
    const twoChars = 640;
    expect(attrOf(date, 'w:ind', 'w:right')).toBe(String(twoChars));
    expect(Number(attrOf(unit, 'w:ind', 'w:right'))).toBe(twoChars + textWidthTwips('2025年3月1日') + twoChars - textWidthTwips('县司法局'));
  });

  it('estimates printed widths: 三号 condensed, Times New Roman Latin, a gap where scripts meet', () => {
    expect(textWidthTwips('县司法局')).toBe(4 * 315);
    expect(textWidthTwips('2025')).toBe(4 * 155);
    expect(textWidthTwips('XX')).toBe(Math.round(2 * (0.722 * 320 - 5)));
    expect(textWidthTwips('2025年')).toBe(4 * 155 + 315 + 64);
  });

  it('puts the unit two characters in when the date is the shorter line', () => {
    const indents = signoffIndents(['XX市XX镇人民政府办公室'], '2023年11月6日');
    expect(indents.unit).toBe(640);
    // The date starts two characters right of the unit.
    expect(indents.date + textWidthTwips('2023年11月6日')).toBe(indents.unit + textWidthTwips('XX市XX镇人民政府办公室') - 640);
    expect(signoffIndents(['县司法局'], null)).toEqual({ unit: 640, date: 640 });
  });

  it('names the document after the title', () => {
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:title>县司法局2024年度法治政府建设工作报告</dc:title>');
  });
});

describe('mapping table', () => {
  it('maps exactly the schema node names', () => {
    expect([...NODE_SERIALIZER_KEYS].sort()).toEqual([...NODE_NAMES].sort());
  });

  it('maps exactly the schema mark names', () => {
    expect([...MARK_SERIALIZER_KEYS].sort()).toEqual([...MARK_NAMES].sort());
  });
});

describe('invalid input', () => {
  it.each([
    { name: 'not an object', value: null, message: '文档结构无效：不是报告文档' },
    { name: 'no content', value: { type: 'doc' }, message: '文档结构无效：文档没有内容' },
    { name: 'no title first', value: { type: 'doc', content: [{ type: 'paragraph' }] }, message: '文档结构无效：文档应以报告标题开头' },
    { name: 'unknown node', value: { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'chart' }] }, message: '文档结构无效：第 2 段：类型无法识别' },
    {
      name: 'heading level 7',
      value: { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'heading', attrs: { level: 7 } }] },
      message: '文档结构无效：第 2 段：标题级别应为 1–4',
    },
    {
      name: 'unknown field',
      value: { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'paragraph', content: [{ type: 'field', attrs: { name: 'x' } }] }] },
      message: '文档结构无效：第 2 段的第 1 处文字：填写项名称无法识别',
    },
  ])('throws a Chinese message: $name', ({ value, message }) => {
    expect(() => buildDocument(value as unknown as ReportDoc, FIELDS)).toThrow(message);
  });

  it('rejects malformed fields', () => {
    expect(() => buildDocument(FIXTURE, { ...FIELDS, year: '2024' } as unknown as ReportFields)).toThrow('填写项无效：报告年度');
  });
});

describe('output', () => {
  it('gives the same file as bytes and as a Word-typed Blob', async () => {
    const [bytes, blob] = await Promise.all([exportDocx(FIXTURE, FIELDS), exportDocxBlob(FIXTURE, FIELDS)]);
    expect(bytes[0]).toBe(0x50); // "PK": a zip
    expect(blob.type).toBe(DOCX_MIME_TYPE);
    // The packages differ only in docProps/core.xml's timestamps.
    const fromBlob = await docxParts(new Uint8Array(await blob.arrayBuffer()));
    expect(part(fromBlob, 'word/document.xml')).toBe(part(await docxParts(bytes), 'word/document.xml'));
  });

  it('matches the snapshot of document.xml and styles.xml', async () => {
    await expect(prettyXml(scrubXml(documentXml))).toMatchFileSnapshot('__snapshots__/export-xml/document.xml');
    await expect(prettyXml(scrubXml(stylesXml))).toMatchFileSnapshot('__snapshots__/export-xml/styles.xml');
  });
});
