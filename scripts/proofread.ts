/**
 * `npm run proofread -- FILE [--json]`: 校对 of a file with the browser's own rules
 * (src/check/proofread/).
 *
 *   FILE  a .docx (its non-empty paragraphs, numbered in order), a saved draft or a backup .json
 *         (its first draft; paragraph 1 is the title), or a .txt with one paragraph per line
 *         (paragraph = line number).
 *
 * Plain output: one line per item — paragraph, severity, rule, match → fix — then a summary.
 * `--json`: {"items":[{"paragraph":N,"severity":"error"|"advice","rule":"…","match":"…","fix":"…"|null}]}.
 * Exit 0 when no error-severity item, 1 when there is one, 2 when the file cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContext } from '../src/check/context.ts';
import { proofreadParagraphs } from '../src/check/proofread/paragraphs.ts';
import { proofreadContext } from '../src/check/proofread/proofread.ts';
import { PROOF_SEVERITY_LABELS, type ProofItem } from '../src/check/proofread/types.ts';
import { docxToParagraphs } from '../src/import/docx.ts';
import type { Draft } from '../src/model/draft.ts';
import { BACKUP_FORMAT, parseBackup } from '../src/storage/backup.ts';
import { restoreDraft } from '../src/storage/restore.ts';

const USAGE = `用法：npm run proofread -- <文件> [--json]
  文件：Word 文档（.docx）、草稿或备份文件（.json），或每行一段的文本文件（.txt）`;

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** A file that cannot be read or used; the message is Chinese and names the file. */
class UnreadableError extends Error {}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有访问权限',
  EPERM: '没有访问权限',
  EISDIR: '这是一个文件夹，不是文件',
};

function readBytes(path: string): Buffer {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableError(`无法读取“${path}”：${(code && FILE_ERRORS[code]) ?? '读取失败'}。`);
  }
}

/** The first draft of a draft or backup file. */
function draftOf(text: string, path: string): Draft {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableError(`“${path}”不是有效的 JSON 文件，无法作为草稿或备份读取。`);
  }
  try {
    const envelope = value as { format?: unknown; drafts?: unknown };
    if (typeof value === 'object' && value !== null && (envelope.format === BACKUP_FORMAT || Array.isArray(envelope.drafts))) {
      const { drafts } = parseBackup(text);
      if (!drafts[0]) throw new UnreadableError(`备份文件“${path}”中没有草稿。`);
      return drafts[0];
    }
    return restoreDraft(value);
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    throw new UnreadableError(`无法读取“${path}”：${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface FileItem {
  readonly paragraph: number;
  readonly item: ProofItem;
}

/** The items of a file, each with its 1-based paragraph number. Throws UnreadableError. */
export async function proofreadFile(path: string): Promise<FileItem[]> {
  const bytes = readBytes(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') {
    let paragraphs;
    try {
      ({ paragraphs } = await docxToParagraphs(bytes, basename(path)));
    } catch (error) {
      throw new UnreadableError(error instanceof Error ? error.message : String(error));
    }
    return proofreadParagraphs(paragraphs.map((p, i) => ({ number: i + 1, text: p.text }))).map((item) => ({ paragraph: item.blockIndex, item }));
  }
  const text = bytes.toString('utf8');
  if (ext === '.json') {
    const draft = draftOf(text, path);
    return proofreadContext(buildContext(draft.doc, draft.fields)).map((item) => ({ paragraph: item.blockIndex + 1, item }));
  }
  if (ext === '.txt' || ext === '') {
    if (text.includes('\u0000') || bytes.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) {
      throw new UnreadableError(`“${path}”不是文本文件。`);
    }
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    return proofreadParagraphs(lines.map((line, i) => ({ number: i + 1, text: line }))).map((item) => ({ paragraph: item.blockIndex, item }));
  }
  throw new UnreadableError(`无法校对“${path}”：只支持 .docx、.json（草稿或备份）和 .txt 文件。`);
}

export function formatPlain(items: readonly FileItem[]): string {
  const lines = items.map(({ paragraph, item }) => {
    const fix = item.fix === null ? `（${item.reason}）` : ` → ${item.fix}`;
    return `第${paragraph}段\t${PROOF_SEVERITY_LABELS[item.severity]}\t${item.kind}·${item.ruleName}\t${item.match}${fix}`;
  });
  const errors = items.filter((i) => i.item.severity === 'error').length;
  lines.push(items.length ? `共 ${items.length} 项：需修改 ${errors} 项，建议 ${items.length - errors} 项。` : '未发现问题。');
  return lines.join('\n');
}

export function formatJson(items: readonly FileItem[]): string {
  return JSON.stringify({
    items: items.map(({ paragraph, item }) => ({ paragraph, severity: item.severity, rule: item.rule, match: item.match, fix: item.fix })),
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown || rest.length !== 1) {
    console.error(unknown ? `无法识别的选项：${unknown}` : '请给出一个要校对的文件。');
    console.error(USAGE);
    return EXIT_UNREADABLE;
  }
  try {
    const items = await proofreadFile(rest[0]!);
    console.log(json ? formatJson(items) : formatPlain(items));
    return items.some((i) => i.item.severity === 'error') ? EXIT_ERRORS : EXIT_CLEAN;
  } catch (error) {
    if (!(error instanceof UnreadableError)) throw error;
    console.error(error.message);
    return EXIT_UNREADABLE;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`校对失败：${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT_UNREADABLE;
    },
  );
}
