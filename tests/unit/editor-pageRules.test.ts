import { describe, expect, it } from 'vitest';
import { pageRuleCount } from '../../src/editor/pageRules.ts';

// One page of 22 lines at 28.95 pt: 849.2 CSS px.
const PAGE = 22 * 28.95 * (96 / 72);

describe('pageRuleCount', () => {
  it('gives one box per started page, so a rule sits at the end of every full page', () => {
    expect(pageRuleCount(PAGE * 0.5, PAGE)).toBe(1);
    expect(pageRuleCount(PAGE, PAGE)).toBe(1);
    expect(pageRuleCount(PAGE + 1, PAGE)).toBe(2);
    expect(pageRuleCount(PAGE * 100 + 10, PAGE)).toBe(101);
  });

  it('does not count a page for a rounding hair past a page end', () => {
    expect(pageRuleCount(PAGE * 3 * (1 + 1e-9), PAGE)).toBe(3);
  });

  it('keeps one box (the one it measures the page by) for sizes not laid out yet', () => {
    expect(pageRuleCount(0, PAGE)).toBe(1);
    expect(pageRuleCount(500, 0)).toBe(1);
    expect(pageRuleCount(Number.NaN, PAGE)).toBe(1);
  });
});
