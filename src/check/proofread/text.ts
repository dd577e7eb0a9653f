/** Character classes and small text helpers the proofreading rules share. */
import type { ProofItem, ProofKind, ProofSeverity, RuleBlock } from './types.ts';

/** A CJK ideograph (the Chinese text the punctuation rules look for). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

/** URLs and e-mail addresses. */
const URL_PATTERN = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export function urlSpans(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length] as const);
}

export function insideSpans(spans: ReadonlyArray<readonly [number, number]>, from: number, to = from + 1): boolean {
  return spans.some(([a, b]) => a < to && from < b);
}

/** Start of the sentence holding `at`: just after the last 。！？； before it, or 0. */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('。！？；!?\n'.includes(text[i]!)) return i + 1;
  return 0;
}

/** Whether `at` is inside an open 书名号 《…》 (counting from the block's start). */
export function insideTitle(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether `at` is inside a pair of double quotes “…” (curly or straight) in the block. */
export function insideQuote(text: string, at: number): boolean {
  let open = false;
  let straight = false;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') straight = !straight;
  }
  return open || straight;
}

/** Builds items of one rule. */
export function itemMaker(rule: string, ruleName: string, kind: ProofKind, severity: ProofSeverity) {
  return (block: RuleBlock, from: number, to: number, reason: string, fix: string | null): ProofItem => ({
    rule,
    ruleName,
    kind,
    severity,
    blockIndex: block.index,
    from,
    to,
    match: block.text.slice(from, to),
    reason,
    fix,
  });
}
