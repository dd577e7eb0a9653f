/**
 * 对比去年: this year's draft against last year's report, part by part (导语, the four parts,
 * 其他情况), sentence by sentence. The sentence sequences of each part are diffed with jsdiff's
 * `diffArrays` (Myers' algorithm); sentences are compared with whitespace and four-digit years
 * ignored, so a sentence whose only change is 2025年 → 2026年 counts as unchanged. Headings are
 * sentences of their own. Counts per part: sentences added, removed and unchanged.
 */
import { diffArrays } from 'diff';
import type { ReportFields } from '../model/fields.ts';
import { docOutline } from '../text/reportOutline.ts';
import { PART_LABELS, type Part } from '../model/part.ts';
import type { ReportDoc } from '../model/schema.ts';
import { blockText, sentences, squeeze } from './text.ts';

export const COMPARED_PARTS: readonly Part[] = ['intro', 'work', 'duty', 'problems', 'plans', 'other'];

export interface DiffSegment {
  readonly kind: 'added' | 'removed' | 'same';
  /** This year's sentences (added, same) or last year's (removed). */
  readonly sentences: readonly string[];
  /** For `same`: last year's wording of the same sentences (they may differ in their years). */
  readonly previous?: readonly string[];
}

export interface PartDiff {
  readonly part: Part;
  readonly label: string;
  readonly segments: readonly DiffSegment[];
  readonly counts: { readonly added: number; readonly removed: number; readonly same: number };
}

/** The sentences of each part of a document, in order (the title and the sign-off left out). */
export function partSentences(doc: ReportDoc, fields?: ReportFields): Map<Part, string[]> {
  const out = new Map<Part, string[]>();
  for (const e of docOutline(doc)) {
    if (e.part === 'title' || e.part === 'signoff' || e.index === 0) continue;
    const node = doc.content[e.index]!;
    const text = blockText(node, fields).replace(/\n/g, '');
    if (!squeeze(text)) continue;
    const list = out.get(e.part) ?? out.set(e.part, []).get(e.part)!;
    if (node.type === 'heading' && !node.attrs.runIn) list.push(text.trim());
    else list.push(...sentences(text));
  }
  return out;
}

const sameSentence = (a: string, b: string): boolean => squeeze(a).replace(/(?:19|20)\d{2}(?=年)/g, '') === squeeze(b).replace(/(?:19|20)\d{2}(?=年)/g, '');

/** The part-by-part sentence diff of `current` against `previous` (parts present in either). */
export function compareReports(current: ReportDoc, previous: ReportDoc, fields?: ReportFields): PartDiff[] {
  const now = partSentences(current, fields);
  const before = partSentences(previous);
  const out: PartDiff[] = [];
  for (const part of COMPARED_PARTS) {
    const a = before.get(part) ?? [];
    const b = now.get(part) ?? [];
    if (!a.length && !b.length) continue;
    const changes = diffArrays(a, b, { comparator: sameSentence });
    const counts = { added: 0, removed: 0, same: 0 };
    let ai = 0;
    let bi = 0;
    const segments: DiffSegment[] = changes.map((c) => {
      const n = c.value.length;
      const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
      counts[kind] += n;
      if (kind === 'added') {
        bi += n;
        return { kind, sentences: b.slice(bi - n, bi) };
      }
      if (kind === 'removed') {
        ai += n;
        return { kind, sentences: a.slice(ai - n, ai) };
      }
      ai += n;
      bi += n;
      return { kind, sentences: b.slice(bi - n, bi), previous: a.slice(ai - n, ai) };
    });
    out.push({ part, label: PART_LABELS[part], segments, counts });
  }
  return out;
}
