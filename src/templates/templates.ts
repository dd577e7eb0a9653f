/** Report templates (templates/report-templates.json): their schema, checked by the tests, and drafts made from them. */
import * as z from 'zod/mini';
import raw from '../../templates/report-templates.json';
import type { ReportFields } from '../model/fields.ts';
import { REPORT_PARTS } from '../model/part.ts';
import {
  heading,
  hintParagraph,
  paragraph,
  reportDoc,
  signoff,
  title,
  type BlockNode,
  type ReportDoc,
} from '../model/schema.ts';
import { frameToInline } from './frame.ts';

// zod/mini sets no locale: keep the full zod's English issue messages in the error parse() throws.
if (!z.config().localeError) z.config(z.locales.en());

const nonEmptyString = z.string().check(z.minLength(1));

const sectionSchema = z.object({
  heading: nonEmptyString,
  part: z.enum([...REPORT_PARTS, 'other']),
  hint: nonEmptyString,
  optional: z.optional(z.boolean()),
});

const templateSchema = z.object({
  id: z.string().check(z.regex(/^[a-z-]+$/)),
  name: nonEmptyString,
  description: z.string(),
  title: nonEmptyString,
  intro: nonEmptyString,
  sections: z.array(sectionSchema).check(z.minLength(4)),
  signoff: z.object({ unit: z.string(), date: z.string() }),
});

const fileSchema = z.object({ templates: z.array(templateSchema).check(z.minLength(1)) });

export type ReportTemplate = z.infer<typeof templateSchema>;

/** Parses and checks a templates file; throws on any structural error. */
export function parseTemplates(value: unknown): readonly ReportTemplate[] {
  return fileSchema.parse(value).templates;
}

/**
 * The bundled templates. They are part of the build, not input: `tests/unit/templates.test.ts` runs them through
 * `parseTemplates`, so the page does not (zod's parse cost about 6 ms of every load, four times that on a slow PC;
 * FINDINGS.md, 2026-12-06).
 */
export const TEMPLATES: readonly ReportTemplate[] = raw.templates as readonly ReportTemplate[];

export function getTemplate(id: string): ReportTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export interface TemplateOptions {
  /** Include sections marked `optional` (五、其他需要报告的情况). Default false. */
  readonly includeOptional?: boolean;
}

/**
 * A new draft document from a template: title and intro as field frames, one level-1 heading per
 * section followed by an empty paragraph carrying the section's guidance hint, then the sign-off.
 */
export function templateToDoc(template: ReportTemplate, options: TemplateOptions = {}): ReportDoc {
  const blocks: BlockNode[] = [paragraph(...frameToInline(template.intro))];
  for (const section of template.sections) {
    if (section.optional && !options.includeOptional) continue;
    blocks.push(heading(1, { part: section.part }, ...frameToInline(section.heading)));
    blocks.push(hintParagraph(section.hint));
  }
  blocks.push(signoff('unit', ...frameToInline(template.signoff.unit)));
  blocks.push(signoff('date', ...frameToInline(template.signoff.date)));
  return reportDoc(title(...frameToInline(template.title)), ...blocks);
}

/** Default fields for a new draft: this year's report is written early next year. */
export function defaultFields(now: Date): ReportFields {
  return { unit: '', year: now.getFullYear() - (now.getMonth() < 9 ? 1 : 0), superior: '', date: '' };
}
