/**
 * Does this year's 工作开展情况 answer last year's plan? (去年打算, issue 20.)
 *
 * Matching by key terms. A plan's key terms are what is left of its wording once generic words are
 * cut out: verbs and adverbs of every plan (加强, 推进, 进一步, 持续, 完善…), the report's own subject
 * (法治政府建设, 依法行政, 工作), self-references (我局, 本单位), numbers (with 年/月/日 after them) and punctuation. What remains
 * are the plan's own subjects (行政执法队伍, 执法人员培训, 合法性审查). The plan's *content bigrams* are the
 * pairs of adjacent characters inside those terms. A paragraph answers the plan when it contains at
 * least half of the plan's content bigrams and at least 3 of them (all of them when the plan has
 * fewer than 3). A paragraph that only shares generic words never answers.
 *
 * The user's own links win: a plan linked by hand to a paragraph is answered by it (while that
 * paragraph exists — found by its key, the start of its text); a plan unlinked by hand is not
 * answered whatever the text says.
 */
import type { ReportDoc } from '../model/schema.ts';
import { docOutline } from '../text/reportOutline.ts';
import type { ReportFields } from '../model/fields.ts';
import type { PlanItem } from './plans.ts';
import { blockText, squeeze } from './text.ts';

/** Generic words removed before the key terms are read, longest first where they overlap. */
export const GENERIC_WORDS = [
  '法治政府建设',
  '法治政府',
  '法治建设',
  '依法行政',
  '进一步',
  '下一步',
  '不断',
  '持续',
  '深入',
  '全面',
  '扎实',
  '切实',
  '着力',
  '大力',
  '积极',
  '认真',
  '继续',
  '坚持',
  '加强',
  '推进',
  '推动',
  '落实',
  '开展',
  '健全',
  '完善',
  '提升',
  '提高',
  '强化',
  '加大',
  '做好',
  '抓好',
  '加快',
  '深化',
  '优化',
  '用好',
  '力度',
  '水平',
  '能力',
  '工作',
  '建设',
  '重点',
  '有关',
  '相关',
  '各项',
  '我局',
  '本局',
  '我镇',
  '本镇',
  '我县',
  '本县',
  '我市',
  '本市',
  '我委',
  '我办',
  '本单位',
  '我单位',
  '本部门',
  '年度',
  '今年',
  '明年',
  '全年',
  '将',
  '要',
  '的',
  '和',
  '与',
  '及',
  '等',
  '在',
  '为',
  '对',
  '把',
  '以',
  '是',
  '了',
  '着',
  '进行',
] as const;

const GENERIC = new RegExp(GENERIC_WORDS.join('|'), 'g');
const NOT_TERM = /[^\p{Script=Han}A-Za-z]+/gu;

/** The key terms of `text`: runs of 2+ characters left after generic words, numbers and punctuation are cut. */
export function keyTerms(text: string): string[] {
  return squeeze(text)
    .replace(/[0-9０-９]+(?:年度|年|月|日)?/g, ' ')
    .replace(GENERIC, ' ')
    .replace(NOT_TERM, ' ')
    .split(' ')
    .filter((t) => t.length >= 2);
}

/** The content bigrams of `text` (pairs of adjacent characters inside its key terms). */
export function contentBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const term of keyTerms(text)) for (let i = 0; i + 1 < term.length; i++) out.add(term.slice(i, i + 2));
  return out;
}

/** All bigrams of a paragraph's text, generic words included (a plan's bigram is looked up here). */
export function textBigrams(text: string): Set<string> {
  const t = squeeze(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Share of the plan's content bigrams found in the paragraph (0 when the plan has none), and how many. */
export function matchScore(plan: ReadonlySet<string>, paragraph: ReadonlySet<string>): { share: number; shared: number } {
  if (plan.size === 0) return { share: 0, shared: 0 };
  let shared = 0;
  for (const b of plan) if (paragraph.has(b)) shared++;
  return { share: shared / plan.size, shared };
}

/** Does a paragraph with these bigrams answer a plan with those content bigrams? (rule in the module comment) */
export function answers(plan: ReadonlySet<string>, paragraph: ReadonlySet<string>): boolean {
  const { share, shared } = matchScore(plan, paragraph);
  return share >= 0.5 && shared >= Math.min(3, plan.size);
}

/** The key a hand-made link stores for a paragraph: the first 24 characters of its text, whitespace removed. */
export function paragraphKey(text: string): string {
  return squeeze(text).slice(0, 24);
}

export interface PlanStatus {
  readonly plan: PlanItem;
  /** The answering block in this year's `doc.content`, or null. */
  readonly blockIndex: number | null;
  readonly answered: boolean;
  /** auto: found by key terms; linked/unlinked: set by hand; none: nothing found. */
  readonly how: 'auto' | 'linked' | 'unlinked' | 'none';
}

/** The blocks that can answer a plan: this year's 工作开展情况 (or, when no block is tagged so, every body block outside 存在问题 and 打算). */
export function answerBlocks(doc: ReportDoc, fields?: ReportFields): Array<{ index: number; text: string }> {
  const outline = docOutline(doc);
  const body = outline.filter((e) => (e.type === 'paragraph' || e.type === 'heading') && e.index > 0);
  const work = body.filter((e) => e.part === 'work');
  const pool = work.length ? work : body.filter((e) => e.part !== 'plans' && e.part !== 'problems');
  return pool.map((e) => ({ index: e.index, text: blockText(doc.content[e.index]!, fields) })).filter((b) => squeeze(b.text) !== '');
}

const pairCode = (t: string, i: number): number => t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);

/** Whether each plan is answered in `doc` (rules in the module comment). */
export function matchPlans(
  plans: readonly PlanItem[],
  doc: ReportDoc,
  links: Readonly<Record<string, string | null>> = {},
  fields?: ReportFields,
): PlanStatus[] {
  const blocks = answerBlocks(doc, fields);
  const keys = blocks.map((b) => paragraphKey(b.text));
  // The plans' content bigrams as numbers, and for each one the blocks holding it (an inverted
  // index: a 100-page report is scanned once, whatever the number of plans).
  const wanted = plans.map((plan) => [...contentBigrams(plan.text)].map((b) => pairCode(b, 0)));
  const postings = new Map<number, number[]>();
  for (const codes of wanted) for (const c of codes) if (!postings.has(c)) postings.set(c, []);
  blocks.forEach((b, k) => {
    const t = squeeze(b.text);
    for (let i = 0; i + 1 < t.length; i++) {
      const list = postings.get(pairCode(t, i));
      if (list && list[list.length - 1] !== k) list.push(k);
    }
  });
  return plans.map((plan, p): PlanStatus => {
    const link = links[plan.id];
    if (link === null) return { plan, blockIndex: null, answered: false, how: 'unlinked' };
    if (link !== undefined) {
      const k = keys.indexOf(link);
      if (k >= 0) return { plan, blockIndex: blocks[k]!.index, answered: true, how: 'linked' };
    }
    const codes = wanted[p]!;
    const shared = new Map<number, number>();
    for (const c of codes) for (const k of postings.get(c)!) shared.set(k, (shared.get(k) ?? 0) + 1);
    let best: { k: number; n: number } | null = null;
    for (const [k, n] of shared) {
      const share = n / codes.length;
      if (share >= 0.5 && n >= Math.min(3, codes.length) && (!best || n > best.n || (n === best.n && k < best.k))) best = { k, n };
    }
    return best ? { plan, blockIndex: blocks[best.k]!.index, answered: true, how: 'auto' } : { plan, blockIndex: null, answered: false, how: 'none' };
  });
}
