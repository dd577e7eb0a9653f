/**
 * Validate at the door: every draft and every imported example report read from IndexedDB or a
 * backup file goes through `restoreDraft` / `restoreLibraryReport` (after Excalidraw's
 * data/restore.ts). They return a value of exactly the model's type, with defaults filled for
 * optional bits older data may lack, or throw a RestoreError with a Chinese message.
 */
import * as z from 'zod/mini';
import type { ExampleReport } from '../model/example.ts';
import type { Draft } from '../model/draft.ts';
import { titleName } from '../model/draftNames.ts';
import { reportDocSchema } from '../model/docSchema.ts';
import { exampleReportSchema, yearSchema } from '../model/exampleSchema.ts';

/** An example report the user imported into 我的范文, with when it was imported. */
export interface LibraryReport extends ExampleReport {
  /** Epoch milliseconds. */
  readonly importedAt: number;
}

export class RestoreError extends Error {
  override readonly name = 'RestoreError';
  /** Dotted path of the first offending value, e.g. `doc.content.3.attrs.level`; '' for the root. */
  readonly path: string;

  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.path = path;
  }
}

export interface RestoreOptions {
  /** Fallback for missing timestamps, epoch ms. Default: Date.now(). */
  readonly now?: number;
}

// zod/mini sets no locale: keep the full zod's English issue messages in RestoreError's `cause`.
if (!z.config().localeError) z.config(z.locales.en());

const fieldsSchema = z.object({
  unit: z._default(z.string(), ''),
  year: z._default(z.nullable(yearSchema), null),
  superior: z._default(z.string(), ''),
  date: z._default(z.string(), ''),
});

/** z.number() already rejects NaN and ±Infinity. */
const timestamp = z.number().check(z.nonnegative());

const nonEmptyString = z.string().check(z.minLength(1));

const previousSchema = z.object({
  name: z.string(),
  year: z._default(z.nullable(yearSchema), null),
  source: z.enum(['draft', 'file']),
  doc: reportDocSchema,
  links: z._default(z.record(z.string(), z.nullable(z.string())), {}),
});

const draftSchema = z.object({
  id: nonEmptyString,
  name: z.optional(z.string()),
  fields: z._default(fieldsSchema, { unit: '', year: null, superior: '', date: '' }),
  doc: reportDocSchema,
  origin: z._default(z.nullable(z.string()), null),
  createdAt: z.optional(timestamp),
  updatedAt: z.optional(timestamp),
  ignored: z.optional(z.array(z.string())),
  previous: z.optional(z.nullable(previousSchema)),
});

const libraryReportSchema = z.extend(exampleReportSchema, { importedAt: z.optional(timestamp) });

function firstIssuePath(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.path.map(String).join('.') : '';
}

/**
 * Checks and migrates a stored or imported draft (Draft in src/model/draft.ts).
 * Missing `name` → the resolved title; missing fields → empty; missing `origin` → null; an empty
 * or missing `ignored` (校对 items the user ignored) is left out;
 * a missing timestamp → the other one, or `now`. Throws RestoreError when the value is not a
 * draft or its document is not a structurally valid ReportDoc.
 */
export function restoreDraft(value: unknown, options: RestoreOptions = {}): Draft {
  const result = draftSchema.safeParse(value);
  if (!result.success) {
    const path = firstIssuePath(result.error);
    throw new RestoreError(`草稿数据已损坏或格式不正确${path ? `（位置：${path}）` : ''}。`, path, { cause: result.error });
  }
  const d = result.data;
  const now = options.now ?? Date.now();
  const createdAt = d.createdAt ?? d.updatedAt ?? now;
  const updatedAt = d.updatedAt ?? createdAt;
  const name = d.name?.trim() || titleName(d.doc, d.fields);
  let draft: Draft = { id: d.id, name, fields: d.fields, doc: d.doc, origin: d.origin, createdAt, updatedAt };
  // 忽略 keys (校对) and 去年报告 only when there are some, so other drafts keep their exact shape.
  if (d.ignored?.length) draft = { ...draft, ignored: [...new Set(d.ignored)] };
  if (d.previous) draft = { ...draft, previous: d.previous };
  return draft;
}

/**
 * Checks an example report imported into 我的范文 (ExampleReport in src/model/example.ts, plus
 * `importedAt`, default `now`). Throws RestoreError when it is not one.
 */
export function restoreLibraryReport(value: unknown, options: RestoreOptions = {}): LibraryReport {
  const result = libraryReportSchema.safeParse(value);
  if (!result.success) {
    const path = firstIssuePath(result.error);
    throw new RestoreError(`范文数据已损坏或格式不正确${path ? `（位置：${path}）` : ''}。`, path, { cause: result.error });
  }
  const { importedAt, ...report } = result.data;
  return { ...report, importedAt: importedAt ?? options.now ?? Date.now() };
}
