import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { parseLine } from '../../corpus/outline.ts';

/**
 * Paste from Word, WPS or a web page: the schema already drops what a report cannot hold
 * (scripts, styles, tables, images, lists become paragraphs); this plugin then turns pasted
 * paragraphs that start with an outline number (一、 （二） 3. （4）) into headings of that level
 * with the typed number removed, since numbers are computed.
 */
export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteCleanup'),
        props: {
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
