/**
 * The app's side of 协同起草: whether this page is served by report-drafter's server (only then is
 * 共享起草 offered; the single file asks nothing), the session of the open shared draft, opening a
 * share link, sharing the open draft, and keeping the draft's fields and name in step with the
 * shared document. The Yjs code is a chunk of its own, loaded only when a shared draft is open.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Draft } from '../../model/draft.ts';
import type { ReportFields } from '../../model/fields.ts';
import { parseShareHash, sharedDraftId, sharedNameOf, type ShareKey } from '../../collab/links.ts';
import { createShare, servedByCollabServer } from '../../collab/api.ts';
import { colorFor, displayName, forgetShare, rememberShare, shareRecord } from '../../collab/names.ts';
import type { CollabSession, SessionSnapshot } from '../../collab/session.ts';
import type { Workspace } from '../workspace.ts';

type SessionModule = typeof import('../../collab/session.ts');
type YdocModule = typeof import('../../collab/ydoc.ts');
type MetaModule = typeof import('../../collab/meta.ts');
export interface CollabModules {
  readonly session: SessionModule;
  readonly ydoc: YdocModule;
  readonly meta: MetaModule;
}

let modules: Promise<CollabModules> | null = null;
export function loadCollab(): Promise<CollabModules> {
  modules ??= Promise.all([import('../../collab/session.ts'), import('../../collab/ydoc.ts'), import('../../collab/meta.ts')]).then(
    ([session, ydoc, meta]) => ({ session, ydoc, meta }),
  );
  return modules;
}

const PLACEHOLDER_DOC: Draft['doc'] = { type: 'doc', content: [{ type: 'reportTitle' }, { type: 'paragraph' }] };

export interface Collab {
  /** Served by report-drafter's server: 共享起草 is offered. */
  readonly available: boolean;
  /** The open draft's shared document name, or null for a local draft. */
  readonly sharedName: string | null;
  readonly session: CollabSession | null;
  readonly snapshot: SessionSnapshot | null;
  readonly modules: CollabModules | null;
  /** A share link waiting for the user's 姓名. */
  readonly pendingJoin: ShareKey | null;
  /** A link in the address that is not a valid share link. */
  readonly badLink: boolean;
  join(key: ShareKey): Promise<void>;
  /** Shares the open local draft; returns once it is open as the shared draft. */
  share(href: string): Promise<void>;
  setFields(fields: ReportFields): void;
  setUserName(name: string): void;
  /** The open shared draft may not be changed here (read-only link, or the link was refused). */
  readonly readOnly: boolean;
  /** The editor of a shared draft may be created (its text is there). */
  readonly editorReady: boolean;
}

export function useCollab(workspace: Workspace, draft: Draft | null, onError: (text: string) => void): Collab {
  // Served by report-drafter's server (its page carries a marker; nothing is requested to find out).
  const [available] = useState(() => servedByCollabServer(document, location.href));
  // A share link in the address, read once on load.
  const [linkInAddress] = useState(() => parseShareHash(location.hash));
  const [pendingJoin, setPendingJoin] = useState<ShareKey | null>(() => (linkInAddress?.kind === 'share' && !displayName() ? linkInAddress.key : null));
  const badLink = linkInAddress?.kind === 'malformed';
  const [mods, setMods] = useState<CollabModules | null>(null);
  const [session, setSession] = useState<CollabSession | null>(null);
  // A shared draft this PC has no link for (e.g. restored from another PC's backup) opens as a local one.
  const candidate = sharedNameOf(draft?.id);
  const sharedName = candidate && shareRecord(candidate) ? candidate : null;

  const join = useCallback(
    async (key: ShareKey) => {
      rememberShare({ name: key.name, secret: key.secret });
      // The secret leaves the address bar (it is remembered on this PC).
      history.replaceState(null, '', location.pathname + location.search);
      await workspace.init();
      setPendingJoin(null);
      const id = sharedDraftId(key.name);
      const stored = (await workspace.storedDrafts()).find((d) => d.id === id);
      if (stored) await workspace.openDraft(id);
      else {
        const now = Date.now();
        await workspace.openNew({
          id,
          name: '共享草稿',
          fields: workspace.getState().fields,
          doc: PLACEHOLDER_DOC,
          origin: 'shared',
          createdAt: now,
          updatedAt: now,
        });
      }
    },
    [workspace],
  );

  // Join at once when this PC knows the user's name; else the dialog asks for it first (pendingJoin).
  useEffect(() => {
    const key = linkInAddress?.kind === 'share' && displayName() ? linkInAddress.key : null;
    if (key) queueMicrotask(() => void join(key).catch(() => onError('无法打开共享草稿。')));
    // Once, on load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The session of the open shared draft.
  useEffect(() => {
    if (!sharedName) return;
    const record = shareRecord(sharedName);
    if (!record) return;
    let live = true;
    let created: CollabSession | null = null;
    void loadCollab().then((m) => {
      if (!live) return;
      setMods(m);
      const name = displayName() || '未署名';
      created = new m.session.CollabSession(sharedName, record.secret, { name, color: colorFor(name) }, location.href);
      setSession(created);
    });
    return () => {
      live = false;
      created?.destroy();
      setSession(null);
    };
  }, [sharedName]);

  const snapshot = useSyncExternalStore(
    useCallback((cb: () => void) => (session ? session.subscribe(cb) : () => {}), [session]),
    () => session?.state ?? null,
  );

  // A refused link with nothing of the draft on this PC: forget it and its empty placeholder draft.
  // (A refused link whose draft this PC already holds keeps it, read-only, as a local copy.)
  const refusedEmpty = Boolean(session && snapshot?.access === 'denied' && snapshot.loaded && !snapshot.ready);
  useEffect(() => {
    if (!refusedEmpty || !session) return;
    forgetShare(session.name);
    onError('此共享链接无效或已被撤销，无法打开共享草稿。请向共享此草稿的同事索取新链接。');
    void workspace.remove(sharedDraftId(session.name)).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusedEmpty, session, workspace]);

  // Remember what the server granted, so the draft opens read-only offline too.
  useEffect(() => {
    if (!session || (snapshot?.access !== 'read' && snapshot?.access !== 'edit')) return;
    const record = shareRecord(session.name);
    if (record && !record.owner && record.lastAccess !== snapshot.access) rememberShare({ ...record, lastAccess: snapshot.access });
  }, [session, snapshot?.access]);

  // Fields and name: the shared document wins when it changes; local edits are written to it.
  useEffect(() => {
    if (!session || !mods || !snapshot?.ready) return;
    let lastIgnored: readonly string[] = workspace.getState().ignored;
    const pull = () => {
      const state = workspace.getState();
      if (!state.draft || sharedNameOf(state.draft.id) !== session.name) return;
      const fields = mods.meta.readFields(session.doc, state.fields);
      if (JSON.stringify(fields) !== JSON.stringify(state.fields)) workspace.setFields(fields);
      const name = mods.meta.readName(session.doc);
      if (name && name !== state.draft.name) void workspace.rename(state.draft.id, name);
      // 校对 items ignored by anyone drafting: the shared list wins when it changes.
      const ignored = mods.meta.readIgnored(session.doc);
      if (ignored.join('\n') !== state.ignored.join('\n')) {
        lastIgnored = ignored;
        workspace.setIgnored(ignored);
      }
    };
    pull();
    const stopMeta = mods.meta.observeMeta(session.doc, (local) => {
      if (!local) pull();
    });
    let lastName = workspace.getState().draft?.name;
    const stopWs = workspace.subscribe((state) => {
      if (state.draft?.name !== lastName) {
        lastName = state.draft?.name;
        if (lastName && sharedNameOf(state.draft?.id) === session.name && snapshot.access !== 'read') mods.meta.writeName(session.doc, lastName);
      }
      if (state.ignored !== lastIgnored) {
        lastIgnored = state.ignored;
        if (sharedNameOf(state.draft?.id) === session.name && snapshot.access !== 'read') mods.meta.writeIgnored(session.doc, state.ignored);
      }
    });
    return () => {
      stopMeta();
      stopWs();
    };
  }, [session, mods, snapshot?.ready, snapshot?.access, workspace]);

  const share = useCallback(
    async (href: string) => {
      const current = workspace.currentDraft();
      if (!current) return;
      await workspace.flush();
      const created = await createShare(href);
      const m = await loadCollab();
      // The text goes into this PC's replica first; the session sends it to the server.
      await m.session.seedLocalReplica(created.name, (doc) => m.ydoc.seedYDoc(doc, { doc: current.doc, name: current.name, fields: current.fields }));
      rememberShare({ name: created.name, secret: created.owner, owner: { edit: created.edit, read: created.read } });
      const now = Date.now();
      // The draft moves: the shared copy opens, the local one is removed (the text lives on in the
      // shared document and its local replica).
      await workspace.openNew({ ...current, id: sharedDraftId(created.name), createdAt: now, updatedAt: now });
      await workspace.remove(current.id).catch(() => undefined);
    },
    [workspace],
  );

  return {
    available,
    sharedName,
    session,
    snapshot,
    modules: mods,
    pendingJoin,
    badLink,
    join,
    share,
    setFields: (fields) => {
      if (session && mods && snapshot?.access !== 'read') mods.meta.writeFields(session.doc, fields);
    },
    setUserName: (name) => session?.setUser({ name, color: colorFor(name) }),
    readOnly: snapshot?.access === 'read' || snapshot?.access === 'denied' || (sharedName !== null && shareRecord(sharedName)?.lastAccess === 'read'),
    editorReady: !sharedName || Boolean(session && snapshot?.ready),
  };
}
