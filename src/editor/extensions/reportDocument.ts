import Document from '@tiptap/extension-document';

/** A report is a title followed by at least one block (heading, paragraph or sign-off line). */
export const ReportDocument = Document.extend({
  content: 'reportTitle block+',
});
