import type { Node as PMNode } from '@tiptap/pm/model';
import type { HeadingLevel } from '../model/schema.ts';

/** Where inserted blocks go: after the top-level block at `pos`, or in place of it when it is an empty paragraph. */
export interface InsertionPoint {
  /** Index of the top-level block the cursor (or drop) is in. */
  readonly index: number;
  /** Level of the nearest heading at or before that block; null in the intro. */
  readonly precedingHeadingLevel: HeadingLevel | null;
}

export function insertionPointAt(doc: PMNode, pos: number): InsertionPoint {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  const index = Math.max(1, $pos.index(0)); // never before the title
  let precedingHeadingLevel: HeadingLevel | null = null;
  for (let i = Math.min(index, doc.childCount - 1); i >= 1; i--) {
    const node = doc.child(i);
    if (node.type.name === 'heading') {
      precedingHeadingLevel = node.attrs.level as HeadingLevel;
      break;
    }
  }
  return { index: Math.min(index, doc.childCount - 1), precedingHeadingLevel };
}
