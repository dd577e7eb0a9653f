/** New drafts from templates and examples. Pure (ids and times are passed in), but for `firstDraft`. */
import { exampleToDraft } from '../examples/toDraft.ts';
import type { ExampleReport } from '../model/example.ts';
import type { Draft } from '../model/draft.ts';
import { exampleDraftName, templateDraftName } from '../model/draftNames.ts';
import type { ReportFields } from '../model/fields.ts';
import { newId } from '../storage/newId.ts';
import { defaultFields, getTemplate, templateToDoc, type ReportTemplate } from '../templates/templates.ts';

export function draftFromTemplate(template: ReportTemplate, includeOptional: boolean, fields: ReportFields, id: string, now: number): Draft {
  return {
    id,
    name: templateDraftName(template.name),
    fields,
    doc: templateToDoc(template, { includeOptional }),
    origin: `template:${template.id}`,
    createdAt: now,
    updatedAt: now,
  };
}

export function draftFromExample(example: ExampleReport, id: string, now: number): Draft {
  const { doc, fields } = exampleToDraft(example);
  return { id, name: exampleDraftName(example), fields, doc, origin: `example:${example.id}`, createdAt: now, updatedAt: now };
}

/** The draft a first visit starts with: the local-order template, dated today. */
export function firstDraft(): Draft {
  return draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date()), newId(), Date.now());
}
