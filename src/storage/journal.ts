/**
 * The write-ahead journal of the open draft: nothing typed is lost to a reload, a closed tab or a
 * crashed tab.
 *
 * Why: autosave stores the draft in IndexedDB within a second of a change, and `pagehide` starts
 * one more save, but IndexedDB is asynchronous — a transaction started while the page unloads is
 * not guaranteed to commit, so a sentence typed just before F5 or closing the tab was lost.
 * localStorage is synchronous: once `setItem` returns, the value belongs to the browser (it
 * survives the page, and a crash of the page's renderer process).
 *
 * Design (the workspace drives it, see src/app/workspace.ts):
 * - write: the whole unsaved draft, as one JSON entry under a key of its own per draft id, at every
 *   rest of typing (~200 ms) and synchronously on `beforeunload`, `pagehide` and
 *   `visibilitychange` to hidden — only while a change is not yet in IndexedDB;
 * - clear: once IndexedDB has confirmed a save of a version at least as new as the entry
 *   (`clearJournal` with the saved `updatedAt`; a newer entry written meanwhile stays);
 * - replay: when a draft is opened (at start or later), an entry for that draft whose `updatedAt`
 *   is newer than the stored draft's replaces what is shown, and is saved to IndexedDB at once;
 *   an older or equal entry is obsolete and removed; a corrupt one is ignored and removed.
 * A failed write (localStorage full or disabled) is reported, so the page can fall back to a
 * `beforeunload` prompt while a change is unsaved.
 *
 * What it does not cover: when the whole browser (or the machine) dies, Chromium may not yet have
 * written its latest localStorage values to disk (it batches them). That case is bounded by
 * autosave instead: IndexedDB commits each save within about a second of a pause in typing, so a
 * crash loses at most what was typed since the last pause (tests/e2e/crash.spec.ts).
 *
 * Pure apart from the `JournalStorage` it is given (the page's localStorage; a Map in tests).
 */
import type { Draft } from '../model/draft.ts';
import { restoreDraft } from './restore.ts';

export const JOURNAL_PREFIX = 'report-drafter:journal:';
const JOURNAL_FORMAT = 'report-drafter-journal';
const JOURNAL_VERSION = 1;

/** The part of `Storage` used here. */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface JournalEntry {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  readonly draft: Draft;
}

export const journalKey = (draftId: string): string => `${JOURNAL_PREFIX}${draftId}`;

/** The page's localStorage, or null where it is disabled (some intranet policies, file:// in odd builds). */
export function pageJournalStorage(): JournalStorage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    // Reading `localStorage` itself throws (SecurityError) when storage is blocked.
    return null;
  }
}

/**
 * Writes the draft's entry synchronously. Returns false when it could not be written (quota
 * exceeded, storage disabled): the caller must not rely on the journal then.
 */
export function writeJournal(storage: JournalStorage | null, draft: Draft): boolean {
  if (!storage) return false;
  const entry: JournalEntry = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, draft };
  try {
    storage.setItem(journalKey(draft.id), JSON.stringify(entry));
    return true;
  } catch {
    // QuotaExceededError, SecurityError: an older entry for this draft may remain; it is still a
    // valid (older) snapshot, replayed only if newer than what IndexedDB holds.
    return false;
  }
}

/** The draft journaled for `draftId`, validated; null when there is none or it is unreadable. */
export function readJournal(storage: JournalStorage | null, draftId: string): Draft | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(journalKey(draftId));
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const entry = JSON.parse(text) as Partial<JournalEntry> | null;
    if (!entry || entry.format !== JOURNAL_FORMAT || entry.version !== JOURNAL_VERSION) return null;
    const draft = restoreDraft(entry.draft);
    // An entry under another draft's key (copied storage, a bug): never replay it here.
    return draft.id === draftId ? draft : null;
  } catch {
    return null;
  }
}

/** Whether a journal entry's text carries a draft stamped later than `updatedAt` (unvalidated). */
function claimsNewer(text: string, updatedAt: number): boolean {
  try {
    const stamp = (JSON.parse(text) as { draft?: { updatedAt?: unknown } } | null)?.draft?.updatedAt;
    return typeof stamp === 'number' && stamp > updatedAt;
  } catch {
    return false;
  }
}

/**
 * Removes the entry for `draftId` when it holds nothing newer than `savedUpdatedAt` (the version
 * IndexedDB just confirmed); without `savedUpdatedAt`, removes it whatever it holds.
 */
export function clearJournal(storage: JournalStorage | null, draftId: string, savedUpdatedAt?: number): void {
  if (!storage) return;
  try {
    if (savedUpdatedAt !== undefined) {
      const text = storage.getItem(journalKey(draftId));
      if (text === null) return;
      // After every autosave: the stamp decides; the whole draft is validated (readJournal) only in
      // the rare case the entry claims to be newer than what IndexedDB just confirmed.
      if (claimsNewer(text, savedUpdatedAt) && (readJournal(storage, draftId)?.updatedAt ?? 0) > savedUpdatedAt) return;
    }
    storage.removeItem(journalKey(draftId));
  } catch {
    // Storage gone: nothing to clear.
  }
}

export type ReplayDecision =
  /** The journal holds a newer version than IndexedDB: show and save `draft`. */
  | { readonly kind: 'replay'; readonly draft: Draft }
  /** Nothing newer in the journal (none, older, equal, corrupt or another draft's). */
  | { readonly kind: 'stored' };

/**
 * What to open for a stored draft (undefined when IndexedDB has none under this id, e.g. the
 * first save never landed). Removes obsolete and unreadable entries.
 */
export function replayJournal(storage: JournalStorage | null, draftId: string, stored: Draft | undefined): ReplayDecision {
  const entry = readJournal(storage, draftId);
  if (entry && (!stored || entry.updatedAt > stored.updatedAt)) {
    // Keep the stored draft's identity bits; the journal carries the text, fields and name.
    return { kind: 'replay', draft: stored ? { ...entry, createdAt: stored.createdAt } : entry };
  }
  clearJournal(storage, draftId);
  return { kind: 'stored' };
}
