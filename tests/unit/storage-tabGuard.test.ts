import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabGuard, type ChannelFactory, type GuardChannel, type TabGuard, type TabGuardState } from '../../src/storage/tabGuard.ts';

/** In-memory BroadcastChannel: a message reaches every other open channel of the same name, 1 ms later, cloned. */
interface Endpoint {
  readonly name: string;
  readonly listeners: Array<(m: unknown) => void>;
}

function channelHub() {
  const open = new Set<Endpoint>();
  const byChannel = new Map<GuardChannel, Endpoint>();
  const factory: ChannelFactory = (name) => {
    const self: Endpoint = { name, listeners: [] };
    open.add(self);
    const channel: GuardChannel = {
      post(message) {
        const copy = structuredClone(message);
        for (const other of open) {
          if (other === self || other.name !== name) continue;
          setTimeout(() => {
            if (open.has(other)) other.listeners.forEach((l) => l(copy));
          }, 1);
        }
      },
      subscribe: (listener) => self.listeners.push(listener),
      close: () => open.delete(self),
    };
    byChannel.set(channel, self);
    return channel;
  };
  return {
    factory,
    /** Delivers a message to every open channel, as if from a tab outside the test. */
    inject: (message: unknown) => open.forEach((c) => c.listeners.forEach((l) => l(message))),
    /** A crashed tab: its channel vanishes without a goodbye. */
    kill: (channel: GuardChannel) => open.delete(byChannel.get(channel)!),
  };
}

let hub: ReturnType<typeof channelHub>;
const guards: TabGuard[] = [];
function tab(tabId: string, beforeYield?: (draftId: string) => Promise<unknown>) {
  const states: TabGuardState[] = [];
  let channel: GuardChannel | null = null;
  const guard = createTabGuard({
    tabId,
    beforeYield,
    channelFactory: (name) => (channel = hub.factory(name)),
  });
  guard.onChange((s) => states.push(s));
  guards.push(guard);
  return { guard, states, crash: () => hub.kill(channel!) };
}

beforeEach(() => {
  vi.useFakeTimers();
  hub = channelHub();
});
afterEach(() => {
  guards.splice(0).forEach((g) => g.dispose());
  vi.useRealTimers();
});

/** Runs `promise` while advancing fake time; returns its value and the ms it took. */
async function timed<T>(promise: Promise<T>, budget = 5000): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  let done = false;
  let value!: T;
  void promise.then((v) => {
    done = true;
    value = v;
  });
  await vi.advanceTimersByTimeAsync(0);
  while (!done && Date.now() - start < budget) await vi.advanceTimersByTimeAsync(1);
  expect(done).toBe(true);
  return { value, ms: Date.now() - start };
}

describe('claim', () => {
  it('the first tab edits; a second tab opening the same draft is read-only at once', async () => {
    const a = tab('a');
    const b = tab('b');
    expect((await timed(a.guard.claim('d1'))).value).toMatchObject({ draftId: 'd1', readOnly: false, reason: 'editing', message: '' });
    const { value, ms } = await timed(b.guard.claim('d1'));
    expect(value).toMatchObject({ draftId: 'd1', readOnly: true, reason: 'open-elsewhere' });
    expect(value.message).toMatch(/^该草稿已在另一个标签页中打开，此处为只读。/);
    expect(value.message).toMatch(/在此处编辑/);
    expect(ms).toBeLessThan(50); // answered, not timed out
    expect(a.guard.state().readOnly).toBe(false);
  });

  it('different drafts do not interfere', async () => {
    const a = tab('a');
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    expect((await timed(b.guard.claim('d2'))).value.readOnly).toBe(false);
  });

  it('two tabs claiming at the same moment: exactly one edits', async () => {
    const a = tab('a');
    const b = tab('b');
    const [ra, rb] = await Promise.all([timed(a.guard.claim('d1')), timed(b.guard.claim('d1'))]);
    expect([ra.value.readOnly, rb.value.readOnly].sort()).toEqual([false, true]);
  });

  it('a tab that crashed (never released) does not block the draft forever', async () => {
    const a = tab('a');
    await timed(a.guard.claim('d1'));
    a.crash();
    const b = tab('b');
    expect((await timed(b.guard.claim('d1'))).value).toMatchObject({ readOnly: false, reason: 'editing' });
  });

  it('claiming the draft it already holds changes nothing', async () => {
    const a = tab('a');
    await timed(a.guard.claim('d1'));
    const before = a.states.length;
    expect((await timed(a.guard.claim('d1'))).ms).toBe(0);
    expect(a.states.length).toBe(before);
  });

  it('without any channel (no BroadcastChannel) a claim is granted', async () => {
    const guard = createTabGuard({ tabId: 'solo', channelFactory: () => null });
    expect(await guard.claim('d1')).toMatchObject({ readOnly: false, reason: 'editing' });
    guard.dispose();
  });
});

describe('takeOver (在此处编辑)', () => {
  it('makes the holder read-only after it flushed, then the taker edits', async () => {
    const order: string[] = [];
    const a = tab('a', async () => {
      order.push('a: flush start');
      await new Promise((r) => setTimeout(r, 300));
      order.push('a: flush done');
    });
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    await timed(b.guard.claim('d1'));
    const taking = b.guard.takeOver().then((s) => {
      order.push('b: editing');
      return s;
    });
    const { value } = await timed(taking);
    expect(value).toMatchObject({ draftId: 'd1', readOnly: false, reason: 'took-over' });
    expect(order).toEqual(['a: flush start', 'a: flush done', 'b: editing']);
    expect(a.guard.state()).toMatchObject({ readOnly: true, reason: 'taken-over' });
    expect(a.states.find((s) => s.reason === 'taken-over')?.message).toMatch(/此处已变为只读/);
    // and back again
    expect((await timed(a.guard.takeOver())).value).toMatchObject({ readOnly: false, reason: 'took-over' });
    expect(b.guard.state()).toMatchObject({ readOnly: true, reason: 'taken-over' });
  });

  it('a flush that fails still hands over (the autosaver reports its own error)', async () => {
    const a = tab('a', async () => {
      throw new Error('quota');
    });
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    await timed(b.guard.claim('d1'));
    const { value, ms } = await timed(b.guard.takeOver());
    expect(value.readOnly).toBe(false);
    expect(ms).toBeLessThan(50);
  });

  it('after the holder released, taking over is immediate', async () => {
    const a = tab('a');
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    await timed(b.guard.claim('d1'));
    a.guard.release();
    await vi.advanceTimersByTimeAsync(5);
    expect(b.guard.state()).toMatchObject({ readOnly: true, reason: 'released-elsewhere' });
    expect(b.guard.state().message).toMatch(/已关闭该草稿/);
    expect((await timed(b.guard.takeOver())).ms).toBe(0);
    expect(b.guard.state().readOnly).toBe(false);
    expect(a.guard.state()).toMatchObject({ draftId: null, reason: 'idle' });
  });

  it('a silent holder is taken over after the yield timeout', async () => {
    const a = tab('a');
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    expect((await timed(b.guard.claim('d1'))).value.readOnly).toBe(true);
    a.crash();
    const { value, ms } = await timed(b.guard.takeOver());
    expect(value).toMatchObject({ readOnly: false, reason: 'took-over' });
    expect(ms).toBeGreaterThanOrEqual(1500);
  });

  it('two readers taking over at once: one holder in the end', async () => {
    const a = tab('a');
    const b = tab('b');
    const c = tab('c');
    await timed(a.guard.claim('d1'));
    await timed(b.guard.claim('d1'));
    await timed(c.guard.claim('d1'));
    vi.advanceTimersByTime(1);
    await Promise.all([timed(b.guard.takeOver()), timed(c.guard.takeOver())]);
    await vi.advanceTimersByTimeAsync(3000);
    const editors = [a, b, c].filter((t) => !t.guard.state().readOnly);
    expect(editors).toHaveLength(1);
  });

  it('does nothing when this tab already edits or holds no draft', async () => {
    const a = tab('a');
    expect(await a.guard.takeOver()).toMatchObject({ draftId: null, reason: 'idle' });
    await timed(a.guard.claim('d1'));
    expect((await timed(a.guard.takeOver())).ms).toBe(0);
  });
});

describe('announceSaved', () => {
  it('tells read-only tabs to reload', async () => {
    const a = tab('a');
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    await timed(b.guard.claim('d1'));
    a.guard.announceSaved();
    await vi.advanceTimersByTimeAsync(5);
    expect(b.guard.state()).toMatchObject({ readOnly: true, reason: 'updated-elsewhere' });
    b.guard.announceSaved(); // a reader announces nothing
    await vi.advanceTimersByTimeAsync(5);
    expect(a.guard.state().reason).toBe('editing');
  });
});

describe('robustness', () => {
  it('ignores malformed and foreign messages', async () => {
    const a = tab('a');
    await timed(a.guard.claim('d1'));
    for (const junk of [
      null,
      42,
      'claim',
      {},
      { app: 'other', kind: 'takeover', draftId: 'd1', tabId: 'x' },
      { app: 'report-drafter', kind: 'nuke', draftId: 'd1', tabId: 'x' },
    ]) {
      expect(() => hub.inject(junk)).not.toThrow();
    }
    await vi.advanceTimersByTimeAsync(5);
    expect(a.guard.state()).toMatchObject({ readOnly: false, reason: 'editing' });
  });

  it('onChange returns an unsubscribe function', async () => {
    const guard = createTabGuard({ tabId: 'x', channelFactory: () => null });
    const seen: TabGuardState[] = [];
    const off = guard.onChange((s) => seen.push(s));
    await guard.claim('d1');
    off();
    guard.release();
    expect(seen.map((s) => s.reason)).toEqual(['editing']);
    guard.dispose();
  });

  it('switching drafts releases the previous one', async () => {
    const a = tab('a');
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    await timed(a.guard.claim('d2'));
    expect((await timed(b.guard.claim('d1'))).value.readOnly).toBe(false);
  });
});

describe('a released draft claimed by a third tab', () => {
  it('a reader taking over waits for the new holder to flush', async () => {
    const flushed = vi.fn(async () => {});
    const a = tab('a');
    const b = tab('b');
    await timed(a.guard.claim('d1'));
    await timed(b.guard.claim('d1'));
    a.guard.release();
    const c = tab('c', flushed);
    expect((await timed(c.guard.claim('d1'))).value.readOnly).toBe(false);
    expect((await timed(b.guard.takeOver())).value.readOnly).toBe(false);
    expect(flushed).toHaveBeenCalledWith('d1');
    expect(c.guard.state()).toMatchObject({ readOnly: true, reason: 'taken-over' });
  });
});
