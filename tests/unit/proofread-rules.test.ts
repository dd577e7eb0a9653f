import { describe, expect, it } from 'vitest';
import { proofreadBlock } from '../../src/check/proofread/proofread.ts';
import { unitKind } from '../../src/check/proofread/sequence.ts';
import type { ProofBlock, ProofOptions } from '../../src/check/proofread/types.ts';
import type { Part } from '../../src/model/part.ts';

type Found = readonly [rule: string, match: string, fix: string | null];
interface Case {
  readonly name: string;
  readonly text: string;
  readonly found: readonly Found[];
  readonly part?: Part;
  readonly unit?: string;
  readonly year?: number | null;
}

const run = ({ text, part = 'work', unit = '', year = 2024 }: Case) => {
  const block: ProofBlock = { index: 3, text, part };
  const options: ProofOptions = { unit, year };
  return proofreadBlock(block, options).map((i) => [i.rule, i.match, i.fix] as const);
};

/** True cases: each must be found exactly as listed. */
const TRUE_CASES: readonly Case[] = [
  // 规范表述
  {
    name: '思想 without 习近平',
    text: '坚持以新时代中国特色社会主义思想为指导',
    found: [['xi-thought', '新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想']],
  },
  { name: '法治思想 without 习近平', text: '深入学习贯彻法治思想。', found: [['xi-law-thought', '法治思想', '习近平法治思想']] },
  { name: '《法治思想》 in 书名号', text: '学习了《法治思想学习纲要》。', found: [['xi-law-thought', '法治思想', '习近平法治思想']] },
  { name: '二十大 without 党的', text: '深入贯彻二十大精神。', found: [['party-congress', '二十大', '党的二十大']] },
  { name: '十九届四中全会 without 党的', text: '学习十九届四中全会精神。', found: [['party-congress', '十九届四中全会', '党的十九届四中全会']] },
  { name: '重要论述 with no speaker (建议)', text: '专题学习关于法治政府建设的重要论述。', found: [['speaker', '重要论述', null]] },
  { name: '重要讲话精神 with no speaker', text: '认真学习重要讲话精神。', found: [['speaker', '重要讲话精神', null]] },
  {
    name: '四个意识 in the wrong order',
    text: '增强政治意识、核心意识、大局意识、看齐意识。',
    found: [['fixed-set', '政治意识、核心意识、大局意识、看齐意识', '政治意识、大局意识、核心意识、看齐意识']],
  },
  {
    name: '四个自信 with a wrong member',
    text: '坚定道路自信、理论自信、制度自信、历史自信。',
    found: [['fixed-set', '道路自信、理论自信、制度自信、历史自信', '道路自信、理论自信、制度自信、文化自信']],
  },
  { name: '五位一体战略布局', text: '统筹推进“五位一体”战略布局。', found: [['fixed-set', '“五位一体”战略布局', '“五位一体”总体布局']] },
  { name: '四个全面总体布局', text: '协调推进“四个全面”总体布局。', found: [['fixed-set', '“四个全面”总体布局', '“四个全面”战略布局']] },
  {
    name: '两个维护 old wording',
    text: '坚决维护习近平总书记在党中央和全党的核心地位。',
    found: [['fixed-set', '维护习近平总书记在党中央和全党的核心地位', '维护习近平总书记党中央的核心、全党的核心地位']],
  },
  { name: '法制政府', text: '加快建设法制政府。', found: [['fazhi', '法制政府', '法治政府']] },
  { name: '法制思维', text: '运用法制思维化解矛盾。', found: [['fazhi', '法制思维', '法治思维']] },
  // 法规名称
  {
    name: '中华人民共和国民法典 without 书名号',
    text: '宣传中华人民共和国民法典。',
    found: [['law-title-marks', '中华人民共和国民法典', '《中华人民共和国民法典》']],
  },
  {
    name: '中华人民共和国行政处罚法 without 书名号',
    text: '学习中华人民共和国行政处罚法，规范执法。',
    found: [['law-title-marks', '中华人民共和国行政处罚法', '《中华人民共和国行政处罚法》']],
  },
  { name: '民法典 without 书名号', text: '举办民法典专题讲座。', found: [['law-title-marks', '民法典', '《民法典》']] },
  { name: '优化营商环境条例 without 书名号', text: '贯彻优化营商环境条例。', found: [['law-title-marks', '优化营商环境条例', '《优化营商环境条例》']] },
  {
    name: '纲要 with the wrong years (县商务局)',
    text: '根据《法治政府建设实施纲要（2020-2025年）》的要求',
    found: [['known-title', '法治政府建设实施纲要（2020-2025年）', '法治政府建设实施纲要（2021—2025年）']],
  },
  {
    name: '督查 for 督察',
    text: '落实《法治政府建设与责任落实督查工作规定》。',
    found: [['known-title', '法治政府建设与责任落实督查工作规定', '法治政府建设与责任落实督察工作规定']],
  },
  {
    name: '法治中国建设规划 wrong years',
    text: '对照《法治中国建设规划（2021—2025年）》。',
    found: [['known-title', '法治中国建设规划（2021—2025年）', '法治中国建设规划（2020—2025年）']],
  },
  {
    name: '八五普法 in the plans of a 2025 report (建议)',
    text: '深入实施“八五”普法规划。',
    part: 'plans',
    year: 2025,
    found: [['ended-plan', '“八五”普法', null]],
  },
  {
    name: '十四五 in the plans of a 2026 report (建议)',
    text: '谋划好“十四五”法治建设。',
    part: 'plans',
    year: 2026,
    found: [['ended-plan', '“十四五”', null]],
  },
  // 标点
  { name: 'half-width comma between Chinese', text: '围绕中心,服务大局', found: [['half-width', ',', '，']] },
  {
    name: 'half-width semicolon and colon',
    text: '一是加强学习;二是强化措施:落实',
    found: [
      ['half-width', ';', '；'],
      ['half-width', ':', '：'],
    ],
  },
  {
    name: 'half-width question and exclamation',
    text: '为什么?因为重要!',
    found: [
      ['half-width', '?', '？'],
      ['half-width', '!', '！'],
    ],
  },
  {
    name: 'half-width brackets',
    text: '出台规定(试行)。',
    found: [
      ['half-width', '(', '（'],
      ['half-width', ')', '）'],
    ],
  },
  { name: 'half-width full stop', text: '完成全年任务.下一步', found: [['half-width', '.', '。']] },
  { name: 'half-width comma after a closing 书名号', text: '印发《工作计划》,为提高', found: [['half-width', ',', '，']] },
  {
    name: 'straight double quotes',
    text: '开展"双随机"抽查',
    found: [
      ['straight-quote', '"', '“'],
      ['straight-quote', '"', '”'],
    ],
  },
  { name: 'unpaired quote', text: '开展“双随机抽查。', found: [['unpaired', '“', null]] },
  { name: 'unpaired 书名号', text: '学习《宪法等法律。', found: [['unpaired', '《', null]] },
  { name: 'unpaired closing bracket', text: '规定试行）执行。', found: [['unpaired', '）', null]] },
  { name: 'doubled full stop', text: '完成任务。。下一步', found: [['doubled-marks', '。。', '。']] },
  { name: 'doubled comma', text: '完成任务，，下一步', found: [['doubled-marks', '，，', '，']] },
  { name: 'clashing comma and full stop', text: '完成任务，。下一步', found: [['doubled-marks', '，。', null]] },
  {
    name: 'three dots',
    text: '学习宪法、民法典...等',
    found: [
      ['law-title-marks', '民法典', '《民法典》'],
      ['ellipsis-dash', '...', '……'],
    ],
  },
  { name: 'three full stops', text: '等等。。。', found: [['ellipsis-dash', '。。。', '……']] },
  { name: 'double hyphen dash', text: '法治建设--永远在路上', found: [['ellipsis-dash', '--', '——']] },
  { name: 'year range with a hyphen (建议)', text: '制定2021-2025年规划', found: [['year-range', '2021-2025', '2021—2025']] },
  {
    name: '书名号 inside 书名号 (建议)',
    text: '印发《关于学习《民法典》的通知》',
    found: [['nested-title', '《关于学习《民法典》的通知》', '《关于学习〈民法典〉的通知》']],
  },
  { name: '顿号 between titles (建议)', text: '学习《宪法》、《民法典》', found: [['title-comma', '》、《', '》《']] },
  // 数字
  { name: '2-digit year before a month', text: '23年5月起施行', found: [['short-year', '23', '2023']] },
  { name: '2-digit year before 度', text: '完成23年度考核', found: [['short-year', '23', '2023']] },
  { name: 'dotted date', text: '于2024.3.1召开', found: [['date-form', '2024.3.1', '2024年3月1日']] },
  { name: 'hyphenated date', text: '于2024-3-1召开', found: [['date-form', '2024-3-1', '2024年3月1日']] },
  { name: 'slashed date', text: '于2024/12/31前完成', found: [['date-form', '2024/12/31', '2024年12月31日']] },
  { name: 'zero-padded month', text: '2024年03月召开', found: [['date-form', '03月', '3月']] },
  { name: '约…余 (建议)', text: '培训约200余人次', found: [['approx', '约200余', null]] },
  { name: '近…多 (建议)', text: '覆盖近千多户', found: [['approx', '近千多', null]] },
  { name: '大约…左右 (建议)', text: '用时大约3天左右', found: [['approx', '大约3天左右', null]] },
  { name: '减少了2倍', text: '案件数量减少了2倍', found: [['times-decrease', '减少了2倍', null]] },
  { name: '下降一倍', text: '投诉下降一倍', found: [['times-decrease', '下降一倍', null]] },
  // 用词
  { name: '截止目前', text: '截止目前，共办理', found: [['wording', '截止', '截至']] },
  { name: '截止到目前', text: '截止到目前，共办理', found: [['wording', '截止到', '截至']] },
  { name: '截止10月 (县公安局)', text: '截止10月31日，共', found: [['wording', '截止', '截至']] },
  { name: '截止2023年底', text: '截止2023年底，共', found: [['wording', '截止', '截至']] },
  { name: '布署', text: '认真布署', found: [['wording', '布署', '部署']] },
  { name: '做为', text: '做为第一责任人', found: [['wording', '做为', '作为']] },
  { name: '其它', text: '其它工作', found: [['wording', '其它', '其他']] },
  { name: '既使', text: '既使困难再大', found: [['wording', '既使', '即使']] },
  { name: '再接再励', text: '再接再励', found: [['wording', '再接再励', '再接再厉']] },
  { name: '一如继往', text: '一如继往地', found: [['wording', '一如继往', '一如既往']] },
  { name: '按装', text: '按装监控', found: [['wording', '按装', '安装']] },
  { name: '既往不究', text: '既往不究', found: [['wording', '既往不究', '既往不咎']] },
  // 序列与自称
  { name: '一是…三是 with a gap', text: '一是加强学习；三是完善制度。', found: [['sequence', '三是', '二是']] },
  { name: '一是…二是…二是 repeated', text: '一是加强学习；二是完善制度；二是强化监督。', found: [['sequence', '二是', '三是']] },
  { name: '第一，…第三，', text: '第一，提高认识；第三，强化措施。', found: [['sequence', '第三', '第二']] },
  { name: '①③', text: '①加强学习；③完善制度。', found: [['sequence', '③', '②']] },
  { name: '（1）（3） inline', text: '（1）加强学习；（3）完善制度。', found: [['sequence', '（3）', '（2）']] },
  { name: '我局 in a 镇 report', text: '我局高度重视', unit: 'XX镇人民政府', found: [['self-reference', '我局', '我镇']] },
  { name: '本镇 in a 局 report', text: '本镇共办理', unit: '县司法局', found: [['self-reference', '本镇', '本局']] },
  { name: '我局 in a 街道 report', text: '我局坚持', unit: 'XX街道办事处', found: [['self-reference', '我局', '我街道']] },
  { name: '本局 in a 县政府 report', text: '本局坚持', unit: 'XX县人民政府', found: [['self-reference', '本局', '我县']] },
  {
    name: 'a 纲要 with wrong years and no 书名号',
    text: '对照法治政府建设实施纲要（2020-2025年）要求',
    found: [['known-title', '法治政府建设实施纲要（2020-2025年）', '《法治政府建设实施纲要（2021—2025年）》']],
  },
  {
    name: 'a right 纲要 without 书名号',
    text: '对照法治中国建设规划（2020—2025年）要求',
    found: [['known-title', '法治中国建设规划（2020—2025年）', '《法治中国建设规划（2020—2025年）》']],
  },
];

/** Correct look-alikes: nothing may be found. */
const LOOK_ALIKES: readonly Case[] = [
  { name: '习近平新时代中国特色社会主义思想', text: '坚持以习近平新时代中国特色社会主义思想为指导', found: [] },
  { name: '习近平法治思想', text: '深入学习贯彻习近平法治思想', found: [] },
  { name: '法治思维 is another word', text: '运用法治思维和法治方式', found: [] },
  { name: '党的二十大和二十届三中全会精神', text: '深入学习贯彻党的二十大和二十届三中全会精神', found: [] },
  { name: '党的十九大和十九届二中、三中、四中全会精神', text: '学习党的十九大和十九届二中、三中、四中全会精神', found: [] },
  { name: '中国共产党第二十次全国代表大会', text: '中国共产党第二十次全国代表大会胜利召开', found: [] },
  { name: '习近平总书记关于…的重要论述', text: '学习习近平总书记关于法治政府建设的重要论述', found: [] },
  { name: '总书记重要讲话精神', text: '认真学习贯彻总书记重要讲话精神', found: [] },
  { name: 'the four 意识 in order', text: '增强政治意识、大局意识、核心意识、看齐意识', found: [] },
  { name: '“五位一体”总体布局', text: '统筹推进“五位一体”总体布局和“四个全面”战略布局', found: [] },
  { name: '法制审核', text: '严格落实重大执法决定法制审核制度', found: [] },
  { name: '法制机构 and 法制办', text: '由法制机构和原法制办负责', found: [] },
  { name: '《中华人民共和国民法典》 in 书名号', text: '宣传《中华人民共和国民法典》', found: [] },
  { name: '中华人民共和国成立以来', text: '中华人民共和国成立以来依法治国', found: [] },
  { name: '民法典宣传月 (an event)', text: '开展民法典宣传月活动', found: [] },
  { name: 'a campaign in quotes', text: '开展“美好生活·民法典相伴”主题宣传', found: [] },
  { name: '宪法宣传周', text: '组织开展“宪法宣传周”活动，推动宪法宣传教育', found: [] },
  { name: 'a local regulation', text: '贯彻落实省优化营商环境条例', found: [] },
  { name: 'the right 纲要 title', text: '对照《法治政府建设实施纲要（2021—2025年）》', found: [] },
  { name: 'the earlier 纲要', text: '《法治政府建设实施纲要（2015—2020年）》', found: [] },
  { name: '八五普法 in the plans of a 2024 report', text: '深入实施“八五”普法规划', part: 'plans', year: 2024, found: [] },
  { name: '八五普法 总结验收 in 2025', text: '做好“八五”普法总结验收', part: 'plans', year: 2025, found: [] },
  { name: '八五普法 in work, not plans', text: '“八五”普法中期评估顺利通过', part: 'work', year: 2026, found: [] },
  { name: '1,024 and 3.5', text: '共发放1,024份，增长3.5%', found: [] },
  { name: 'time 10:30', text: '于10:30召开', found: [] },
  { name: 'a URL', text: '登录http://www.gov.cn/zhengce/,查看', found: [] },
  { name: 'an e-mail address', text: '发送至fzb@example.gov.cn。', found: [] },
  {
    name: 'Latin words',
    text: '使用APP(手机应用)',
    found: [
      ['half-width', '(', '（'],
      ['half-width', ')', '）'],
    ],
  },
  { name: 'English with commas', text: 'Hello, world; ok', found: [] },
  { name: '《A》《B》', text: '学习《宪法》《民法典》', found: [] },
  { name: '“八五”普法', text: '深入推进“八五”普法', found: [] },
  { name: '第一责任人', text: '履行第一责任人职责', found: [] },
  { name: '一是…三是 in order', text: '一是加强学习；二是完善制度；三是强化监督。', found: [] },
  { name: '一是 restarts a new list', text: '成效：一是甲；二是乙。问题：一是丙；二是丁。', found: [] },
  { name: 'a list going on from the paragraph before', text: '三是强化监督；四是狠抓落实。', found: [] },
  { name: '统一是 is not a marker', text: '思想统一是前提，二是……', found: [] },
  { name: '第二十次', text: '第一次会议和第二十次会议', found: [] },
  { name: 'a correct quotation', text: '做到“法定职责必须为、法无授权不可为”。', found: [] },
  { name: '成立23年来', text: '成立23年来，累计办理', found: [] },
  { name: 'a full date', text: '2024年3月1日起施行', found: [] },
  { name: '10月1日 and 12.4宪法日', text: '10月1日、12.4宪法宣传日', found: [] },
  { name: '约200人', text: '培训约200人次，近3年来', found: [] },
  { name: '制约 is not 约', text: '制约200多家企业发展', found: [] },
  { name: '增加了2倍', text: '案件数量增加了2倍', found: [] },
  { name: '截至目前', text: '截至目前，共办理', found: [] },
  { name: '截止日期 and 报名截止', text: '报名截止日期为10月1日，逾期报名截止', found: [] },
  { name: '作为', text: '作为第一责任人', found: [] },
  { name: '我县 in a 局 report (the place)', text: '我县法治建设', unit: '县司法局', found: [] },
  { name: '我镇 in a 镇 report', text: '我镇高度重视，本镇', unit: 'XX镇人民政府', found: [] },
  { name: '本局 in a 局 report', text: '本局坚持', unit: '县统计局', found: [] },
  { name: '我县 in a 县政府 report', text: '我县坚持', unit: 'XX县人民政府', found: [] },
  { name: '自我局限 and 基本局面', text: '打破自我局限，形成基本局面', unit: 'XX镇', found: [] },
  { name: 'no unit filled', text: '我局高度重视', unit: '', found: [] },
  { name: '、 before 等', text: '宪法、民法、等法律', found: [] },
  { name: '2021—2025年 with 一字线', text: '2021—2025年规划', found: [] },
  { name: 'full-width punctuation', text: '围绕中心，服务大局；落实：好！', found: [] },
  { name: '10-20人 (not years)', text: '每组10-20人', found: [] },
];

describe('proofreading rules: true cases', () => {
  it.each(TRUE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(run(c)).toEqual(c.found);
  });
});

describe('proofreading rules: correct look-alikes', () => {
  it.each(LOOK_ALIKES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(run(c)).toEqual(c.found);
  });
});

describe('item details', () => {
  it('gives the block, ProseMirror offsets, a reason naming the standard and the severity', () => {
    const [item] = proofreadBlock({ index: 7, text: '围绕中心,服务大局', part: 'work' }, { unit: '', year: 2024 });
    expect(item).toMatchObject({ blockIndex: 7, from: 4, to: 5, match: ',', fix: '，', kind: '标点', severity: 'error' });
    expect(item!.reason).toContain('GB/T 15834-2011');
  });

  it('never matches across a field', () => {
    expect(proofreadBlock({ index: 1, text: '截止\uFFFC，我局', part: 'work' }, { unit: '县司法局', year: 2024 })).toEqual([]);
  });

  it.each([
    ['县司法局', '局'],
    ['XX镇人民政府', '镇'],
    ['XX乡人民政府', '乡'],
    ['XX街道办事处', '街道'],
    ['中共XX县委政法委员会', '委'],
    ['XX县人民政府办公室', '办'],
    ['XX县人民政府', '县'],
    ['XX市人民政府', '市'],
    ['XX县发展和改革局', '局'],
    ['', null],
  ] as const)('unitKind(%s) = %s', (unit, kind) => expect(unitKind(unit)).toBe(kind));
});

describe('the cache of unchanged blocks', () => {
  it('gives the same items as a fresh run, after edits, moves and new options', async () => {
    const { createProofCache, proofread } = await import('../../src/check/proofread/proofread.ts');
    const cache = createProofCache();
    const blocks: ProofBlock[] = [
      { index: 0, text: '县司法局2024年度法治政府建设工作报告', part: 'title' },
      { index: 1, text: '深入学习贯彻法治思想,服务大局。', part: 'work' },
      { index: 2, text: '我镇截止目前办理案件。', part: 'work' },
      { index: 3, text: '深入学习贯彻法治思想,服务大局。', part: 'work' },
    ];
    const options = { unit: '县司法局', year: 2024 };
    expect(proofread(blocks, options, cache)).toEqual(proofread(blocks, options));
    const edited = [blocks[0]!, { ...blocks[2]!, index: 1 }, { index: 2, text: '其它工作。', part: 'plans' as const }, { ...blocks[3]!, index: 3 }];
    expect(proofread(edited, options, cache)).toEqual(proofread(edited, options));
    const other = { unit: 'XX镇', year: 2024 };
    expect(proofread(edited, other, cache)).toEqual(proofread(edited, other));
    expect(cache.entries.size).toBe(4);
  });
});
