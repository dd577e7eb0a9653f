/**
 * Word's automatic numbering made visible (issue 20): paragraphs numbered through `w:numPr` (directly,
 * or through their paragraph style) get their number written at their start as text, as Word draws
 * it — the abstractNum level's `w:lvlText` ("%1、", "（%2）", "%3.") with each %n replaced by that
 * level's counter in its `w:numFmt` (decimal, chineseCounting …). The outline rules then read the
 * number like a typed one (一、 → level 1, （一） → 2, 1. → 3, （1） → 4). Bullets get nothing.
 *
 * Works on the XML text of word/document.xml before mammoth reads it (mammoth keeps only a level
 * and "ordered or not" of a numbering). Counters follow Word: one set per abstractNum (numIds
 * sharing one continue each other) unless a num restarts with `w:startOverride`; a number at one
 * level restarts every deeper level.
 */
import { chineseNumeral } from '../model/numbering.ts';

interface Level {
  readonly fmt: string;
  readonly text: string;
  readonly start: number;
}

interface Num {
  readonly abstractId: string;
  readonly starts: ReadonlyMap<number, number>;
}

export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  readonly nums: ReadonlyMap<string, Num>;
  /** Paragraph styles that carry a numbering: styleId → numId and level. */
  readonly styles: ReadonlyMap<string, { numId: string; ilvl: number }>;
}

const attr = (xml: string, tag: string): string | undefined => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Reads numbering.xml and the numbered paragraph styles of styles.xml. */
export function parseNumbering(numberingXml: string, stylesXml = ''): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), {
        fmt: attr(l[2]!, 'numFmt') ?? 'decimal',
        text: unescapeXml(attr(l[2]!, 'lvlText') ?? ''),
        start: Number(attr(l[2]!, 'start') ?? 1),
      });
    }
    abstracts.set(m[1]!, levels);
    const link = attr(m[2]!, 'numStyleLink');
    if (link) links.set(m[1]!, link);
  }
  const nums = new Map<string, Num>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'startOverride');
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    nums.set(m[1]!, { abstractId: attr(m[2]!, 'abstractNumId') ?? '', starts });
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
    const numId = numPr ? attr(numPr, 'numId') : undefined;
    if (numId && numId !== '0') styles.set(m[1]!, { numId, ilvl: Number(attr(numPr!, 'ilvl') ?? 0) });
  }
  // An abstractNum that only links to a numbering style takes that style's numbering's levels.
  for (const [id, style] of links) {
    const target = nums.get(styles.get(style)?.numId ?? '')?.abstractId;
    const levels = target !== undefined ? abstracts.get(target) : undefined;
    if (levels && target !== id) abstracts.set(id, levels);
  }
  return { abstracts, nums, styles };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** A counter written in a Word number format; null for a bullet. */
export function formatNumber(n: number, fmt: string): string | null {
  switch (fmt) {
    case 'bullet':
      return null;
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographTraditional':
      return chineseNumeral(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join('');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** Counts numbered paragraphs as Word does and gives each its drawn number. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The number drawn before a paragraph with this numId and level; null when none (bullet, numId 0, unknown). */
  next(numId: string, ilvl: number): string | null {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.fmt === 'bullet') return null;
    const key = num.starts.size ? `num:${numId}` : `abs:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    let ok = true;
    const text = level.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const value = counts[l] ?? startOf(l);
      const f = formatNumber(value, levels.get(l)?.fmt ?? 'decimal');
      if (f === null) ok = false;
      return f ?? '';
    });
    return ok ? text : null;
  }
}

/**
 * document.xml with each automatically numbered paragraph's number written as a first run of text.
 * Returns the XML unchanged when nothing is numbered.
 */
export function writeNumbers(documentXml: string, defs: NumberingDefinitions): { xml: string; numbered: number } {
  if (!defs.nums.size) return { xml: documentXml, numbered: 0 };
  const counter = new NumberingCounter(defs);
  let numbered = 0;
  // A formatting revision (pPrChange) holds a pPr of its own: dropped first (accepted), so each
  // paragraph's pPr below ends at its own </w:pPr>.
  const plain = documentXml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
  const xml = plain.replace(/(<w:p\b[^>/]*>)(\s*<w:pPr\b[^>/]*>([\s\S]*?)<\/w:pPr>)/g, (whole, open: string, pPr: string, own: string) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(own)?.[1];
    let numId = numPr ? attr(numPr, 'numId') : undefined;
    let ilvl = numPr ? Number(attr(numPr, 'ilvl') ?? 0) : 0;
    if (numId === undefined) {
      const style = attr(own, 'pStyle');
      const fromStyle = style ? defs.styles.get(style) : undefined;
      if (fromStyle) {
        numId = fromStyle.numId;
        ilvl = numPr ? ilvl : fromStyle.ilvl;
      }
    }
    if (numId === undefined || numId === '0') return whole;
    const label = counter.next(numId, ilvl);
    if (!label) return whole;
    numbered++;
    return `${open}${pPr}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
  });
  return { xml, numbered };
}
