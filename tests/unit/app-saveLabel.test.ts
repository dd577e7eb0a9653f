import { describe, expect, it } from 'vitest';
import { createSaveLabelTracker, PENDING_AFTER_MS, type SaveLabel } from '../../src/app/saveLabel.ts';
import { StorageError } from '../../src/storage/storageError.ts';
import type { Timers } from '../../src/storage/timers.ts';

/** Manual clock: timers fire when `advance` passes their time. */
function clock() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
    now: () => now,
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        pending.delete(id);
        t.fn();
      }
    }
  };
  return { timers, advance };
}

function setup(initial: Parameters<typeof createSaveLabelTracker>[0] = 'saved') {
  const c = clock();
  const labels: SaveLabel[] = [];
  const tracker = createSaveLabelTracker(initial, (l) => labels.push(l), c.timers);
  return { ...c, labels, tracker };
}

describe('save label', () => {
  it('keeps 已保存 through save cycles that finish in time, however often they run', () => {
    const s = setup();
    for (let i = 0; i < 20; i++) {
      s.tracker.update('dirty');
      s.advance(700);
      s.tracker.update('saving');
      s.advance(50);
      s.tracker.update('saved');
      s.advance(100);
    }
    expect(s.labels).toEqual([]);
  });

  it('says 正在保存 when the draft stays unsaved too long, and 已保存 once the save lands', () => {
    const s = setup();
    s.tracker.update('dirty');
    s.advance(1000);
    s.tracker.update('saving');
    s.advance(PENDING_AFTER_MS - 1000 - 1);
    expect(s.labels).toEqual([]);
    s.advance(1);
    expect(s.labels).toEqual(['pending']);
    s.tracker.update('saved');
    expect(s.labels).toEqual(['pending', 'saved']);
  });

  it('counts from the first unsaved change, not from the latest one', () => {
    const s = setup();
    for (let i = 0; i < 10; i++) {
      s.tracker.update('dirty'); // a keystroke every 300 ms, the save never completes
      s.advance(300);
    }
    expect(s.labels).toEqual(['pending']);
  });

  it('shows an error at once and clears it when a later save succeeds', () => {
    const s = setup();
    s.tracker.update('dirty');
    s.tracker.update({ error: new StorageError('quota') });
    expect(s.labels).toEqual(['error']);
    s.advance(PENDING_AFTER_MS * 2);
    expect(s.labels).toEqual(['error']);
    s.tracker.update('saved');
    expect(s.labels).toEqual(['error', 'saved']);
  });

  it('starts from the status it is given and stops its clock when disposed', () => {
    expect(setup({ error: new StorageError('unavailable') }).labels).toEqual([]);
    const s = setup();
    s.tracker.update('dirty');
    s.tracker.dispose();
    s.advance(PENDING_AFTER_MS * 2);
    expect(s.labels).toEqual([]);
  });
});
