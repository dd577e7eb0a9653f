/**
 * The workspace: which draft is open, its fields, saving, the drafts list, 我的范文 and the tab
 * guard. Framework-free — React subscribes to it (useWorkspace) and the editor feeds it changes.
 *
 * Data safety: the open draft's latest text always lives in the editor; the autosaver stores it
 * within a second of a change; when storage fails, the state says so (a persistent warning with a
 * backup button) and nothing is dropped — the next change retries, and a backup always includes
 * the live document.
 */
import type { Draft } from '../model/draft.ts';
import { copyName, currentName } from '../model/draftNames.ts';
import type { ReportFields } from '../model/fields.ts';
import type { PreviousReport } from '../model/previous.ts';
import type { ReportDoc } from '../model/schema.ts';
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../storage/autosave.ts';
import type { Timers } from '../storage/timers.ts';
import { createBackup } from '../storage/backup.ts';
import { openStore, type DraftStore, type DraftSummary } from '../storage/db.ts';
import { createMemoryStore } from '../storage/memoryStore.ts';
import { newId } from '../storage/newId.ts';
import type { LibraryReport } from '../storage/restore.ts';
import { StorageError } from '../storage/storageError.ts';
import { createTabGuard, type TabGuard, type TabGuardState } from '../storage/tabGuard.ts';
import { clearJournal, pageJournalStorage, readJournal, replayJournal, writeJournal, type JournalStorage } from '../storage/journal.ts';
import { createRestTimer, type RestTimer } from '../storage/restTimer.ts';
import { docTextStats, oversizeReason, wan, WARN_DRAFT_CHARS } from '../model/limits.ts';

/** Why a draft cannot be opened in the editor without freezing the page, in Chinese; null when it can. */
export function tooLargeToOpen(draft: Draft): string | null {
  const reason = oversizeReason(docTextStats(draft.doc));
  return reason ? `草稿“${draft.name}”${reason}，为免页面卡死没有打开。它仍完整保存在本机，可用“备份”下载保存。` : null;
}

/** The newest of `drafts` (but `skip`) that can be opened: readable, not damaged, not too large to edit. */
async function firstOpenable(drafts: readonly DraftSummary[], skip: string, read: (id: string) => Promise<Draft | undefined>): Promise<Draft | undefined> {
  for (const d of drafts) {
    if (d.damaged || d.id === skip) continue;
    const candidate = await read(d.id);
    if (candidate && !tooLargeToOpen(candidate)) return candidate;
  }
  return undefined;
}

export interface WorkspaceState {
  /** The open draft as last loaded (its `doc` seeds the editor; the live text is in the editor). */
  readonly draft: Draft | null;
  /** Changes whenever the editor must be re-created from `draft.doc`. */
  readonly editorKey: string;
  readonly fields: ReportFields;
  /** 校对 items ignored in the open draft (keys, src/check/proofread/ignore.ts). */
  readonly ignored: readonly string[];
  /** The open draft's 去年报告 (comparison source), null when none is set. */
  readonly previous: PreviousReport | null;
  readonly readOnly: boolean;
  /** Why the draft is read-only (another tab), '' when editable. */
  readonly guardMessage: string;
  readonly saveStatus: AutosaveStatus;
  /** Persistent storage problem (unavailable, quota, …); null when storage works. */
  readonly storageError: StorageError | null;
  /** True when drafts live only in this page (IndexedDB unavailable). */
  readonly memoryOnly: boolean;
  readonly drafts: readonly DraftSummary[];
  readonly library: readonly LibraryReport[];
  /** A draft too large to edit was not opened, or the open one is long enough to be slow; '' otherwise. */
  readonly sizeWarning: string;
}

type Listener = (state: WorkspaceState) => void;

/** Longest wait for an idle moment before a due save runs anyway, ms. */
const IDLE_WAIT_MS = 250;

/** Timers whose callbacks run at the first idle moment after the delay (or IDLE_WAIT_MS later at most). */
const idleTimers: Timers = {
  setTimeout(callback, ms) {
    const handle: { timer?: ReturnType<typeof setTimeout>; idle?: number } = {};
    handle.timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') handle.idle = requestIdleCallback(callback, { timeout: IDLE_WAIT_MS });
      else callback();
    }, ms);
    return handle;
  },
  clearTimeout(handle) {
    const h = handle as { timer?: ReturnType<typeof setTimeout>; idle?: number };
    clearTimeout(h.timer);
    if (h.idle !== undefined) cancelIdleCallback(h.idle);
  },
  now: () => Date.now(),
};

function sameList<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): boolean {
  return a.length === b.length && a.every((item, i) => key(item) === key(b[i]!));
}

export interface WorkspaceOptions {
  /** The draft to create when there is none yet. */
  readonly firstDraft: () => Draft;
  readonly now?: () => number;
  /** Tests: a store to use instead of IndexedDB. */
  readonly store?: DraftStore;
  /** The write-ahead journal's storage (journal.ts); default the page's localStorage, null for none. */
  readonly journal?: JournalStorage | null;
}

/** Quiet time after the last change before the write-ahead journal is written, ms. */
export const JOURNAL_DELAY_MS = 200;
/** Longest time a change stays out of the journal while typing goes on, ms. */
export const JOURNAL_MAX_WAIT_MS = 1000;

/**
 * What exists only once storage is open: the store (IndexedDB, or memory when it cannot be used),
 * the autosaver writing to it and the tab guard. Every method that needs them awaits the session,
 * so no member is ever used half-initialised.
 */
interface Session {
  readonly store: DraftStore;
  readonly autosaver: Autosaver;
  readonly guard: TabGuard;
}

export class Workspace {
  private state: WorkspaceState = {
    draft: null,
    editorKey: '',
    fields: { unit: '', year: null, superior: '', date: '' },
    ignored: [],
    previous: null,
    readOnly: false,
    guardMessage: '',
    saveStatus: 'saved',
    storageError: null,
    memoryOnly: false,
    drafts: [],
    library: [],
    sizeWarning: '',
  };
  private listeners = new Set<Listener>();
  /** The session once start-up has created it (for the synchronous paths: typing, status). */
  private live: Session | null = null;
  private liveDoc: (() => ReportDoc) | null = null;
  private readonly now: () => number;
  private readonly journal: JournalStorage | null;
  private readonly journalRest: RestTimer;
  /** The last journal write failed (localStorage full or disabled): leaving may lose the change. */
  private journalFailed = false;
  /** The last `updatedAt` handed out: versions of the open draft strictly increase (journal.ts compares them). */
  private lastStamp = 0;

  constructor(private readonly options: WorkspaceOptions) {
    this.now = options.now ?? Date.now;
    this.journal = options.journal !== undefined ? options.journal : pageJournalStorage();
    // In idle time between keystrokes, like autosave (serialising a long report takes a few ms).
    this.journalRest = createRestTimer(() => void this.writeAhead(), { delayMs: JOURNAL_DELAY_MS, maxWaitMs: JOURNAL_MAX_WAIT_MS, timers: idleTimers });
  }

  getState = (): WorkspaceState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<WorkspaceState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  private started: Promise<Session> | null = null;

  /** Opens storage and the last open draft (or creates the first one). Safe to call more than once. */
  async init(): Promise<void> {
    await this.ready();
  }

  /** The session, once storage is open and the first draft is shown. */
  private ready(): Promise<Session> {
    this.started ??= this.start();
    return this.started;
  }

  private async start(): Promise<Session> {
    let memoryOnly = false;
    let storageError: StorageError | null = null;
    let store: DraftStore;
    try {
      store = this.options.store ?? (await openStore({ onVersionChange: () => this.set({ storageError: new StorageError('blocked') }) }));
    } catch (e) {
      storageError = e instanceof StorageError ? e : new StorageError('unavailable', undefined, { cause: e });
      store = createMemoryStore();
      memoryOnly = true;
    }
    const journal = this.journal;
    const autosaver = createAutosaver({
      // IndexedDB confirmed this version: the journal's copy of it (or of an older one) is obsolete.
      save: async (draft) => {
        await store.putDraft(draft);
        clearJournal(journal, draft.id, draft.updatedAt);
      },
      // Serialising a long report takes a few ms: start saves when the browser is idle between
      // keystrokes (at most IDLE_WAIT_MS later), still within a second of the first change.
      maxWaitMs: 1000 - IDLE_WAIT_MS,
      timers: idleTimers,
      onStatus: (status) => this.onSaveStatus(status),
    });
    const guard = createTabGuard({ beforeYield: () => autosaver.flush() });
    guard.onChange((g) => this.onGuard(g));
    const session: Session = { store, autosaver, guard };
    this.live = session;

    // The last open draft first: the lists (every stored draft read and validated, the imported
    // reports) are not needed to show it, and wait until it is on screen. A database created just
    // now (a first visit) holds nothing to read.
    const lastId = store.created ? undefined : await this.safe(() => store.getMeta('lastOpenDraftId'), undefined);
    let draft = lastId ? await this.safe(() => store.getDraft(lastId), undefined) : undefined;
    // The last draft never reached IndexedDB (its first save was cut off) but is in the journal.
    const journaled = lastId && !draft ? readJournal(this.journal, lastId) : null;
    if (journaled && !store.created) {
      await this.safe(() => store.putDraft(journaled), undefined);
      draft = journaled;
    }
    let drafts: readonly DraftSummary[] = [];
    if (!draft && !store.created) {
      drafts = await this.safe(() => store.listDrafts(), []);
      for (const d of drafts) {
        if (d.damaged || d.id === lastId) continue;
        draft = await this.safe(() => store.getDraft(d.id), undefined);
        if (draft) break;
      }
    }
    this.set({ drafts, memoryOnly, storageError });
    // A draft too large to edit (restored by an older version, say) would lock the page on every
    // visit: open the newest other draft instead, and say why.
    const refused = draft ? tooLargeToOpen(draft) : null;
    if (refused && draft) {
      const skip = draft.id;
      draft = undefined;
      if (!drafts.length) drafts = await this.safe(() => store.listDrafts(), []);
      draft = await firstOpenable(drafts, skip, (id) => this.safe(() => store.getDraft(id), undefined));
      this.set({ drafts });
    }
    if (draft) {
      await this.show(session, draft);
      await this.refreshListsOf(session);
    } else await this.openNewIn(session, this.options.firstDraft());
    if (refused) this.set({ sizeWarning: `${refused}已改为打开“${this.state.draft?.name ?? ''}”。` });
    return session;
  }

  /** 知道了 on the size warning. */
  dismissSizeWarning(): void {
    this.set({ sizeWarning: '' });
  }

  /** Runs a storage read; a failure becomes the persistent warning and `fallback`. */
  private async safe<T>(read: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await read();
    } catch (e) {
      this.set({ storageError: e instanceof StorageError ? e : new StorageError('unknown', undefined, { cause: e }) });
      return fallback;
    }
  }

  private onSaveStatus(status: AutosaveStatus): void {
    if (typeof status === 'object') {
      this.set({ saveStatus: status, storageError: status.error });
      return;
    }
    // The drafts list is not refreshed after autosaves: listing validates every stored draft
    // (tens of ms for long ones) and would land between keystrokes. 我的草稿 refreshes it on open.
    if (status === 'saved') this.live?.guard.announceSaved();
    // A successful save clears a save error; a storage that cannot be used at all stays flagged.
    const recovered = status === 'saved' && !this.state.memoryOnly && this.state.storageError?.kind !== 'blocked';
    this.set(recovered ? { saveStatus: status, storageError: null } : { saveStatus: status });
  }

  private onGuard(g: TabGuardState): void {
    if (g.draftId !== this.state.draft?.id) return;
    this.set({ readOnly: g.readOnly, guardMessage: g.message });
    if (g.reason === 'updated-elsewhere') void this.reloadCurrent();
  }

  async refreshLists(): Promise<void> {
    await this.refreshListsOf(await this.ready());
  }

  private async refreshListsOf({ store }: Session): Promise<void> {
    const [drafts, library] = await Promise.all([
      this.safe(() => store.listDrafts(), this.state.drafts),
      this.safe(() => store.listLibrary(), this.state.library),
    ]);
    // Keep the same arrays when nothing changed: the library's search index is rebuilt from them.
    const patch: { drafts?: readonly DraftSummary[]; library?: readonly LibraryReport[] } = {};
    if (!sameList(drafts, this.state.drafts, (d) => `${d.id}|${d.name}|${d.updatedAt}|${d.damaged}`)) patch.drafts = drafts;
    if (!sameList(library, this.state.library, (r) => `${r.id}|${r.importedAt}`)) patch.library = library;
    if (patch.drafts || patch.library) this.set(patch);
  }

  /** The editor registers how to read its live document. */
  attachEditor(liveDoc: (() => ReportDoc) | null): void {
    this.liveDoc = liveDoc;
  }

  /** The open draft with the editor's live document and the current fields. */
  currentDraft(): Draft | null {
    const d = this.state.draft;
    if (!d) return null;
    const doc = this.liveDoc ? this.liveDoc() : d.doc;
    const fields = this.state.fields;
    const { ignored: _ignored, previous: _previous, ...rest } = d;
    const { ignored, previous } = this.state;
    // Strictly newer than the loaded version and every earlier snapshot, even if the clock is
    // behind the one that stamped the loaded draft: the journal replays by comparing them.
    this.lastStamp = Math.max(this.now(), this.lastStamp + 1, d.updatedAt + 1);
    return {
      ...rest,
      name: currentName(d.name, doc, fields),
      doc,
      fields,
      ...(ignored.length ? { ignored } : {}),
      ...(previous ? { previous } : {}),
      updatedAt: this.lastStamp,
    };
  }

  /** Call on every editor change: the document is serialised when the save runs, not now. */
  docChanged(): void {
    const draft = this.state.draft;
    if (this.state.readOnly || !draft) return;
    this.live?.autosaver.schedule(() => this.currentDraft() ?? draft);
    this.journalRest.poke();
  }

  /**
   * Writes the unsaved change to the write-ahead journal, synchronously (journal.ts). Returns true
   * when nothing would be lost if the page went away now (no unsaved change, or it is journaled).
   */
  writeAhead(): boolean {
    this.journalRest.cancel();
    if (this.state.readOnly || !this.live?.autosaver.hasUnsavedChanges()) return true;
    const draft = this.currentDraft();
    if (!draft) return true;
    this.journalFailed = !writeJournal(this.journal, draft);
    return !this.journalFailed;
  }

  /**
   * The page is being hidden or left (`visibilitychange`, `pagehide`, `beforeunload`): the
   * unsaved change goes to the journal now and a save to IndexedDB starts. Returns true when a
   * change could be lost (unsaved and the journal could not take it): `beforeunload` then asks.
   */
  leave(): boolean {
    const safe = this.writeAhead();
    void this.flush();
    return !safe;
  }

  setFields(fields: ReportFields): void {
    if (this.state.readOnly) return;
    this.set({ fields });
    this.docChanged();
  }

  /** 忽略 / 取消忽略 of 校对 items: saved with the draft like an edit. */
  setIgnored(ignored: readonly string[]): void {
    if (this.state.readOnly) return;
    this.set({ ignored });
    this.docChanged();
  }

  /** Sets or clears the open draft's 去年报告 (and its hand-made plan links); saved with the draft. */
  setPrevious(previous: PreviousReport | null): void {
    if (this.state.readOnly) return;
    this.set({ previous });
    this.docChanged();
  }

  /** Saves what is pending now (pagehide, switching drafts). */
  async flush(): Promise<boolean> {
    return (await this.live?.autosaver.flush()) ?? true;
  }

  private async show({ store, guard }: Session, stored: Draft): Promise<void> {
    // Remember it: the write is queued before anything else this tab stores about the draft, so
    // a reload reopens this draft; the editor need not wait for it.
    const remembered = this.safe(() => store.setMeta('lastOpenDraftId', stored.id), undefined);
    // A newer version in the write-ahead journal (the page went away before IndexedDB had it).
    const replay = replayJournal(this.journal, stored.id, stored);
    const draft = replay.kind === 'replay' ? replay.draft : stored;
    this.lastStamp = 0;
    const chars = docTextStats(draft.doc).chars;
    const sizeWarning = chars > WARN_DRAFT_CHARS ? `草稿“${draft.name}”很长（约${wan(chars)}字），编辑时可能变慢。可以把它分成几份草稿。` : '';
    this.set({ ...this.shown(draft), readOnly: false, guardMessage: '', sizeWarning });
    await remembered;
    const g = await guard.claim(draft.id);
    this.onGuard(g);
    // This tab edits it: store the replayed version now (a reading tab leaves that to the holder).
    if (replay.kind === 'replay' && !g.readOnly && this.state.draft === draft) this.docChanged();
  }

  /** Stores a new draft and opens it. */
  async openNew(draft: Draft): Promise<void> {
    await this.openNewIn(await this.ready(), draft);
  }

  private async openNewIn(session: Session, draft: Draft): Promise<void> {
    await this.flush();
    // Shown while it is stored: the write is queued before any autosave of the new draft. A failed
    // write becomes the persistent warning, as a failed read does.
    const stored = this.safe(() => session.store.putDraft(draft), undefined);
    await this.show(session, draft);
    await stored;
    await this.refreshListsOf(session);
  }

  async openDraft(id: string): Promise<void> {
    if (id === this.state.draft?.id) return;
    const session = await this.ready();
    await this.flush();
    const draft = await session.store.getDraft(id);
    if (!draft) throw new StorageError('damaged', '找不到该草稿，可能已在另一个标签页中删除。');
    const refused = tooLargeToOpen(draft);
    if (refused) throw new StorageError('damaged', refused);
    await this.show(session, draft);
  }

  /** The state of a draft put on screen: its fields and draft-level data, and a new editor. */
  private shown(draft: Draft): Pick<WorkspaceState, 'draft' | 'fields' | 'ignored' | 'previous' | 'editorKey'> {
    return {
      draft,
      fields: draft.fields,
      ignored: draft.ignored ?? [],
      previous: draft.previous ?? null,
      editorKey: `${draft.id}:${this.now()}:${Math.random()}`,
    };
  }

  private async reloadCurrent(): Promise<void> {
    const id = this.state.draft?.id;
    if (!id) return;
    const { store } = await this.ready();
    const draft = await this.safe(() => store.getDraft(id), undefined);
    if (draft) this.set(this.shown(draft));
  }

  /** 在此处编辑: this tab takes the draft over from another tab, then shows the stored version. */
  async takeOver(): Promise<void> {
    const { guard } = await this.ready();
    const g = await guard.takeOver();
    await this.reloadCurrent();
    this.onGuard(g);
  }

  async rename(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) return;
    const { store } = await this.ready();
    if (id === this.state.draft?.id) {
      this.set({ draft: { ...this.state.draft, name: trimmed } });
      this.docChanged();
      await this.flush();
    } else {
      const d = await store.getDraft(id);
      if (d) await store.putDraft({ ...d, name: trimmed, updatedAt: this.now() });
    }
    await this.refreshLists();
  }

  async duplicate(id: string): Promise<Draft | null> {
    const { store } = await this.ready();
    await this.flush();
    const source = id === this.state.draft?.id ? this.currentDraft() : await store.getDraft(id);
    if (!source) return null;
    const t = this.now();
    const copy: Draft = { ...source, id: newId(), name: copyName(source.name), createdAt: t, updatedAt: t };
    await store.putDraft(copy);
    await this.refreshLists();
    return copy;
  }

  /** A draft as stored (the open one with its live text), e.g. to read it as last year's report. */
  async readDraft(id: string): Promise<Draft | null> {
    if (id === this.state.draft?.id) return this.currentDraft();
    const { store } = await this.ready();
    return (await store.getDraft(id)) ?? null;
  }

  /** Deletes a draft and returns it, so the caller can offer 撤销删除 (see `undelete`). */
  async remove(id: string): Promise<Draft | null> {
    const session = await this.ready();
    const { store, guard } = session;
    const isOpen = id === this.state.draft?.id;
    if (isOpen) await this.flush();
    const draft = isOpen ? this.currentDraft() : await store.getDraft(id).catch(() => undefined);
    await store.deleteDraft(id);
    clearJournal(this.journal, id);
    if (isOpen) {
      guard.release();
      const nextDraft = await firstOpenable(await store.listDrafts(), id, (other) => store.getDraft(other).catch(() => undefined));
      if (nextDraft) await this.show(session, nextDraft);
      else await this.openNewIn(session, this.options.firstDraft());
    }
    await this.refreshLists();
    return draft ?? null;
  }

  async undelete(draft: Draft): Promise<void> {
    const { store } = await this.ready();
    await store.putDraft(draft, { overwrite: true });
    await this.refreshLists();
  }

  /** Every draft (the open one with its live text) and 我的范文, as a backup file's text. */
  async backupText(): Promise<string> {
    const { store } = await this.ready();
    const current = this.currentDraft();
    // A draft whose newest version is still only in the write-ahead journal goes in as that version.
    const stored = (await this.safe(() => store.getAllDrafts(), [])).map((d) => {
      const journaled = readJournal(this.journal, d.id);
      return journaled && journaled.updatedAt > d.updatedAt ? journaled : d;
    });
    const drafts = current ? [current, ...stored.filter((d) => d.id !== current.id)] : stored;
    return createBackup(drafts, this.state.library, new Date(this.now()));
  }

  /** All drafts as stored (for merging a backup). */
  async storedDrafts(): Promise<Draft[]> {
    const { store } = await this.ready();
    await this.flush();
    return store.getAllDrafts();
  }

  /** Writes restored drafts and library reports; `overwrite` only for the user's 替换 choice. */
  async writeRestored(drafts: ReadonlyArray<{ draft: Draft; overwrite: boolean }>, library: readonly LibraryReport[]): Promise<void> {
    const session = await this.ready();
    for (const { draft, overwrite } of drafts) {
      await session.store.putDraft(draft, { overwrite });
      // The user chose the backup's version: an unsaved journal copy must not replay over it.
      if (overwrite) clearJournal(this.journal, draft.id);
      if (draft.id === this.state.draft?.id) await this.show(session, draft);
    }
    for (const report of library) await session.store.putLibraryReport(report);
    await this.refreshLists();
  }

  async addLibraryReport(report: LibraryReport): Promise<void> {
    const { store } = await this.ready();
    await store.putLibraryReport(report);
    await this.refreshLists();
  }

  async removeLibraryReport(id: string): Promise<void> {
    const { store } = await this.ready();
    await store.deleteLibraryReport(id);
    await this.refreshLists();
  }

  dispose(): void {
    this.journalRest.cancel();
    const session = this.live;
    if (!session) return;
    session.autosaver.dispose();
    session.guard.dispose();
    session.store.close();
  }
}
