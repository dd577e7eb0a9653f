/**
 * Report document JSON ⇄ the Y.Doc of a shared draft (the Y.XmlFragment TipTap's Collaboration
 * extension binds to, plus the meta map). Runs in Node and the browser.
 */
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { reportExtensions } from '../editor/extensions/index.ts';
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';
import { TEXT_FIELD, writeFields, writeName } from './meta.ts';

let schema: Schema | null = null;
export function reportSchema(): Schema {
  schema ??= getSchema(reportExtensions());
  return schema;
}

/** Fills an empty Y.Doc with a draft: its text, name and fields (one transaction). */
export function seedYDoc(doc: Y.Doc, draft: { doc: ReportDoc; name: string; fields: ReportFields }): void {
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(reportSchema(), draft.doc, doc.getXmlFragment(TEXT_FIELD));
    writeName(doc, draft.name);
    writeFields(doc, draft.fields);
  });
}

/**
 * The shared text as report JSON (what export, preview and 检查 read in the app via the editor). Not a pure read
 * of a doc this client edits: y-tiptap's conversion merges adjacent texts the client wrote itself (two writers who
 * start an empty paragraph at once leave two), a change it then sends. Use it on a loaded copy or a read-only peer;
 * compare live replicas by their Yjs content (scripts/bench/collab.ts).
 */
export function reportDocOf(doc: Y.Doc): ReportDoc {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(TEXT_FIELD), reportSchema()).toJSON() as ReportDoc;
}

export function hasText(doc: Y.Doc): boolean {
  return doc.getXmlFragment(TEXT_FIELD).length > 0;
}
