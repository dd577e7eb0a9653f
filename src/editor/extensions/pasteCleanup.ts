import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { parseLine } from '../../text/headings.ts';
import { htmlTextLength, MAX_PASTE_CHARS, MAX_PASTE_HTML_CHARS, megabytes, plainTextLength, wan } from '../../model/limits.ts';

export { MAX_PASTE_CHARS };

/**
 * Paste from Word, WPS or a web page: the schema already drops what a report cannot hold
 * (scripts, styles, images; lists become paragraphs; tables stay tables — reportTable.ts); this plugin then turns pasted
 * paragraphs that start with an outline number (一、 （二） 3. （4）) into headings of that level
 * with the typed number removed, since numbers are computed.
 */
export interface PasteCleanupOptions {
  /** Largest paste accepted, in characters of its text (markup and whitespace not counted). */
  maxChars: number;
}

export interface PasteCleanupStorage {
  /** Told (in Chinese) when a paste is refused; the document is left untouched. */
  onReject: ((message: string) => void) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    pasteCleanup: PasteCleanupStorage;
  }
}

/** Sets who is told when a paste is refused (the app shows it as an error notice). */
export function setPasteRejectHandler(editor: { storage: { pasteCleanup: PasteCleanupStorage } }, handler: ((message: string) => void) | null): void {
  editor.storage.pasteCleanup.onReject = handler;
}

/** The Chinese message for a refused paste of `chars` characters. */
export function oversizePasteMessage(chars: number, max = MAX_PASTE_CHARS): string {
  return `粘贴的内容过大（约${wan(chars)}字，单次最多${wan(max)}字），已取消粘贴，正文没有改变。请分几次粘贴需要的部分。`;
}

/** The Chinese message for a paste whose formatting alone is too large to read. */
export function oversizeHtmlMessage(htmlChars: number): string {
  return `粘贴的内容格式数据过大（约${megabytes(htmlChars)}），已取消粘贴，正文没有改变。请分几次粘贴，或先粘贴到记事本再复制过来。`;
}

/**
 * The size of a paste, measured on its text: an 800-row Word table of 20,000 characters carries
 * nearly 2 MB of HTML markup, and must pass. `null` size: the markup alone is over its own limit.
 */
export function pasteSize(plain: string, html: string): { chars: number; htmlTooLarge: boolean } {
  if (html.length > MAX_PASTE_HTML_CHARS) return { chars: 0, htmlTooLarge: true };
  return { chars: Math.max(plainTextLength(plain), html ? htmlTextLength(html) : 0), htmlTooLarge: false };
}

export const PasteCleanup = Extension.create<PasteCleanupOptions, PasteCleanupStorage>({
  name: 'pasteCleanup',
  addOptions() {
    return { maxChars: MAX_PASTE_CHARS };
  },
  addStorage() {
    return { onReject: null };
  },
  addProseMirrorPlugins() {
    const { maxChars } = this.options;
    const reject = (message: string) => this.storage.onReject?.(message);
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
          // Refuse an oversize paste before ProseMirror parses it: parsing and laying out megabytes
          // of text would freeze the page, and no report needs it.
          handlePaste: (_view, event) => {
            const data = event.clipboardData;
            if (!data) return false;
            const html = data.getData('text/html');
            const size = pasteSize(data.getData('text/plain'), html);
            if (!size.htmlTooLarge && size.chars <= maxChars) return false;
            event.preventDefault();
            reject(size.htmlTooLarge ? oversizeHtmlMessage(html.length) : oversizePasteMessage(size.chars, maxChars));
            return true;
          },
          transformPastedHTML: (html) => stripActiveContent(html),
          transformPasted: (slice, view) => {
            if (!slice.content.childCount || !slice.content.firstChild?.isBlock) return slice;
            return new Slice(convertNumbered(slice.content, view.state.schema), slice.openStart, slice.openEnd);
          },
        },
      }),
    ];
  },
});

/** Removes elements whose content must never be parsed or run (defence in depth; PM parses inertly). */
export function stripActiveContent(html: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|iframe|object|embed|link|meta)\b[^>]*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

function convertNumbered(content: Fragment, schema: Schema): Fragment {
  const nodes: PMNode[] = [];
  content.forEach((node) => nodes.push(node.type.name === 'paragraph' || node.type.name === 'heading' ? toHeadingIfNumbered(node, schema) : node));
  return Fragment.fromArray(nodes);
}

function toHeadingIfNumbered(node: PMNode, schema: Schema): PMNode {
  const first = node.firstChild;
  if (!first?.isText) return node;
  const line = parseLine(node.textContent);
  if (line.type !== 'heading') return node;
  const prefixLength = node.textContent.length - line.text.length;
  if (prefixLength <= 0 || prefixLength > first.text!.length) return node;
  const rest = node.content.cut(prefixLength);
  return schema.nodes.heading!.create({ level: line.level, runIn: line.runIn, part: null }, rest);
}
