/**
 * Sentence frames: template text with `{unit}`, `{year}`, `{nextYear}`, `{superior}`, `{date}`
 * placeholders becomes inline content whose placeholders are live `field` nodes.
 */
import { isFieldName } from '../model/fields.ts';
import { field, text, type InlineNode } from '../model/schema.ts';

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** `"{year}年，在{superior}的领导下"` → [field(year), text("年，在"), field(superior), text("的领导下")]. */
export function frameToInline(frame: string): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const m of frame.matchAll(PLACEHOLDER)) {
    const name = m[1];
    if (!isFieldName(name)) throw new Error(`模板占位符无效：{${name}}`);
    if (m.index > last) out.push(text(frame.slice(last, m.index)));
    out.push(field(name));
    last = m.index + m[0].length;
  }
  if (last < frame.length) out.push(text(frame.slice(last)));
  return out;
}
