/**
 * Exports a draft, a backup's draft or an example report to .docx, with the same code the
 * browser uses (src/export/docx).
 *
 *   npm run export:docx -- <draft.json> <out.docx>            a Draft, or a backup (its first draft)
 *   npm run export:docx -- <backup.json> <out.docx> --id <id>  a backup's draft by id
 *   npm run export:docx -- --example <1–7> <out.docx>          an example whole, as 从范文开始 opens it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleToDraft } from '../src/examples/toDraft.ts';
import { EXAMPLES, getExample } from '../src/examples/examples.ts';
import { exportDocx } from '../src/export/docx/index.ts';
import type { ReportFields } from '../src/model/fields.ts';
import type { ReportDoc } from '../src/model/schema.ts';
import { BACKUP_FORMAT, parseBackup } from '../src/storage/backup.ts';
import { restoreDraft } from '../src/storage/restore.ts';

const USAGE = `用法：
  npm run export:docx -- <草稿.json> <输出.docx> [--id <草稿ID>]
  npm run export:docx -- --example <1–${EXAMPLES.length}> <输出.docx>`;

class UsageError extends Error {}

interface Args {
  readonly source: { kind: 'file'; path: string; id: string | null } | { kind: 'example'; index: number };
  readonly out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let example: string | null = null;
  let id: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--example' || arg === '--id') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} 后缺少参数。`);
      if (arg === '--example') example = value;
      else id = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`无法识别的选项：${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (example !== null) {
    const index = Number(example);
    if (!Number.isInteger(index) || !getExample(index)) throw new UsageError(`范文编号应为 1–${EXAMPLES.length}，收到：${example}`);
    if (id !== null) throw new UsageError('--id 只能与草稿或备份文件一起使用。');
    if (positional.length !== 1) throw new UsageError('请给出一个输出文件路径。');
    return { source: { kind: 'example', index }, out: positional[0]! };
  }
  if (positional.length !== 2) throw new UsageError('请给出草稿文件和输出文件两个路径。');
  return { source: { kind: 'file', path: positional[0]!, id }, out: positional[1]! };
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有访问权限',
  EPERM: '没有访问权限',
  EISDIR: '这是一个文件夹',
  ENOSPC: '磁盘空间不足',
};

function fileError(error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (writing && code === 'ENOENT') return '所在文件夹不存在';
  return (code && FILE_ERRORS[code]) ?? String(error);
}

function readJson(path: string): { value: unknown; text: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`无法读取文件 ${path}：${fileError(error)}`);
  }
  try {
    return { value: JSON.parse(text), text };
  } catch {
    throw new Error(`文件 ${path} 不是有效的 JSON。`);
  }
}

/**
 * A Draft, or one draft of a backup file. A backup goes through the app's own `parseBackup`
 * (validation, migration of older versions, refusal of newer ones); a damaged draft elsewhere in
 * the backup is skipped there and does not block the chosen one.
 */
function draftFromJson(value: unknown, text: string, id: string | null): { doc: ReportDoc; fields: ReportFields } {
  const envelope = value as { format?: unknown; drafts?: unknown };
  if (typeof value === 'object' && value !== null && (envelope.format === BACKUP_FORMAT || Array.isArray(envelope.drafts))) {
    const { drafts } = parseBackup(text);
    if (drafts.length === 0) throw new Error('备份文件中没有草稿。');
    const chosen = id === null ? drafts[0] : drafts.find((d) => d.id === id);
    if (chosen === undefined) throw new Error(`备份文件中没有 ID 为 ${id} 的草稿。可用的 ID：${drafts.map((d) => d.id).join('、')}`);
    return chosen;
  }
  if (id !== null) throw new UsageError('--id 只能用于备份文件；这个文件是单个草稿。');
  return restoreDraft(value);
}

function draftFromFile(path: string, id: string | null): { doc: ReportDoc; fields: ReportFields } {
  const { value, text } = readJson(path);
  return draftFromJson(value, text, id);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const { doc, fields } = args.source.kind === 'example' ? exampleToDraft(getExample(args.source.index)!) : draftFromFile(args.source.path, args.source.id);
  const bytes = await exportDocx(doc, fields);
  try {
    writeFileSync(args.out, bytes);
  } catch (error) {
    throw new Error(`无法写入 ${args.out}：${fileError(error, true)}`);
  }
  console.log(`已导出 ${args.out}（${Math.round(bytes.length / 1024)} KB）`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`导出失败：${message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 1;
});
