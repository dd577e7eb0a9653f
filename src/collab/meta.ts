/**
 * What a shared draft shares besides its text, in the Y.Doc's `meta` map: the draft's name, the
 * report fields, ignored check items and 分工 (who drafts which part, and its status). Pure (Yjs).
 */
import * as Y from 'yjs';
import type { ReportFields } from '../model/fields.ts';
import type { ReportPart as Part } from '../model/part.ts';

export const TEXT_FIELD = 'default';
const META = 'meta';

import { ASSIGNMENT_STATUSES, type Assignment, type Assignments, type AssignmentStatus } from './assignment.ts';
export { ASSIGNMENT_STATUSES, type Assignment, type Assignments, type AssignmentStatus };

const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(META);

export function readName(doc: Y.Doc): string {
  const v = metaOf(doc).get('name');
  return typeof v === 'string' ? v : '';
}

export function writeName(doc: Y.Doc, name: string): void {
  if (readName(doc) !== name) metaOf(doc).set('name', name);
}

const FIELD_KEYS = ['unit', 'year', 'superior', 'date'] as const;

/** The shared fields; each field is its own key, so two people editing different fields both win. */
export function readFields(doc: Y.Doc, fallback: ReportFields): ReportFields {
  const m = metaOf(doc);
  const get = (k: string) => m.get(`field.${k}`);
  const year = get('year');
  return {
    unit: typeof get('unit') === 'string' ? (get('unit') as string) : fallback.unit,
    year: typeof year === 'number' || year === null ? (year as number | null) : fallback.year,
    superior: typeof get('superior') === 'string' ? (get('superior') as string) : fallback.superior,
    date: typeof get('date') === 'string' ? (get('date') as string) : fallback.date,
  };
}

export function writeFields(doc: Y.Doc, fields: ReportFields): void {
  const m = metaOf(doc);
  doc.transact(() => {
    for (const k of FIELD_KEYS) if (m.get(`field.${k}`) !== fields[k]) m.set(`field.${k}`, fields[k]);
  });
}

export function readIgnored(doc: Y.Doc): string[] {
  const v = metaOf(doc).get('ignoredChecks');
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function writeIgnored(doc: Y.Doc, ids: readonly string[]): void {
  const current = readIgnored(doc);
  if (current.length !== ids.length || current.some((id, i) => id !== ids[i])) metaOf(doc).set('ignoredChecks', [...ids]);
}

const isStatus = (s: unknown): s is AssignmentStatus => typeof s === 'string' && (ASSIGNMENT_STATUSES as readonly string[]).includes(s);

export function readAssignments(doc: Y.Doc): Assignments {
  const out: Partial<Record<Part, Assignment>> = {};
  for (const [key, value] of metaOf(doc).entries()) {
    if (!key.startsWith('assign.')) continue;
    const v = value as { person?: unknown; status?: unknown } | null;
    if (v && typeof v.person === 'string' && v.person.trim() && isStatus(v.status)) out[key.slice(7) as Part] = { person: v.person, status: v.status };
  }
  return out;
}

/** Assigns a part to a person (an empty person clears it). */
export function writeAssignment(doc: Y.Doc, part: Part, assignment: Assignment | null): void {
  const m = metaOf(doc);
  if (!assignment || !assignment.person.trim()) m.delete(`assign.${part}`);
  else m.set(`assign.${part}`, { person: assignment.person.trim(), status: assignment.status });
}

/** Calls `listener` after every change of the meta map (local or remote). */
export function observeMeta(doc: Y.Doc, listener: (local: boolean) => void): () => void {
  const m = metaOf(doc);
  const handler = (event: Y.YMapEvent<unknown>) => listener(event.transaction.local);
  m.observe(handler);
  return () => m.unobserve(handler);
}
