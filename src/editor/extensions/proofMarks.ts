import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/**
 * 校对 in the text: a wavy underline on each matched span (an inline decoration — never a
 * document change, never exported) and, when the pointer rests on one or the cursor moves into
 * it, a tooltip with the reason and the fix.
 *
 * Only the underlines near the screen are in the DOM: the visible part of the document and half a
 * screen's worth of text above and below it (the window), re-measured when the page scrolls or
 * resizes. Each underline is a span that splits its text node in three, and Chromium's typing
 * work walks the editable text up to the caret on every keystroke (selection offsets for the
 * input method), so 200 underlines across a 100-page draft cost about 1 ms per keystroke there;
 * the window keeps about 20 (scripts/bench/FINDINGS.md).
 *
 * The items are computed by the app when typing rests (src/app/useProofread.ts) and handed in
 * with {@link setProofMarks}; between two rests the underlines are only mapped through the edits,
 * which is all the work a keystroke adds. The tooltip follows selection changes that are not
 * edits, so typing never lays out the tooltip.
 */
export interface ProofMark {
  /** Document positions when computed (a drawn mark's spec keeps them; the decoration's own are current). */
  readonly from: number;
  readonly to: number;
  readonly severity: 'error' | 'advice';
  /** “需修改 · 规范表述 · 思想全称”. */
  readonly label: string;
  readonly reason: string;
  readonly fix: string | null;
}

interface ProofMarksState {
  /** Every underline (what the tooltip and {@link proofMarkAt} read). */
  readonly decorations: DecorationSet;
  /** Document range near the screen whose underlines are drawn; null until measured (then all are drawn). */
  readonly window: ProofWindow | null;
  /** The underlines drawn: those of `decorations` that touch `window` (the same Decoration objects). */
  readonly shown: DecorationSet;
}

/** A document range [from, to]. */
export interface ProofWindow {
  readonly from: number;
  readonly to: number;
}

export const proofMarksKey = new PluginKey<ProofMarksState>('proofMarks');

/** Document position where the content of top-level block `index` starts (just inside it). */
export function blockContentStart(doc: PMNode, index: number): number | null {
  if (index < 0 || index >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos + 1;
}

/** Start positions of every top-level block's content, in one pass. */
export function blockContentStarts(doc: PMNode): number[] {
  const starts: number[] = [];
  doc.forEach((_node, offset) => starts.push(offset + 1));
  return starts;
}

/** What a drawn underline shows, at its current (mapped) place. */
const markKey = (from: number, to: number, m: ProofMark) => `${from}:${to}:${m.severity}:${m.label}:${m.reason}:${m.fix}`;

/**
 * The underlines for `marks`. A mark equal to one already drawn keeps that one's spec object, so
 * ProseMirror sees an equal decoration and leaves its span alone: a rest after typing redraws
 * only the underlines that changed.
 */
function decorationsFor(doc: PMNode, marks: readonly ProofMark[], previous: DecorationSet): DecorationSet {
  const size = doc.content.size;
  const drawn = new Map<string, ProofMark>();
  for (const d of previous.find()) {
    const proof = (d.spec as { proof?: ProofMark }).proof;
    // The spec's own positions may be stale (mapped since); only its text is read (proofMarkAt).
    if (proof) drawn.set(markKey(d.from, d.to, proof), proof);
  }
  const decorations = marks
    .filter((m) => m.from < m.to && m.to <= size)
    .map((m) => {
      const proof = drawn.get(markKey(m.from, m.to, m)) ?? m;
      return Decoration.inline(m.from, m.to, { class: `proof-mark proof-${m.severity}`, nodeName: 'span' }, { proof });
    });
  return DecorationSet.create(doc, decorations);
}

/** The underlines of `all` that touch `window` (all of them while there is no window), as the same Decoration objects. */
export function shownIn(doc: PMNode, all: DecorationSet, window: ProofWindow | null): DecorationSet {
  if (!window || all === DecorationSet.empty) return all;
  const inside = all.find(window.from, window.to);
  return inside.length ? DecorationSet.create(doc, inside) : DecorationSet.empty;
}

/**
 * The window for a screen showing positions [top, bottom]: that range plus half as much text again above and
 * below (at least `minMargin` positions each way), within [0, size]. Scrolling less than half a screen per frame
 * never shows text without its underlines; a faster scroll gets them one frame later.
 */
export function windowAround(top: number, bottom: number, size: number, minMargin = 300): ProofWindow {
  const margin = Math.max(Math.ceil((bottom - top) / 2), minMargin);
  return { from: Math.max(0, top - margin), to: Math.min(size, bottom + margin) };
}

/**
 * Whether the editor has read the selection the page shows. A click or Ctrl+Home moves the page's selection
 * first and tells the editor with a later `selectionchange` event; a transaction that changes decorations in
 * between makes ProseMirror write its older selection back over the page's (and the caret jumps back).
 */
export function selectionSettled(view: EditorView): boolean {
  if (!view.hasFocus()) return true;
  const sel = (view.root as Document).getSelection?.();
  if (!sel?.anchorNode || !sel.focusNode || !view.dom.contains(sel.anchorNode)) return true;
  try {
    const anchor = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    const head = view.posAtDOM(sel.focusNode, sel.focusOffset);
    const { selection } = view.state;
    return anchor === selection.anchor && head === selection.head;
  } catch {
    return true;
  }
}

/** Runs `action` once the editor has read the page's selection (next frames; after `maxFrames` anyway). */
function whenSelectionSettled(view: EditorView, action: () => void, maxFrames = 10): void {
  const win = view.dom.ownerDocument.defaultView;
  const attempt = (left: number) => {
    if (view.isDestroyed) return;
    if (left <= 0 || !win?.requestAnimationFrame || selectionSettled(view)) return action();
    win.requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(maxFrames);
}

/** Replaces the underlines with `marks` (positions in the current document). */
export function setProofMarks(view: EditorView, marks: readonly ProofMark[]): void {
  const doc = view.state.doc;
  // Positions are this document's: if it changes while waiting, the next rest brings new marks.
  whenSelectionSettled(view, () => {
    if (view.state.doc === doc) view.dispatch(view.state.tr.setMeta(proofMarksKey, marks).setMeta('addToHistory', false));
  });
}

/** The mark under `pos`, if any. */
export function proofMarkAt(state: EditorState, pos: number): ProofMark | null {
  const set = proofMarksKey.getState(state)?.decorations;
  const found = set?.find(pos, pos, (spec) => Boolean(spec.proof));
  const hit = found?.find((d) => d.from <= pos && pos <= d.to);
  return hit ? ((hit.spec as { proof: ProofMark }).proof ?? null) : null;
}

export interface ProofFix {
  /** Document positions of the text to replace. */
  readonly from: number;
  readonly to: number;
  /** The text expected there; a fix whose text has changed since is skipped. */
  readonly match: string;
  readonly fix: string;
}

/**
 * Applies fixes in one transaction, one undo step of its own (never merged with typing before or
 * after it). Returns how many were applied.
 */
export function applyProofFixes(view: EditorView, fixes: readonly ProofFix[]): number {
  const { state } = view;
  const tr = state.tr;
  let applied = 0;
  // Last first, so the earlier positions stay valid; overlapping fixes keep the later one.
  let floor = Infinity;
  for (const f of [...fixes].sort((a, b) => b.from - a.from)) {
    if (f.to > floor || f.to > state.doc.content.size) continue;
    if (state.doc.textBetween(f.from, f.to, '\n', '\uFFFC') !== f.match) continue;
    if (f.fix === '') tr.delete(f.from, f.to);
    else tr.insertText(f.fix, f.from, f.to);
    floor = f.from;
    applied++;
  }
  if (!applied) return 0;
  const first = [...fixes].sort((a, b) => a.from - b.from)[0]!;
  const end = tr.mapping.map(first.to);
  tr.setSelection(TextSelection.create(tr.doc, end));
  view.dispatch(closeHistory(tr).scrollIntoView());
  // The next edit starts a new undo step too.
  view.dispatch(closeHistory(view.state.tr));
  // Back to the text, the cursor after the fix (as a spelling menu leaves it): Ctrl+Z undoes it.
  view.focus();
  return applied;
}

/** Selects [from, to) and scrolls it into view. */
export function selectRange(view: EditorView, from: number, to: number): void {
  const max = view.state.doc.content.size;
  const sel = TextSelection.create(view.state.doc, Math.min(from, max), Math.min(to, max));
  view.dispatch(view.state.tr.setSelection(sel).scrollIntoView());
  view.focus();
}

/** The tooltip: one element for the page, shown for the mark under the pointer or the cursor. */
class ProofTip {
  readonly dom: HTMLDivElement;
  private hoverMark: ProofMark | null = null;
  private cursorMark: ProofMark | null = null;

  constructor(private readonly view: EditorView) {
    this.dom = view.dom.ownerDocument.createElement('div');
    this.dom.className = 'proof-tip';
    this.dom.setAttribute('role', 'tooltip');
    this.dom.id = `proof-tip-${Math.random().toString(36).slice(2)}`;
    this.dom.hidden = true;
    view.dom.ownerDocument.body.append(this.dom);
    view.dom.addEventListener('mouseover', this.onOver);
    view.dom.addEventListener('mouseout', this.onOut);
  }

  private onOver = (event: MouseEvent) => {
    const target = (event.target as Element | null)?.closest?.('.proof-mark');
    if (!target) return;
    let pos: number;
    try {
      pos = this.view.posAtDOM(target, 0);
    } catch {
      return;
    }
    const mark = proofMarkAt(this.view.state, pos + 1) ?? proofMarkAt(this.view.state, pos);
    if (!mark) return;
    this.hoverMark = mark;
    this.show(mark, target.getBoundingClientRect());
  };

  private onOut = (event: MouseEvent) => {
    const target = (event.target as Element | null)?.closest?.('.proof-mark');
    const to = (event.relatedTarget as Element | null)?.closest?.('.proof-mark');
    if (!target || to === target) return;
    this.hoverMark = null;
    this.refresh();
  };

  /** After a transaction: follow the cursor on selection moves, hide while typing. */
  update(view: EditorView, prev: EditorState): void {
    const tr = view.state;
    if (tr.doc !== prev.doc) {
      this.cursorMark = null;
      this.hoverMark = null;
      this.hide();
      return;
    }
    if (tr.selection.eq(prev.selection) && proofMarksKey.getState(tr) === proofMarksKey.getState(prev)) return;
    const { empty, from } = tr.selection;
    this.cursorMark = empty && view.hasFocus() ? proofMarkAt(tr, from) : null;
    this.refresh();
  }

  private refresh(): void {
    const mark = this.hoverMark ?? this.cursorMark;
    if (!mark) return this.hide();
    if (mark === this.cursorMark) {
      const c = this.view.coordsAtPos(this.view.state.selection.from);
      this.show(mark, new DOMRect(c.left, c.top, 0, c.bottom - c.top));
    }
  }

  private show(mark: ProofMark, rect: DOMRect): void {
    this.dom.replaceChildren();
    const head = this.dom.ownerDocument.createElement('strong');
    head.textContent = mark.label;
    const why = this.dom.ownerDocument.createElement('span');
    why.textContent = mark.reason;
    this.dom.append(head, why);
    if (mark.fix !== null) {
      const fix = this.dom.ownerDocument.createElement('span');
      fix.className = 'proof-tip-fix';
      fix.textContent = mark.fix === '' ? '建议：删去' : `建议改为：${mark.fix}`;
      this.dom.append(fix);
    }
    this.dom.hidden = false;
    this.dom.style.left = `${Math.round(rect.left)}px`;
    this.dom.style.top = `${Math.round(rect.bottom + 4)}px`;
    this.view.dom.setAttribute('aria-describedby', this.dom.id);
  }

  private hide(): void {
    if (this.dom.hidden) return;
    this.dom.hidden = true;
    this.view.dom.removeAttribute('aria-describedby');
  }

  destroy(): void {
    this.view.dom.removeEventListener('mouseover', this.onOver);
    this.view.dom.removeEventListener('mouseout', this.onOut);
    this.dom.remove();
  }
}

/** Meta key of a transaction that moves the window (WindowFollower). */
export const proofWindowKey = new PluginKey('proofWindow');

function mapWindow(window: ProofWindow | null, tr: Transaction): ProofWindow | null {
  if (!window || !tr.docChanged) return window;
  return { from: tr.mapping.map(window.from, -1), to: tr.mapping.map(window.to, 1) };
}

/** Positions a transaction must add or remove for the window to be re-measured without a scroll. */
const LARGE_CHANGE = 1000;

/**
 * Keeps the window over the screen: after a scroll or resize (once per frame), measures which
 * positions are visible and, when they have left the window, moves it there.
 */
class WindowFollower {
  private frame = 0;
  private readonly win: Window | null;
  /** A mouse button is down (a click or a drag selection in progress): the check waits for its release. */
  private pressed = false;
  /** Waiting for the next `selectionchange` (the editor reads it first: its listener came first). */
  private waiting = false;

  constructor(private readonly view: EditorView) {
    this.win = view.dom.ownerDocument.defaultView;
    if (!this.win?.requestAnimationFrame) return;
    this.win.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    this.win.addEventListener('resize', this.schedule, { passive: true });
    this.win.addEventListener('pointerdown', this.onDown, { capture: true, passive: true });
    this.win.addEventListener('pointerup', this.onUp, { capture: true, passive: true });
    this.win.addEventListener('pointercancel', this.onUp, { capture: true, passive: true });
    this.schedule();
  }

  private afterSelectionChange(): void {
    if (this.waiting) return;
    this.waiting = true;
    this.view.dom.ownerDocument.addEventListener('selectionchange', this.onSelectionChange, { once: true });
  }

  private onSelectionChange = () => {
    this.waiting = false;
    this.schedule();
  };

  private schedule = () => {
    if (this.frame || !this.win) return;
    this.frame = this.win.requestAnimationFrame(this.check);
  };

  private onDown = () => {
    this.pressed = true;
  };

  private onUp = () => {
    if (!this.pressed) return;
    this.pressed = false;
    this.schedule();
  };

  private check = () => {
    this.frame = 0;
    const { view } = this;
    if (view.isDestroyed || this.pressed) return;
    const visible = visibleRange(view);
    if (!visible) return;
    const current = proofMarksKey.getState(view.state)?.window;
    const window = windowAround(visible.from, visible.to, view.state.doc.content.size);
    // Kept while the screen is inside it, unless it has grown (a paste inside it) well past what the screen needs.
    const fits = current && current.from <= visible.from && visible.to <= current.to;
    if (fits && current.to - current.from <= 2 * (window.to - window.from)) return;
    // Measured again once the editor has read the selection the page shows (never forced: that would move the caret).
    if (!selectionSettled(view)) return this.afterSelectionChange();
    view.dispatch(view.state.tr.setMeta(proofWindowKey, window).setMeta('addToHistory', false));
  };

  /** After a transaction: a large insertion or deletion (a paste, an import) moves the text under the screen. */
  update(view: EditorView, prev: EditorState): void {
    if (view.state.doc !== prev.doc && Math.abs(view.state.doc.content.size - prev.doc.content.size) > LARGE_CHANGE) this.schedule();
  }

  destroy(): void {
    if (!this.win) return;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.win.removeEventListener('scroll', this.schedule, { capture: true });
    this.win.removeEventListener('resize', this.schedule);
    this.win.removeEventListener('pointerdown', this.onDown, { capture: true });
    this.win.removeEventListener('pointerup', this.onUp, { capture: true });
    this.win.removeEventListener('pointercancel', this.onUp, { capture: true });
    this.view.dom.ownerDocument.removeEventListener('selectionchange', this.onSelectionChange);
  }
}

/** Document positions at the top and bottom of the editor's visible part; null when none of it is visible. */
function visibleRange(view: EditorView): ProofWindow | null {
  const dom = view.dom;
  const win = dom.ownerDocument.defaultView;
  if (!win || !dom.isConnected) return null;
  const rect = dom.getBoundingClientRect();
  let top = Math.max(rect.top, 0);
  let bottom = Math.min(rect.bottom, win.innerHeight);
  // Clipped by a scrolling ancestor (the sheet's column), not only by the window.
  for (let el = dom.parentElement; el; el = el.parentElement) {
    const overflow = win.getComputedStyle(el).overflowY;
    if (overflow === 'visible') continue;
    const r = el.getBoundingClientRect();
    top = Math.max(top, r.top);
    bottom = Math.min(bottom, r.bottom);
  }
  if (!(bottom > top) || rect.width <= 0) return null;
  const size = view.state.doc.content.size;
  const left = rect.left + rect.width / 2;
  // A point over something else (a tooltip, a dialog) gives no position: count as the edge, drawing more, never less.
  const at = (y: number): number | null => {
    try {
      return view.posAtCoords({ left, top: y })?.pos ?? null;
    } catch {
      return null;
    }
  };
  const from = rect.top >= top ? 0 : (at(top + 1) ?? 0);
  const to = rect.bottom <= bottom ? size : (at(bottom - 1) ?? size);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

export const ProofMarks = Extension.create({
  name: 'proofMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin<ProofMarksState>({
        key: proofMarksKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, window: null, shown: DecorationSet.empty }),
          apply(tr: Transaction, value: ProofMarksState): ProofMarksState {
            const marks = tr.getMeta(proofMarksKey) as readonly ProofMark[] | undefined;
            const window = tr.getMeta(proofWindowKey) as ProofWindow | undefined;
            if (marks || window) {
              const decorations = marks ? decorationsFor(tr.doc, marks, value.decorations) : value.decorations;
              const w = window ?? mapWindow(value.window, tr);
              return { decorations, window: w, shown: shownIn(tr.doc, decorations, w) };
            }
            if (!tr.docChanged) return value;
            if (value.decorations === DecorationSet.empty) return value.window ? { ...value, window: mapWindow(value.window, tr) } : value;
            const decorations = value.decorations.map(tr.mapping, tr.doc);
            const shown = value.shown === value.decorations ? decorations : value.shown.map(tr.mapping, tr.doc);
            return { decorations, window: mapWindow(value.window, tr), shown };
          },
        },
        props: {
          decorations: (state) => proofMarksKey.getState(state)?.shown,
        },
        view: (view) => {
          const tip = new ProofTip(view);
          const follower = new WindowFollower(view);
          return {
            update: (v, prev) => {
              tip.update(v, prev);
              follower.update(v, prev);
            },
            destroy: () => {
              tip.destroy();
              follower.destroy();
            },
          };
        },
      }),
    ];
  },
});
