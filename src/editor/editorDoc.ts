import type { Editor, JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ReportDoc } from '../model/schema.ts';

/**
 * JSON of each top-level block, by node. ProseMirror nodes are immutable and an edit shares every
 * untouched block with the previous document, so after typing only the edited block is
 * serialised again. Autosave (at least once a second while typing) and the 检查 panel each read
 * the whole report: rebuilding every block each time put a whole report's worth of fresh objects
 * on the heap at every pause. (The first keystroke after a pause is slower than the next ones at
 * 100 pages; this cache did not measurably change that: see README, Performance.)
 */
const blockJson = new WeakMap<PMNode, JSONContent>();

/**
 * `doc.toJSON()`, with top-level blocks cached (see above). Results share those block objects
 * between calls (as `toJSON` already shares attrs objects with the nodes), so callers must not
 * mutate them; the top-level object and its `content` array are new on every call.
 */
export function docJson(doc: PMNode): ReportDoc {
  const content: JSONContent[] = [];
  doc.forEach((node) => {
    let json = blockJson.get(node);
    if (!json) {
      json = node.toJSON() as JSONContent;
      blockJson.set(node, json);
    }
    content.push(json);
  });
  const json: JSONContent = { type: doc.type.name };
  if (Object.keys(doc.attrs).length > 0) json.attrs = doc.attrs;
  if (content.length > 0) json.content = content;
  if (doc.marks.length > 0) json.marks = doc.marks.map((m) => m.toJSON() as { type: string });
  return json as unknown as ReportDoc;
}

/** The editor's document as report JSON. The schema (extensions/) guarantees the shape. */
export function editorDoc(editor: Editor): ReportDoc {
  return docJson(editor.state.doc);
}
