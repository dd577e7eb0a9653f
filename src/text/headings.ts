/**
 * Outline recovery from a report's paragraph texts: which paragraphs are headings (by their
 * literal GB/T 9704 numbering 一、/（一）/1./（1）), at which level, whether a heading is run in
 * with its body text, and where the introduction and the sign-off are. Pure; used for the seed
 * corpus and reusable for imported .docx paragraph lists.
 *
 * Run-in rule (documented in templates/README.md):
 * - a line without a number prefix is a paragraph (一是/二是… included);
 * - a numbered line is a STANDALONE heading (runIn false) when it is heading-sized: at most
 *   {@link MAX_STANDALONE_HEADING_CHARS} characters after the number and no 。 except as its
 *   last character — “（二）强化学习宣传”, “（三）守法工作。”;
 * - every other numbered line is a RUN-IN heading (runIn true): its lead sentence (up to the
 *   first 。) is the heading phrase and the rest is body text — “（一）加强组织领导，推进法治建设。
 *   推进……”. This includes numbered body items whose first sentence is long (a 72-character
 *   “1.认真贯彻落实省、市关于……良好氛围。严格兑现……”) or that are one long sentence: they stay
 *   headings so the numbering is kept and recomputed, and run-in so they render as body
 *   paragraphs (no keep-with-next, body indent) rather than as a paragraph-long heading.
 */
import type { ExampleBlock, ExampleBlockType } from '../model/example.ts';
import { parseNumberPrefix } from '../model/numbering.ts';
import type { HeadingLevel } from '../model/schema.ts';
import { splitRunIn } from '../model/schema.ts';
import { tagParts } from './parts.ts';

/**
 * Longest text (after the number) still read as a standalone heading. The seven reports'
 * standalone headings run to 22 characters; their shortest one-sentence numbered item is 53.
 */
export const MAX_STANDALONE_HEADING_CHARS = 40;

/** Longest line read as a sign-off unit name (e.g. “XX市XX镇人民政府”). */
export const MAX_SIGNOFF_UNIT_CHARS = 30;

export type ParsedLine =
  | { readonly type: 'heading'; readonly level: HeadingLevel; readonly runIn: boolean; readonly numbering: string; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string };

/** A block of a report before it gets its id: an {@link ExampleBlock} without `id`. */
export type OutlineBlock = Omit<ExampleBlock, 'id'>;

/** A line once its block type is known, before parts and paths. */
interface TypedLine {
  readonly type: ExampleBlockType;
  readonly level?: HeadingLevel;
  readonly runIn?: boolean;
  readonly numbering?: string;
  readonly text: string;
}

/** True when `text` (numbering already stripped) reads as a standalone heading. */
export function isStandaloneHeadingText(text: string): boolean {
  const body = text.trim();
  const stop = body.indexOf('。');
  return body.length <= MAX_STANDALONE_HEADING_CHARS && (stop < 0 || stop === body.length - 1);
}

/**
 * Parses one paragraph's text. The literal numbering is returned separately and stripped from
 * `text`, so `numbering + text` is the input line unchanged.
 */
export function parseLine(line: string): ParsedLine {
  const prefix = parseNumberPrefix(line);
  if (!prefix || prefix.rest.trim() === '') return { type: 'paragraph', text: line };
  return {
    type: 'heading',
    level: prefix.level,
    runIn: !isStandaloneHeadingText(prefix.rest),
    numbering: prefix.prefix,
    text: prefix.rest,
  };
}

/** The label of a heading in a `path`: numbering + text, or numbering + lead for run-in. */
export function headingLabel(block: { readonly numbering?: string; readonly text: string; readonly runIn?: boolean }): string {
  const phrase = block.runIn ? splitRunIn(block.text).lead : block.text;
  return (block.numbering ?? '') + phrase;
}

const SIGNOFF_DATE = /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/;
const SENTENCE_PUNCTUATION = /[，。；：、,;:！？!?]/;

/** Is `line` a sign-off date (“2023年11月6日”)? */
export function isSignoffDate(line: string): boolean {
  return SIGNOFF_DATE.test(line);
}

/** Could `line` be the issuing unit of a sign-off (short, unpunctuated, not numbered)? */
export function isSignoffUnit(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_SIGNOFF_UNIT_CHARS && !SENTENCE_PUNCTUATION.test(t) && parseNumberPrefix(t) === null;
}

/**
 * How many of the last lines form the sign-off: a final date line, plus the unit line just
 * before it when that looks like a unit name. 0 when the report ends with body text.
 */
export function signoffLength(lines: readonly string[]): number {
  const last = lines[lines.length - 1];
  if (last === undefined || !isSignoffDate(last)) return 0;
  const before = lines[lines.length - 2];
  return before !== undefined && isSignoffUnit(before) ? 2 : 1;
}

/**
 * The outline of one report from its paragraph texts (title excluded). Blank lines (only
 * whitespace, e.g. a lone U+2002) are skipped. The first paragraph before the first heading is
 * the intro; trailing sign-off lines become `signoff` blocks; every block gets its part
 * ({@link tagParts}) and its path (labels of the enclosing headings, outermost first).
 */
export function outlineFromLines(lines: readonly string[]): OutlineBlock[] {
  const kept = lines.filter((l) => l.trim() !== '');
  const signoffCount = signoffLength(kept);
  const bodyEnd = kept.length - signoffCount;

  let seenHeading = false;
  let seenIntro = false;
  const typed = kept.map((line, i): TypedLine => {
    if (i >= bodyEnd) return { type: 'signoff', text: line };
    const parsed = parseLine(line);
    if (parsed.type === 'heading') {
      seenHeading = true;
      return parsed;
    }
    if (!seenHeading && !seenIntro) {
      seenIntro = true;
      return { type: 'intro', text: line };
    }
    return { type: 'paragraph', text: line };
  });

  const stack: Array<{ level: HeadingLevel; label: string }> = [];
  return tagParts(typed).map((block): OutlineBlock => {
    if (block.type === 'heading') {
      const level = block.level ?? 1;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const path = stack.map((s) => s.label);
      stack.push({ level, label: headingLabel(block) });
      return {
        type: 'heading',
        level,
        runIn: block.runIn ?? false,
        numbering: block.numbering ?? '',
        text: block.text,
        part: block.part,
        path,
      };
    }
    const path = block.type === 'paragraph' ? stack.map((s) => s.label) : [];
    return { type: block.type, text: block.text, part: block.part, path };
  });
}
