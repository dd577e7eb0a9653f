/**
 * 规范表述 (canonical political formulations), proofreading.md §2 — 需修改, except the speaker of a
 * 重要论述 (建议). A formulation error is the gravest kind of error in a 公文.
 */
import { itemMaker, sentenceStart } from './text.ts';
import type { ProofItem, ProofRule } from './types.ts';

const thought = itemMaker('xi-thought', '思想全称', '规范表述', 'error');
const lawThought = itemMaker('xi-law-thought', '法治思想全称', '规范表述', 'error');
const congress = itemMaker('party-congress', '党的代表大会', '规范表述', 'error');
const speaker = itemMaker('speaker', '重要论述的讲话人', '规范表述', 'advice');
const fixedSet = itemMaker('fixed-set', '固定提法', '规范表述', 'error');
const fazhi = itemMaker('fazhi', '法治与法制', '规范表述', 'error');

/** Whether `text` has `word` just before `at`. (Checked in code: a leading lookbehind costs every position.) */
const after = (text: string, at: number, word: string) => text.startsWith(word, at - word.length);

export const xiThought: ProofRule = (block) =>
  [...block.text.matchAll(/新时代中国特色社会主义思想/g)]
    .filter((m) => !after(block.text, m.index, '习近平'))
    .map((m) => thought(block, m.index, m.index + m[0].length, '规范表述：应写全称“习近平新时代中国特色社会主义思想”。', `习近平${m[0]}`));

/** 法治思想 without 习近平; 法治思维 is another word, and 法治思想观念/意识 is generic. */
export const xiLawThought: ProofRule = (block) =>
  [...block.text.matchAll(/法治思想(?!观念|意识|道德)/g)]
    .filter((m) => !after(block.text, m.index, '习近平'))
    .map((m) => lawThought(block, m.index, m.index + m[0].length, '规范表述：应写全称“习近平法治思想”。', `习近平${m[0]}`));

const NUM = '[一二三四五六七八九]';
/** A congress (二十大) or a plenum (二十届三中全会, 十九届二中、三中全会, 十九届历次全会). */
const CONGRESS_PATTERN = new RegExp(`(?:(?:十[六七八九]|二十)大|(?:十[六七八九]|二十)届(?:(?:${NUM}中[、和及]?)+全会|历次全会))`, 'g');
/** What may stand before a congress instead of 党的. */
const PARTY_BEFORE = /(?:党的|中共|中国共产党)$/;
/** What may join two congresses or plenums of one list: 党的二十大和二十届三中全会. */
const JOINER = /^(?:精神)?(?:和|及|以及|与|、|，|,)$/;

/** 二十大 / 十九届四中全会 need 党的 — unless the list's first item has it (党的二十大和二十届三中全会精神). */
export const partyCongress: ProofRule = (block) => {
  const items: ProofItem[] = [];
  let prev: { end: number; ok: boolean; sentence: number } | null = null;
  for (const m of block.text.matchAll(CONGRESS_PATTERN)) {
    const from = m.index;
    const to = from + m[0].length;
    // 第二十次, 一百二十大…: part of another number.
    if (from > 0 && '一二三四五六七八九十第'.includes(block.text[from - 1]!)) continue;
    const sentence = sentenceStart(block.text, from);
    const before = block.text.slice(Math.max(0, from - 5), from);
    const joined = prev !== null && prev.ok && prev.sentence === sentence && JOINER.test(block.text.slice(prev.end, from));
    const ok = PARTY_BEFORE.test(before) || joined;
    if (!ok) items.push(congress(block, from, to, `规范表述：应写“党的${m[0]}”。`, `党的${m[0]}`));
    // A flagged item counts as fixed for the items joined to it: one fix (党的二十大) mends the list.
    prev = { end: to, ok: true, sentence };
  }
  return items;
};

const SPEECH_PATTERN = /重要论述|重要讲话精神|重要指示批示精神|重要指示精神|重要讲话|重要指示批示/g;
/** A speaker named earlier in the sentence: 习近平总书记, 总书记, or a leader by title. */
const SPEAKER = /习近平|总书记|主席|总理|委员长|书记|省长|市长|县长|区长|同志/;

export const speakerNamed: ProofRule = (block) => {
  const items: ProofItem[] = [];
  let lastEnd = -1;
  for (const m of block.text.matchAll(SPEECH_PATTERN)) {
    const from = m.index;
    const start = sentenceStart(block.text, from);
    // One item per sentence: “…重要论述以及…重要指示批示精神” without a speaker is one omission.
    if (SPEAKER.test(block.text.slice(start, from)) || start <= lastEnd) continue;
    lastEnd = from;
    items.push(speaker(block, from, from + m[0].length, '规范表述：重要论述、重要讲话、重要指示批示应写明讲话人（通常为“习近平总书记”）。', null));
  }
  return items;
};

interface SpelledSet {
  readonly name: string;
  readonly members: readonly string[];
  /** A spelled-out list of this kind: four items of the same ending joined by 、. */
  readonly pattern: RegExp;
}

const SETS: readonly SpelledSet[] = [
  { name: '“四个意识”', members: ['政治意识', '大局意识', '核心意识', '看齐意识'], pattern: /(?:[\u4e00-\u9fff]{2}意识、){3}[\u4e00-\u9fff]{2}意识/g },
  { name: '“四个自信”', members: ['道路自信', '理论自信', '制度自信', '文化自信'], pattern: /(?:[\u4e00-\u9fff]{2}自信、){3}[\u4e00-\u9fff]{2}自信/g },
];

/** Known wrong wordings of fixed formulations → the canonical one. */
const WRONG_WORDINGS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/(“?五位一体”?)战略布局/g, '$1总体布局', '“五位一体”是总体布局'],
  [/(“?四个全面”?)总体布局/g, '$1战略布局', '“四个全面”是战略布局'],
  [/维护习近平总书记在?党中央(?:和|、)全党的核心地位/g, '维护习近平总书记党中央的核心、全党的核心地位', '“两个维护”的规范表述'],
  [
    /确立习近平(?:总书记|同志)在?党中央(?:和|、)全党的核心地位|确立习近平总书记党中央的核心、全党的核心地位/g,
    '确立习近平同志党中央的核心、全党的核心地位',
    '“两个确立”的规范表述',
  ],
];

export const fixedSets: ProofRule = (block) => {
  const items: ProofItem[] = [];
  for (const set of SETS) {
    for (const m of block.text.matchAll(set.pattern)) {
      const parts = m[0].split('、');
      const known = parts.filter((p) => set.members.includes(p)).length;
      const canonical = set.members.join('、');
      if (known < 2 || m[0] === canonical) continue;
      items.push(fixedSet(block, m.index, m.index + m[0].length, `规范表述：${set.name}为“${canonical}”，成员和次序不能改。`, canonical));
    }
  }
  for (const [pattern, replacement, why] of WRONG_WORDINGS) {
    for (const m of block.text.matchAll(pattern)) {
      const fix = m[0].replace(new RegExp(pattern.source), replacement);
      items.push(fixedSet(block, m.index, m.index + m[0].length, `规范表述：${why}为“${fix.replace(/[“”]/g, '')}”。`, fix));
    }
  }
  return items;
};

/** 法制政府 → 法治政府 …; 法制 alone (法制审核, 法制机构, 法制办) is correct and never flagged. */
export const fazhiNotFazhi: ProofRule = (block) =>
  [...block.text.matchAll(/法制(政府|中国|社会|思维|国家)/g)].map((m) =>
    fazhi(block, m.index, m.index + m[0].length, `规范表述：“${m[0]}”应为“法治${m[1]}”（法治，不是法制）。`, `法治${m[1]}`),
  );

export const CANONICAL_RULES: readonly ProofRule[] = [xiThought, xiLawThought, partyCongress, speakerNamed, fixedSets, fazhiNotFazhi];
