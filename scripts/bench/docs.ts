/**
 * The benchmark's documents, built in Node from the seven example reports (EXAMPLES +
 * exampleToDraft, as 从范文开始 does), and the same text in the shapes the other contenders read:
 * StarterKit JSON for the bare TipTap page, Markdown for pandoc.
 */
import { buildContext } from '../../src/check/context.ts';
import { proofreadContext } from '../../src/check/proofread/proofread.ts';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import type { Draft } from '../../src/model/draft.ts';
import { fieldText, type ReportFields } from '../../src/model/fields.ts';
import { inlineText, splitRunIn, type BlockNode, type InlineNode, type ReportDoc } from '../../src/model/schema.ts';
import { restoreDraft } from '../../src/storage/restore.ts';

export interface BenchDoc {
  readonly key: string;
  readonly label: string;
  readonly doc: ReportDoc;
  readonly fields: ReportFields;
  /** Characters of text (fields not counted). */
  readonly chars: number;
  /** Top-level blocks, title included. */
  readonly blocks: number;
}

/** Text characters of a node tree (text nodes only). */
function charsOf(node: { text?: string; content?: readonly unknown[] }): number {
  let n = node.text?.length ?? 0;
  for (const child of node.content ?? []) n += charsOf(child as { text?: string; content?: readonly unknown[] });
  return n;
}

const STARTS = EXAMPLES.map((e) => exampleToDraft(e));

/**
 * One draft made of the seven examples' blocks one after the other (the first report's title and
 * fields): `minChars` null → each report once; otherwise the sequence repeated and cut at the
 * first block boundary past `minChars` characters.
 */
function concatDoc(key: string, label: string, minChars: number | null): BenchDoc {
  const first = STARTS[0]!;
  const titleNode = first.doc.content[0];
  const blocks: BlockNode[] = [];
  let chars = charsOf(titleNode);
  const done = () => minChars !== null && chars >= minChars;
  outer: for (let round = 0; minChars !== null || round === 0; round++) {
    for (const start of STARTS) {
      for (const block of start.doc.content.slice(1) as BlockNode[]) {
        if (done()) break outer;
        blocks.push(block);
        chars += charsOf(block);
      }
    }
    if (minChars === null) break;
  }
  const doc: ReportDoc = { type: 'doc', content: [titleNode, ...blocks] };
  return { key, label, doc, fields: first.fields, chars, blocks: doc.content.length };
}

/** 校对 items (underlines) the 100-page draft carries while typing is measured (issue 18: “~200”). */
export const PROOF_ITEMS_100 = 200;

/** The 校对 items of a bench document (as the app computes them at rest). */
export function proofItemCount(d: Pick<BenchDoc, 'doc' | 'fields'>): number {
  return proofreadContext(buildContext(d.doc, d.fields)).length;
}

/**
 * `d` with about `target` 校对 items: the examples' own slips, plus a half-width comma for the
 * first full-width one in evenly spread paragraphs (same characters, same length).
 */
function withProofItems(d: BenchDoc, target: number): BenchDoc {
  const need = target - proofItemCount(d);
  const candidates = d.doc.content.flatMap((b, i) => (b.type === 'paragraph' && b.content?.some((n) => n.type === 'text' && n.text.includes('，')) ? [i] : []));
  if (need <= 0 || !candidates.length) return d;
  const step = Math.max(1, Math.floor(candidates.length / need));
  const chosen = new Set(candidates.filter((_, k) => k % step === 0).slice(0, need));
  const content = d.doc.content.map((block, i) => {
    if (!chosen.has(i)) return block;
    let done = false;
    const inline = block.content!.map((n) => {
      if (done || n.type !== 'text' || !n.text.includes('，')) return n;
      done = true;
      return { ...n, text: n.text.replace('，', ',') };
    });
    return { ...block, content: inline };
  }) as ReportDoc['content'];
  return { ...d, doc: { ...d.doc, content } };
}

/** Chinese official-report page ≈ 22 lines × 28 characters, ≈ 600 characters of text. */
export const BENCH_DOCS = {
  pages10: concatDoc('pages10', '10 pages', 6_000),
  pages30: concatDoc('pages30', '30 pages', 18_000),
  pages100: withProofItems(concatDoc('pages100', '100 pages', 60_000), PROOF_ITEMS_100),
  seven: concatDoc('seven', 'all seven reports', null),
} as const;

/** A stored draft for IndexedDB (validated like the app validates what it reads). */
export function benchDraft(d: BenchDoc, now: number): Draft {
  const draft: Draft = {
    id: `bench-${d.key}`,
    name: `基准测试（${d.label}）`,
    fields: d.fields,
    doc: d.doc,
    origin: null,
    createdAt: now,
    updatedAt: now,
  };
  restoreDraft(draft, { now }); // throws if the app would refuse it
  return draft;
}

/** Index in `doc.content` of the body paragraph nearest the middle of the document. */
export function middleParagraphIndex(doc: ReportDoc): number {
  const mid = Math.floor(doc.content.length / 2);
  for (let d = 0; d < doc.content.length; d++) {
    for (const i of [mid + d, mid - d]) {
      const node = doc.content[i];
      if (node?.type === 'paragraph' && charsOf(node) > 60) return i;
    }
  }
  throw new Error('no body paragraph');
}

/** A piece of the document's last body paragraph, to find in the exported document.xml. */
export function lastParagraphSnippet(doc: ReportDoc, fields: ReportFields): string {
  for (let i = doc.content.length - 1; i > 0; i--) {
    const text = doc.content[i]?.type === 'paragraph' ? inlinePlain(doc.content[i]!.content, fields) : '';
    const m = /[\u4e00-\u9fff]{8}/.exec(text);
    if (m) return m[0];
  }
  throw new Error('no body paragraph');
}

/** First characters of a block's text, to check the page picked the right element. */
export function blockTextStart(doc: ReportDoc, index: number, fields: ReportFields): string {
  return inlinePlain(doc.content[index]?.content, fields).slice(0, 12);
}

function inlinePlain(content: Parameters<typeof inlineText>[0], fields: ReportFields): string {
  return inlineText(content, (name) => fieldText(name, fields));
}

/** Each block's plain text (fields resolved, hard breaks as "\n"): the plain contenteditable floor page. */
export function blockTexts(doc: ReportDoc, fields: ReportFields): string[] {
  return doc.content.map((block) => inlinePlain(block.content, fields));
}

/* ---------- the same text for the bare TipTap page (StarterKit: h1–h6, p, bold, hardBreak) ---------- */

interface PMNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMNode[];
  text?: string;
  marks?: Array<{ type: string }>;
}

function starterInline(content: readonly InlineNode[] | undefined, fields: ReportFields): PMNode[] | undefined {
  const out: PMNode[] = [];
  for (const n of content ?? []) {
    if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (n.type === 'field') out.push({ type: 'text', text: fieldText(n.attrs.name, fields) });
    else {
      const bold = n.marks?.some((m) => m.type === 'bold');
      out.push(bold ? { type: 'text', text: n.text, marks: [{ type: 'bold' }] } : { type: 'text', text: n.text });
    }
  }
  return out.length ? out : undefined;
}

/** The report as StarterKit JSON with the app's tags: title h1, heading level n → h(n+1), run-in heading/paragraph/sign-off → p. */
export function toStarterKitDoc(doc: ReportDoc, fields: ReportFields): PMNode {
  const content: PMNode[] = doc.content.map((node) => {
    const inline = starterInline(node.type === 'table' ? undefined : node.content, fields);
    const withContent = (n: PMNode): PMNode => (inline ? { ...n, content: inline } : n);
    if (node.type === 'reportTitle') return withContent({ type: 'heading', attrs: { level: 1 } });
    if (node.type === 'heading' && !node.attrs.runIn) return withContent({ type: 'heading', attrs: { level: node.attrs.level + 1 } });
    return withContent({ type: 'paragraph' });
  });
  return { type: 'doc', content };
}

/* ---------- Markdown for pandoc ---------- */

/** Backslash-escapes Markdown syntax in plain text, and list markers at the start of a line. */
function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!<>|~^$@]/g, (c) => `\\${c}`).replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The report as Markdown: title `#`, heading level n → n+1 `#`, run-in headings with a bold lead sentence, paragraphs. */
export function toMarkdown(doc: ReportDoc, fields: ReportFields): string {
  const out: string[] = [];
  for (const node of doc.content) {
    const text = inlinePlain(node.content, fields).replace(/\n/g, ' ');
    if (!text.trim()) continue;
    if (node.type === 'reportTitle') out.push(`# ${mdEscape(text)}`);
    else if (node.type === 'heading' && node.attrs.runIn) {
      const { lead, rest } = splitRunIn(text);
      out.push(`**${mdEscape(lead)}**${mdEscape(rest)}`);
    } else if (node.type === 'heading') out.push(`${'#'.repeat(node.attrs.level + 1)} ${mdEscape(text)}`);
    else out.push(mdEscape(text));
  }
  return `${out.join('\n\n')}\n`;
}
