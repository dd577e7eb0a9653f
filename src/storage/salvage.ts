/**
 * Restore keeps what it can (issue 19): a draft whose document does not pass the schema — a node
 * or mark this version does not know (a table, an image, a mark from a newer or older build), a
 * heading level out of range — is not thrown away whole. `salvageDoc` rebuilds it from what it
 * can read: known blocks stay; anything else becomes plain paragraphs of its text (a table gives
 * one paragraph per cell paragraph); unknown marks are dropped; unknown inline nodes become their
 * text. It says how many parts it turned into paragraphs, of which types, and how many marks it
 * dropped, so the message can name the draft and why.
 *
 * Works on untrusted JSON: no recursion (a hostile nesting depth cannot overflow the stack); the
 * result still goes through restoreDraft's schema.
 */
import { FIELD_NAMES } from '../model/fields.ts';
import { REPORT_PARTS } from '../model/part.ts';
import { FLAG_KINDS } from '../model/schema.ts';
import { reportDocSchema } from '../model/docSchema.ts';

export interface Salvaged {
  /** The document JSON rebuilt from the readable parts (still to be validated). */
  readonly doc: { type: 'doc'; content: unknown[] };
  /** How many nodes were turned into plain paragraphs or text, by their type. */
  readonly converted: ReadonlyMap<string, number>;
  /** Marks dropped (unknown or invalid). */
  readonly droppedMarks: number;
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const children = (v: Raw): unknown[] => (Array.isArray(v.content) ? v.content : []);
const typeName = (v: unknown): string => (isRecord(v) && typeof v.type === 'string' ? v.type.slice(0, 40) : '未知');

const FIELDS = new Set<string>(FIELD_NAMES);
const FLAGS = new Set<string>(FLAG_KINDS);
const PARTS = new Set<unknown>([...REPORT_PARTS, 'intro', 'signoff', 'other']);

/** Rebuilds a document from what it can read; null when it is not a document at all. */
export function salvageDoc(value: unknown): Salvaged | null {
  if (!isRecord(value) || !Array.isArray(value.content)) return null;
  const converted = new Map<string, number>();
  let droppedMarks = 0;
  const count = (type: string) => converted.set(type, (converted.get(type) ?? 0) + 1);

  /** Every text in `node`, in document order (iterative). */
  const textOf = (node: unknown): string => {
    let out = '';
    const stack: unknown[] = [node];
    while (stack.length) {
      const n = stack.pop();
      if (!isRecord(n)) continue;
      if (typeof n.text === 'string') out += n.text;
      const c = children(n);
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
    }
    return out;
  };

  const cleanMarks = (marks: unknown): unknown[] | undefined => {
    if (!Array.isArray(marks)) return undefined;
    const kept = marks.filter((m) => {
      const ok =
        isRecord(m) &&
        (m.type === 'bold' ||
          (m.type === 'flag' && isRecord(m.attrs) && FLAGS.has(String(m.attrs.kind))) ||
          (m.type === 'source' && isRecord(m.attrs) && typeof m.attrs.report === 'string' && typeof m.attrs.heading === 'string'));
      if (!ok) droppedMarks++;
      return ok;
    });
    return kept.length ? kept : undefined;
  };

  const cleanInline = (content: unknown): unknown[] => {
    const out: unknown[] = [];
    for (const n of Array.isArray(content) ? content : []) {
      if (isRecord(n) && n.type === 'text' && typeof n.text === 'string') {
        if (!n.text) continue;
        const marks = cleanMarks(n.marks);
        out.push(marks ? { type: 'text', text: n.text, marks } : { type: 'text', text: n.text });
      } else if (isRecord(n) && n.type === 'field' && isRecord(n.attrs) && FIELDS.has(String(n.attrs.name))) {
        out.push({ type: 'field', attrs: { name: n.attrs.name } });
      } else if (isRecord(n) && n.type === 'hardBreak') {
        out.push({ type: 'hardBreak' });
      } else {
        count(typeName(n));
        const text = textOf(n);
        if (text) out.push({ type: 'text', text });
      }
    }
    return out;
  };

  const paragraphOf = (inline: unknown[]) => (inline.length ? { type: 'paragraph', content: inline } : { type: 'paragraph' });

  /** An unknown block: one paragraph per innermost node that holds text (a cell's paragraph, say). */
  const flatten = (node: unknown, out: unknown[]) => {
    const stack: unknown[] = [node];
    while (stack.length) {
      const n = stack.pop();
      if (!isRecord(n)) continue;
      const c = children(n);
      if (typeof n.text === 'string' || c.some((k) => isRecord(k) && typeof k.text === 'string')) {
        const text = textOf(n);
        if (text.trim()) out.push({ type: 'paragraph', content: [{ type: 'text', text }] });
        continue;
      }
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
    }
  };

  const blocks: unknown[] = [];
  const [first, ...rest] = value.content;
  let title: unknown = { type: 'reportTitle' };
  if (isRecord(first) && first.type === 'reportTitle') {
    const inline = cleanInline(first.content);
    title = inline.length ? { type: 'reportTitle', content: inline } : { type: 'reportTitle' };
  } else rest.unshift(first);

  for (const b of rest) {
    const attrs = isRecord(b) && isRecord(b.attrs) ? b.attrs : {};
    if (isRecord(b) && b.type === 'paragraph') {
      const inline = cleanInline(b.content);
      const hint = typeof attrs.hint === 'string' ? attrs.hint : undefined;
      blocks.push(hint !== undefined ? { ...paragraphOf(inline), attrs: { hint } } : paragraphOf(inline));
    } else if (isRecord(b) && b.type === 'heading' && [1, 2, 3, 4].includes(attrs.level as number)) {
      const inline = cleanInline(b.content);
      // An unknown part tag is recomputed by the editor: drop it rather than the heading.
      const node: Raw = { type: 'heading', attrs: { level: attrs.level, runIn: attrs.runIn === true, part: PARTS.has(attrs.part) ? attrs.part : null } };
      blocks.push(inline.length ? { ...node, content: inline } : node);
    } else if (isRecord(b) && b.type === 'table' && reportDocSchema.safeParse({ type: 'doc', content: [{ type: 'reportTitle' }, b] }).success) {
      // A well-formed table is kept as it is; only a broken one becomes paragraphs.
      blocks.push(b);
    } else if (isRecord(b) && b.type === 'signoff' && (attrs.role === 'unit' || attrs.role === 'date')) {
      const inline = cleanInline(b.content);
      const node: Raw = { type: 'signoff', attrs: { role: attrs.role } };
      blocks.push(inline.length ? { ...node, content: inline } : node);
    } else {
      count(typeName(b));
      flatten(b, blocks);
    }
  }
  return { doc: { type: 'doc', content: [title, ...blocks] }, converted, droppedMarks };
}

/** Chinese names of the node types other editors and versions write; others are quoted as they are. */
const NODE_NAMES: Readonly<Record<string, string>> = {
  table: '表格',
  tableRow: '表格行',
  tableCell: '表格单元格',
  tableHeader: '表头',
  image: '图片',
  bulletList: '项目符号列表',
  orderedList: '编号列表',
  listItem: '列表项',
  blockquote: '引用',
  codeBlock: '代码块',
  horizontalRule: '分隔线',
  footnote: '脚注',
  footnoteRef: '脚注',
  paragraph: '段落',
  heading: '标题',
  signoff: '落款',
  reportTitle: '报告标题',
  text: '文字',
  field: '字段',
};

const nodeName = (type: string) => NODE_NAMES[type] ?? `未知类型“${type}”`;

/** `2处无法识别的内容（表格、脚注）已转为普通文字，1处无法识别的格式已去掉`: what was converted and dropped. */
export function salvageSummary(s: Salvaged): string {
  const parts: string[] = [];
  const total = [...s.converted.values()].reduce((a, b) => a + b, 0);
  if (total) parts.push(`${total}处无法识别的内容（${[...new Set([...s.converted.keys()].map(nodeName))].join('、')}）已转为普通文字`);
  if (s.droppedMarks) parts.push(`${s.droppedMarks}处无法识别的格式已去掉`);
  return parts.join('，') || '部分内容格式有误，已按普通段落恢复';
}
