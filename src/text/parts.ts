/**
 * Part tagging: which of the report's parts (《法治政府建设与责任落实督察工作规定》 art. 25 —
 * work, duty, problems, plans, plus intro and sign-off) each block belongs to. Pure functions
 * keyed only on heading text and outline level, so the same rules tag the seven examples and
 * imported .docx reports.
 *
 * Rules (documented in templates/README.md):
 * 1. A level-1 heading is classified by keywords in its heading phrase (the lead sentence of a
 *    run-in heading): 其他需要报告 → other; 第一责任人 / 主体责任 → duty; 存在/问题/不足/困难/
 *    短板/差距 → problems; 下一步/下步/打算/计划/思路/安排/展望/今后 → plans; anything else → work.
 * 2. A level-2 heading uses stricter, heading-shaped patterns and may only move its section to a
 *    LATER part in the order work → duty → problems → plans (a plan about 第一责任人 stays a
 *    plan); without a usable signal it inherits its parent's part.
 * 3. Level 3–4 headings and paragraphs inherit from the nearest enclosing heading.
 * 4. A level-1 heading naming both problems and plans (“存在问题及下一步计划”) is problems; in its
 *    section the blocks are problems until the first heading that follows a paragraph, or a
 *    paragraph opening with 下一步/下步/今后/明年 after the first one — from there on, plans.
 * 5. Paragraphs before the first heading are intro; sign-off blocks are signoff.
 */
import type { ExampleBlockType } from '../model/example.ts';
import { REPORT_PARTS, type Part, type ReportPart } from '../model/part.ts';
import type { HeadingLevel } from '../model/schema.ts';
import { splitRunIn } from '../model/schema.ts';

/** Which part keywords a heading phrase carries. */
export interface HeadingSignals {
  readonly other: boolean;
  readonly duty: boolean;
  readonly problems: boolean;
  readonly plans: boolean;
}

const OTHER = /其他需要报告|其他情况|其他事项/;
const DUTY = /第一责任人|主体责任/;
/** Level 1: section titles are short, so bare keywords are safe. */
const PROBLEMS_L1 = /存在|问题|不足|困难|短板|差距/;
const PLANS_L1 = /下一步|下步|打算|计划|思路|安排|展望|今后|20\d\d年度?(?:重点)?工作(?:打算|计划|安排|思路|重点|要点)/;
/** Level 2: work subsections often say 解决问题 or 计划, so require a heading-shaped phrase. */
const PROBLEMS_L2 = /存在的?(?:主要)?(?:问题|不足|困难|短板)|(?:问题|不足|困难)(?:和|与|及)(?:问题|不足|困难|原因)|^(?:主要)?(?:问题|不足|困难)/;
const PLANS_L2 = /下一步|下步|今后|工作(?:打算|计划|思路|安排)|20\d\d年度?(?:工作)?(?:打算|计划|安排|思路|重点|要点)/;

/** Order in which a report moves through its parts; a subsection may only move forward. */
const PART_ORDER: readonly ReportPart[] = REPORT_PARTS;

/** The heading phrase: the lead sentence of a run-in heading, else the whole text. */
function headingPhrase(text: string): string {
  return splitRunIn(text.trim()).lead;
}

/** Keyword signals of a heading (numbering may be present or not; it carries no keyword). */
export function headingSignals(text: string, level: HeadingLevel): HeadingSignals {
  const phrase = headingPhrase(text);
  const strict = level >= 2;
  return {
    other: OTHER.test(phrase),
    duty: DUTY.test(phrase),
    problems: (strict ? PROBLEMS_L2 : PROBLEMS_L1).test(phrase),
    plans: (strict ? PLANS_L2 : PLANS_L1).test(phrase),
  };
}

/** A level-1 heading that announces both problems and plans, e.g. “存在问题及下一步计划”. */
export function isCombinedProblemsPlans(text: string, level: HeadingLevel): boolean {
  const s = headingSignals(text, level);
  return level === 1 && s.problems && s.plans && !s.duty;
}

/**
 * The part of a heading. `parentPart` is the part of the nearest enclosing heading (null for a
 * level-1 heading or when there is none). Level 3–4 headings always inherit.
 */
export function classifyHeadingPart(text: string, level: HeadingLevel, parentPart: Part | null): Part {
  const parent = parentPart === null || parentPart === 'intro' || parentPart === 'signoff' ? null : parentPart;
  if (level >= 3) return parent ?? 'work';
  const s = headingSignals(text, level);
  const candidates: ReportPart[] = [];
  if (s.duty) candidates.push('duty');
  if (s.problems) candidates.push('problems');
  if (s.plans) candidates.push('plans');
  if (level === 1 || parent === null) {
    if (s.other) return 'other';
    return candidates[0] ?? 'work';
  }
  if (parent === 'other') return parent;
  const rank = PART_ORDER.indexOf(parent);
  return candidates.find((c) => PART_ORDER.indexOf(c) >= rank) ?? parent;
}

/** What {@link tagParts} needs of a block. */
export interface PartInput {
  readonly type: ExampleBlockType;
  /** Heading level (headings only). */
  readonly level?: HeadingLevel;
  /** Text with or without numbering. */
  readonly text: string;
}

/** A paragraph inside a combined section that starts the plans half. */
const PLANS_PARAGRAPH_OPENING = /^\s*(?:下一步|下步|今后|明年|20\d\d年(?:度)?(?:工作)?(?:打算|计划|安排))/;

/** Tags every block with its part (rules 1–5 above); returns new objects, input untouched. */
export function tagParts<T extends PartInput>(blocks: readonly T[]): Array<T & { part: Part }> {
  const stack: Array<{ level: HeadingLevel; part: Part }> = [];
  /** State of the current level-1 section when it is a combined problems+plans section. */
  let combined: { seenParagraph: boolean; switched: boolean } | null = null;
  let seenHeading = false;

  return blocks.map((block) => {
    if (block.type === 'intro') return { ...block, part: 'intro' as const };
    if (block.type === 'signoff') return { ...block, part: 'signoff' as const };

    if (block.type === 'heading') {
      const level = block.level ?? 1;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      seenHeading = true;
      if (stack.length === 0) {
        combined = level === 1 && isCombinedProblemsPlans(block.text, level) ? { seenParagraph: false, switched: false } : null;
        const part = classifyHeadingPart(block.text, level, null);
        stack.push({ level, part });
        return { ...block, part };
      }
      let parentPart = stack[stack.length - 1]!.part;
      if (combined && stack.length === 1) {
        if (combined.seenParagraph) combined.switched = true;
        if (combined.switched) parentPart = 'plans';
      }
      const part = classifyHeadingPart(block.text, level, parentPart);
      stack.push({ level, part });
      return { ...block, part };
    }

    // paragraph
    if (!seenHeading) return { ...block, part: 'intro' as const };
    const top = stack[stack.length - 1];
    if (combined && stack.length === 1) {
      if (combined.seenParagraph && PLANS_PARAGRAPH_OPENING.test(block.text)) combined.switched = true;
      combined.seenParagraph = true;
      return { ...block, part: combined.switched ? ('plans' as const) : ('problems' as const) };
    }
    return { ...block, part: top?.part ?? 'work' };
  });
}
