/**
 * The faint rules on the sheet where each page of the exported file ends (every 22 lines).
 *
 * They are boxes, not a background: `.page-rules` covers the sheet's text area and holds one
 * page-tall box per page, each drawing only its 1 px bottom border. A full-height
 * repeating-linear-gradient drew the same picture, but Chromium then shaded every pixel of every
 * tile a keystroke re-rasterises (the gradient sits in the same tiles as the text): traces at
 * 100 pages showed about 2 ms of raster-thread work per keystroke with the gradient against
 * 0.6 ms for bare TipTap, and 0.7 ms with these boxes. On a 2-core PC that work competes with
 * the main thread.
 *
 * The count follows the text area's height (a ResizeObserver, so it changes only when a page is
 * added or removed, not per keystroke); the box after the last full page is clipped by the area.
 */

/** Rules for a text area `areaPx` tall with pages `pagePx` tall: one box per started page. */
export function pageRuleCount(areaPx: number, pagePx: number): number {
  if (!(pagePx > 0) || !(areaPx > 0)) return 1;
  return Math.max(1, Math.ceil(areaPx / pagePx - 1e-6));
}

/** Adds or removes boxes until `rules` holds `count` of them. */
function setRuleBoxes(rules: HTMLElement, count: number): void {
  while (rules.childElementCount > count) rules.lastElementChild!.remove();
  while (rules.childElementCount < count) rules.append(rules.ownerDocument.createElement('div'));
}

/**
 * Puts the rules into `paper` (first, so the text paints over them) and keeps their number in step
 * with the text area. Returns the cleanup.
 */
export function mountPageRules(paper: HTMLElement): () => void {
  const rules = paper.ownerDocument.createElement('div');
  rules.className = 'page-rules';
  rules.setAttribute('aria-hidden', 'true');
  setRuleBoxes(rules, 1);
  paper.prepend(rules);
  const update = () => {
    const page = (rules.firstElementChild as HTMLElement).getBoundingClientRect().height;
    setRuleBoxes(rules, pageRuleCount(rules.getBoundingClientRect().height, page));
  };
  const observer = new ResizeObserver(update);
  observer.observe(rules);
  return () => {
    observer.disconnect();
    rules.remove();
  };
}
