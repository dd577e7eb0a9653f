/** New drafts from templates and examples. Pure: ids and times are passed in. */
import { exampleToDraft } from '../examples/toDraft.ts';
import type { ExampleReport } from '../model/example.ts';
import type { Draft } from '../model/draft.ts';
import type { ReportFields } from '../model/fields.ts';
import { templateToDoc, type ReportTemplate } from '../templates/templates.ts';

/** Drafts whose name starts so take their title as name once 单位名称 is filled (see Workspace). */
export const UNNAMED_PREFIX = '未命名报告';

export function draftFromTemplate(template: ReportTemplate, includeOptional: boolean, fields: ReportFields, id: string, now: number): Draft {
  return {
    id,
    name: `${UNNAMED_PREFIX}（${template.name.split('（')[0]}）`,
    fields,
    doc: templateToDoc(template, { includeOptional }),
    origin: `template:${template.id}`,
    createdAt: now,
    updatedAt: now,
  };
}

export function draftFromExample(example: ExampleReport, id: string, now: number): Draft {
  const { doc, fields } = exampleToDraft(example);
  return { id, name: `${example.unit ?? '范文'}：${example.title}`, fields, doc, origin: `example:${example.id}`, createdAt: now, updatedAt: now };
}
