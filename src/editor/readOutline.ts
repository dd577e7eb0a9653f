import type { EditorState } from '@tiptap/pm/state';
import { partsOf, type OutlineSource } from '../text/reportOutline.ts';
import type { Part } from '../model/part.ts';
import { splitRunIn, type HeadingLevel } from '../model/schema.ts';
import { outlineDecorationsKey } from './extensions/outlineDecorations.ts';

export interface OutlineItem {
  /** Position of the heading node in the document. */
  readonly pos: number;
  /** Index of the block in the document (0 is the title). */
  readonly index: number;
  readonly level: HeadingLevel;
  readonly label: string;
  /** Heading phrase (a run-in heading's lead sentence). */
  readonly lead: string;
  readonly text: string;
  readonly part: Part;
}

/** Every top-level block (title excluded) with its position and part. */
export function readBlockParts(state: EditorState): Array<{ pos: number; index: number; part: Part }> {
  const sources: OutlineSource[] = [];
  const where: Array<{ pos: number; index: number }> = [];
  state.doc.forEach((node, pos, index) => {
    const name = node.type.name;
    if (name !== 'heading' && name !== 'paragraph' && name !== 'signoff') return;
    sources.push(
      name === 'heading' ? { type: 'heading', level: node.attrs.level as HeadingLevel, text: node.textContent } : { type: name, text: node.textContent },
    );
    where.push({ pos, index });
  });
  const parts = partsOf(sources);
  return where.map((w, i) => ({ ...w, part: parts[i]! }));
}

/** Headings of the document with their computed numbers and the report part each belongs to. */
export function readOutline(state: EditorState): OutlineItem[] {
  const labels = outlineDecorationsKey.getState(state)?.labels;
  return readBlockParts(state).flatMap(({ pos, index, part }) => {
    const node = state.doc.child(index);
    if (node.type.name !== 'heading') return [];
    const text = node.textContent;
    const lead = node.attrs.runIn ? splitRunIn(text).lead : text;
    return [{ pos, index, level: node.attrs.level as HeadingLevel, label: labels?.get(index) ?? '', lead, text, part }];
  });
}

/** Whether two outlines show the same entries (positions aside: they move whenever text before them changes). */
export function sameOutline(a: readonly OutlineItem[], b: readonly OutlineItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return x.level === y.level && x.label === y.label && x.lead === y.lead && x.text === y.text && x.part === y.part;
    })
  );
}
