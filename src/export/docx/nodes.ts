/**
 * The document → .docx mapping as a table of small functions keyed by node and mark name
 * (ProseMirror's DOMSerializer pattern). The table types make a node or mark of the schema with no
 * mapping a compile error; `tests/unit/export-xml.test.ts` checks the keys against the schema's lists.
 *
 * Block nodes become paragraphs, inline nodes become spans (see spans.ts). Marks `flag` and `source`
 * are editing aids and export as plain text.
 */
import { Paragraph, type Table } from 'docx';
import { fieldText } from '../../model/fields.ts';
import { titleBreak } from '../../model/titleLines.ts';
import type {
  BlockNode,
  HeadingNode,
  InlineNode,
  MarkName,
  NodeName,
  ReportDoc,
  ReportMark,
  TableRowNode,
  TableCellNode,
  TitleNode,
} from '../../model/schema.ts';
import type { ExportContext } from './context.ts';
import { FONT } from './fonts.ts';
import { LINE_PITCH_TWIPS } from './page.ts';
import { PLAIN, spansText, spansToRuns, splitSpansAt, splitSpansRunIn, type Span, type SpanFormat } from './spans.ts';
import { HEADING_STYLE_ID, STYLE_ID } from './styles.ts';
import { tableToDocx } from './table.ts';

type AnyNode = ReportDoc | TitleNode | BlockNode | TableRowNode | TableCellNode | InlineNode;
type NodeOf<K extends NodeName> = Extract<AnyNode, { type: K }>;
type InlineName = InlineNode['type'];
type Output<K extends NodeName> = K extends InlineName ? Span[] : Array<Paragraph | Table>;

export type NodeSerializers = {
  readonly [K in NodeName]: (node: NodeOf<K>, ctx: ExportContext) => Output<K>;
};
export type MarkSerializers = {
  readonly [K in MarkName]: (format: SpanFormat, mark: Extract<ReportMark, { type: K }>) => SpanFormat;
};

export const MARK_SERIALIZERS: MarkSerializers = {
  bold: (format) => ({ ...format, bold: true }),
  flag: (format) => format,
  source: (format) => format,
};

/** Runs the table's function for `node` (one cast: TypeScript cannot correlate the key and the node). */
function serialize<K extends NodeName>(node: NodeOf<K>, ctx: ExportContext): Output<K> {
  const fn = NODE_SERIALIZERS[node.type as K] as (node: NodeOf<K>, ctx: ExportContext) => Output<K>;
  return fn(node, ctx);
}

function applyMark(format: SpanFormat, mark: ReportMark): SpanFormat {
  const fn = MARK_SERIALIZERS[mark.type] as (format: SpanFormat, mark: ReportMark) => SpanFormat;
  return fn(format, mark);
}

// \s includes the ideographic space U+3000.
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

/**
 * The paragraph's spans with leading and trailing blanks removed: the first-line indent is the
 * style's, and full-width spaces typed to indent by hand would double it.
 */
function trimSpans(spans: readonly Span[]): Span[] {
  const out = [...spans];
  const trimEdge = (at: () => number, blank: RegExp): void => {
    while (out.length > 0) {
      const i = at();
      const span = out[i]!;
      if ('lineBreak' in span) return;
      const text = span.text.replace(blank, '');
      if (text !== '') {
        out[i] = { text, format: span.format };
        return;
      }
      out.splice(i, 1);
    }
  };
  trimEdge(() => 0, LEADING_SPACE);
  trimEdge(() => out.length - 1, TRAILING_SPACE);
  return out;
}

function inlineSpans(content: readonly InlineNode[] | undefined, ctx: ExportContext): Span[] {
  return trimSpans((content ?? []).flatMap((node) => serialize(node, ctx)));
}

function headingParagraphs(node: HeadingNode, ctx: ExportContext): Paragraph[] {
  const style = HEADING_STYLE_ID[node.attrs.level];
  const label: Span = { text: ctx.numbering.get(node) ?? '', format: PLAIN };
  const spans = [label, ...inlineSpans(node.content, ctx)];
  if (node.attrs.runIn) {
    const { lead, rest } = splitSpansRunIn(spans);
    // Keep-with-next belongs to short standalone headings only: on a long run-in paragraph it
    // chains paragraphs together and leaves half-empty pages.
    if (rest.length > 0) {
      return [new Paragraph({ style, keepNext: false, children: [...spansToRuns(lead), ...spansToRuns(rest, FONT.fangSong)] })];
    }
  }
  return [new Paragraph({ style, children: spansToRuns(spans) })];
}

/** A title too long for one line, broken into a trapezoid at a phrase boundary (titleLines.ts). */
function titleLines(spans: Span[]): Span[] {
  const at = titleBreak(spansText(spans));
  if (at === null) return spans;
  const { head, rest } = splitSpansAt(spans, at);
  return [...head, { lineBreak: true }, ...rest];
}

export const NODE_SERIALIZERS: NodeSerializers = {
  doc: (node, ctx) => node.content.flatMap((block) => serialize(block, ctx)),

  reportTitle: (node, ctx) => [new Paragraph({ style: STYLE_ID.title, children: spansToRuns(titleLines(inlineSpans(node.content, ctx))) })],

  heading: headingParagraphs,

  paragraph: (node, ctx) => {
    const spans = inlineSpans(node.content, ctx);
    // An empty paragraph carrying a hint is template guidance, never part of the report.
    if (node.attrs?.hint && spansText(spans).trim() === '') return [];
    return [new Paragraph({ style: STYLE_ID.normal, children: spansToRuns(spans) })];
  },

  signoff: (node, ctx) => {
    const role = node.attrs.role;
    return [
      new Paragraph({
        style: role === 'unit' ? STYLE_ID.signature : STYLE_ID.date,
        indent: { right: ctx.signoffIndents[role], firstLine: 0 },
        ...(ctx.signoffStarts.has(node) ? { spacing: { before: LINE_PITCH_TWIPS } } : {}),
        children: spansToRuns(inlineSpans(node.content, ctx)),
      }),
    ];
  },

  text: (node) => [{ text: node.text, format: (node.marks ?? []).reduce(applyMark, PLAIN) }],

  field: (node, ctx) => [{ text: fieldText(node.attrs.name, ctx.fields), format: PLAIN }],

  hardBreak: () => [{ lineBreak: true }],

  table: (node, ctx) => [tableToDocx(node, ctx)],
  // Rows and cells are written by their table (table.ts).
  tableRow: () => [],
  tableHeader: () => [],
  tableCell: () => [],
};

/** The table's keys, for the test that they equal the schema's NODE_NAMES / MARK_NAMES. */
export const NODE_SERIALIZER_KEYS = Object.keys(NODE_SERIALIZERS) as NodeName[];
export const MARK_SERIALIZER_KEYS = Object.keys(MARK_SERIALIZERS) as MarkName[];
