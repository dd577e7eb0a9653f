import { InputRule, Node, mergeAttributes } from '@tiptap/core';
import { parseNumberPrefix } from '../../model/numbering.ts';
import type { HeadingLevel } from '../../model/schema.ts';
import { HeadingView } from './outlineDecorations.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportHeading: {
      /** Turns the current block into a heading of `level` (keeps run-in state of a heading). */
      setReportHeading: (level: HeadingLevel) => ReturnType;
      /** Turns the current heading or sign-off line into a body paragraph. */
      setBodyParagraph: () => ReturnType;
      /** Moves the current heading one level deeper (+1) or higher (−1). */
      shiftHeadingLevel: (delta: 1 | -1) => ReturnType;
      /** Switches the current heading between standalone and run-in (heading phrase + body). */
      toggleRunIn: () => ReturnType;
    };
  }
}

const clampLevel = (n: number): HeadingLevel => Math.min(4, Math.max(1, n)) as HeadingLevel;

/**
 * Outline heading, levels 1–4 (一、/（一）/1./（1）). Numbers are drawn by the numbering plugin,
 * never typed: typing a number prefix at the start of a block turns it into a heading of that
 * level. `runIn` headings are one paragraph whose lead sentence (to the first 。) is the heading.
 * `part` records which report part a level-1 heading opens (work/duty/problems/plans/other).
 */
export const ReportHeading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      level: {
        default: 1,
        parseHTML: (el) => {
          const fromData = Number(el.getAttribute('data-level'));
          if (fromData >= 1 && fromData <= 4) return fromData;
          // Foreign HTML (Word, WPS, web pages): <h1>…<h4> are levels 1–4.
          const tag = /^H([1-6])$/.exec(el.tagName);
          return tag ? clampLevel(Number(tag[1])) : 1;
        },
        renderHTML: (attrs) => ({ 'data-level': attrs.level }),
      },
      runIn: {
        default: false,
        parseHTML: (el) => el.hasAttribute('data-runin'),
        renderHTML: (attrs) => (attrs.runIn ? { 'data-runin': '' } : {}),
      },
      part: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-part'),
        renderHTML: (attrs) => (attrs.part ? { 'data-part': attrs.part } : {}),
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'p[data-level]', priority: 60 },
      { tag: 'h1' },
      { tag: 'h2' },
      { tag: 'h3' },
      { tag: 'h4' },
      { tag: 'h5' },
      { tag: 'h6', attrs: { level: 4 } },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const level = node.attrs.level as HeadingLevel;
    const tag = node.attrs.runIn ? 'p' : `h${level + 1}`;
    return [tag, mergeAttributes(HTMLAttributes, { class: `report-heading level-${level}` }), 0];
  },

  // The numbering's view of a heading (outlineDecorations.ts), given to the editor when it is created. As a
  // plugin prop it arrived only once TipTap added the plugins to the new view, and ProseMirror, seeing new
  // node views, built the whole document's DOM a second time on every load.
  addNodeView() {
    return ({ node, view, getPos }) => new HeadingView(node, view, getPos);
  },

  addCommands() {
    return {
      setReportHeading:
        (level) =>
        ({ state, commands }) => {
          const node = state.selection.$from.parent;
          const runIn = node.type.name === this.name ? Boolean(node.attrs.runIn) : false;
          return commands.setNode(this.name, { level, runIn, part: null });
        },
      setBodyParagraph:
        () =>
        ({ commands }) =>
          commands.setNode('paragraph'),
      shiftHeadingLevel:
        (delta) =>
        ({ state, commands }) => {
          const node = state.selection.$from.parent;
          if (node.type.name !== this.name) return false;
          const level = clampLevel((node.attrs.level as number) + delta);
          if (level === node.attrs.level) return true; // handled: keep focus in the editor
          return commands.updateAttributes(this.name, { level });
        },
      toggleRunIn:
        () =>
        ({ state, commands }) => {
          const node = state.selection.$from.parent;
          if (node.type.name !== this.name) return false;
          return commands.updateAttributes(this.name, { runIn: !node.attrs.runIn });
        },
    };
  },

  addKeyboardShortcuts() {
    const inHeading = () => this.editor.state.selection.$from.parent.type.name === this.name;
    return {
      Tab: () => (inHeading() ? this.editor.commands.shiftHeadingLevel(1) : false),
      'Shift-Tab': () => (inHeading() ? this.editor.commands.shiftHeadingLevel(-1) : false),
      'Mod-Alt-1': () => this.editor.commands.setReportHeading(1),
      'Mod-Alt-2': () => this.editor.commands.setReportHeading(2),
      'Mod-Alt-3': () => this.editor.commands.setReportHeading(3),
      'Mod-Alt-4': () => this.editor.commands.setReportHeading(4),
      'Mod-Alt-0': () => this.editor.commands.setBodyParagraph(),
    };
  },

  addInputRules() {
    // Typing a number prefix (一、 （三） 1. （2）) at the very start of a body paragraph or heading
    // converts the block to that heading level; the typed number itself is dropped.
    return [
      new InputRule({
        find: /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．]|[（(]\d{1,2}[）)])$/,
        handler: ({ state, range, match }) => {
          const $from = state.doc.resolve(range.from);
          const parent = $from.parent;
          if (parent.type.name !== 'paragraph' && parent.type.name !== this.name) return null;
          const parsed = parseNumberPrefix(match[0]);
          if (!parsed) return null;
          const runIn = parent.type.name === this.name ? Boolean(parent.attrs.runIn) : false;
          const tr = state.tr.delete(range.from, range.to);
          tr.setBlockType(range.from, range.from, this.type, { level: parsed.level, runIn, part: null });
        },
      }),
    ];
  },
});
