/**
 * Backup files: every draft and every imported example in one JSON file the user downloads
 * (备份) and reads back (恢复). Reading goes through `parseBackup`, which recognises wrong files,
 * migrates older formats step by step and validates each draft with restore.ts. Restoring never
 * overwrites silently: `planMerge` sorts incoming drafts into new ones, identical ones and
 * conflicts, and the user settles each conflict (`resolveConflict`).
 *
 * Format history:
 *   v0  pre-release builds: `{ app: 'report-drafter', exportedAt?, drafts }`, no `format`, no
 *       `version`, no library; a draft's `fields.year` was the text of the input box ('2024', '').
 *   v1  `{ format: 'report-drafter-backup', version: 1, exportedAt, drafts, library }`, year a number or null.
 */
import type { ExampleReport } from '../model/example.ts';
import type { Draft } from '../model/draft.ts';
import { newId } from './newId.ts';
import { restoreDraft, restoreLibraryReport, RestoreError, type LibraryReport } from './restore.ts';
import { docTextStats, MAX_BACKUP_BYTES, megabytes, oversizeReason } from '../model/limits.ts';
import { salvageDoc, salvageSummary } from './salvage.ts';

export const BACKUP_FORMAT = 'report-drafter-backup';
export const BACKUP_VERSION = 1;
/** The v0 marker. */
const LEGACY_APP = 'report-drafter';

export interface BackupFileV1 {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly drafts: readonly Draft[];
  /** Imported examples; `importedAt` is kept when present, and set on restore when not. */
  readonly library: readonly ExampleReport[];
}

export type BackupErrorReason =
  'empty' | 'not-json' | 'docx' | 'not-backup' | 'single-draft' | 'unknown-format' | 'bad-version' | 'future-version' | 'incomplete' | 'too-large';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  readonly reason: BackupErrorReason;

  constructor(reason: BackupErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** An entry of the file that could not be restored; everything else still is. */
export interface BackupSkip {
  readonly kind: 'draft' | 'library';
  /** Position in the file's list, 0-based. */
  readonly index: number;
  /** The entry's name or title when it has one. */
  readonly label: string;
  /** Chinese reason, e.g. from RestoreError. */
  readonly reason: string;
}

/** A draft restored with a change the user should know of. */
export interface BackupNote {
  /** The draft's name. */
  readonly label: string;
  /** Chinese, e.g. 2处无法识别的内容（table）已转为普通文字. */
  readonly note: string;
}

export interface ParsedBackup {
  readonly drafts: Draft[];
  /** Drafts restored after turning what this version cannot read into plain paragraphs. */
  readonly repaired: BackupNote[];
  /** Drafts the file held twice under one id: the newer copy is kept. */
  readonly duplicates: BackupNote[];
  readonly library: LibraryReport[];
  /** Entries that could not be restored at all (not a draft, or too large to edit). */
  readonly skipped: BackupSkip[];
  /** Format version the file was written in (before migration). */
  readonly sourceVersion: number;
  /** ISO string, or null when the file does not say. */
  readonly exportedAt: string | null;
}

/** Refuses a backup file larger than MAX_BACKUP_BYTES before it is read. */
export function assertBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES) {
    throw new BackupError(
      'too-large',
      `该文件约${megabytes(bytes)}，超过备份文件的上限（${megabytes(MAX_BACKUP_BYTES)}），不是起草器的备份文件或已损坏，未作任何更改。`,
    );
  }
}

/** A Chinese reason for a draft that failed validation (never an engine's English message). */
function restoreReason(e: unknown): string {
  return e instanceof RestoreError ? e.message : '草稿数据结构异常，无法读取。';
}

/** The backup file text (pretty-printed JSON) for these drafts and library reports. */
export function createBackup(drafts: readonly Draft[], library: readonly ExampleReport[], now: Date): string {
  const file: BackupFileV1 = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    drafts,
    library,
  };
  return JSON.stringify(file, null, 2);
}

/** `法治报告起草器备份-2026-11-24.json`, dated in the user's local time. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `法治报告起草器备份-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const NOT_BACKUP = '该文件不是法治报告起草器的备份文件。请选择由“备份”下载的 .json 文件。';

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** v0 `fields.year` ('2024', '2024年', '', missing) → v1 number or null. */
function migrateLegacyYear(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})\s*年?度?\s*$/.exec(value);
  return m ? Number(m[1]) : null;
}

/**
 * Migration steps: `MIGRATIONS[n]` turns a version-n file into version n+1. Each step works on
 * unvalidated data and only reshapes it; validation happens once, after the last step.
 */
const MIGRATIONS: ReadonlyArray<(file: Raw) => Raw> = [
  // v0 → v1
  (file) => ({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : null,
    drafts: Array.isArray(file.drafts)
      ? file.drafts.map((d: unknown) => (isRecord(d) && isRecord(d.fields) ? { ...d, fields: { ...d.fields, year: migrateLegacyYear(d.fields.year) } } : d))
      : file.drafts,
    library: [],
  }),
];

/** Which version a parsed file is in; throws BackupError for anything not a backup. */
function detectVersion(file: unknown): number {
  if (!isRecord(file)) throw new BackupError('not-backup', NOT_BACKUP);
  if (file.format === undefined) {
    if (file.app === LEGACY_APP && file.version === undefined) return 0;
    if (typeof file.id === 'string' && isRecord(file.doc)) {
      throw new BackupError('single-draft', '该文件是单篇草稿的数据，不是完整的备份文件。请选择由“备份”下载的 .json 文件。');
    }
    throw new BackupError('not-backup', NOT_BACKUP);
  }
  if (file.format !== BACKUP_FORMAT) {
    throw new BackupError('unknown-format', `${NOT_BACKUP}（文件格式标识为“${String(file.format).slice(0, 40)}”）`);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('bad-version', '备份文件的版本号缺失或无效，文件可能已被修改或损坏。');
  }
  if (version > BACKUP_VERSION) {
    throw new BackupError('future-version', `该备份文件来自更新版本的起草器（版本 ${version}），当前版本无法读取，请升级后再恢复。`);
  }
  return version;
}

function labelOf(value: unknown, key: 'name' | 'title'): string {
  return isRecord(value) && typeof value[key] === 'string' ? value[key] : '';
}

/**
 * Reads a backup file's text. Throws BackupError (with a Chinese message) for an empty file,
 * a .docx or other zip, text that is not JSON, JSON that is not a backup (a single draft, any
 * other JSON), an unknown `format`, a missing or invalid `version`, or a version newer than
 * this build. Migrates older versions. Drafts or examples that fail validation, and repeated
 * ids (the newer `updatedAt` wins), are listed in `skipped` instead of failing the whole file.
 */
export function parseBackup(text: string, options: { now?: number } = {}): ParsedBackup {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new BackupError('empty', '备份文件是空的，请选择由“备份”下载的 .json 文件。');
  // A zip (a .docx renamed or picked by mistake) read as text starts with its local-header magic.
  if (trimmed.startsWith('PK\u0003\u0004')) {
    throw new BackupError('docx', '这是一个 Word 文档或压缩文件，不是起草器的备份文件。请选择由“备份”下载的 .json 文件。');
  }
  let file: unknown;
  try {
    file = JSON.parse(trimmed);
  } catch {
    throw new BackupError('not-json', '无法读取该文件：内容不是有效的 JSON，文件可能已损坏，或不是起草器的备份文件。');
  }

  const sourceVersion = detectVersion(file);
  let current = file as Raw;
  for (let v = sourceVersion; v < BACKUP_VERSION; v++) current = MIGRATIONS[v]!(current);

  if (!Array.isArray(current.drafts) || !(current.library === undefined || Array.isArray(current.library))) {
    throw new BackupError('incomplete', '备份文件内容不完整（缺少草稿列表），可能已损坏。');
  }

  const skipped: BackupSkip[] = [];
  const repaired = new Map<string, BackupNote>();
  const duplicates: BackupNote[] = [];
  const byId = new Map<string, Draft>();
  current.drafts.forEach((raw: unknown, index: number) => {
    let draft: Draft;
    let note: string | null = null;
    try {
      draft = restoreDraft(raw, options);
    } catch (e) {
      // Keep what can be read: unknown nodes and marks become plain text (salvage.ts).
      const record = isRecord(raw) ? raw : null;
      const salvaged = record ? salvageDoc(record.doc) : null;
      try {
        if (!salvaged || !record) throw e;
        draft = restoreDraft({ ...record, doc: salvaged.doc }, options);
        note = salvageSummary(salvaged);
      } catch {
        skipped.push({ kind: 'draft', index, label: labelOf(raw, 'name'), reason: restoreReason(e) });
        return;
      }
    }
    const tooLarge = oversizeReason(docTextStats(draft.doc));
    if (tooLarge) {
      skipped.push({ kind: 'draft', index, label: draft.name, reason: `${tooLarge}，为免页面卡死未恢复。` });
      return;
    }
    const seen = byId.get(draft.id);
    if (seen) {
      const [kept, dropped] = draft.updatedAt > seen.updatedAt ? [draft, seen] : [seen, draft];
      byId.set(draft.id, kept);
      duplicates.push({
        label: kept.name,
        note: `文件中有两份编号相同的“${kept.name === dropped.name ? kept.name : `${kept.name}”与“${dropped.name}`}”，已保留较新的一份`,
      });
      if (kept === draft && note) repaired.set(draft.id, { label: draft.name, note });
      else if (kept === draft) repaired.delete(draft.id);
      return;
    }
    byId.set(draft.id, draft);
    if (note) repaired.set(draft.id, { label: draft.name, note });
  });

  const library: LibraryReport[] = [];
  const libraryIds = new Set<string>();
  ((current.library ?? []) as unknown[]).forEach((raw, index) => {
    try {
      const report = restoreLibraryReport(raw, options);
      if (libraryIds.has(report.id)) {
        skipped.push({ kind: 'library', index, label: report.title, reason: '与文件中另一篇范文的编号相同，已跳过。' });
        return;
      }
      libraryIds.add(report.id);
      library.push(report);
    } catch (e) {
      skipped.push({ kind: 'library', index, label: labelOf(raw, 'title'), reason: e instanceof RestoreError ? e.message : '范文数据结构异常，无法读取。' });
    }
  });

  return {
    drafts: [...byId.values()],
    repaired: [...repaired.values()],
    duplicates,
    library,
    skipped,
    sourceVersion,
    exportedAt: typeof current.exportedAt === 'string' ? current.exportedAt : null,
  };
}

/* ---------- merging a backup into what is stored ---------- */

export interface MergePlan<T> {
  /** Not stored yet: write them. */
  readonly add: T[];
  /** Stored with identical content: nothing to do. */
  readonly same: T[];
  /** Same id, different content: ask the user. */
  readonly conflicts: Array<{ readonly existing: T; readonly incoming: T }>;
}

/** Keys that record when, not what: two records differing only there have the same content. */
const TIMESTAMP_KEYS = new Set(['createdAt', 'updatedAt', 'importedAt']);

/** JSON with sorted keys and without timestamps, so equal content gives equal text. */
function contentKey(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    if (TIMESTAMP_KEYS.has(key) && this !== null && typeof this === 'object' && !Array.isArray(this)) return undefined;
    if (isRecord(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, v[k]]),
      );
    return v;
  });
}

/** Two drafts (or library reports) with the same content, timestamps aside. */
export function sameContent(a: unknown, b: unknown): boolean {
  return contentKey(a) === contentKey(b);
}

/**
 * Sorts restored drafts (or library reports) against the stored ones by id: new ones to add,
 * identical ones to skip, and conflicts for the user to settle. Never decides a conflict itself.
 */
export function planMerge<T extends { readonly id: string }>(existing: readonly T[], incoming: readonly T[]): MergePlan<T> {
  const stored = new Map(existing.map((e) => [e.id, e]));
  const plan: MergePlan<T> = { add: [], same: [], conflicts: [] };
  for (const item of incoming) {
    const match = stored.get(item.id);
    if (!match) plan.add.push(item);
    else if (sameContent(match, item)) plan.same.push(item);
    else plan.conflicts.push({ existing: match, incoming: item });
  }
  return plan;
}

/** 保留现有 / 用备份替换 / 另存为副本. */
export type ConflictChoice = 'keep' | 'replace' | 'copy';

export const RESTORED_COPY_SUFFIX = '（恢复）';

/**
 * What to write for one conflict: nothing (`keep`), the backup's draft over the stored one
 * (`replace`, to be written with `putDraft(draft, { overwrite: true })`), or the backup's draft
 * as a new draft with a new id and the name suffixed （恢复） (`copy`).
 */
export function resolveConflict(
  choice: ConflictChoice,
  conflict: { readonly existing: Draft; readonly incoming: Draft },
  makeId: () => string = newId,
): { readonly draft: Draft; readonly overwrite: boolean } | null {
  switch (choice) {
    case 'keep':
      return null;
    case 'replace':
      return { draft: conflict.incoming, overwrite: true };
    case 'copy':
      return {
        draft: { ...conflict.incoming, id: makeId(), name: `${conflict.incoming.name}${RESTORED_COPY_SUFFIX}` },
        overwrite: false,
      };
  }
}
