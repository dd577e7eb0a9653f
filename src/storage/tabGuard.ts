/**
 * One editable tab per draft. The tab that opened a draft first holds it; a tab opening the same
 * draft later gets it read-only and may take it over (在此处编辑), which makes the first tab
 * read-only. Tabs talk over BroadcastChannel('report-drafter'); the channel is injectable.
 *
 * Protocol (every message carries `app`, `draftId` and the sender's `tabId`):
 *   claim     "I opened draftId" (with the time I did). The holder answers `held`.
 *             Two tabs claiming at once: the earlier claim (then the smaller tabId) answers `held`.
 *   held      "I hold it" → the claimant becomes read-only.
 *   takeover  "I will edit it" → the holder turns read-only, flushes (`beforeYield`), says `yielded`.
 *   yielded   → the taker becomes the holder (or after `yieldTimeoutMs` if the holder is gone).
 *   release   the holder closed the draft → readers may take over without waiting.
 *   saved     the holder stored a new version → readers should reload what they show.
 * A tab that crashed never answers, so a later claim simply times out and holds the draft.
 * This is the polite layer; `putDraft`'s conflict check in db.ts is the backstop.
 */
import * as z from 'zod/mini';
import { newId } from './newId.ts';
import { realTimers, type Timers } from './timers.ts';

export const TAB_CHANNEL_NAME = 'report-drafter';
const APP = 'report-drafter';

/** What the page sees of a message channel; BroadcastChannel fits through `broadcastChannelFactory`. */
export interface GuardChannel {
  post(message: unknown): void;
  subscribe(listener: (message: unknown) => void): void;
  close(): void;
}
/** Returns null where no cross-tab channel exists: the guard then always grants editing. */
export type ChannelFactory = (name: string) => GuardChannel | null;

export const broadcastChannelFactory: ChannelFactory = (name) => {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => channel.addEventListener('message', (event: MessageEvent) => listener(event.data)),
    close: () => channel.close(),
  };
};

/**
 * - `idle`: no draft claimed.
 * - `editing`: this tab holds the draft.
 * - `took-over`: this tab holds the draft after 在此处编辑 (reload it from storage first).
 * - `open-elsewhere`: another tab held it when this one opened it.
 * - `taken-over`: another tab took it over from this one.
 * - `released-elsewhere`: the holding tab closed it; 在此处编辑 is immediate.
 * - `updated-elsewhere`: the holding tab saved a newer version; reload what is shown.
 */
export type TabGuardReason = 'idle' | 'editing' | 'took-over' | 'open-elsewhere' | 'taken-over' | 'released-elsewhere' | 'updated-elsewhere';

export interface TabGuardState {
  readonly draftId: string | null;
  readonly readOnly: boolean;
  readonly reason: TabGuardReason;
  /** Chinese text for a read-only banner; '' while editing. */
  readonly message: string;
}

export const TAB_GUARD_MESSAGES: Readonly<Record<TabGuardReason, string>> = {
  idle: '',
  editing: '',
  'took-over': '',
  'open-elsewhere': '该草稿已在另一个标签页中打开，此处为只读。如需在此处修改，请点击“在此处编辑”，另一个标签页将变为只读。',
  'taken-over': '该草稿已转到另一个标签页中编辑，此处已变为只读。如需在此处修改，请点击“在此处编辑”。',
  'released-elsewhere': '另一个标签页已关闭该草稿。点击“在此处编辑”即可在此处修改。',
  'updated-elsewhere': '该草稿已在另一个标签页中保存了新的内容，此处为只读。如需在此处修改，请点击“在此处编辑”。',
};

export interface TabGuardOptions {
  /** This tab's id; default random. */
  readonly tabId?: string;
  readonly channelFactory?: ChannelFactory;
  readonly timers?: Timers;
  /** How long a claim waits for a holder to answer, ms. Same-browser messages arrive in well under this. */
  readonly claimTimeoutMs?: number;
  /** How long a takeover waits for the holder to flush and yield, ms. */
  readonly yieldTimeoutMs?: number;
  /** Called when another tab takes the draft over, before this tab says it yielded: flush the autosaver here. */
  readonly beforeYield?: (draftId: string) => Promise<unknown>;
}

export interface TabGuard {
  /** Opens `draftId` in this tab (releasing any other draft); resolves to editable or read-only. */
  claim(draftId: string): Promise<TabGuardState>;
  /** Closes the current draft (on switching drafts and on `pagehide`). */
  release(): void;
  /** 在此处编辑: makes this tab the holder and the holder read-only. Reload the draft afterwards. */
  takeOver(): Promise<TabGuardState>;
  /** Tells read-only tabs that this tab stored a new version (call after each successful save). */
  announceSaved(): void;
  /** Subscribes to state changes; returns the unsubscribe function. */
  onChange(listener: (state: TabGuardState) => void): () => void;
  state(): TabGuardState;
  /** Releases and closes the channel. */
  dispose(): void;
}

export const DEFAULT_CLAIM_TIMEOUT_MS = 200;
export const DEFAULT_YIELD_TIMEOUT_MS = 1500;

const messageSchema = z.object({
  app: z.literal(APP),
  kind: z.enum(['claim', 'held', 'takeover', 'yielded', 'release', 'saved']),
  draftId: z.string(),
  tabId: z.string(),
  /** Addressee for `held` and `yielded`. */
  to: z.optional(z.string()),
  /** When the sender pressed, epoch ms, for `claim` and `takeover`. */
  at: z.optional(z.number()),
});
type Message = z.infer<typeof messageSchema>;

type Role = 'none' | 'claiming' | 'holder' | 'reader' | 'taking';

const stateOf = (draftId: string | null, reason: TabGuardReason): TabGuardState => ({
  draftId,
  readOnly: reason !== 'idle' && reason !== 'editing' && reason !== 'took-over',
  reason,
  message: TAB_GUARD_MESSAGES[reason],
});

export function createTabGuard(options: TabGuardOptions = {}): TabGuard {
  const tabId = options.tabId ?? newId();
  const timers = options.timers ?? realTimers;
  const claimTimeoutMs = options.claimTimeoutMs ?? DEFAULT_CLAIM_TIMEOUT_MS;
  const yieldTimeoutMs = options.yieldTimeoutMs ?? DEFAULT_YIELD_TIMEOUT_MS;
  const channel = (options.channelFactory ?? broadcastChannelFactory)(TAB_CHANNEL_NAME);
  const listeners = new Set<(state: TabGuardState) => void>();

  let role: Role = 'none';
  let current: TabGuardState = stateOf(null, 'idle');
  let claimAt = 0;
  let takeAt = 0;
  /** Ends the pending claim or takeover early (a `held` or `yielded` arrived). */
  let settle: (() => void) | null = null;
  /** Bumped by each claim/release so a superseded wait does not change the state. */
  let generation = 0;
  /** The holder released the draft: a takeover need not wait. */
  let holderGone = false;

  const send = (kind: Message['kind'], draftId: string, extra: { to?: string; at?: number } = {}) =>
    channel?.post({ app: APP, kind, draftId, tabId, ...extra });

  const setState = (next: TabGuardState) => {
    current = next;
    for (const listener of listeners) listener(next);
  };

  /** Waits `ms` or until `settle` is called; true when settled early. */
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const handle = timers.setTimeout(() => {
        settle = null;
        resolve(false);
      }, ms);
      settle = () => {
        timers.clearTimeout(handle);
        settle = null;
        resolve(true);
      };
    });

  const yieldTo = async (draftId: string) => {
    role = 'reader';
    holderGone = false;
    setState(stateOf(draftId, 'taken-over'));
    try {
      await options.beforeYield?.(draftId);
    } catch {
      // The autosaver reports its own failure; the other tab must not wait forever for us.
    }
    send('yielded', draftId);
  };

  channel?.subscribe((data) => {
    const parsed = messageSchema.safeParse(data);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.tabId === tabId || m.draftId !== current.draftId) return;
    switch (m.kind) {
      case 'claim': {
        if (role === 'holder') send('held', m.draftId, { to: m.tabId });
        // Another tab is about to hold the released draft: a takeover must wait for it again.
        else if (role === 'reader') holderGone = false;
        else if (role === 'claiming') {
          // Simultaneous claims: the earlier one (then the smaller tabId) wins and answers.
          const theirs = m.at ?? Number.POSITIVE_INFINITY;
          if (claimAt < theirs || (claimAt === theirs && tabId < m.tabId)) send('held', m.draftId, { to: m.tabId });
        }
        return;
      }
      case 'held':
        if (m.to === tabId && role === 'claiming') {
          role = 'reader';
          settle?.();
        }
        return;
      case 'takeover':
        if (role === 'holder') void yieldTo(m.draftId);
        else if (role === 'taking') {
          // Two readers pressed 在此处编辑 at once: the later press (then the larger tabId) wins.
          const theirs = m.at ?? Number.NEGATIVE_INFINITY;
          if (theirs > takeAt || (theirs === takeAt && m.tabId > tabId)) {
            role = 'reader';
            settle?.();
          }
        }
        return;
      case 'yielded':
        if (role === 'taking') settle?.();
        return;
      case 'release':
        if (role === 'reader') {
          holderGone = true;
          setState(stateOf(m.draftId, 'released-elsewhere'));
        }
        return;
      case 'saved':
        if (role === 'reader') setState(stateOf(m.draftId, 'updated-elsewhere'));
        return;
    }
  });

  const release = () => {
    generation++;
    settle?.();
    const draftId = current.draftId;
    if (draftId !== null && role === 'holder') send('release', draftId);
    role = 'none';
    holderGone = false;
    if (draftId !== null) setState(stateOf(null, 'idle'));
  };

  return {
    async claim(draftId) {
      if (current.draftId === draftId && role === 'holder') return current;
      release();
      const mine = ++generation;
      role = 'claiming';
      claimAt = timers.now();
      current = stateOf(draftId, 'idle');
      if (channel) {
        send('claim', draftId, { at: claimAt });
        await wait(claimTimeoutMs);
      }
      if (mine !== generation) return current;
      // `held` turned the role to reader; otherwise nobody answered and this tab holds it.
      if (role === 'claiming') role = 'holder';
      setState(stateOf(draftId, role === 'holder' ? 'editing' : 'open-elsewhere'));
      return current;
    },

    release,

    async takeOver() {
      const draftId = current.draftId;
      if (draftId === null || role === 'holder' || role === 'claiming') return current;
      const mine = ++generation;
      role = 'taking';
      takeAt = timers.now();
      send('takeover', draftId, { at: takeAt });
      if (!holderGone && channel) await wait(yieldTimeoutMs);
      if (mine !== generation) return current;
      if (role !== 'taking') return current; // lost to another tab taking over at the same time
      role = 'holder';
      holderGone = false;
      setState(stateOf(draftId, 'took-over'));
      return current;
    },

    announceSaved() {
      if (role === 'holder' && current.draftId !== null) send('saved', current.draftId);
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    state: () => current,

    dispose() {
      release();
      listeners.clear();
      channel?.close();
    },
  };
}
