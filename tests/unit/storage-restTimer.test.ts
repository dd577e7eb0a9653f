import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRestTimer } from '../../src/storage/restTimer.ts';
import { realTimers, type Timers } from '../../src/storage/timers.ts';

/** The real timers (faked by vitest), counting how many timers are armed. */
function countingTimers() {
  const counts = { set: 0, clear: 0 };
  const timers: Timers = {
    setTimeout: (cb, ms) => {
      counts.set++;
      return realTimers.setTimeout(cb, ms);
    },
    clearTimeout: (h) => {
      counts.clear++;
      realTimers.clearTimeout(h);
    },
    now: () => realTimers.now(),
  };
  return { timers, counts };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRestTimer', () => {
  it('runs once, delayMs after the last poke, however many pokes came before', async () => {
    const runs: number[] = [];
    const t = createRestTimer(() => runs.push(Date.now()), { delayMs: 200 });
    for (let i = 0; i < 30; i++) {
      t.poke();
      await vi.advanceTimersByTimeAsync(50);
    }
    // last poke at 1450
    expect(runs).toEqual([]);
    expect(t.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(149);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([1650]);
    expect(t.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([1650]);
  });

  it('arms one timer per rest, not one per poke', async () => {
    const { timers, counts } = countingTimers();
    const t = createRestTimer(() => {}, { delayMs: 200, timers });
    for (let i = 0; i < 100; i++) {
      t.poke();
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(1000);
    // 2 s of pokes every 20 ms: the timer re-arms about every 200 ms, never per poke
    expect(counts.set).toBeLessThanOrEqual(12);
    expect(counts.clear).toBe(0);
  });

  it('with maxWaitMs, runs during a long burst at most maxWaitMs after its first poke', async () => {
    const runs: number[] = [];
    const t = createRestTimer(() => runs.push(Date.now()), { delayMs: 400, maxWaitMs: 1000 });
    for (let i = 0; i < 60; i++) {
      t.poke();
      await vi.advanceTimersByTimeAsync(50);
    }
    // pokes from 0 to 2950; bursts start at 0, 1000 (first poke after the run) and 2000; the run
    // at 3000 comes after the last poke, so nothing is left for a run after the rest
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toEqual([1000, 2000, 3000]);
  });

  it('cancel drops pending pokes; a later poke starts a new wait', async () => {
    const runs: number[] = [];
    const t = createRestTimer(() => runs.push(Date.now()), { delayMs: 100 });
    t.poke();
    await vi.advanceTimersByTimeAsync(50);
    t.cancel();
    expect(t.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toEqual([]);
    t.poke();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual([650]);
  });

  it('a wall clock set back does not stretch the wait beyond delayMs', async () => {
    let offset = 0;
    const timers: Timers = { ...realTimers, now: () => Date.now() + offset };
    const runs: number[] = [];
    const t = createRestTimer(() => runs.push(Date.now()), { delayMs: 200, maxWaitMs: 1000, timers });
    t.poke();
    offset = -3_600_000; // the PC's clock is put back an hour while the timer waits
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toEqual([]); // re-armed, counting delayMs from the new time
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toEqual([400]);
  });
});
