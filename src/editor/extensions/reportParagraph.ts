import Paragraph from '@tiptap/extension-paragraph';

/**
 * Body paragraph (三号 仿宋, first line indented two characters). `hint` holds template guidance
 * that shows greyed while the paragraph is empty; it is an attribute, never text, so it is never
 * exported and disappears as soon as the user types.
 */
export const ReportParagraph = Paragraph.extend({
  priority: 1100, // defined before heading/signoff so Enter creates body paragraphs
  addAttributes() {
    return {
      hint: {
        default: null,
        parseHTML: () => null, // pasted content never carries guidance
        renderHTML: () => ({}),
      },
    };
  },
});
