import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../src/model/draft.ts';
import { paragraph, reportDoc, title } from '../../src/model/schema.ts';
import { createAutosaver, type AutosaveStatus } from '../../src/storage/autosave.ts';
import { StorageError } from '../../src/storage/storageError.ts';

/** A draft whose body records which edit it reflects. */
const draftAt = (version: number): Draft => ({
  id: 'd',
  name: '草稿',
  fields: { unit: '', year: 2024, superior: '', date: '' },
  doc: reportDoc(title('报告'), paragraph(`第${version}次修改`)),
  origin: null,
  createdAt: 0,
  updatedAt: version,
});

function harness(saveImpl?: (d: Draft) => Promise<void>) {
  const saves: Array<{ at: number; version: number }> = [];
  const statuses: AutosaveStatus[] = [];
  let version = 0;
  const getDraft = vi.fn(() => draftAt(version));
  const save = vi.fn(async (d: Draft) => {
    saves.push({ at: Date.now(), version: d.updatedAt });
    if (saveImpl) await saveImpl(d);
  });
  const saver = createAutosaver({ save, onStatus: (s) => statuses.push(s) });
  const change = () => {
    version++;
    saver.schedule(getDraft);
  };
  return { saver, save, saves, statuses, getDraft, change, version: () => version };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timing', () => {
  it('during continuous typing every change is saved within 1 s of it', async () => {
    const h = harness();
    const changedAt: number[] = [];
    for (let i = 0; i < 40; i++) {
      h.change();
      changedAt.push(Date.now());
      await vi.advanceTimersByTimeAsync(90); // faster than the 400 ms debounce: it never fires alone
    }
    await vi.advanceTimersByTimeAsync(2000);
    changedAt.forEach((t, i) => {
      const saved = h.saves.find((s) => s.version >= i + 1 && s.at >= t);
      expect(saved, `change ${i + 1}`).toBeDefined();
      expect(saved!.at - t).toBeLessThanOrEqual(1000);
    });
    // coalesced: about one save per second of typing, not one per keystroke
    expect(h.saves.length).toBeLessThanOrEqual(6);
    expect(h.saves.at(-1)!.version).toBe(40);
  });

  it('a burst is coalesced into one save 400 ms after the last change, serialising once', async () => {
    const h = harness();
    for (let i = 0; i < 5; i++) {
      h.change();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(h.getDraft).not.toHaveBeenCalled(); // nothing serialised per keystroke
    await vi.advanceTimersByTimeAsync(349);
    expect(h.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves).toEqual([{ at: 600, version: 5 }]);
    expect(h.getDraft).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.save).toHaveBeenCalledOnce();
  });

  it('reports dirty → saving → saved', async () => {
    const h = harness();
    h.change();
    h.change();
    expect(h.saver.status()).toBe('dirty');
    await vi.advanceTimersByTimeAsync(400);
    expect(h.statuses).toEqual(['dirty', 'saving', 'saved']);
    expect(h.saver.hasUnsavedChanges()).toBe(false);
  });

  it('never runs two saves at once; changes made during a save are saved right after it', async () => {
    let running = 0;
    let maxRunning = 0;
    const h = harness(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 700));
      running--;
    });
    h.change();
    await vi.advanceTimersByTimeAsync(400); // save 1 starts, takes 700 ms
    h.change();
    await vi.advanceTimersByTimeAsync(300);
    h.change();
    await vi.advanceTimersByTimeAsync(3000);
    expect(maxRunning).toBe(1);
    expect(h.saves.map((s) => s.version)).toEqual([1, 3]);
    expect(h.statuses).toEqual(['dirty', 'saving', 'dirty', 'saving', 'saved']);
  });
});

describe('failures never drop data', () => {
  it('keeps the draft after a failed save and retries with the newest content on the next change', async () => {
    let fail = true;
    const h = harness(async () => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
    });
    h.change();
    await vi.advanceTimersByTimeAsync(400);
    const last = h.statuses.at(-1);
    expect(last).toMatchObject({ error: { kind: 'quota' } });
    expect((last as { error: StorageError }).error).toBeInstanceOf(StorageError);
    expect(h.saver.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.save).toHaveBeenCalledOnce(); // no hammering a full disk
    fail = false;
    h.change();
    expect(h.saver.status()).toMatchObject({ error: { kind: 'quota' } }); // no flicker back to dirty
    await vi.advanceTimersByTimeAsync(400);
    expect(h.saves.map((s) => s.version)).toEqual([1, 2]);
    expect(h.saver.status()).toBe('saved');
    expect(h.saver.hasUnsavedChanges()).toBe(false);
  });

  it('flush() retries the kept draft even without a new change', async () => {
    let fail = true;
    const h = harness(async () => {
      if (fail) throw new Error('disk');
    });
    h.change();
    await vi.advanceTimersByTimeAsync(400);
    expect(await h.saver.flush()).toBe(false);
    expect(h.saves.map((s) => s.version)).toEqual([1, 1]);
    fail = false;
    expect(await h.saver.flush()).toBe(true);
    expect(h.saves.map((s) => s.version)).toEqual([1, 1, 1]);
    expect(h.saver.status()).toBe('saved');
  });

  it('a getter that throws becomes an error status, not a crash', async () => {
    const statuses: AutosaveStatus[] = [];
    const saver = createAutosaver({ save: vi.fn(async () => {}), onStatus: (s) => statuses.push(s) });
    saver.schedule(() => {
      throw new Error('editor destroyed');
    });
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toMatchObject({ error: { kind: 'unknown' } });
  });
});

describe('flush', () => {
  it('saves pending changes at once, without waiting for the timers', async () => {
    const h = harness();
    h.change();
    h.change();
    expect(await h.saver.flush()).toBe(true);
    expect(h.saves).toEqual([{ at: 0, version: 2 }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.save).toHaveBeenCalledOnce();
  });

  it('waits for a running save, then saves what changed meanwhile', async () => {
    const h = harness(() => new Promise((r) => setTimeout(r, 300)));
    h.change();
    await vi.advanceTimersByTimeAsync(400);
    h.change();
    const flushed = h.saver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await flushed).toBe(true);
    expect(h.saves.map((s) => s.version)).toEqual([1, 2]);
  });

  it('with nothing pending does nothing', async () => {
    const h = harness();
    expect(await h.saver.flush()).toBe(true);
    expect(h.save).not.toHaveBeenCalled();
  });
});

describe('dispose', () => {
  it('stops the timers and ignores later changes', async () => {
    const h = harness();
    h.change();
    h.saver.dispose();
    h.change();
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.save).not.toHaveBeenCalled();
  });
});

describe('injected timers', () => {
  it('uses the timers it is given', () => {
    let clock = 0;
    const pending: Array<() => void> = [];
    const save = vi.fn(async () => {});
    const saver = createAutosaver({
      save,
      // a timer that, when run by hand, first moves the clock to its due time
      timers: { setTimeout: (cb, ms) => pending.push(() => ((clock += ms), cb())), clearTimeout: () => {}, now: () => clock },
    });
    saver.schedule(() => draftAt(1));
    saver.schedule(() => draftAt(1));
    expect(pending).toHaveLength(1); // one timer for the pause, however many changes (restTimer.ts)
    pending[0]!();
    expect(clock).toBe(400);
    expect(save).toHaveBeenCalledWith(draftAt(1));
  });
});
