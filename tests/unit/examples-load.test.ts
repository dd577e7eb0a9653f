import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { loadExamples, sharedLoader } from '../../src/examples/loadExamples.ts';
import type { ExampleReport } from '../../src/model/example.ts';

describe('loadExamples', () => {
  it('loads the seven validated examples from their own module', async () => {
    const examples = await loadExamples();
    expect(examples).toBe(EXAMPLES);
    expect(examples).toHaveLength(7);
  });

  it('runs the load once for every caller', async () => {
    let calls = 0;
    const load = sharedLoader(async () => {
      calls++;
      return [] as ExampleReport[];
    });
    const [a, b] = await Promise.all([load(), load()]);
    await load();
    expect(a).toBe(b);
    expect(calls).toBe(1);
  });

  it('forgets a failed load, so the next call loads again', async () => {
    let calls = 0;
    const load = sharedLoader(async () => {
      calls++;
      if (calls === 1) throw new Error('chunk missing');
      return [] as ExampleReport[];
    });
    await expect(load()).rejects.toThrow('chunk missing');
    await expect(load()).resolves.toEqual([]);
    expect(calls).toBe(2);
  });
});
