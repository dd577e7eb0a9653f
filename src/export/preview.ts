/**
 * 预览: shows an exported .docx as pages in the browser with docx-preview, then paginates it the
 * way Word and LibreOffice lay it out. Loaded lazily by the UI; kept apart from the export so the
 * export stays free of DOM code.
 *
 * docx-preview renders a document without explicit page breaks as one tall page, drops field runs
 * (the footers' PAGE field shows as "—  —") and ignores run character spacing. So, after it has
 * rendered, the one tall page is cut into pages of 22 grid lines (every line of the report is one
 * exact 28.95 pt grid line, so cuts fall between lines), standalone headings are kept with the
 * paragraph after them, and each page gets its own "— n —" footer, odd pages right, even left.
 */
import { parseAsync, renderDocument } from 'docx-preview';
import { PAGE_NUMBER_AFFIXES } from './docx/footer.ts';
import { CHARACTER_SPACING, LINES_PER_PAGE, LINE_PITCH_TWIPS } from './docx/page.ts';
import { FONT_SIZE, TWIPS_PER_POINT } from './docx/measures.ts';
import { slicePages, type PageSlice } from './previewPages.ts';

const PX_PER_POINT = 96 / 72;
/** Height of the 22-line type area, CSS px. */
const PAGE_BODY_PX = ((LINES_PER_PAGE * LINE_PITCH_TWIPS) / TWIPS_PER_POINT) * PX_PER_POINT;
const LETTER_SPACING = `${CHARACTER_SPACING / TWIPS_PER_POINT}pt`;
/** Page numbers sit one 四号 character in from the edge of the type area. */
const PAGE_NUMBER_INSET = `${FONT_SIZE.siHao}pt`;

const PREVIEW_OPTIONS = {
  className: 'docx',
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
  renderHeaders: true,
  renderFooters: true,
  renderFootnotes: false,
  renderEndnotes: false,
  experimental: true,
  useBase64URL: true,
} as const;

/** Renders `bytes` (a .docx) into `container` as A4 pages with page numbers. */
export async function renderDocxPreview(bytes: Blob | ArrayBuffer, container: HTMLElement): Promise<void> {
  const wordDocument: unknown = await parseAsync(bytes, PREVIEW_OPTIONS);
  // Read before rendering: the renderer merges each style with its base, and the base's values win.
  const keepNext = keepNextFlags(wordDocument);
  container.replaceChildren(...(await renderDocument(wordDocument, PREVIEW_OPTIONS)));
  await document.fonts?.ready;
  const wrapper = container.querySelector<HTMLElement>(`.${PREVIEW_OPTIONS.className}-wrapper`) ?? container;
  const sections = [...wrapper.querySelectorAll<HTMLElement>(`:scope > section.${PREVIEW_OPTIONS.className}`)];
  const [only] = sections;
  if (sections.length === 1 && only && paginate(wrapper, only, keepNext)) return;
  // Several sections, or not laid out (the container is hidden): number the pages as rendered.
  sections.forEach((section, i) => {
    const footer = section.querySelector<HTMLElement>(':scope > footer');
    if (footer) numberFooter(footer, i + 1);
  });
}

/* ---------- which paragraphs keep with the next (docx-preview's parsed document) ---------- */

interface ParsedParagraph {
  readonly styleName?: string;
  readonly keepNext?: boolean;
}
interface ParsedStyle {
  readonly id?: string;
  readonly basedOn?: string | null;
  readonly paragraphProps?: { readonly keepNext?: boolean };
}
interface ParsedDocument {
  readonly documentPart?: { readonly body?: { readonly children?: readonly ParsedParagraph[] } };
  readonly stylesPart?: { readonly styles?: readonly ParsedStyle[] };
}

/** Keep-with-next of each body block: its own, else its style's, else that style's base's… */
function keepNextFlags(wordDocument: unknown): boolean[] {
  const parsed = wordDocument as ParsedDocument | null;
  const blocks = parsed?.documentPart?.body?.children ?? [];
  const styles = new Map((parsed?.stylesPart?.styles ?? []).map((s) => [s.id, s]));
  const fromStyle = (id: string | null | undefined, depth = 0): boolean => {
    const style = id ? styles.get(id) : undefined;
    if (!style || depth > styles.size) return false;
    return style.paragraphProps?.keepNext ?? fromStyle(style.basedOn, depth + 1);
  };
  return blocks.map((b) => b.keepNext ?? fromStyle(b.styleName));
}

/* ---------- pagination ---------- */

interface Box {
  readonly element: HTMLElement;
  /** Margin-box top and bottom within the article, px. */
  readonly top: number;
  readonly bottom: number;
}

function measure(article: HTMLElement): Box[] {
  article.style.position = 'relative';
  return [...article.children].map((child) => {
    const element = child as HTMLElement;
    const style = getComputedStyle(element);
    const top = element.offsetTop - (parseFloat(style.marginTop) || 0);
    return { element, top, bottom: element.offsetTop + element.offsetHeight + (parseFloat(style.marginBottom) || 0) };
  });
}

/** Replaces the one tall page with real pages. Returns false when nothing could be measured. */
function paginate(wrapper: HTMLElement, section: HTMLElement, keepNext: readonly boolean[]): boolean {
  const article = section.querySelector<HTMLElement>(':scope > article');
  if (!article || article.offsetHeight === 0) return false;
  article.style.letterSpacing = LETTER_SPACING;
  // Runs in different fonts (Latin digits in a title) aligned on their baselines make a line taller
  // than its exact spacing; aligned at the top, every line is exactly one grid line.
  for (const run of article.querySelectorAll<HTMLElement>('span')) run.style.verticalAlign = 'top';
  const boxes = measure(article);
  const flags = boxes.length === keepNext.length ? keepNext : boxes.map(() => false);
  const footer = section.querySelector<HTMLElement>(':scope > footer');
  const pages = slicePages(boxes, flags, PAGE_BODY_PX).map((slice, i) => buildPage(section, article, footer, boxes, slice, i + 1));
  wrapper.replaceChildren(...pages);
  return true;
}

function buildPage(
  section: HTMLElement,
  article: HTMLElement,
  footer: HTMLElement | null,
  boxes: readonly Box[],
  slice: PageSlice,
  pageNumber: number,
): HTMLElement {
  const page = section.cloneNode(false) as HTMLElement;
  page.dataset.page = String(pageNumber);
  const body = document.createElement('div');
  body.style.height = `${PAGE_BODY_PX}px`;
  const clip = document.createElement('div');
  clip.style.height = `${slice.end - slice.start}px`;
  clip.style.overflow = 'hidden';
  const content = article.cloneNode(false) as HTMLElement;
  content.style.display = 'flow-root';
  content.style.marginTop = `${boxes[slice.first]!.top - slice.start}px`;
  for (let i = slice.first; i <= slice.last; i++) content.appendChild(boxes[i]!.element.cloneNode(true));
  clip.appendChild(content);
  body.appendChild(clip);
  page.appendChild(body);
  const pageFooter = footer ? (footer.cloneNode(true) as HTMLElement) : document.createElement('footer');
  numberFooter(pageFooter, pageNumber);
  page.appendChild(pageFooter);
  return page;
}

/** Writes "— n —" into a footer: odd pages right-aligned, even pages left-aligned, one character in. */
function numberFooter(footer: HTMLElement, pageNumber: number): void {
  const paragraph = footer.querySelector('p') ?? footer.appendChild(document.createElement('p'));
  paragraph.replaceChildren(`${PAGE_NUMBER_AFFIXES.before}${pageNumber}${PAGE_NUMBER_AFFIXES.after}`);
  const odd = pageNumber % 2 === 1;
  Object.assign(paragraph.style, {
    textAlign: odd ? 'right' : 'left',
    marginInlineStart: '0',
    marginInlineEnd: '0',
    marginLeft: odd ? '0' : PAGE_NUMBER_INSET,
    marginRight: odd ? PAGE_NUMBER_INSET : '0',
    textIndent: '0',
  });
  // The number line sits at the foot of the footer area, as Word places it.
  Object.assign(footer.style, { display: 'flex', flexDirection: 'column', justifyContent: 'flex-end' });
}
