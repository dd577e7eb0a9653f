/**
 * The page's frame, built as plain DOM before React renders.
 *
 * The sheet being typed on must have no React container above it. React listens for every event
 * type on each container it renders into (the root and every portal target) and runs its event
 * system for each event that bubbles through: with the editor inside the root, the seven events of
 * every keystroke (keydown, keypress, textInput, beforeinput, input, keyup, selectionchange) went
 * through it — 0.3–0.4 ms per keystroke in Chromium traces at 100 pages — though no React handler
 * wants them. So the middle column (`desk`) is built here, outside React; React renders the top
 * bar, the banners and the left panel into `main`, the right panel into `end` (both
 * `display: contents`, so their children are items of the page grid and the tab order stays
 * left → desk → right), and the format toolbar and the loading note through portals into slots
 * beside the sheets, never around them. `ReportEditor` puts its sheet into `sheets`.
 */
export interface Shell {
  /** React's root: top bar, banners, left panel, dialogs. */
  readonly main: HTMLElement;
  /** Portal slot above the scroller: the format toolbar. */
  readonly toolbar: HTMLElement;
  /** Portal slot inside the scroller, before the sheet: "正在打开草稿…". */
  readonly note: HTMLElement;
  /** The scroller that holds the sheet (plain DOM; no React container may contain it). */
  readonly sheets: HTMLElement;
  /** Portal slot after the desk: the right panel. */
  readonly end: HTMLElement;
}

/** Builds the frame inside `host` (emptied first) and returns its slots. */
export function buildShell(host: HTMLElement): Shell {
  const doc = host.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Node[]) => {
    const node = doc.createElement(tag);
    node.className = className;
    node.append(...children);
    return node;
  };
  const main = el('div', 'app-part');
  const toolbar = el('div', 'desk-toolbar');
  const note = el('div', 'desk-note');
  const sheets = el('div', 'desk-scroll', note);
  const end = el('div', 'app-part');
  host.classList.add('app');
  host.replaceChildren(main, el('main', 'desk', toolbar, el('div', 'desk-frame', sheets)), end);
  return { main, toolbar, note, sheets, end };
}
