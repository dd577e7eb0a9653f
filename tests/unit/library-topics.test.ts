import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { buildLibrary } from '../../src/library/items.ts';
import { TOPIC_LABELS, TOPICS, blockTopics, topicsOf, type Topic } from '../../src/library/topics.ts';

/** [text, topics it must have, topics it must not have]. */
const CASES: ReadonlyArray<readonly [text: string, has: Topic[], hasNot: Topic[]]> = [
  ['局党组书记、局长任组长，严格履行法治政府建设第一责任人职责', ['leadership'], ['enforcement']],
  ['2023年，在县委、县政府的正确领导下，本单位坚持以新时代中国特色社会主义思想为指引', [], ['leadership']],
  ['全面落实“谁执法谁普法”普法责任制', ['legalEducation'], ['enforcement']],
  ['落实“谁执法、谁普法”，开展宪法宣传', ['legalEducation'], ['enforcement']],
  ['严格执行规范性文件合法性审查、备案和清理制度', ['normativeDocuments', 'decisionReview'], ['enforcement']],
  ['认真贯彻落实省、市关于优化营商环境的决策部署', ['businessEnvironment'], ['decisionReview']],
  ['健全依法决策机制，严格落实重大事项集体讨论决定', ['decisionReview'], ['normativeDocuments']],
  ['深入推进镇综合行政执法规范化建设，配齐配强执法人员', ['enforcement', 'workforce'], ['enforcementOversight']],
  ['加强行政执法监督，提升整体监督效能', ['enforcementOversight'], ['enforcement']],
  ['每月对执法监督情况进行通报，实现每两个月进行一次集中案件考评', ['enforcementOversight'], ['enforcement']],
  ['充分利用政务网站主动公开政府信息、便民信息和政策解读', ['openGovernment'], ['legalServices']],
  ['构建人民调解、行政调解、司法调解矛盾纠纷多元化解机制', ['disputeResolution'], ['openGovernment']],
  ['做好行政复议和行政应诉工作', ['disputeResolution'], []],
  ['聘请法律顾问全程参与招商引资工作', ['legalServices', 'businessEnvironment'], []],
  ['全县13个乡（镇）司法所均已设立法律援助工作站', ['legalServices'], ['disputeResolution']],
  ['深入推进“放管服”“减证便民”“政务服务”工作', ['businessEnvironment'], []],
  ['认真开展了统计信息网络安全系统升级改造工程，构建了统计信息化支撑体系', ['digital'], ['workforce']],
  ['借助网上执法办案平台，及时进行网上预警', ['digital', 'enforcement'], []],
  ['专业法律技能型人才相对匮乏，干部队伍需要进一步充实壮大', ['workforce'], ['legalServices']],
  ['下一步，我局将继续努力，把各项工作做得更好。', [], [...TOPICS]],
];

describe('topicsOf', () => {
  it.each(CASES)('%s', (text, has, hasNot) => {
    const topics = topicsOf(text);
    for (const t of has) expect(topics, `${TOPIC_LABELS[t]} expected`).toContain(t);
    for (const t of hasNot) expect(topics, `${TOPIC_LABELS[t]} not expected`).not.toContain(t);
  });

  it('returns topics in list order without duplicates', () => {
    const topics = topicsOf('政务公开、法律顾问、学法普法、组织领导，普法');
    expect(topics).toEqual(['leadership', 'legalEducation', 'openGovernment', 'legalServices']);
  });

  it('labels every topic', () => {
    expect(Object.keys(TOPIC_LABELS).sort()).toEqual([...TOPICS].sort());
  });
});

describe('blockTopics', () => {
  it('inherits from the nearest enclosing heading with topics when the text has none', () => {
    expect(blockTopics('除涉密及特殊要求事项外，及时公布和更新工作动态', ['一、工作开展情况', '（五）推进政务公开'])).toEqual(['openGovernment']);
  });

  it('keeps its own topics when it has some', () => {
    expect(blockTopics('聘请法律顾问', ['（五）推进政务公开'])).toEqual(['legalServices']);
  });

  it('takes the union of its sub-section for a heading without topics of its own', () => {
    expect(blockTopics('完善规章制度', ['一、工作开展情况'], ['严格执行规范性文件备案制度', '完善法律顾问聘任制度', '推进行政决策法治化'])).toEqual([
      'decisionReview',
      'normativeDocuments',
      'legalServices',
    ]);
  });

  it('has none when neither it nor any heading has one', () => {
    expect(blockTopics('下一步继续努力。', ['三、下一步工作打算'])).toEqual([]);
  });
});

describe('topics over the seven examples', () => {
  const items = buildLibrary(EXAMPLES);

  it('finds every topic somewhere', () => {
    const used = new Set(items.flatMap((i) => i.topics));
    expect([...TOPICS].filter((t) => !used.has(t))).toEqual([]);
  });

  it('tags most work items below the part headings', () => {
    const work = items.filter((i) => i.part === 'work' && i.level !== 1);
    const tagged = work.filter((i) => i.topics.length > 0);
    expect(tagged.length / work.length).toBeGreaterThan(0.9);
  });

  it('tags the 政务公开 subsection of the investment report', () => {
    const heading = items.find((i) => i.reportId === 'county-investment' && i.text === '推进政务公开');
    expect(heading?.topics).toEqual(['openGovernment']);
  });

  it('tags a level-2 heading by its sub-section, not a level-1 part heading', () => {
    const rules = items.find((i) => i.reportId === 'county-investment' && i.text === '完善规章制度');
    expect(rules?.topics).toEqual(expect.arrayContaining(['normativeDocuments', 'legalServices', 'decisionReview']));
    const part = items.find((i) => i.reportId === 'county-investment' && i.text === '工作开展情况');
    expect(part?.topics).toEqual([]);
  });
});
