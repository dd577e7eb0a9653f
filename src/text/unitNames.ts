/**
 * Recognising the names of administrative units (县公安局, 伊春市教育局, 大方县, XX市XX镇人民政府)
 * and superior references (县委、县政府) in report text, by rule — there is no gazetteer. Used by
 * the flags of inserted example text (flags.ts) and by the .docx import (unit and level of a
 * report from its title).
 *
 * Rules:
 * - A *level character* is one of 省 市 县 区 州 镇 乡, except in common words: 市场/市民/城市/超市/
 *   都市/上市, 县城/县域/县直, 省级/市级/县级/镇级/乡级/区级, 社区/园区/辖区/城区/景区/小区/
 *   片区/地区/山区/灾区/湾区, 城乡/乡村/乡镇, pairs of levels (市县两级, 县乡, 省市) and 依法治县/治市.
 * - A *place name* is `XX` (a withheld name) or 2–3 Chinese characters right before a level
 *   character that (a) stand at a boundary — start of text, punctuation, another place's level
 *   character, or a function word such as 在/对/为/与/通过/联合/根据 — (b) contain no function
 *   character (的/和/在/我/全/本/各…) and (c) are not a common verb or noun of these reports
 *   ({@link NOT_PLACES}: 联合/推进/落实/依托…).
 * - A *unit name* is an optional place name, a level character, 1–9 characters without stop
 *   characters (的/和/我/各…) or another level, and an organisation suffix ({@link ORG_SUFFIXES}: 局, 委员会, 办公室, 大队, 人民政府,
 *   司法所, 中心…): 县公安局, 县市场监督管理局, 伊春市教育局, XX县委全面依法治县委员会办公室.
 *   A place name with its level character and no suffix is a unit name too (大方县, 江门市, XX镇),
 *   A 区 (办案区, 园区) counts only after a place name and before a suffix or 区委/区政府
 *   (朝阳区人民政府), or as `XX区`.
 *   Adjacent names merge (XX市 + XX镇人民政府).
 * - A *superior reference* is a bare level character followed by 委/党委/政府/人民政府 with no place
 *   name (县委, 县政府, 市委市政府): it names the superior, not another unit.
 */

/** Characters that mark an administrative level after a place name. */
export const LEVEL_CHARS = '省市县区州镇乡';

/** Organisation suffixes, longest first so the alternation prefers them. */
export const ORG_SUFFIXES = [
  '委员会办公室',
  '消防救援大队',
  '人民检察院',
  '人民法院',
  '人民政府',
  '委员会',
  '办公室',
  '政府办',
  '司法所',
  '派出所',
  '检察院',
  '法院',
  '大队',
  '支队',
  '中队',
  '中心',
  '公司',
  '分局',
  '局',
  '厅',
] as const;

/** Never part of a place name or of a unit name's middle. */
const FUNCTION_CHARS = '的了和与及在对为是各全本我该其等于以把被将从向由这那此每之而或且并也都就还再又很最个们';

/**
 * Words that precede a level character in these reports without being a place name
 * (`联合县市场监督管理局`, `推进镇综合行政执法`, `依托镇村两级`, `落实县委`).
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  '联合',
  '通过',
  '经过',
  '推进',
  '推动',
  '助推',
  '依托',
  '围绕',
  '结合',
  '服务',
  '深化',
  '覆盖',
  '组织',
  '指导',
  '带动',
  '部署',
  '开展',
  '实现',
  '建设',
  '提升',
  '加强',
  '完善',
  '健全',
  '全面',
  '深入',
  '按照',
  '根据',
  '依据',
  '印发',
  '转发',
  '召开',
  '参加',
  '参与',
  '配合',
  '协助',
  '协同',
  '会同',
  '报送',
  '上报',
  '争取',
  '作为',
  '成为',
  '包括',
  '涉及',
  '面向',
  '针对',
  '关于',
  '对接',
  '衔接',
  '汇报',
  '请示',
  '邀请',
  '联系',
  '协调',
  '沟通',
  '报告',
  '全体',
  '所有',
  '各级',
  '地方',
  '基层',
  '城乡',
  '农村',
  '本级',
  '上级',
  '下级',
  '同级',
  '省委',
  '市委',
  '县委',
  '州委',
  '区委',
  '党委',
  '政府',
  '落实',
  '贯彻',
  '执行',
  '督促',
  '检查',
  '监督',
  '管理',
  '领导',
  '支持',
  '保障',
  '促进',
  '打造',
  '构建',
  '营造',
  '维护',
  '治理',
  '依法',
  '法治',
  '示范',
  '创建',
  '文明',
  '平安',
  '美丽',
  '和谐',
  '统筹',
  '整合',
  '利用',
  '使用',
  '运用',
  '采用',
  '依靠',
  '办案',
  '执法',
  '统一',
  '上线',
  '应用',
  '推广',
  '走访',
  '前往',
  '赴任',
  '派驻',
  '驻村',
  '联动',
  '乡镇',
  '县乡',
  '市县',
  '省市',
  '县市',
  '全省',
  '全市',
  '全县',
  '全区',
  '全镇',
  '全乡',
  '中央',
  '国家',
  '中共',
]);

/** Words right before a place name that end a clause or govern it (`通过大方县…`, `与伊春市…`). */
const FUNCTION_WORDS = [
  '通过',
  '经过',
  '联合',
  '根据',
  '依据',
  '按照',
  '会同',
  '配合',
  '协助',
  '协同',
  '指导',
  '印发',
  '转发',
  '组织',
  '邀请',
  '中共',
  '在',
  '对',
  '为',
  '与',
  '和',
  '及',
  '向',
  '由',
  '从',
  '经',
  '据',
  '同',
  '跟',
  '给',
  '将',
  '把',
  '被',
  '于',
  '以',
  '或',
  '是',
  '的',
  '赴',
  '到',
  '至',
  '往',
  '来',
  '自',
];

/** A withheld name: `XX`, `xx`, `ＸＸ`, `××`. */
export const BLANK_PATTERN = /[XxＸｘ×]{2,}/g;

const isBlank = (s: string): boolean => /^[XxＸｘ×]{2,}$/.test(s);

const HAN = /[\u3400-\u9fff]/;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

const LEVEL_PAIRS: ReadonlySet<string> = new Set(['省市', '市县', '县市', '县乡', '乡镇', '市区', '县区', '区县', '省区', '市州', '州市', '省州']);

/** Is the character at `i` a level character, not part of a common word? */
export function isLevelAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined || !LEVEL_CHARS.includes(c)) return false;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  // 市县两级, 县乡, 乡镇, 省市: a pair of levels is a common noun (县市场监督管理局 is no pair).
  if (LEVEL_PAIRS.has(prev + c) || (LEVEL_PAIRS.has(c + next) && text.slice(i, i + 3) !== '县市场')) return false;
  // 省级/县级…: an adjective; 依法治县/治市: the county as an object, inside a longer name.
  if (next === '级' || prev === '治') return false;
  switch (c) {
    case '市':
      return !'场民'.includes(next || '∅') && !'城超都上股夜菜集街'.includes(prev || '∅');
    case '县':
      return !'城域直'.includes(next || '∅');
    case '区':
      return !'域别分间块划'.includes(next || '∅') && !'社园辖城景小片地山灾湾分街校厂营矿'.includes(prev || '∅');
    case '乡':
      return next !== '村' && next !== '镇' && !'城下返家故同老'.includes(prev || '∅');
    case '镇':
      return !'乡城'.includes(prev || '∅');
    default:
      return true;
  }
}

const hasFunctionChar = (s: string): boolean => [...s].some((c) => FUNCTION_CHARS.includes(c));

/** Does the text before index `start` end at a boundary (start, punctuation, level char, function word)? */
function boundaryBefore(text: string, start: number): boolean {
  if (start === 0) return true;
  const prev = text[start - 1]!;
  if (!isHan(prev)) return true;
  if (isLevelAt(text, start - 1)) return true;
  const before = text.slice(Math.max(0, start - 2), start);
  return FUNCTION_WORDS.some((w) => before.endsWith(w));
}

/** Start index of the place name ending right before the level character at `level`, or -1. */
export function placeStart(text: string, level: number): number {
  const blank = /[XxＸｘ×]{2,}$/.exec(text.slice(Math.max(0, level - 8), level));
  if (blank) return level - blank[0].length;
  for (const len of [3, 2]) {
    const start = level - len;
    if (start < 0) continue;
    const candidate = text.slice(start, level);
    if (![...candidate].every(isHan) || hasFunctionChar(candidate)) continue;
    if (NOT_PLACES.has(candidate) || NOT_PLACES.has(candidate.slice(0, 2)) || NOT_PLACES.has(candidate.slice(-2))) continue;
    if ([...candidate].some((_, k) => isLevelAt(text, start + k))) continue;
    if (boundaryBefore(text, start)) return start;
  }
  return -1;
}

const SUFFIX_AFTER_LEVEL = new RegExp(`^[\\u3400-\\u9fff]{1,9}?(?:${ORG_SUFFIXES.join('|')})`);
/** Never in the middle of a unit name (全 and 于 may be: 全面依法治县委员会). */
const MIDDLE_STOP_CHARS = '的了和与及在对为是等我本各该其把被将从向由这那此每之而或且并也都就还再又很最们';

/** The middle of a unit name holds no stop character and no other level (`市县两级…法院` is no name). */
const validMiddle = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (MIDDLE_STOP_CHARS.includes(text[k]!) || isLevelAt(text, k)) return false;
  return true;
};
const SUPERIOR_AFTER_LEVEL = /^(?:党委|委(?!员)|人民政府|政府(?!办))/;

export interface UnitSpan {
  readonly from: number;
  readonly to: number;
  /** True for a bare 县委/县政府-style reference to the superior (no place name). */
  readonly superior: boolean;
  /** The level character of the span's last (innermost) level. */
  readonly level: string;
}

/**
 * Unit names and superior references in `text`, in order, non-overlapping (rules in the module
 * comment). Offsets are UTF-16 indexes into `text`.
 */
export function findUnitNames(text: string): UnitSpan[] {
  const spans: UnitSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLevelAt(text, i)) continue;
    if (spans.length && spans[spans.length - 1]!.to > i) continue;
    const level = text[i]!;
    const placeFrom = placeStart(text, i);
    const rest = text.slice(i + 1, i + 1 + 16);
    const superior = SUPERIOR_AFTER_LEVEL.exec(rest);
    const named = SUFFIX_AFTER_LEVEL.exec(rest);
    let span: UnitSpan | null = null;
    if (placeFrom < 0 && superior) {
      span = { from: i, to: i + 1 + superior[0].length, superior: true, level };
    } else if (named && validMiddle(text, i + 1, i + 1 + named[0].length) && (placeFrom >= 0 || level !== '区')) {
      span = { from: placeFrom >= 0 ? placeFrom : i, to: i + 1 + named[0].length, superior: false, level };
    } else if (placeFrom >= 0 && (level !== '区' || superior || isBlank(text.slice(placeFrom, i)))) {
      span = { from: placeFrom, to: i + 1 + (superior?.[0].length ?? 0), superior: false, level };
    }
    if (!span) continue;
    const last = spans[spans.length - 1];
    // XX市 + XX镇人民政府, 云南省 + 昆明市: one name.
    if (last && !last.superior && !span.superior && last.to === span.from) {
      spans[spans.length - 1] = { ...span, from: last.from };
    } else {
      spans.push(span);
    }
    i = span.to - 1;
  }
  return spans;
}

/**
 * The administrative level of a unit name: the innermost level of the name found in it
 * (`大方县司法局` → 县, `XX市XX镇人民政府` → 镇), else its first level character; null if none.
 */
export function levelOfUnit(unit: string): string | null {
  const span = findUnitNames(unit)[0];
  if (span) return span.level;
  for (let i = 0; i < unit.length; i++) if (isLevelAt(unit, i)) return unit[i]!;
  return null;
}
