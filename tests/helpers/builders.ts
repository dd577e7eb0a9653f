/** Tiny fixture builders in the style of prosemirror-test-builder: doc(t('标题'), h1('…'), p('…')). */
import { heading, paragraph, reportDoc, signoff, title, type BlockNode, type InlineNode } from '../../src/model/schema.ts';

type Arg = string | InlineNode;
export const t = (...args: Arg[]) => title(...args);
export const h1 = (...args: Arg[]) => heading(1, {}, ...args);
export const h2 = (...args: Arg[]) => heading(2, {}, ...args);
export const h3 = (...args: Arg[]) => heading(3, {}, ...args);
export const h4 = (...args: Arg[]) => heading(4, {}, ...args);
export const runIn = (level: 1 | 2 | 3 | 4, ...args: Arg[]) => heading(level, { runIn: true }, ...args);
export const p = (...args: Arg[]) => paragraph(...args);
export const unitLine = (...args: Arg[]) => signoff('unit', ...args);
export const dateLine = (...args: Arg[]) => signoff('date', ...args);
export const doc = (titleNode: ReturnType<typeof title>, ...blocks: BlockNode[]) => reportDoc(titleNode, ...blocks);
