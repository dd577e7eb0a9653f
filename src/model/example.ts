/** The example corpus (templates/examples/*.json): the seven 2023 reports, cleaned and tagged. */
import type { EXAMPLE_BLOCK_TYPES, UNIT_LEVELS } from './exampleSchema.ts';
import type { Part } from './part.ts';
import type { HeadingLevel } from './schema.ts';

export type ExampleBlockType = (typeof EXAMPLE_BLOCK_TYPES)[number];

export interface ExampleBlock {
  /** Stable id, `${reportId}-${index}` (index in the report's block list, 0-based). */
  readonly id: string;
  readonly type: ExampleBlockType;
  /** Heading level 1–4 (headings only). */
  readonly level?: HeadingLevel;
  /** True when a heading phrase ending in 。 is followed by body text in the same paragraph. */
  readonly runIn?: boolean;
  /** The literal numbering prefix as written in the source (e.g. `（三）`), stripped from `text`. */
  readonly numbering?: string;
  /** Cleaned text, numbering stripped. */
  readonly text: string;
  readonly part: Part;
  /** Texts (with numbering) of the enclosing headings, outermost first. */
  readonly path: readonly string[];
  /** A table read from a user's .docx (rows of cell texts); `text` then holds the cells joined. */
  readonly table?: readonly (readonly string[])[];
}

export interface ExampleReport {
  /** Stable slug, e.g. `county-justice`. */
  readonly id: string;
  /** 1–7, in the seed's order. */
  readonly index: number;
  readonly title: string;
  /** Issuing unit (县司法局, XX镇, …); null when the report does not name it. */
  readonly unit: string | null;
  /** Human note about the unit, e.g. why it is null. */
  readonly unitNote: string;
  readonly level: (typeof UNIT_LEVELS)[number];
  readonly year: number;
  readonly blocks: readonly ExampleBlock[];
  /** Set by the .docx reader only: what it changed or left out (tracked changes accepted, comments…), in Chinese. Not stored. */
  readonly notes?: readonly string[];
}
