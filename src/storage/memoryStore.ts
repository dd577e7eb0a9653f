/**
 * A DraftStore kept in page memory, used when IndexedDB cannot be opened (private windows,
 * storage disabled by policy). Everything works for the life of the page; the UI warns that
 * drafts are not kept and offers a backup download.
 */
import type { Draft } from '../model/draft.ts';
import type { DraftStore, DraftSummary, MetaKey, MetaValues } from './db.ts';
import type { LibraryReport } from './restore.ts';

export function createMemoryStore(): DraftStore {
  const drafts = new Map<string, Draft>();
  const library = new Map<string, LibraryReport>();
  const meta = new Map<MetaKey, unknown>();
  const clone = <T>(v: T): T => structuredClone(v);
  const summary = (d: Draft): DraftSummary => ({ id: d.id, name: d.name, createdAt: d.createdAt, updatedAt: d.updatedAt, damaged: false });
  return {
    created: true,
    listDrafts: async () => [...drafts.values()].map(summary).sort((a, b) => b.updatedAt - a.updatedAt),
    getDraft: async (id) => (drafts.has(id) ? clone(drafts.get(id)!) : undefined),
    getAllDrafts: async () => [...drafts.values()].map(clone).sort((a, b) => b.updatedAt - a.updatedAt),
    putDraft: async (draft) => void drafts.set(draft.id, clone(draft)),
    deleteDraft: async (id) => void drafts.delete(id),
    getMeta: async <K extends MetaKey>(key: K) => meta.get(key) as MetaValues[K] | undefined,
    setMeta: async <K extends MetaKey>(key: K, value: MetaValues[K]) => void meta.set(key, value),
    listLibrary: async () => [...library.values()].map(clone).sort((a, b) => b.importedAt - a.importedAt),
    putLibraryReport: async (report) => void library.set(report.id, clone(report)),
    deleteLibraryReport: async (id) => void library.delete(id),
    clearAll: async () => {
      drafts.clear();
      library.clear();
      meta.clear();
    },
    close: () => {},
  };
}
