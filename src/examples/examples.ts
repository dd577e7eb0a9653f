/**
 * The example corpus as loaded by the app: the generated templates/examples/*.json (see
 * `npm run corpus`), imported statically so they are bundled, and validated at the door — a
 * hand-edited or stale file fails loudly instead of reaching the editor.
 */
import * as z from 'zod/mini';
import type { ExampleReport } from '../model/example.ts';
import { bundledExampleSchema } from '../model/exampleSchema.ts';
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

/** Validates one example report (from a JSON import or anywhere else); throws with the report id. */
export function parseExampleReport(value: unknown): ExampleReport {
  const result = bundledExampleSchema.safeParse(value);
  if (!result.success) {
    const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '?';
    throw new Error(`Invalid example report ${id}: ${z.prettifyError(result.error)}`);
  }
  const report = result.data;
  if (report.index < 1) throw new Error(`Example ${report.id}: index ${report.index} is not 1–7`);
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
