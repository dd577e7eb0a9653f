/** 用词, proofreading.md §6 — 需修改, one click; house practice from 公文 proofreading lists. */
import { itemMaker } from './text.ts';
import type { ProofRule } from './types.ts';

const wording = itemMaker('wording', '用词', '用词', 'error');

interface WordFix {
  readonly pattern: RegExp;
  readonly fix: string;
  readonly why: string;
}

/** 截止 + a time meaning “up to” (截止10月, 截止2023年底, 截止目前); 截止日期, 报名截止 stay. */
const UP_TO = '(?=\\d|[一二三四五六七八九十]{1,2}月|今年|去年|本年|当年|年底|年末|目前|当前|现在|今天|日前|月底|上半年|下半年|本月|上月)';

const WORD_FIXES: readonly WordFix[] = [
  { pattern: new RegExp(`截止到?${UP_TO}`, 'g'), fix: '截至', why: '表示“到某时为止”用“截至”；“截止”指停止' },
  { pattern: /布署/g, fix: '部署', why: '“部署”的“部”不作“布”' },
  { pattern: /做为/g, fix: '作为', why: '介词、动词“作为”不作“做为”' },
  { pattern: /其它/g, fix: '其他', why: '公文统一用“其他”' },
  { pattern: /既使/g, fix: '即使', why: '连词“即使”不作“既使”' },
  { pattern: /再接再励/g, fix: '再接再厉', why: '成语“再接再厉”' },
  { pattern: /一如继往/g, fix: '一如既往', why: '成语“一如既往”' },
  { pattern: /按装/g, fix: '安装', why: '“安装”不作“按装”' },
  { pattern: /既往不究/g, fix: '既往不咎', why: '成语“既往不咎”' },
];

export const wordFixes: ProofRule = (block) =>
  WORD_FIXES.flatMap(({ pattern, fix, why }) =>
    [...block.text.matchAll(pattern)].map((m) => wording(block, m.index, m.index + m[0].length, `${why}，应为“${fix}”。`, fix)),
  ).sort((a, b) => a.from - b.from);

export const WORDING_RULES: readonly ProofRule[] = [wordFixes];
