/**
 * The .docx reader on hand-made files (issue 20): automatic numbering (direct and through a
 * paragraph style), bullets, tables, tracked changes, comments, footnotes, images and text boxes.
 * Fixtures are written as OOXML (tests/helpers/wordFixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { docxToParagraphs, importDocxReport } from '../../src/import/docx.ts';
import { formatNumber, parseNumbering, writeNumbers } from '../../src/import/numbering.ts';
import { abstractNum, buildDocx, CHINESE_OUTLINE, num, numbered, para, run, styled, table } from '../helpers/wordFixtures.ts';

const TITLE = para('县司法局2025年法治政府建设工作报告');
const INTRO = para('2025年，县司法局在县委、县政府的正确领导下，扎实推进法治政府建设。');

describe('automatic numbering', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [12, 'chineseCounting', '十二'],
    [3, 'decimal', '3'],
    [2, 'decimalEnclosedCircle', '②'],
    [4, 'upperRoman', 'IV'],
    [2, 'lowerLetter', 'b'],
    [1, 'bullet', null],
  ] as const)('%i in %s → %s', (n, fmt, text) => {
    expect(formatNumber(n, fmt)).toBe(text);
  });

  it('writes the numbers Word draws, counting per list and restarting deeper levels', () => {
    const defs = parseNumbering(CHINESE_OUTLINE + num(1, 1));
    const body = [
      numbered('甲', 1, 0),
      numbered('乙', 1, 1),
      numbered('丙', 1, 1),
      numbered('丁', 1, 2),
      numbered('戊', 1, 0),
      numbered('己', 1, 1),
      numbered('庚', 1, 3),
    ].join('');
    const { xml, numbered: count } = writeNumbers(body, defs);
    expect(count).toBe(7);
    expect([...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')).toBe('一、|甲|（一）|乙|（二）|丙|1.|丁|二、|戊|（一）|己|（1）|庚');
  });

  it('leaves a pPrChange (a formatting revision) out and still numbers the paragraph', () => {
    const defs = parseNumbering(CHINESE_OUTLINE + num(1, 1));
    const p =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:pPrChange w:id="9"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>';
    const { xml } = writeNumbers(p, defs);
    expect(xml).toBe(
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">一、</w:t></w:r><w:r><w:t>甲</w:t></w:r></w:p>',
    );
  });

  it('numbered paragraphs without heading styles become headings at their levels, and the parts follow', async () => {
    const bytes = await buildDocx({
      numbering: CHINESE_OUTLINE + num(1, 1),
      body: [
        TITLE,
        INTRO,
        numbered('2025年度推进法治政府建设的主要举措和成效', 1, 0),
        numbered('加强行政执法队伍建设。', 1, 1),
        para('全年组织执法人员培训3次。'),
        numbered('存在的不足和原因', 1, 0),
        para('执法队伍专业化水平不高。'),
        numbered('2026年度推进法治政府建设的主要安排', 1, 0),
        numbered('深化行政复议体制改革', 1, 1),
        numbered('完善公共法律服务体系', 1, 1),
      ].join(''),
    });
    const report = await importDocxReport(bytes, '去年报告.docx');
    const headings = report.blocks.filter((b) => b.type === 'heading').map((b) => [b.level, b.text, b.part]);
    expect(headings).toEqual([
      [1, '2025年度推进法治政府建设的主要举措和成效', 'work'],
      [2, '加强行政执法队伍建设。', 'work'],
      [1, '存在的不足和原因', 'problems'],
      [1, '2026年度推进法治政府建设的主要安排', 'plans'],
      [2, '深化行政复议体制改革', 'plans'],
      [2, '完善公共法律服务体系', 'plans'],
    ]);
    expect(report.blocks[0]!.type).toBe('intro');
  });

  it('reads numbering set through a paragraph style (as WPS and many templates do)', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="一级编号"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="L2"><w:name w:val="二级编号"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const bytes = await buildDocx({
      numbering: CHINESE_OUTLINE + num(1, 1),
      styles,
      body: [TITLE, INTRO, styled('主要举措和成效', 'L1'), styled('强化组织领导', 'L2'), para('正文。'), styled('下一年度工作打算', 'L1')].join(''),
    });
    const report = await importDocxReport(bytes, 'wps.docx');
    expect(report.blocks.filter((b) => b.type === 'heading').map((b) => [b.level, b.text])).toEqual([
      [1, '主要举措和成效'],
      [2, '强化组织领导'],
      [1, '下一年度工作打算'],
    ]);
  });

  it('leaves bulleted paragraphs as paragraphs', async () => {
    const bullets = abstractNum(2, [{ text: '•', fmt: 'bullet' }]);
    const bytes = await buildDocx({
      numbering: bullets + num(2, 2),
      body: [TITLE, INTRO, para('一、主要工作'), numbered('第一项内容', 2, 0), numbered('第二项内容', 2, 0)].join(''),
    });
    const { paragraphs } = await docxToParagraphs(bytes, 'b.docx');
    expect(paragraphs.map((p) => p.text)).toEqual([
      '县司法局2025年法治政府建设工作报告',
      INTRO.replace(/<[^>]+>/g, ''),
      '一、主要工作',
      '第一项内容',
      '第二项内容',
    ]);
  });
});

describe('tables, revisions, comments, notes, images, text boxes', () => {
  it('keeps a table as a table block with its rows', async () => {
    const rows = [
      ['项目', '2024年', '2025年'],
      ['行政复议案件', '30件', '42件'],
    ];
    const bytes = await buildDocx({
      body: [TITLE, INTRO, para('一、主要举措和成效'), para('主要数据如下表：'), table(rows), para('全年工作成效明显。')].join(''),
    });
    const report = await importDocxReport(bytes, 't.docx');
    const tableBlock = report.blocks.find((b) => b.table);
    expect(tableBlock?.table).toEqual(rows);
    expect(tableBlock?.part).toBe('work');
    expect(report.blocks.map((b) => b.text)).toContain('全年工作成效明显。');
    // No cell became a paragraph of its own.
    expect(report.blocks.filter((b) => b.text === '行政复议案件')).toEqual([]);
  });

  it('accepts tracked changes and says so', async () => {
    const body = [
      TITLE,
      INTRO,
      `<w:p><w:r><w:t xml:space="preserve">全年办理案件</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>30</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>42</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>`,
    ].join('');
    const { paragraphs, notes } = await docxToParagraphs(await buildDocx({ body }), 'r.docx');
    expect(paragraphs.map((p) => p.text)).toContain('全年办理案件42件。');
    expect(notes.join('')).toMatch(/修订标记（插入 1 处、删除 1 处），已按“接受全部修订”导入/);
  });

  it('names the comments it leaves out', async () => {
    const body = [
      TITLE,
      INTRO,
      `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>全年办理案件42件。</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
    ].join('');
    const comments = '<w:comment w:id="0" w:author="张三"><w:p><w:r><w:t>数字请再核对</w:t></w:r></w:p></w:comment>';
    const { paragraphs, notes } = await docxToParagraphs(await buildDocx({ body, comments }), 'c.docx');
    expect(paragraphs.map((p) => p.text)).toContain('全年办理案件42件。');
    expect(notes.join('')).toContain('1 条批注（如“数字请再核对”），批注不是报告正文，未导入');
  });

  it('keeps footnotes as text in brackets at their reference', async () => {
    const body = [TITLE, INTRO, `<w:p><w:r><w:t>办结率100%</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>`].join('');
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>数据截至2025年11月。</w:t></w:r></w:p></w:footnote>';
    const { paragraphs, notes } = await docxToParagraphs(await buildDocx({ body, footnotes }), 'f.docx');
    expect(paragraphs.map((p) => p.text)).toContain('办结率100%（注：数据截至2025年11月。）。');
    expect(notes.join('')).toContain('1 条脚注');
  });

  it('counts the images it cannot keep and keeps the text of text boxes', async () => {
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
    const drawing =
      '<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="p.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdI"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const textbox =
      '<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的说明文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>';
    const body = [TITLE, INTRO, `<w:p>${drawing}</w:p>`, `<w:p>${run('正文段落。')}${textbox}</w:p>`].join('');
    const bytes = await buildDocx({
      body,
      files: { 'word/media/image1.png': png },
      rels: '<Relationship Id="rIdI" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>',
    });
    const { paragraphs, notes } = await docxToParagraphs(bytes, 'i.docx');
    expect(notes.join('')).toContain('1 张图片，图片未导入');
    expect(paragraphs.map((p) => p.text).join('|')).toContain('文本框里的说明文字');
  });
});
