/**
 * Export actions. The docx library and the previewer are loaded only when the user exports or
 * previews, so they stay out of the initial bundle.
 */
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';

export async function buildDocxFile(doc: ReportDoc, fields: ReportFields): Promise<{ blob: Blob; fileName: string }> {
  const { exportDocxBlob, docxFileName } = await import('../export/docx/index.ts');
  const blob = await exportDocxBlob(doc, fields);
  return { blob, fileName: docxFileName(fields) };
}

export async function renderPreview(blob: Blob, container: HTMLElement): Promise<void> {
  const { renderDocxPreview } = await import('../export/preview.ts');
  await renderDocxPreview(blob, container);
}
