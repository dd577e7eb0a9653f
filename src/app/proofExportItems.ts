import type { ProofEntry } from '../check/proofread/ignore.ts';
import type { ExportItem } from './ExportConfirmDialog.tsx';

/** The open 需修改 items of 校对 as lines of the export confirmation (建议 are left to the panel). */
export function proofExportItems(open: readonly ProofEntry[]): ExportItem[] {
  return open
    .filter((e) => e.item.severity === 'error')
    .map((e) => ({
      id: `proof:${e.id}`,
      severity: 'error' as const,
      message: `${e.item.kind}：“${e.item.match}”${e.item.fix !== null ? `应改为“${e.item.fix}”` : ''}。${e.item.reason}`,
    }));
}
