/** Report templates (templates/report-templates.json): validated at the door, turned into drafts. */
import { z } from 'zod';
import raw from '../../templates/report-templates.json';
import type { ReportFields } from '../model/fields.ts';
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

const sectionSchema = z.object({
  heading: z.string().min(1),
  part: z.enum(['work', 'duty', 'problems', 'plans', 'other']),
  hint: z.string().min(1),
  optional: z.boolean().optional(),
});

const templateSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  description: z.string(),
  title: z.string().min(1),
  intro: z.string().min(1),
  sections: z.array(sectionSchema).min(4),
  signoff: z.object({ unit: z.string(), date: z.string() }),
});

const fileSchema = z.object({ templates: z.array(templateSchema).min(1) });

export type ReportTemplate = z.infer<typeof templateSchema>;

/** Parses and checks a templates file; throws on any structural error. */
export function parseTemplates(value: unknown): readonly ReportTemplate[] {
  return fileSchema.parse(value).templates;
}

export const TEMPLATES: readonly ReportTemplate[] = parseTemplates(raw);

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
