import { describe, expect, it } from 'vitest';
import { BENCH_DOCS } from '../../scripts/bench/docs.ts';
import { timeYearly, yearPair } from '../../src/yearly/benchYearly.ts';

describe('the 年度接续 bench inputs', () => {
  it('the 100-page report a year apart has plans to match and changed sentences to find', () => {
    const d = BENCH_DOCS.pages100;
    const pair = yearPair(d.doc, d.fields);
    const r = timeYearly(pair.previous, pair.current, pair.fields, 1);
    expect(r.plans).toBeGreaterThan(5);
    expect(r.sentences.added).toBeGreaterThan(10);
    expect(r.sentences.same).toBeGreaterThan(r.sentences.added);
    expect(r.compareTimes).toHaveLength(1);
  });
});
