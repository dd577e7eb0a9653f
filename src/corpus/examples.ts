/**
 * The example corpus as loaded by the app: the generated templates/examples/*.json (see
 * `npm run corpus`), imported statically so they are bundled, and validated at the door — a
 * hand-edited or stale file fails loudly instead of reaching the editor.
 */
import * as z from 'zod/mini';
import type { ExampleReport } from '../model/corpus.ts';
import { HEADING_LEVELS } from '../model/schema.ts';
import r1 from '../../templates/examples/1-county-investment.json' with { type: 'json' };
import r2 from '../../templates/examples/2-county-commerce.json' with { type: 'json' };
import r3 from '../../templates/examples/3-xx-town.json' with { type: 'json' };
import r4 from '../../templates/examples/4-city-education.json' with { type: 'json' };
import r5 from '../../templates/examples/5-county-police.json' with { type: 'json' };
import r6 from '../../templates/examples/6-county-justice.json' with { type: 'json' };
import r7 from '../../templates/examples/7-county-statistics.json' with { type: 'json' };

// zod/mini sets no locale (every issue would read "Invalid input"): keep the full zod's English
// messages, which prettifyError below puts into the thrown error.
if (!z.config().localeError) z.config(z.locales.en());

const PART_VALUES = ['work', 'duty', 'problems', 'plans', 'intro', 'signoff', 'other'] as const;

const nonEmptyString = z.string().check(z.minLength(1));

const blockSchema = z.strictObject({
  id: nonEmptyString,
  type: z.enum(['intro', 'heading', 'paragraph', 'signoff']),
  level: z.optional(z.literal(HEADING_LEVELS)),
  runIn: z.optional(z.boolean()),
  numbering: z.optional(z.string()),
  text: z.string(),
  part: z.enum(PART_VALUES),
  path: z.array(z.string()),
});

const reportSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  index: z.number().check(z.int(), z.gte(1)),
  title: nonEmptyString,
  unit: z.nullable(nonEmptyString),
  unitNote: z.string(),
  level: z.enum(['县', '市', '镇']),
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  blocks: z.array(blockSchema),
});

/** Validates one example report (from a JSON import or anywhere else); throws with the report id. */
export function parseExampleReport(value: unknown): ExampleReport {
  const result = reportSchema.safeParse(value);
  if (!result.success) {
    const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '?';
    throw new Error(`Invalid example report ${id}: ${z.prettifyError(result.error)}`);
  }
  const report = result.data;
  report.blocks.forEach((b, i) => {
    if (b.id !== `${report.id}-${i}`) throw new Error(`Example ${report.id}: block ${i} has id ${b.id}`);
    if ((b.type === 'heading') !== (b.level !== undefined)) throw new Error(`Example ${report.id}: block ${b.id} level/type mismatch`);
  });
  return report;
}

/** The seven 2023 example reports, in the seed's order (index 1–7). */
export const EXAMPLES: readonly ExampleReport[] = Object.freeze([r1, r2, r3, r4, r5, r6, r7].map(parseExampleReport));

/** An example by id (`county-justice`) or 1-based index (6); undefined when there is none. */
export function getExample(idOrIndex: string | number): ExampleReport | undefined {
  return typeof idOrIndex === 'number' ? EXAMPLES.find((r) => r.index === idOrIndex) : EXAMPLES.find((r) => r.id === idOrIndex);
}
