/**
 * zod schema of an example report (the types in ./example.ts): the one check for the seven bundled
 * examples (templates/examples/*.json) and for the user's imported reports (我的范文, in storage and
 * backups). Missing optional bits of older data get defaults: `path` [], `index` 0, `unit` null,
 * `unitNote` ''.
 */
import * as z from 'zod/mini';
import { REPORT_YEAR_MAX, REPORT_YEAR_MIN } from './fields.ts';
import { PARTS } from './part.ts';
import { HEADING_LEVELS } from './schema.ts';

export const EXAMPLE_BLOCK_TYPES = ['intro', 'heading', 'paragraph', 'signoff'] as const;
export const UNIT_LEVELS = ['县', '市', '镇'] as const;

const nonEmptyString = z.string().check(z.minLength(1));

/** A report year: an integer between REPORT_YEAR_MIN and REPORT_YEAR_MAX. */
export const yearSchema = z.number().check(z.int(), z.gte(REPORT_YEAR_MIN), z.lte(REPORT_YEAR_MAX));

const blockShape = {
  id: nonEmptyString,
  type: z.enum(EXAMPLE_BLOCK_TYPES),
  level: z.optional(z.literal(HEADING_LEVELS)),
  runIn: z.optional(z.boolean()),
  numbering: z.optional(z.string()),
  text: z.string(),
  part: z.enum(PARTS),
  path: z._default(z.array(z.string()), []),
  /** A table read from a user's .docx (rows of cell texts). */
  table: z.optional(z.array(z.array(z.string()))),
};

const reportShape = {
  id: nonEmptyString,
  index: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  title: z.string(),
  unit: z._default(z.nullable(z.string()), null),
  unitNote: z._default(z.string(), ''),
  level: z.enum(UNIT_LEVELS),
  year: yearSchema,
};

/** A report the user imported (storage, backups): unknown keys are dropped. */
export const exampleReportSchema = z.object({ ...reportShape, blocks: z.array(z.object(blockShape)) });

/**
 * The same shape for the generated templates/examples/*.json, where an unknown key means a
 * hand-edited or stale file: rejected.
 */
export const bundledExampleSchema = z.strictObject({ ...reportShape, blocks: z.array(z.strictObject(blockShape)) });
