import { Extension } from '@tiptap/core';
import { DOMSerializer, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView, type NodeView } from '@tiptap/pm/view';
import { computeNumbering } from '../../model/numbering.ts';
import type { HeadingLevel } from '../../model/schema.ts';

/**
 * Draws what the document implies but does not store: outline numbers before headings
 * (一、/（一）/1./（1）, as a `data-num` attribute shown by CSS), the heading font on a run-in heading's lead sentence, and greyed
 * guidance inside empty template paragraphs.
 *
 * Cost per transaction: top-level blocks are compared by identity (ProseMirror shares unchanged
 * nodes), so typing inside one paragraph only redraws that paragraph's decorations; numbering is
 * recomputed only when a heading is added, removed or changes level.
 *
 * The numbers are not decorations: ProseMirror's view update, on every transaction, walks all
 * top-level blocks and for each one scans every decoration that sits on a top-level block
 * (DecorationSet.forChild) — with a node decoration per heading that is blocks × headings work per
 * keystroke (≈0.6 ms at 100 pages). Instead a heading node view (below; ReportHeading gives it to
 * the editor) carries `data-num` and the `numbered level-N` classes, and the plugin view rewrites
 * `data-num` when the numbering changes. Only hints (few, on empty blocks) remain top-level node
 * decorations; run-in leads are inline decorations, stored under their heading.
 */
export interface OutlineDecorationState {
  /** Heading levels in document order, the input of the numbering. */
  readonly levels: readonly HeadingLevel[];
  /** Number label for each top-level block index that is a heading. */
  readonly labels: ReadonlyMap<number, string>;
  readonly decorations: DecorationSet;
}

export const outlineDecorationsKey = new PluginKey<OutlineDecorationState>('outlineDecorations');

const isHeading = (node: PMNode) => node.type.name === 'heading';

/** Document position range [from, to) of the lead sentence of a run-in heading at `pos`. */
function runInLeadRange(node: PMNode, pos: number): [number, number] | null {
  let found: number | null = null;
  node.forEach((child, offset) => {
    if (found !== null || !child.isText) return;
    const i = child.text!.indexOf('。');
    if (i >= 0) found = offset + i + 1;
  });
  if (found === null || found >= node.content.size) return null;
  return [pos + 1, pos + 1 + found];
}

/**
 * Levels whose run-in lead sentence is set in a font of its own (一、 黑体, （一） 楷体; paper.css).
 * Levels 3 and 4 are 仿宋 like the body text, so their lead gets no span: a span that changes
 * nothing on screen still costs Chromium a node to walk on every keystroke.
 */
const hasLeadFont = (level: HeadingLevel): boolean => level <= 2;

/** Decorations for the top-level block `node` at `pos`. A heading's number is drawn by HeadingView. */
function blockDecorations(node: PMNode, pos: number): Decoration[] {
  const out: Decoration[] = [];
  const name = node.type.name;
  if (name === 'heading') {
    const level = node.attrs.level as HeadingLevel;
    if (node.attrs.runIn && hasLeadFont(level)) {
      const lead = runInLeadRange(node, pos);
      if (lead) out.push(Decoration.inline(lead[0], lead[1], { class: `runin-lead level-${level}` }));
    }
  } else if (name === 'paragraph' && node.content.size === 0 && node.attrs.hint) {
    out.push(Decoration.node(pos, pos + node.nodeSize, { class: 'hint', 'data-hint': node.attrs.hint as string }));
  } else if (name === 'reportTitle' && node.content.size === 0) {
    out.push(Decoration.node(pos, pos + node.nodeSize, { class: 'hint', 'data-hint': '报告标题' }));
  }
  return out;
}

function headingLevels(doc: PMNode): HeadingLevel[] {
  const levels: HeadingLevel[] = [];
  doc.forEach((node) => {
    if (isHeading(node)) levels.push(node.attrs.level as HeadingLevel);
  });
  return levels;
}

export function buildOutlineState(doc: PMNode): OutlineDecorationState {
  const levels = headingLevels(doc);
  const numbers = computeNumbering(levels);
  const labels = new Map<number, string>();
  const decorations: Decoration[] = [];
  let h = 0;
  doc.forEach((node, pos, index) => {
    if (isHeading(node)) labels.set(index, numbers[h++]!);
    decorations.push(...blockDecorations(node, pos));
  });
  return { levels, labels, decorations: DecorationSet.create(doc, decorations) };
}

function applyTransaction(tr: Transaction, prev: OutlineDecorationState, oldState: EditorState): OutlineDecorationState {
  if (!tr.docChanged) return prev;
  const oldDoc = oldState.doc;
  const doc = tr.doc;
  if (oldDoc.childCount !== doc.childCount) return buildOutlineState(doc);
  const touched: number[] = [];
  for (let i = 0; i < doc.childCount; i++) {
    const before = oldDoc.child(i);
    const after = doc.child(i);
    if (before === after) continue;
    if (isHeading(before) !== isHeading(after) || (isHeading(after) && before.attrs.level !== after.attrs.level)) {
      return buildOutlineState(doc);
    }
    touched.push(i);
  }
  let decorations = prev.decorations.map(tr.mapping, doc);
  if (touched.length === 0) return { ...prev, decorations };
  // Offsets of touched blocks, found in one pass over the top level.
  const positions = new Map<number, number>();
  let pos = 0;
  for (let i = 0, t = 0; i < doc.childCount && t < touched.length; i++) {
    if (i === touched[t]) {
      positions.set(i, pos);
      t++;
    }
    pos += doc.child(i).nodeSize;
  }
  for (const index of touched) {
    const node = doc.child(index);
    const start = positions.get(index)!;
    const end = start + node.nodeSize;
    // Inner range: catches this block's own decorations but not a neighbour's node decoration.
    decorations = decorations.remove(decorations.find(start + 1, end - 1));
    decorations = decorations.add(doc, blockDecorations(node, start));
  }
  return { ...prev, decorations };
}

/** The number label of the top-level block at `pos` (undefined when it is not a heading). */
function labelAt(state: EditorState, pos: number | undefined): string | undefined {
  if (typeof pos !== 'number' || pos < 0 || pos >= state.doc.content.size) return undefined;
  return outlineDecorationsKey.getState(state)?.labels.get(state.doc.resolve(pos).index(0));
}

/**
 * A heading as its schema renders it, plus what the numbering draws: classes `numbered level-N`
 * (and `has-runin-body` for a run-in heading) and `data-num`, shown by CSS
 * (::before { content: attr(data-num) }) — no DOM node inside the editable text, so the caret,
 * Home/End and selections behave as in plain text.
 */
export class HeadingView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private node: PMNode;

  constructor(node: PMNode, view: EditorView, getPos: () => number | undefined) {
    this.node = node;
    const rendered = DOMSerializer.renderSpec(view.dom.ownerDocument, node.type.spec.toDOM!(node));
    this.dom = rendered.dom as HTMLElement;
    this.contentDOM = (rendered.contentDOM ?? rendered.dom) as HTMLElement;
    this.dom.classList.add('numbered', `level-${node.attrs.level as HeadingLevel}`);
    if (node.attrs.runIn) this.dom.classList.add('has-runin-body');
    this.dom.setAttribute('data-num', labelAt(view.state, getPos()) ?? '');
  }

  update(node: PMNode): boolean {
    // Another level, run-in state or part: render afresh (the plugin view or the constructor sets the number).
    if (!node.sameMarkup(this.node)) return false;
    this.node = node;
    return true;
  }

  /** `data-num` is ours (set by the plugin view when the numbering changes), not an edit to read back. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type === 'attributes' && mutation.target === this.dom && mutation.attributeName === 'data-num';
  }
}

type ViewMutationRecord = Parameters<NonNullable<NodeView['ignoreMutation']>>[0];

/** Writes each heading's current number into its DOM (after the numbering changed). */
function syncNumbers(view: EditorView): void {
  const labels = outlineDecorationsKey.getState(view.state)?.labels;
  if (!labels) return;
  view.state.doc.forEach((node, pos, index) => {
    if (!isHeading(node)) return;
    const dom = view.nodeDOM(pos);
    const label = labels.get(index) ?? '';
    if (dom instanceof HTMLElement && dom.getAttribute('data-num') !== label) dom.setAttribute('data-num', label);
  });
}

export const OutlineDecorations = Extension.create({
  name: 'outlineDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<OutlineDecorationState>({
        key: outlineDecorationsKey,
        state: {
          init: (_config, state) => buildOutlineState(state.doc),
          apply: (tr, prev, oldState) => applyTransaction(tr, prev, oldState),
        },
        props: {
          decorations: (state) => outlineDecorationsKey.getState(state)?.decorations,
        },
        view: (view) => {
          syncNumbers(view);
          return {
            update: (view, prevState) => {
              if (outlineDecorationsKey.getState(view.state)?.labels !== outlineDecorationsKey.getState(prevState)?.labels) syncNumbers(view);
            },
          };
        },
      }),
    ];
  },
});

/** The computed numbers of the headings, in document order (for the outline panel and tests). */
export function headingLabels(state: EditorState): string[] {
  const s = outlineDecorationsKey.getState(state);
  return s ? [...s.labels.values()] : [];
}
