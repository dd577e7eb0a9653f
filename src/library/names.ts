/**
 * Names of people and villages in an example report (刘振辉, 李朝文, 新一村): like its unit and
 * place names, they belong to the unit that wrote it and must not reach the user's report
 * unnoticed. Found once per report ({@link localNames}), then flagged wherever they stand in
 * inserted text (flags.ts, kind `name`).
 *
 * The rules are narrow on purpose — a false flag costs the user a look, a missed one a wrong
 * report, but a flag on every 高度重视 would teach them to ignore flags:
 * - a person: a common surname and one or two more characters, right after a title
 *   (局长田梅讲解, 副局长李朝文同志, 律师刘振辉等) and right before a word that ends a name
 *   (同志, 等, 讲, …, or punctuation). 局长任组长 is a role, not a name: a name does not end
 *   in a title's last character (长, 记, 员, 任, 师, 官).
 * - a village or community: two or three characters before 村 or 社区, after 以/在/深入/走进
 *   (以新一村为示范点), not starting with a quantity or a generic word (每个村, 各村, 全村).
 */

/** Titles a person's name follows, longest first so 副局长 is not read as 副 + 局长. */
const TITLES = [
  '副书记',
  '副局长',
  '副主任',
  '副镇长',
  '副乡长',
  '副县长',
  '副市长',
  '副所长',
  '副队长',
  '副校长',
  '副院长',
  '检察官',
  '书记',
  '局长',
  '主任',
  '镇长',
  '乡长',
  '县长',
  '市长',
  '所长',
  '队长',
  '站长',
  '科长',
  '股长',
  '组长',
  '校长',
  '院长',
  '律师',
  '法官',
  '民警',
  '警官',
  '委员',
] as const;

/**
 * The hundred commonest Chinese surnames (about 85 % of people). A longer list would catch more
 * names but costs initial JS (the library's items are built at start), which is at its budget.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/**
 * What may follow a name: 同志, 等, a verb of speaking, or punctuation. Not 作, 出, 在…: they also
 * continue words (律师管理工作, 干部任免), which would make a name of 管理工.
 */
const AFTER_NAME = '(?=同志|等|讲|主持|介绍|表示|指出|强调|，|、|。|；|：|）|\\)|”)';

const PERSON = new RegExp(`(?:${TITLES.join('|')})([${SURNAMES}][\\u4e00-\\u9fff]{1,2}?)${AFTER_NAME}`, 'g');

/** Characters a name never ends with: 局长任组长 is “任 组长”, not a person called 任组长. */
const TITLE_ENDINGS = new Set(['长', '记', '员', '任', '师', '官']);

const VILLAGE = /(?:以|在|深入|走进)([\u4e00-\u9fff]{2,3}(?:村|社区))/g;
/** A village name does not start with these: 每个村, 各村, 全村, 该村, 本社区, 一个社区. */
const NOT_A_VILLAGE_START = new Set([...'每各全该本我此其一两二三几多个驻行农乡城村社']);

function* captures(re: RegExp, text: string): Generator<string> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m[1]!;
}

/** People's and villages' names in `texts` (no duplicates, in order of first appearance). */
export function localNames(texts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const name of captures(PERSON, text)) if (!TITLE_ENDINGS.has(name.at(-1)!)) found.add(name);
    for (const name of captures(VILLAGE, text)) if (!NOT_A_VILLAGE_START.has(name[0]!) && !name.includes('个')) found.add(name);
  }
  return [...found];
}
