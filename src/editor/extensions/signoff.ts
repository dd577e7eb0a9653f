import { Node, mergeAttributes } from '@tiptap/core';

/** A sign-off line (落款): the issuing unit, then the date, right-aligned below the body. */
export const Signoff = Node.create({
  name: 'signoff',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return {
      role: {
        default: 'unit',
        parseHTML: (el) => (el.getAttribute('data-signoff') === 'date' ? 'date' : 'unit'),
        renderHTML: (attrs) => ({ 'data-signoff': attrs.role }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'p[data-signoff]', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { class: 'signoff' }), 0];
  },
});
