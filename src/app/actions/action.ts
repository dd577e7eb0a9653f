/**
 * The actions registry (after Excalidraw's actions/): every user action that does more than flip a
 * panel — export, preview, backup, restore, import, new, open, rename, copy, delete — is one file
 * here, a plain object with `perform`. `runAction` is the one way they report: busy while they run
 * (when they say so), and any thrown error becomes a Chinese notice, the draft untouched.
 */
import type { Editor } from '@tiptap/core';
import type { ReportFields } from '../../model/fields.ts';
import type { LibraryReport } from '../../storage/restore.ts';
import { errorText } from '../download.ts';
import type { ExportItem } from '../ExportConfirmDialog.tsx';
import type { RestorePlan } from '../RestoreDialog.tsx';
import type { Workspace } from '../workspace.ts';

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** What an action may read and ask of the screen. Read at the moment the action runs. */
export interface ActionHost {
  readonly workspace: Workspace;
  readonly editor: Editor | null;
  readonly fields: ReportFields;
  /** 我的范文 as stored. */
  readonly importedReports: readonly LibraryReport[];
  notify(notice: Notice | null): void;
  setBusy(busy: boolean): void;
  /** Dialogs an action opens. */
  showPreview(file: { blob: Blob; fileName: string }): void;
  confirmExport(items: readonly ExportItem[]): void;
  confirmRestore(plan: RestorePlan): void;
  /** Runs another action the same way (e.g. 撤销删除 from a notice). */
  run<Args extends unknown[]>(action: Action<Args>, ...args: Args): Promise<void>;
}

export interface Action<Args extends unknown[] = []> {
  /** For logs and tests. */
  readonly name: string;
  /** The notice when `perform` throws, from the error's text (e.g. `备份失败：${error}`). */
  readonly failure: (error: string, ...args: Args) => string;
  /** True: the busy state (export, preview and 导入Word disabled) is on while it runs. */
  readonly busy?: boolean;
  perform(host: ActionHost, ...args: Args): Promise<void> | void;
}

/** Runs `action`: busy on and off when it says so; a thrown error becomes its failure notice. */
export async function runAction<Args extends unknown[]>(host: ActionHost, action: Action<Args>, ...args: Args): Promise<void> {
  if (action.busy) host.setBusy(true);
  try {
    await action.perform(host, ...args);
  } catch (e) {
    host.notify({ kind: 'error', text: action.failure(errorText(e), ...args) });
  } finally {
    if (action.busy) host.setBusy(false);
  }
}
