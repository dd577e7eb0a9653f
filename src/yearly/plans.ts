/**
 * Last year's plan items (去年打算), read from the 下一年度工作打算 part of last year's report:
 * - when the part has headings below its own heading, each heading of the highest level there is
 *   one item (a run-in heading by its lead sentence);
 * - otherwise each sentence of its paragraphs is one item, and a paragraph written 一是…二是…三是…
 *   is split at those markers (each item runs to the next marker).
 * Lead-ins ending in a colon (重点做好以下工作：) and sentences without content of their own (only
 * generic words such as 继续深入推进法治政府建设) are not items.
 */
import { docOutline } from '../text/reportOutline.ts';
import { splitRunIn, type ReportDoc } from '../model/schema.ts';
import { contentBigrams } from './match.ts';
import { blockText, sentences, squeeze, textHash } from './text.ts';

export interface PlanItem {
  /** Stable id from the item's text. */
  readonly id: string;
  /** The plan's wording (numbering and 一是 markers stripped, final punctuation dropped). */
  readonly text: string;
  /** Index in last year's `doc.content` of the block it comes from. */
  readonly blockIndex: number;
  /** True when the item is a heading of last year's plans (else a sentence or 一是 item). */
  readonly fromHeading: boolean;
}

const MARKER = /[一二三四五六七八九十]+是/g;

/** Splits `text` at 一是/二是… markers that follow a start or a punctuation mark; the marker is dropped. */
export function splitOrdinalItems(text: string): string[] {
  const cuts: Array<{ at: number; len: number }> = [];
  for (const m of text.matchAll(MARKER)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[。；;，,：:！？]$/.test(before)) cuts.push({ at: m.index, len: m[0].length });
  }
  if (cuts.length < 2) return [text];
  const pieces = [text.slice(0, cuts[0]!.at)];
  cuts.forEach((c, k) => pieces.push(text.slice(c.at + c.len, k + 1 < cuts.length ? cuts[k + 1]!.at : text.length)));
  return pieces;
}

const clean = (s: string): string =>
  squeeze(s)
    .replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]?/, '')
    .replace(/[。；;，,！？!?]+$/, '');

function isItem(s: string): boolean {
  const t = squeeze(s);
  if (/[：:]$/.test(t)) return false;
  return contentBigrams(t).size >= 3;
}

/** Plan items from a paragraph's text (sentences, or 一是…二是… items). */
export function itemsOfText(text: string): string[] {
  const out: string[] = [];
  const pieces = splitOrdinalItems(text);
  if (pieces.length > 1) {
    // The text before 一是 holds lead-ins and sentences of its own.
    for (const s of sentences(pieces[0]!)) if (isItem(s)) out.push(clean(s));
    for (const p of pieces.slice(1)) if (isItem(p.replace(/[：:]$/, '。'))) out.push(clean(p));
    return out;
  }
  for (const s of sentences(text)) if (isItem(s)) out.push(clean(s));
  return out;
}

/** Plan items of last year's report (rules in the module comment); [] when it has no plans part. */
export function extractPlans(doc: ReportDoc): PlanItem[] {
  const entries = docOutline(doc).filter((e) => e.part === 'plans');
  if (!entries.length) return [];
  const partHeading = entries.find((e) => e.type === 'heading');
  const headings = entries.filter((e) => e.type === 'heading' && e !== partHeading && (!partHeading || (e.level ?? 1) > (partHeading.level ?? 1)));
  const items: Array<{ text: string; blockIndex: number; fromHeading: boolean }> = [];
  if (headings.length) {
    const top = Math.min(...headings.map((h) => h.level ?? 4));
    for (const h of headings) {
      if (h.level !== top) continue;
      const node = doc.content[h.index]!;
      const full = blockText(node);
      const lead = node.type === 'heading' && node.attrs.runIn ? splitRunIn(full).lead : full;
      const text = clean(lead);
      if (text) items.push({ text, blockIndex: h.index, fromHeading: true });
    }
  } else {
    for (const e of entries) {
      const node = doc.content[e.index]!;
      if (node.type !== 'paragraph' && !(node.type === 'heading' && node.attrs.runIn && e !== partHeading)) continue;
      const text = node.type === 'heading' ? splitRunIn(blockText(node)).rest : blockText(node);
      for (const t of itemsOfText(text)) items.push({ text: t, blockIndex: e.index, fromHeading: false });
    }
  }
  const seen = new Map<string, number>();
  return items.map(({ text, blockIndex, fromHeading }) => {
    const base = `plan-${textHash(text)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { id: n ? `${base}-${n}` : base, text, blockIndex, fromHeading };
  });
}
