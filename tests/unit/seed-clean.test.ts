import { readdirSync, readFileSync } from 'node:fs';
import { EXAMPLES_DIR } from '../../scripts/build-corpus.ts';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanSeed, DROPPED_LINES, droppedBy, SUBSTITUTIONS } from '../../scripts/corpus/clean.ts';
import { EXAMPLES } from '../../src/examples/examples.ts';

const RAW = readFileSync(new URL('../../templates/source/2023-compilation.raw.txt', import.meta.url), 'utf8');
const RAW_LINES = RAW.split('\n');
/** 1-based raw line numbers of the seven reports: first title … last plan item. */
const FIRST_REPORT_LINE = 18;
const LAST_REPORT_LINE = 168;
const REPORT_LINES = RAW_LINES.slice(FIRST_REPORT_LINE - 1, LAST_REPORT_LINE);

/** Every text of the corpus as a reader sees it (title + numbering + text). */
const CORPUS_TEXTS = EXAMPLES.flatMap((r) => [r.title, ...r.blocks.map((b) => (b.numbering ?? '') + b.text)]);
const latinRuns = (texts: readonly string[]) => [...new Set(texts.flatMap((t) => t.match(/[A-Za-z]+/g) ?? []))].sort();

describe('cleanLine', () => {
  const cases: ReadonlyArray<[name: string, input: string, expected: string]> = [
    ['D组 → 党组', '局D组会议', '局党组会议'],
    ['D委 → 党委', '作为D委理论学习中心组', '作为党委理论学习中心组'],
    ['D的 → 党的', '深入贯彻D的二十大精神', '深入贯彻党的二十大精神'],
    ['D员 → 党员', '全体D员干部', '全体党员干部'],
    ['D内 → 党内', '将D内法规制度', '将党内法规制度'],
    ['D政 → 党政', 'D政领导班子', '党政领导班子'],
    ['D纪 → 党纪', '人员的D纪政纪', '人员的党纪政纪'],
    ['中国共产D → 中国共产党', '《中国共产D纪律处分条例》', '《中国共产党纪律处分条例》'],
    ['D建 → 党建', '（一）以D建为引领', '（一）以党建为引领'],
    ['D支部 → 党支部', '示范D支部成效', '示范党支部成效'],
    ['D日 → 党日', '主题D日活动', '主题党日活动'],
    ['D课 → 党课', '为题讲D课1次', '为题讲党课1次'],
    ['D性 → 党性', '锤炼D性', '锤炼党性'],
    ['D校 → 党校', '法律法规进D校活动', '法律法规进党校活动'],
    ['D领导 → 党领导', '健全D领导全面依法治镇', '健全党领导全面依法治镇'],
    ['D对 → 党对', '加强D对法治政府建设的领导', '加强党对法治政府建设的领导'],
    ['D at line start', 'D委高度重视', '党委高度重视'],
    ['several D in one line', '局D组书记、D委委员', '局党组书记、党委委员'],
    ['ED电子显示屏 → LED电子显示屏', '镇政府大院内ED电子显示屏滚动播放', '镇政府大院内LED电子显示屏滚动播放'],
    ['AAA公众号 → 微信公众号', '通过单位AAA公众号和门户网站', '通过单位微信公众号和门户网站'],
    ['AAA公众平台 → 微信公众平台', '商微视界AAA公众平台等线上', '商微视界微信公众平台等线上'],
    ['paid marker inside a sentence', '三是民主法##paidbegin##治村创建工作', '三是民主法治村创建工作'],
    ['paid end marker', '##paidend##', ''],
    ['XX kept', 'XX县公安局共XX项', 'XX县公安局共XX项'],
    ['APP kept', '学习强国APP等途径', '学习强国APP等途径'],
    ['LED kept (idempotent)', 'LED电子显示屏', 'LED电子显示屏'],
    ['N of 1+3+N kept', '“1+3+N”服务', '“1+3+N”服务'],
    ['ASCII comma kept', '围绕中心,服务大局', '围绕中心,服务大局'],
    ['en space kept', '闭环体系。\u2002二是', '闭环体系。\u2002二是'],
    ['﹪ kept', '结案率100﹪，履行', '结案率100﹪，履行'],
    ['ASCII quotes kept', '"第一责任人"职责', '"第一责任人"职责'],
    ['D inside a Latin word kept', 'DDR与PDF', 'DDR与PDF'],
    ['D next to a digit kept', '3D打印', '3D打印'],
    ['新时代…思想 → 习近平新时代…思想', '坚持以新时代中国特色社会主义思想为指导', '坚持以习近平新时代中国特色社会主义思想为指导'],
    ['学生读本 title restored', '依托《新时代中国特色社会主义思想学生读本》（小学版）', '依托《习近平新时代中国特色社会主义思想学生读本》（小学版）'],
    ['法治思想 → 习近平法治思想', '认真贯彻法治思想，严格落实', '认真贯彻习近平法治思想，严格落实'],
    ['《法治思想》 → 《习近平法治思想》', '先后学习了《法治思想》、《宪法》', '先后学习了《习近平法治思想》、《宪法》'],
    ['two 法治思想 in one line', '二十大精神和法治思想及把法治思想', '二十大精神和习近平法治思想及把习近平法治思想'],
    ['法治思维 kept', '以法治思维和法治方式', '以法治思维和法治方式'],
    [
      'the 营商环境 sentence gets its two speakers back',
      '专题传达学习关于营商环境工作的重要论述以及对优化营商环境工作的重要指示批示精神，',
      '专题传达学习习近平总书记关于营商环境工作的重要论述以及习近平总书记对优化营商环境工作的重要指示批示精神，',
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(cleanLine(input)).toBe(expected);
    expect(cleanLine(expected)).toBe(expected);
  });

  it('has the documented substitutions in order', () => {
    expect(SUBSTITUTIONS.map((s) => s.id)).toEqual([
      'paid-marker',
      'led',
      'party',
      'wechat',
      'xi-thought',
      'xi-reader',
      'xi-law-thought',
      'xi-business-speaker',
    ]);
    for (const s of SUBSTITUTIONS) expect(s.pattern.global).toBe(true);
  });
});

describe('droppedBy', () => {
  const cases: ReadonlyArray<[name: string, line: string, expected: string | null]> = [
    ['compilation heading', '2023年度法治政府建设工作报告汇编（7篇）', 'compilation-heading'],
    ['toc heading', '目录', 'toc-heading'],
    ['toc entry', '县司法局2023年法治政府建设工作报告\t34', 'toc-entry'],
    ['ad', '【哒哒素材库】——每天更新材料1000多篇内部高质量素材', 'ad'],
    ['svip ad', '欢迎加入“哒哒素材库svip会员”，9000万字材料', 'ad'],
    ['marker line', '##paidend##', 'paid-marker-line'],
    ['report title kept', '县司法局2023年法治政府建设工作报告', null],
    ['body line kept', '一、工作开展情况', null],
  ];
  it.each(cases)('%s', (_name, line, expected) => expect(droppedBy(line)).toBe(expected));

  it('every rule is documented', () => {
    for (const d of DROPPED_LINES) expect(d.note).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('cleanSeed on the seed', () => {
  const cleaned = cleanSeed(RAW);
  const nonEmpty = cleaned.filter((l) => l.trim() !== '');

  it('starts with the first report title (compilation heading and table of contents dropped)', () => {
    expect(nonEmpty[0]).toBe('2023年度法治政府建设工作报告');
    expect(cleaned.filter((l) => l.trim() === '目录' || l.includes('\t') || l.includes('汇编（'))).toEqual([]);
  });

  it('ends with the last plan item of the statistics report (ads and end marker dropped)', () => {
    expect(nonEmpty[nonEmpty.length - 1]).toMatch(/^（三）规范行政行为，全面落实行政执法责任制。/);
  });

  it('keeps exactly the 129 report lines', () => {
    expect(nonEmpty).toHaveLength(129);
  });

  it('accepts CRLF line ends', () => {
    expect(cleanSeed(RAW.replace(/\n/g, '\r\n'))).toEqual(cleaned);
  });
});

describe('the raw report text (lines 18–168)', () => {
  it('is bounded by the first title and the last report line; the rest is compilation/TOC/ads', () => {
    expect(REPORT_LINES[0]).toBe('2023年度法治政府建设工作报告');
    expect(REPORT_LINES[REPORT_LINES.length - 1]).toMatch(/^（三）规范行政行为/);
    const outside = [...RAW_LINES.slice(0, FIRST_REPORT_LINE - 1), ...RAW_LINES.slice(LAST_REPORT_LINE)].filter((l) => l.trim() !== '');
    for (const line of outside) expect(droppedBy(line), line).not.toBeNull();
  });

  it('holds exactly these Latin words before cleaning (every letter checked)', () => {
    expect(latinRuns(REPORT_LINES)).toEqual(['AAA', 'APP', 'D', 'ED', 'N', 'XX', 'paidbegin']);
    expect(REPORT_LINES.join('\n').match(/(?<![A-Za-z])D(?![A-Za-z])/g)).toHaveLength(59);
    expect(REPORT_LINES.join('\n').match(/AAA/g)).toHaveLength(5);
  });
});

describe('the cleaned corpus', () => {
  it('holds no ad, marker, stray D or AAA', () => {
    const all = CORPUS_TEXTS.join('\n');
    expect(all).not.toMatch(/##paid/);
    expect(all).not.toMatch(/哒哒|素材库|svip|客服/);
    expect(all).not.toMatch(/(?<![A-Za-z])D(?![A-Za-z])/);
    expect(all).not.toMatch(/AAA/);
    expect(all).not.toMatch(/(?<!L)ED电子/);
  });

  it('holds only the legitimate Latin words XX, APP, LED and N', () => {
    expect(latinRuns(CORPUS_TEXTS)).toEqual(['APP', 'LED', 'N', 'XX']);
  });

  it('has 党 where the seed had D (59) and 微信 where it had AAA (5)', () => {
    const rawAll = REPORT_LINES.join('');
    const all = CORPUS_TEXTS.join('');
    const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
    expect(count(all, /党/g) - count(rawAll, /党/g)).toBe(59);
    expect(count(all, /微信/g) - count(rawAll, /微信/g)).toBe(5);
  });

  it('has 习近平 back where the compilation deleted it (33: 5 + 1 thought, 25 法治思想, 2 speakers)', () => {
    const rawAll = REPORT_LINES.join('');
    const all = CORPUS_TEXTS.join('');
    const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
    expect(count(rawAll, /习近平/g)).toBe(0);
    expect(count(all, /习近平新时代中国特色社会主义思想/g)).toBe(6);
    expect(count(all, /《习近平新时代中国特色社会主义思想学生读本》/g)).toBe(1);
    expect(count(all, /习近平法治思想/g)).toBe(25);
    expect(count(all, /习近平总书记/g)).toBe(2);
    expect(count(all, /习近平/g)).toBe(33);
  });

  /** The bare forms the compilation left: none may remain in templates/examples. */
  it.each([
    ['新时代中国特色社会主义思想 without 习近平', /(?<!习近平)新时代中国特色社会主义思想/],
    ['法治思想 without 习近平', /(?<!习近平)法治思想/],
    ['学习关于…重要论述 with no speaker', /学习关于营商环境/],
    ['以及对优化营商环境…指示批示 with no speaker', /以及对优化营商环境/],
  ])('holds no %s', (_name, bare) => {
    for (const file of readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(EXAMPLES_DIR + file, 'utf8'), file).not.toMatch(bare);
    }
  });

  /**
   * Each non-empty raw report line, with only the documented substitutions (re-implemented
   * here, independently of clean.ts), equals exactly one title or block, in order.
   */
  it('keeps each of the 129 non-empty raw report lines, changed only by the substitutions', () => {
    const expected = REPORT_LINES.filter((l) => l.trim() !== '').map((l) =>
      l
        .replaceAll('##paidbegin##', '')
        .replaceAll('ED电子显示屏', 'LED电子显示屏')
        .replace(/(?<![A-Za-z])D(?![A-Za-z])/g, '党')
        .replaceAll('AAA公众', '微信公众')
        .replace(/(?<!《)新时代中国特色社会主义思想/g, '习近平新时代中国特色社会主义思想')
        .replace(/《新时代中国特色社会主义思想学生读本》/g, '《习近平新时代中国特色社会主义思想学生读本》')
        .replaceAll('法治思想', '习近平法治思想')
        .replace('学习关于营商环境工作的重要论述以及对优化', '学习习近平总书记关于营商环境工作的重要论述以及习近平总书记对优化'),
    );
    expect(expected).toHaveLength(129);
    expect(CORPUS_TEXTS).toHaveLength(129);
    expect(CORPUS_TEXTS).toEqual(expected);
  });

  it('keeps the odd characters of the seed', () => {
    const all = CORPUS_TEXTS.join('\n');
    expect(all).toContain('闭环体系。\u2002二是');
    expect(all).toContain('形成行政监管合力。\u2002');
    expect(all).toContain('围绕中心,服务大局');
    expect(all).toContain('﹪');
    expect(all).toContain('民主法治村创建工作还需加大力度');
  });
});
