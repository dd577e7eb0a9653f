import { Node, mergeAttributes } from '@tiptap/core';

/** The report title (二号 小标宋, centred). Always the first node of the document. */
export const ReportTitle = Node.create({
  name: 'reportTitle',
  content: 'inline*',
  defining: true,
  parseHTML() {
    // Only our own title markup: a pasted <h1> is a level-1 heading, not a second title.
    return [{ tag: 'h1.report-title', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h1', mergeAttributes(HTMLAttributes, { class: 'report-title' }), 0];
  },
});
