import { describe, expect, it } from 'vitest';
import { saveLabelText, saveStatusKind } from '../../src/app/saveLabel.ts';
import { createAutosaver, type AutosaveStatus } from '../../src/storage/autosave.ts';
import { StorageError } from '../../src/storage/storageError.ts';
import type { Timers } from '../../src/storage/timers.ts';
import type { Draft } from '../../src/model/draft.ts';

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

describe('save label', () => {
  it('names each state truthfully', () => {
    expect(saveLabelText('dirty')).toBe('未保存');
    expect(saveLabelText('saving')).toBe('保存中…');
    expect(saveLabelText('saved')).toBe('已保存到本机');
    expect(saveLabelText({ error: new StorageError('quota') })).toBe('未能保存');
    expect(saveStatusKind({ error: new StorageError('quota') })).toBe('error');
  });

  it('says 已保存到本机 only once the store has confirmed the change', async () => {
    const c = clock();
    const labels: string[] = [];
    let finish: () => void = () => {};
    const saver = createAutosaver({
      save: () => new Promise<void>((resolve) => (finish = resolve)),
      timers: c.timers,
      onStatus: (s: AutosaveStatus) => labels.push(saveLabelText(s)),
    });
    saver.schedule(() => ({ id: 'a' }) as Draft);
    expect(labels).toEqual(['未保存']);
    c.advance(1000);
    expect(labels).toEqual(['未保存', '保存中…']);
    // A change while the save runs: still not durable when that save lands.
    saver.schedule(() => ({ id: 'a' }) as Draft);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(labels.at(-1)).toBe('未保存');
    c.advance(1000);
    expect(labels.at(-1)).toBe('保存中…');
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(labels.at(-1)).toBe('已保存到本机');
    saver.dispose();
  });
});
