/**
 * 打印 / Ctrl+P: prints the report as the exported pages — A4, GB/T 9704 margins, 22 lines of 28
 * characters, "— n —" page numbers — not the app's screen. It renders the very .docx that 导出Word
 * would download into the preview's pages (src/export/preview.ts: the same pagination the 预览
 * shows), puts them in a print-only layer, and calls the browser's print. The print stylesheet
 * (app.css, `@media print`) hides the app and prints each page on its own A4 sheet with no
 * browser margins, so what comes out of the printer is the .docx's pages.
 */
import type { ReportFields } from '../model/fields.ts';
import type { ReportDoc } from '../model/schema.ts';
import { buildDocxFile, renderPreview } from './exportActions.ts';

const ROOT_CLASS = 'print-root';
const PRINTING_CLASS = 'printing';

/** Renders the pages and opens the print dialog; throws (Chinese message via errorText) on failure. */
export async function printReport(doc: ReportDoc, fields: ReportFields): Promise<void> {
  const file = await buildDocxFile(doc, fields);
  for (const old of document.querySelectorAll(`.${ROOT_CLASS}`)) old.remove();
  const root = document.createElement('div');
  root.className = ROOT_CLASS;
  root.dataset.testid = 'print-pages';
  root.setAttribute('aria-hidden', 'true');
  // Laid out off screen (the pagination measures the text), shown only when printing.
  document.body.append(root);
  try {
    await renderPreview(file.blob, root);
  } catch (e) {
    root.remove();
    throw e;
  }
  document.body.classList.add(PRINTING_CLASS);
  const done = () => {
    document.body.classList.remove(PRINTING_CLASS);
    root.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
