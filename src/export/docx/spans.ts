/**
 * Spans: the flat, formatted text of a paragraph, between the document's inline nodes and the
 * `docx` runs. Working on spans lets a run-in heading be split at its first 。 wherever that falls
 * (inside a bold run, after a field) before any run is built.
 */
import { TextRun } from 'docx';
import { splitRunIn } from '../../model/schema.ts';
import { runFont, type ChineseFont } from './fonts.ts';

/** Direct formatting a span carries on top of its paragraph style. */
export interface SpanFormat {
  readonly bold?: boolean;
}

export type Span = { readonly text: string; readonly format: SpanFormat } | { readonly lineBreak: true };

export const PLAIN: SpanFormat = {};

/** The spans' text, a line break as "\n". */
export function spansText(spans: readonly Span[]): string {
  return spans.map((s) => ('lineBreak' in s ? '\n' : s.text)).join('');
}

/** Splits spans at a character offset of their text (a line break counts as one character). */
export function splitSpansAt(spans: readonly Span[], offset: number): { head: Span[]; rest: Span[] } {
  let remaining = offset;
  const head: Span[] = [];
  const rest: Span[] = [];
  for (const span of spans) {
    const size = 'lineBreak' in span ? 1 : span.text.length;
    if (remaining >= size) {
      head.push(span);
    } else if (remaining > 0 && !('lineBreak' in span)) {
      head.push({ text: span.text.slice(0, remaining), format: span.format });
      rest.push({ text: span.text.slice(remaining), format: span.format });
    } else {
      rest.push(span);
    }
    remaining = Math.max(0, remaining - size);
  }
  return { head, rest };
}

/**
 * Splits spans where {@link splitRunIn} splits their text: after the first 。 (GB/T 9704 run-in
 * heading practice). `rest` is empty when no body text follows the heading phrase.
 */
export function splitSpansRunIn(spans: readonly Span[]): { lead: Span[]; rest: Span[] } {
  const { head, rest } = splitSpansAt(spans, splitRunIn(spansText(spans)).lead.length);
  return { lead: head, rest: spansText(rest).trim() === '' ? [] : rest };
}

const sameFormat = (a: SpanFormat, b: SpanFormat): boolean => Boolean(a.bold) === Boolean(b.bold);

/** Joins neighbouring spans of the same format, so a number label and its text make one run. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && !('lineBreak' in last) && !('lineBreak' in span) && sameFormat(last.format, span.format)) {
      out[out.length - 1] = { text: last.text + span.text, format: last.format };
    } else {
      out.push(span);
    }
  }
  return out;
}

/**
 * Builds the runs of a paragraph. `font` overrides the paragraph style's font (the body part of a
 * run-in heading is set in 仿宋 inside a heading-styled paragraph).
 */
export function spansToRuns(spans: readonly Span[], font?: ChineseFont): TextRun[] {
  return mergeSpans(spans).map((span) => {
    const fontOption = font === undefined ? {} : { font: runFont(font) };
    if ('lineBreak' in span) return new TextRun({ break: 1, ...fontOption });
    return new TextRun({ text: span.text, ...fontOption, ...(span.format.bold ? { bold: true } : {}) });
  });
}
