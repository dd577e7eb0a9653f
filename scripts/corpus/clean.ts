/**
 * Cleaning of the seed compilation (templates/source/2023-compilation.raw.txt): the paid
 * material site's artefacts are removed or undone (among them the name 习近平, which the site
 * deleted), and nothing else changes — ASCII commas,
 * odd spaces (U+2002), ﹪ and `XX` blanks stay exactly as written
 * (docs/spec: /work/shared/spec/report-structure.md, "Noise in the seed text").
 */

/** One in-line substitution applied to every kept line, in list order. */
export interface Substitution {
  readonly id: string;
  /** Global pattern; applied with `String.prototype.replace`. */
  readonly pattern: RegExp;
  readonly replacement: string;
  /** What the artefact is, in Chinese, for templates/README.md and test names. */
  readonly note: string;
}

/**
 * The substitutions, in the order they are applied. Every Latin letter of the seven reports
 * was checked: besides these artefacts the text holds only `XX` (withheld names, kept), `APP`,
 * and the `N` of “1+3+N”.
 */
export const SUBSTITUTIONS: readonly Substitution[] = [
  {
    id: 'paid-marker',
    pattern: /##paid(?:begin|end)##/g,
    replacement: '',
    note: '付费标记 ##paidbegin## / ##paidend## 删除（其中一处位于XX镇报告句中：“民主法##paidbegin##治村”）',
  },
  {
    id: 'led',
    // Only the known mangled word: the L was eaten together with the letters of 党.
    pattern: /(?<![A-Za-z0-9])ED(?=电子显示屏)/g,
    replacement: 'LED',
    note: '“ED电子显示屏”还原为“LED电子显示屏”',
  },
  {
    id: 'party',
    // A lone capital D (no Latin letter or digit on either side) stands for 党 in every
    // compound: 党组, 党委, 党的, 党员, 党内, 党政, 党纪, 中国共产党, 党建, 党支部, 党日, 党课…
    pattern: /(?<![A-Za-z0-9])D(?![A-Za-z0-9])/g,
    replacement: '党',
    note: '单独的字母 D 还原为“党”（D组→党组、D委→党委、D的→党的、中国共产D→中国共产党等）',
  },
  {
    id: 'wechat',
    pattern: /AAA(?=公众(?:号|平台))/g,
    replacement: '微信',
    note: '“AAA公众号”“AAA公众平台”还原为“微信公众号”“微信公众平台”',
  },
  // The compilation also deleted the name 习近平 everywhere (spec: proofreading.md §1). Every
  // published report had it; left out, the examples would carry a 规范表述差错 into the user's report.
  {
    id: 'xi-thought',
    pattern: /(?<!习近平|《)新时代中国特色社会主义思想(?!学生读本)/g,
    replacement: '习近平新时代中国特色社会主义思想',
    note: '“新时代中国特色社会主义思想”还原为“习近平新时代中国特色社会主义思想”',
  },
  {
    id: 'xi-reader',
    pattern: /《新时代中国特色社会主义思想学生读本》/g,
    replacement: '《习近平新时代中国特色社会主义思想学生读本》',
    note: '书名《新时代中国特色社会主义思想学生读本》还原为《习近平新时代中国特色社会主义思想学生读本》',
  },
  {
    id: 'xi-law-thought',
    pattern: /(?<!习近平)法治思想/g,
    replacement: '习近平法治思想',
    note: '“法治思想”（含《法治思想》）还原为“习近平法治思想”',
  },
  {
    id: 'xi-business-speaker',
    // The one sentence of 县商务局 whose two speakers were deleted: “学习关于营商环境工作的重要论述以及对优化营商环境工作的重要指示批示精神”.
    pattern: /(?<=学习)(?=关于营商环境工作的重要论述)|(?<=以及)(?=对优化营商环境工作的重要指示批示精神)/g,
    replacement: '习近平总书记',
    note: '县商务局报告“学习关于营商环境工作的重要论述以及对优化营商环境工作的重要指示批示精神”一句还原两处讲话人“习近平总书记”',
  },
];

/** A kind of line dropped from the seed as a whole. */
export interface DroppedLine {
  readonly id: string;
  readonly pattern: RegExp;
  readonly note: string;
}

/** Whole lines that are not part of any report. Tested on the raw line. */
export const DROPPED_LINES: readonly DroppedLine[] = [
  { id: 'compilation-heading', pattern: /汇编（\d+篇）$/, note: '汇编自身的标题行“2023年度法治政府建设工作报告汇编（7篇）”' },
  { id: 'toc-heading', pattern: /^\s*目录\s*$/, note: '目录标题“目录”' },
  { id: 'toc-entry', pattern: /\t\d+\s*$/, note: '目录条目（标题 + 制表符 + 页码）' },
  { id: 'ad', pattern: /哒哒/, note: '素材网站广告行（【哒哒素材库】、欢迎加入“哒哒素材库svip会员”、【哒哒代笔】）' },
  { id: 'paid-marker-line', pattern: /^\s*##paid(?:begin|end)##\s*$/, note: '只含付费标记的行' },
];

/** Applies {@link SUBSTITUTIONS} to one line. Pure and idempotent. */
export function cleanLine(line: string): string {
  let out = line;
  for (const { pattern, replacement } of SUBSTITUTIONS) out = out.replace(pattern, replacement);
  return out;
}

/** The id of the {@link DROPPED_LINES} rule that drops `line`, or null when it is kept. */
export function droppedBy(line: string): string | null {
  return DROPPED_LINES.find(({ pattern }) => pattern.test(line))?.id ?? null;
}

/**
 * The seed as cleaned lines: dropped lines removed (compilation heading, table of contents,
 * ads, marker lines), every other line cleaned with {@link cleanLine}. Blank lines are kept, so
 * report boundaries stay visible; accepts LF or CRLF.
 */
export function cleanSeed(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .filter((line) => droppedBy(line) === null)
    .map(cleanLine);
}
