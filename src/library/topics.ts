/**
 * Topics of the example library (issue “Topics”): a fixed list that fits the annual 法治政府建设
 * report, each defined by keyword patterns. Rules:
 * 1. A text has every topic one of whose patterns occurs in it, after the phrases of
 *    {@link NEUTRAL_PHRASES} are blanked out (谁执法谁普法 is about 普法, not 执法; 决策部署 means
 *    instructions, not decision-making; 正确领导下 is a formula, not 组织领导).
 * 2. A block's topics are those of its own text (the whole paragraph, or the whole run-in
 *    heading). When its own text has none:
 *    - a level 2–4 heading takes the union of its sub-section's (“（四）完善规章制度” over 1. 规范性文件,
 *      2. 法律顾问, 3. 行政决策). Level-1 headings do not: they name a part (工作开展情况) and would
 *      carry every topic;
 *    - otherwise the block inherits those of its nearest enclosing heading that has some (a
 *      paragraph under “（五）推进政务公开” is about 政务公开).
 */

export const TOPICS = [
  'leadership',
  'legalEducation',
  'decisionReview',
  'normativeDocuments',
  'enforcement',
  'enforcementOversight',
  'openGovernment',
  'disputeResolution',
  'legalServices',
  'businessEnvironment',
  'digital',
  'workforce',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  leadership: '组织领导',
  legalEducation: '学法普法',
  decisionReview: '依法决策/合法性审查',
  normativeDocuments: '规范性文件',
  enforcement: '行政执法',
  enforcementOversight: '执法监督',
  openGovernment: '政务公开',
  disputeResolution: '矛盾纠纷化解',
  legalServices: '法律顾问/公共法律服务',
  businessEnvironment: '营商环境',
  digital: '数字化/信息化',
  workforce: '队伍建设',
};

/** Keyword patterns per topic; one hit is enough. Kept as data so tests and docs can list them. */
export const TOPIC_PATTERNS: Readonly<Record<Topic, RegExp>> = {
  leadership:
    /组织领导|领导小组|第一责任人|主体责任|主要负责(?:人|同志)|述法|党(?:对|的)(?:法治|全面依法)[^，。；]{0,12}领导|党[组委](?:会议|书记|专题|研究)|议事日程|同部署|组织保障|责任落实/,
  legalEducation:
    /普法|学法|学习宣传|中心组|法治宣传|法制宣传|法治教育|法制教育|法治培训|以案释法|宪法(?:宣传|日|宣誓)|法律知识|法治(?:意识|素养|观念|文化)|尊法|宣传教育|理论学习中心组|旁听庭审|[七八]五/,
  decisionReview:
    /(?:重大|行政|依法|科学|民主)决策|决策(?:程序|机制|质量|效率|事项|目录|过程|行为|公信力|法治化|科学化)|合法性(?:审查|审核)|法制审核|集体讨论|专家论证|风险评估|公众参与/,
  normativeDocuments: /规范性文件|备案审查|文件(?:的)?(?:合法性)?(?:审查|清理|备案)|(?:规章|文件)(?:的)?清理|公平竞争审查/,
  enforcement: /执法(?!监督)|监管|行政(?:处罚|检查|强制|许可|确认|奖励|征收)|双随机|裁量(?:基准|权)|三项制度|权责清单|文明执法/,
  enforcementOversight: /执法监督|监督检查|案件评查|卷宗评查|考评|执法过错|责任追究|问责|督查|督办|监督整改|专项整改/,
  openGovernment: /政务公开|信息公开|政府信息|主动公开|依申请公开|公示|透明度|门户网站|政策解读/,
  disputeResolution: /矛盾|纠纷|调解|调处|枫桥|信访|行政复议|复议|应诉|诉源治理|和谐稳定|社会稳定/,
  legalServices: /法律顾问|公职律师|公共法律服务|法律援助|法律咨询|律师|公证|法律服务|法律意见/,
  businessEnvironment: /营商环境|放管服|减证便民|证明事项|一网通办|一站式|政务服务|招商|企业|市场主体|涉企|审批/,
  digital:
    /信息化|数字化|数字政府|智慧|智能化|网上|互联网|大数据|信息系统|(?:线上|网络|信息|执法|办案|数据|云)平台|APP|微信|公众号|信息网络|在线|电子(?:显示屏|化|证照|档案)/,
  workforce: /队伍|人才|培训|持证|执法证|素质|能力建设|专业人员|配齐配强|法制员/,
};

/**
 * Phrases blanked out before matching, because their words belong to another topic or to none:
 * “谁执法谁普法” (普法 responsibility), “决策部署” (instructions), “(正确|坚强)领导下” (formula).
 */
export const NEUTRAL_PHRASES: RegExp = /谁执法[、，,]?谁普法|决策部署|(?:正确|坚强|统一)?领导下/g;

/** Topics whose patterns occur in `text`, in {@link TOPICS} order (rule 1). */
export function topicsOf(text: string): Topic[] {
  const cleaned = text.replace(NEUTRAL_PHRASES, (m) => '　'.repeat(m.length));
  return TOPICS.filter((t) => TOPIC_PATTERNS[t].test(cleaned));
}

/**
 * Topics of a block (rule 2): its own; else, for a heading, the union of its sub-section's
 * (`subsection`: texts of the blocks after it in its sub-section; pass [] for level-1 headings);
 * else those of the nearest enclosing heading that has some (`enclosingHeadings`: heading texts,
 * outermost first — an ExampleBlock's `path`).
 */
export function blockTopics(text: string, enclosingHeadings: readonly string[], subsection: readonly string[] = []): Topic[] {
  const own = topicsOf(text);
  if (own.length) return own;
  if (subsection.length) {
    const found = new Set(subsection.flatMap(topicsOf));
    if (found.size) return TOPICS.filter((t) => found.has(t));
  }
  for (let i = enclosingHeadings.length - 1; i >= 0; i--) {
    const inherited = topicsOf(enclosingHeadings[i]!);
    if (inherited.length) return inherited;
  }
  return [];
}
