import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { buildContext } from '../check/context.ts';
import type { ProofEntry } from '../check/proofread/ignore.ts';
import { PROOF_SEVERITY_LABELS } from '../check/proofread/types.ts';
import { editorDoc } from '../editor/editorDoc.ts';
import { blockContentStarts, setProofMarks, type ProofMark } from '../editor/extensions/proofMarks.ts';
import type { ReportFields } from '../model/fields.ts';
import { onEditorRest } from './editorRest.ts';
import type { ProofStore } from './proofStore.ts';

/** Pause in typing after which the text is proofread again, ms (the 检查 panel's pause). */
export const PROOFREAD_REST_MS = 400;

/** The underline of an entry, at its place in the document whose block starts are `starts`. */
export function proofMarkOf(entry: ProofEntry, starts: readonly number[]): ProofMark | null {
  const start = starts[entry.item.blockIndex];
  if (start === undefined) return null;
  const { item } = entry;
  return {
    from: start + item.from,
    to: start + item.to,
    severity: item.severity,
    label: `${PROOF_SEVERITY_LABELS[item.severity]} · ${item.kind} · ${item.ruleName}`,
    reason: item.reason,
    fix: item.fix,
  };
}

/** The rules, a chunk of their own: the editor opens without waiting for them. */
export const loadProofreader = () => import('../check/proofread/proofread.ts');

/**
 * 校对 of the open draft, whatever the panel shows: once the editor is up, again whenever typing
 * rests (one timer per pause, never per keystroke), when 单位名称/报告年度 or the ignored list
 * change. Each run underlines the open items in the text and publishes the result to `store`.
 */
export function useProofread(editor: Editor | null, fields: ReportFields, ignored: readonly string[], store: ProofStore): void {
  useEffect(() => {
    if (!editor) return;
    let disposed = false;
    let rest: { dispose(): void } | null = null;
    void loadProofreader().then(({ createProofCache, proofreadResult }) => {
      if (disposed) return;
      const cache = createProofCache();
      const run = () => {
        if (editor.isDestroyed) return;
        const result = proofreadResult(buildContext(editorDoc(editor), fields), ignored, cache);
        const starts = blockContentStarts(editor.state.doc);
        setProofMarks(
          editor.view,
          result.open.map((e) => proofMarkOf(e, starts)).filter((m): m is ProofMark => m !== null),
        );
        store.set(result);
      };
      run();
      rest = onEditorRest(editor, ['update'], PROOFREAD_REST_MS, run);
    });
    return () => {
      disposed = true;
      rest?.dispose();
    };
  }, [editor, fields, ignored, store]);
}
