/**
 * Checks at the door of the export. The document goes through the project's one structural schema
 * (src/model/docSchema.ts), which also fills defaults older drafts lack; its first problem
 * becomes a Chinese message the UI can show ("文档结构无效：第 4 段：标题级别应为 1–4").
 */
import type { ReportFields } from '../../model/fields.ts';
import type { ReportDoc } from '../../model/schema.ts';
import { reportDocSchema } from '../../model/docSchema.ts';

const DOC_PREFIX = '文档结构无效：';
const FIELDS_PREFIX = '填写项无效：';

/** What is wrong, by the name of the offending key (the last one on the issue's path). */
const PROBLEM_BY_KEY: Readonly<Record<string, string>> = {
  type: '类型无法识别',
  level: '标题级别应为 1–4',
  runIn: '“段首标题”标记应为是或否',
  part: '所属部分无法识别',
  role: '落款类型应为单位（unit）或日期（date）',
  name: '填写项名称无法识别',
  text: '缺少文字内容',
  marks: '文字标记无法识别',
  kind: '核对标记的类型无法识别',
  hint: '提示文字应为字符串',
  content: '内容应为列表',
  attrs: '属性缺失或无效',
};

function describeIssue(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '不是报告文档';
  if (path.length === 1) return path[0] === 'content' ? '文档没有内容' : '不是报告文档';
  const block = path[1];
  const where = typeof block !== 'number' ? '文档' : block === 0 ? '标题' : `第 ${block + 1} 段`;
  if (path.length === 2) return block === 0 ? '文档应以报告标题开头' : `${where}：不是标题、正文或落款`;
  if (block === 0 && path.length === 3 && path[2] === 'type') return '文档应以报告标题开头';
  const inline = path[2] === 'content' && typeof path[3] === 'number' ? `第 ${path[3] + 1} 处文字` : '';
  const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  return `${where}${inline ? `的${inline}` : ''}：${PROBLEM_BY_KEY[key] ?? '格式不正确'}`;
}

/**
 * Checks `value` against the document schema and returns it as a {@link ReportDoc} (defaults
 * filled in). Throws an Error with a Chinese message when it is not a report document.
 */
export function parseReportDoc(value: unknown): ReportDoc {
  const result = reportDocSchema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`${DOC_PREFIX}${describeIssue(result.error.issues[0]?.path ?? [])}`, { cause: result.error });
}

function failFields(problem: string): never {
  throw new Error(`${FIELDS_PREFIX}${problem}`);
}

/** Throws an Error with a Chinese message when `value` is not {@link ReportFields}. */
export function assertReportFields(value: unknown): asserts value is ReportFields {
  if (typeof value !== 'object' || value === null) failFields('缺少单位名称、年度等填写项');
  const fields = value as Record<string, unknown>;
  if (typeof fields.unit !== 'string') failFields('单位名称应为文字');
  if (fields.year !== null && !Number.isInteger(fields.year)) failFields('报告年度应为整数年份或留空');
  if (typeof fields.superior !== 'string') failFields('上级机关应为文字');
  if (typeof fields.date !== 'string') failFields('落款日期应为 YYYY-MM-DD 格式的文字');
}
