import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Document position just before the top-level block `index` (0 is the title), clamped to the
 * document's blocks. The one place that turns a block index — what the outline, 检查 and the
 * library speak in — into a ProseMirror position.
 */
export function blockStart(doc: PMNode, index: number): number {
  const last = Math.max(0, Math.min(index, doc.childCount - 1));
  let pos = 0;
  for (let i = 0; i < last; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/**
 * The position range of characters `from`–`to` inside top-level block `index` (offsets into the
 * block's content, clamped to it).
 */
export function blockRange(doc: PMNode, index: number, from: number, to: number = from): { from: number; to: number } {
  const start = blockStart(doc, index);
  const end = start + doc.child(Math.max(0, Math.min(index, doc.childCount - 1))).nodeSize - 1;
  return { from: Math.min(start + 1 + from, end), to: Math.min(start + 1 + to, end) };
}
