/**
 * The certain fixes applied to a document's JSON (pure; the editor applies them as a TipTap
 * command instead, see src/editor/extensions/proofMarks.ts). The replacement takes the marks of
 * the text where the match starts.
 */
import type { BlockNode, InlineNode, ReportDoc, TitleNode } from '../../model/schema.ts';
import type { ProofItem } from './types.ts';

const size = (n: InlineNode) => (n.type === 'text' ? n.text.length : 1);

/** Replaces [from, to) of inline content with `text` (from, to in ProseMirror offsets; no field inside). */
function replaceInline(content: readonly InlineNode[], from: number, to: number, text: string): InlineNode[] {
  const out: InlineNode[] = [];
  let pos = 0;
  let inserted = false;
  for (const node of content) {
    const start = pos;
    const end = pos + size(node);
    pos = end;
    if (end <= from || start >= to) {
      if (start >= to && !inserted) {
        out.push({ type: 'text', text });
        inserted = true;
      }
      out.push(node);
      continue;
    }
    if (node.type !== 'text') throw new Error('a fix never spans a field or a line break');
    const head = node.text.slice(0, Math.max(0, from - start));
    const tail = node.text.slice(Math.max(0, to - start));
    const middle = inserted ? '' : text;
    inserted = true;
    const joined = head + middle + tail;
    if (joined) out.push({ ...node, text: joined });
  }
  if (!inserted && text) out.push({ type: 'text', text });
  return out.filter((n) => n.type !== 'text' || n.text !== '');
}

/** `doc` with each item's fix applied (items without a fix are skipped). */
export function applyFixes(doc: ReportDoc, items: readonly ProofItem[]): ReportDoc {
  const byBlock = new Map<number, ProofItem[]>();
  for (const item of items) if (item.fix !== null) byBlock.set(item.blockIndex, [...(byBlock.get(item.blockIndex) ?? []), item]);
  const content = doc.content.map((block, index) => {
    const fixes = byBlock.get(index);
    // A table's cells are fixed by hand (the items point at the table as a whole).
    if (!fixes || block.type === 'table') return block;
    let inline = [...(block.content ?? [])];
    // Last first, so earlier offsets stay valid.
    for (const item of [...fixes].sort((a, b) => b.from - a.from)) inline = replaceInline(inline, item.from, item.to, item.fix!);
    const next = { ...block } as TitleNode | BlockNode;
    if (inline.length) next.content = inline;
    else delete next.content;
    return next;
  });
  return { ...doc, content: content as ReportDoc['content'] };
}
