/**
 * mammoth's document tree → the paragraphs and tables of a .docx in document order (issue 20):
 * - a paragraph's text, with a manual line break as `\n` and a footnote or endnote kept as text in
 *   brackets at its reference: "（注：…）";
 * - a table as one entry with its rows of cell texts (a cell's paragraphs joined by a line break);
 * - text boxes: mammoth reads their paragraphs inside the paragraph that anchors them, so their
 *   text stays, joined to that paragraph;
 * - images cannot be kept: they are counted for the notice.
 */
/** The subset of mammoth's document tree read here (mammoth ships no types for it). */
export interface MammothElement {
  readonly type: string;
  readonly children?: readonly MammothElement[];
  readonly value?: string;
  readonly breakType?: string;
  readonly styleName?: string | null;
  readonly noteType?: string;
  readonly noteId?: string;
  readonly body?: readonly MammothElement[];
  readonly notes?: { findNoteByKey?: (key: string) => MammothElement | null; resolve?: (ref: MammothElement) => MammothElement | null };
}

export interface BodyParagraph {
  readonly text: string;
  readonly styleName?: string | null;
  /** Rows of cell texts when this entry is a table. */
  readonly table?: string[][];
}

export interface BodyContent {
  readonly paragraphs: BodyParagraph[];
  readonly images: number;
  readonly footnotes: number;
}

export function readBody(document: MammothElement): BodyContent {
  let images = 0;
  let footnotes = 0;
  const notes = document.notes;
  const resolve = (ref: MammothElement): MammothElement | null => (notes?.resolve ? notes.resolve(ref) : null);

  const text = (element: MammothElement): string => {
    switch (element.type) {
      case 'text':
        return element.value ?? '';
      case 'tab':
        return '\t';
      case 'break':
        return element.breakType === 'line' ? '\n' : '';
      case 'image':
        images++;
        return '';
      case 'noteReference': {
        const note = resolve(element);
        const body = note ? (note.body ?? []).map(text).join('').trim() : '';
        if (!body) return '';
        footnotes++;
        return `（注：${body}）`;
      }
      default:
        return (element.children ?? []).map(text).join('');
    }
  };

  const cellText = (cell: MammothElement): string =>
    (cell.children ?? [])
      .map((c) =>
        c.type === 'table'
          ? tableRows(c)
              .map((r) => r.join(' '))
              .join('\n')
          : text(c).trim(),
      )
      .filter(Boolean)
      .join('\n');
  const tableRows = (table: MammothElement): string[][] =>
    (table.children ?? []).filter((r) => r.type === 'tableRow').map((row) => (row.children ?? []).filter((c) => c.type === 'tableCell').map(cellText));

  const paragraphs: BodyParagraph[] = [];
  const walk = (element: MammothElement): void => {
    if (element.type === 'paragraph') {
      const value = text(element).replace(/^\s+|\s+$/g, '');
      if (value !== '') paragraphs.push({ text: value, styleName: element.styleName ?? null });
      return;
    }
    if (element.type === 'table') {
      const rows = tableRows(element).filter((r) => r.some((c) => c.trim() !== ''));
      if (rows.length) paragraphs.push({ text: rows.map((r) => r.join(' ')).join('\n'), table: rows });
      return;
    }
    for (const child of element.children ?? []) walk(child);
  };
  walk(document);
  return { paragraphs, images, footnotes };
}
