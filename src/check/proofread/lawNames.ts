/**
 * 法规名称 (names of laws and plans), proofreading.md §3: a law named in the text goes in 书名号;
 * known titles with wrong years or words; a plan whose period has ended named in next year's plans.
 */
import { insideQuote, insideTitle, itemMaker } from './text.ts';
import type { ProofItem, ProofRule } from './types.ts';

const quoted = itemMaker('law-title-marks', '法规名称加书名号', '法规名称', 'error');
const knownTitle = itemMaker('known-title', '文件名称', '法规名称', 'error');
const endedPlan = itemMaker('ended-plan', '规划期已结束', '法规名称', 'advice');

/** 中华人民共和国…法/法典/条例: the name's own characters, no punctuation, digits or joining words. */
const PRC_LAW = /中华人民共和国[^\s\d，。、；：！？“”‘’《》〈〉（）()【】\uFFFC的和与及或在是于以为将对从向]{1,18}?(?:法典|条例|法)(?![律规治院官制人学庭务])/g;

/**
 * Common laws and regulations named without 中华人民共和国. Bare 宪法 is not among them: 宪法宣传周,
 * 学宪法讲宪法, 宪法宣誓 are correct without 书名号.
 */
const COMMON_LAWS = [
  '民法典',
  '行政处罚法',
  '行政许可法',
  '行政复议法',
  '行政诉讼法',
  '行政强制法',
  '优化营商环境条例',
  '重大行政决策程序暂行条例',
  '政府信息公开条例',
  '信访工作条例',
] as const;
/** A common law name; after 省/市/县 it is part of a local regulation's title, which is not known here. */
const COMMON_LAW = new RegExp(`(?:${COMMON_LAWS.join('|')})`, 'g');
const LOCAL_BEFORE = /[省市县区州]/;
/** An event named after a law: 民法典宣传月, 民法典进万家 — no 书名号. */
const EVENT_AFTER = /^(?:宣传[月周日]|进[\u4e00-\u9fff]|相伴|主题)/;

export const lawTitleMarks: ProofRule = (block) => {
  const items: ProofItem[] = [];
  const taken: Array<[number, number]> = [];
  const consider = (from: number, to: number) => {
    const text = block.text;
    if (insideTitle(text, from) || insideQuote(text, from)) return;
    if (text[from - 1] === '《' || text[to] === '》') return;
    if (EVENT_AFTER.test(text.slice(to, to + 3))) return;
    if (taken.some(([a, b]) => a < to && from < b)) return;
    taken.push([from, to]);
    const name = text.slice(from, to);
    items.push(quoted(block, from, to, `法律、法规的名称应加书名号：《${name}》（GB/T 15834-2011 4.15）。`, `《${name}》`));
  };
  for (const m of block.text.matchAll(PRC_LAW)) consider(m.index, m.index + m[0].length);
  for (const m of block.text.matchAll(COMMON_LAW)) {
    // 中华人民共和国民法典 was taken whole above.
    if (block.text.slice(Math.max(0, m.index - 7), m.index) === '中华人民共和国') continue;
    if (m.index > 0 && LOCAL_BEFORE.test(block.text[m.index - 1]!)) continue;
    consider(m.index, m.index + m[0].length);
  }
  return items.sort((a, b) => a.from - b.from);
};

const RANGE = '(\\d{4})\\s*[-－—–~～至]{1,2}\\s*(\\d{4})年';

interface KnownTitle {
  readonly pattern: RegExp;
  /** The correct title for a matched one, or null when it is correct. */
  readonly correct: (m: RegExpMatchArray) => string | null;
  readonly issuer: string;
}

const sameYears = (m: RegExpMatchArray, from: number, to: number) => Number(m[1]) === from && Number(m[2]) === to;

const KNOWN_TITLES: readonly KnownTitle[] = [
  {
    // Two editions: 2015—2020 and 2021—2025.
    pattern: new RegExp(`法治政府建设实施纲要[（(]${RANGE}[）)]`),
    correct: (m) =>
      sameYears(m, 2021, 2025) || sameYears(m, 2015, 2020)
        ? null
        : Number(m[2]) >= 2021
          ? '法治政府建设实施纲要（2021—2025年）'
          : '法治政府建设实施纲要（2015—2020年）',
    issuer: '中共中央、国务院2021年8月印发',
  },
  {
    pattern: new RegExp(`法治中国建设规划[（(]${RANGE}[）)]`),
    correct: (m) => (sameYears(m, 2020, 2025) ? null : '法治中国建设规划（2020—2025年）'),
    issuer: '中共中央2021年1月印发',
  },
  {
    pattern: new RegExp(`法治社会建设实施纲要[（(]${RANGE}[）)]`),
    correct: (m) => (sameYears(m, 2020, 2025) ? null : '法治社会建设实施纲要（2020—2025年）'),
    issuer: '中共中央2020年12月印发',
  },
  {
    pattern: /法治政府建设与责任落实督[察查]工作(?:规定|条例|办法)/,
    correct: (m) => (m[0] === '法治政府建设与责任落实督察工作规定' ? null : '法治政府建设与责任落实督察工作规定'),
    issuer: '中共中央办公厅、国务院办公厅2019年印发',
  },
  {
    pattern: new RegExp(`中央宣传部、司法部关于开展法治宣传教育的第八个五年规划[（(]${RANGE}[）)]`),
    correct: (m) => (sameYears(m, 2021, 2025) ? null : '中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）'),
    issuer: '2021年6月',
  },
  {
    pattern: /^[“"]?八五[”"]?普法规划$/,
    correct: () => '中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）',
    issuer: '“八五”普法规划的正式名称',
  },
];

/** The plans named with their years: found in running text too, where they also lack 书名号. */
const BARE_PLAN = new RegExp(`(?:法治政府建设实施纲要|法治中国建设规划|法治社会建设实施纲要)[（(]${RANGE}[）)]`, 'g');

/** Titles in 书名号 (or a plan with its years outside them) checked against the known ones. */
export const knownTitles: ProofRule = (block) => {
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(BARE_PLAN)) {
    if (insideTitle(block.text, m.index) || block.text[m.index - 1] === '《') continue;
    const known = KNOWN_TITLES.find((k) => k.pattern.test(m[0]));
    const hit = known && m[0].match(known.pattern);
    if (!known || !hit) continue;
    const correct = known.correct(hit) ?? m[0];
    items.push(
      knownTitle(
        block,
        m.index,
        m.index + m[0].length,
        `文件名称应加书名号${correct === m[0] ? '' : '并改正'}：《${correct}》（${known.issuer}）。`,
        `《${correct}》`,
      ),
    );
  }
  for (const m of block.text.matchAll(/《([^《》]*)》/g)) {
    const inner = m[1]!;
    for (const known of KNOWN_TITLES) {
      const hit = inner.match(known.pattern);
      if (!hit) continue;
      const correct = known.correct(hit);
      if (correct === null) break;
      const from = m.index + 1 + hit.index!;
      const to = from + hit[0].length;
      items.push(knownTitle(block, from, to, `文件名称应为《${correct}》（${known.issuer}）。`, correct));
      break;
    }
  }
  return items;
};

/** Plans that end in 2025; a report whose next year is 2026 or later plans in the 十五五 period. */
const PLAN_2025 = /[“"]?八五[”"]?普法|[“"]?十四五[”"]?|法治政府建设实施纲要[（(]2021[-—–－~～]{1,2}2025年[）)]/g;
const PLAN_REVIEW = /总结|验收|收官|回头看|评估/;
const LAST_YEAR_OF_PLAN = 2025;

export const endedPlans: ProofRule = (block, { year }) => {
  if (block.part !== 'plans' || year === null || year + 1 <= LAST_YEAR_OF_PLAN) return [];
  const items: ProofItem[] = [];
  for (const m of block.text.matchAll(PLAN_2025)) {
    const clause = block.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    if (PLAN_REVIEW.test(clause)) continue;
    items.push(
      endedPlan(
        block,
        m.index,
        m.index + m[0].length,
        `“${m[0].replace(/["“”]/g, '')}”的规划期到${LAST_YEAR_OF_PLAN}年结束，${year + 1}年的工作打算宜对照新的规划（${year + 1}年起为“十五五”时期）。`,
        null,
      ),
    );
  }
  return items;
};

export const LAW_NAME_RULES: readonly ProofRule[] = [lawTitleMarks, knownTitles, endedPlans];
