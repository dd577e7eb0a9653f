import type { Draft } from '../../model/draft.ts';
import { planRestore, type RestorePlan } from '../RestoreDialog.tsx';
import { restoreMessage } from '../restoreMessage.ts';
import type { Action } from './action.ts';

/** 恢复 step 2: writes the plan, with the user's choice for each conflicting draft. */
export const applyRestore: Action<[RestorePlan, ReadonlyArray<{ draft: Draft; overwrite: boolean }>]> = {
  name: 'applyRestore',
  failure: (error) => `恢复失败：${error}`,
  async perform(host, plan, resolved) {
    await host.workspace.writeRestored([...plan.add.map((draft) => ({ draft, overwrite: false })), ...resolved], plan.library);
    const text = restoreMessage({
      drafts: plan.add.length + resolved.length,
      library: plan.library.length,
      repaired: plan.repaired,
      duplicates: plan.duplicates,
      skipped: plan.skipped,
    });
    host.notify({ kind: 'info', text });
  },
};

/** 恢复 step 1: reads a backup file; drafts already stored with other content go to the user first. */
export const restoreBackup: Action<[File]> = {
  name: 'restoreBackup',
  failure: (error, file) => `无法恢复“${file.name}”：${error}`,
  async perform(host, file) {
    const plan = await planRestore(file, await host.workspace.storedDrafts(), host.importedReports);
    if (plan.conflicts.length) host.confirmRestore(plan);
    else await applyRestore.perform(host, plan, []);
  },
};
