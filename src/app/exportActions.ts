/**
 * Actions that need heavy code — the docx writer, the previewer, the .docx reader (mammoth) —
 * load it only when the user asks, so it stays out of the initial bundle.
 */
import { exampleToDraft } from '../examples/toDraft.ts';
import type { Draft } from '../model/draft.ts';
import { importedDraftName } from '../model/draftNames.ts';
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';
import type { LibraryReport } from '../storage/restore.ts';

export async function buildDocxFile(doc: ReportDoc, fields: ReportFields): Promise<{ blob: Blob; fileName: string }> {
  const { exportDocxBlob, docxFileName } = await import('../export/docx/index.ts');
  const blob = await exportDocxBlob(doc, fields);
  return { blob, fileName: docxFileName(fields) };
}

export async function renderPreview(blob: Blob, container: HTMLElement): Promise<void> {
  const { renderDocxPreview } = await import('../export/preview.ts');
  await renderDocxPreview(blob, container);
}

/**
 * 导入Word: a .docx becomes a new draft (title, heading levels, run-in headings, paragraphs,
 * tables) and the reader's notes on what it changed or left out. Throws ImportError.
 */
export async function importDocxWithNotes(file: File, id: string, now: number): Promise<{ draft: Draft; notes: readonly string[] }> {
  const { importDocxReport } = await import('../import/docx.ts');
  const report = await importDocxReport(await file.arrayBuffer(), file.name);
  const { doc, fields } = exampleToDraft(report);
  const draft: Draft = { id, name: importedDraftName(report.title, file.name), fields, doc, origin: `import:${file.name}`, createdAt: now, updatedAt: now };
  return { draft, notes: report.notes ?? [] };
}

/** 导入Word without the notes. Throws ImportError. */
export async function importDocxAsDraft(file: File, id: string, now: number): Promise<Draft> {
  return (await importDocxWithNotes(file, id, now)).draft;
}

/** 导入范文: a .docx becomes a report of 我的范文. Throws ImportError naming the file. */
export async function importDocxToLibrary(file: File, now: number): Promise<LibraryReport> {
  const { importDocxReport } = await import('../import/docx.ts');
  const { notes: _notes, ...report } = await importDocxReport(await file.arrayBuffer(), file.name);
  void _notes;
  return { ...report, importedAt: now };
}
