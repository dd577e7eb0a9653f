/**
 * How drafts are named — the one place for it. A draft made from a template starts "unnamed"
 * (未命名报告（…）) and takes its title as its name once 单位名称 is filled; a draft from an example or
 * an imported file is named after it; a copy says so; a draft stored without a name gets its title.
 */
import { resolveField, type ReportFields } from './fields.ts';
import { inlineText, type ReportDoc } from './schema.ts';

/** Drafts whose name starts so take their title as name once 单位名称 is filled. */
export const UNNAMED_PREFIX = '未命名报告';
/** The name of a draft whose title is empty too. */
export const UNTITLED_DRAFT_NAME = '未命名草稿';

/** A new draft from a template: 未命名报告（规定四部分）. */
export function templateDraftName(templateName: string): string {
  return `${UNNAMED_PREFIX}（${templateName.split('（')[0]}）`;
}

/** A new draft from last year's report (从去年的报告开始): unnamed until 单位名称 is known. */
export function lastYearDraftName(): string {
  return `${UNNAMED_PREFIX}（从去年的报告开始）`;
}

/** A new draft from one of the examples: 县司法局：县司法局2023年法治政府建设工作报告. */
export function exampleDraftName(example: { readonly unit: string | null; readonly title: string }): string {
  return `${example.unit ?? '范文'}：${example.title}`;
}

/** A draft imported from a .docx: its title, else the file name without .docx. */
export function importedDraftName(title: string, fileName: string): string {
  return title || fileName.replace(/\.docx$/i, '');
}

/** 复制: 原名（副本）. */
export function copyName(name: string): string {
  return `${name}（副本）`;
}

/** The draft's title with its fields filled in, as a name. */
export function titleName(doc: ReportDoc, fields: ReportFields): string {
  const name = inlineText(doc.content[0].content, (f) => resolveField(f, fields))
    .replace(/\s+/g, '')
    .trim();
  return name || UNTITLED_DRAFT_NAME;
}

/** The name to store now: an unnamed draft takes its title once the unit is known. */
export function currentName(name: string, doc: ReportDoc, fields: ReportFields): string {
  return name.startsWith(UNNAMED_PREFIX) && fields.unit.trim() ? titleName(doc, fields) : name;
}
