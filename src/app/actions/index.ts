/** Every user action, by name. Components call `run(actions.backup)`; see action.ts. */
import { backup } from './backup.ts';
import { joinShared, shareDraft } from './collab.ts';
import { deleteDraft, duplicateDraft, openDraft, renameDraft, takeOver, undeleteDraft } from './drafts.ts';
import { downloadWord, exportWord } from './exportWord.ts';
import { importWord } from './importWord.ts';
import { lastYearFromMyDraft, lastYearFromWord } from './lastYear.ts';
import { importToLibrary, removeFromLibrary } from './library.ts';
import { newReport } from './newReport.ts';
import { preview } from './preview.ts';
import { print } from './print.ts';
import { applyRestore, restoreBackup } from './restore.ts';
import { saveNow } from './saveNow.ts';

export const actions = {
  newReport,
  exportWord,
  downloadWord,
  preview,
  print,
  saveNow,
  backup,
  restoreBackup,
  applyRestore,
  importWord,
  importToLibrary,
  removeFromLibrary,
  openDraft,
  renameDraft,
  duplicateDraft,
  deleteDraft,
  undeleteDraft,
  takeOver,
  shareDraft,
  joinShared,
  lastYearFromMyDraft,
  lastYearFromWord,
} as const;

export { runAction, type Action, type ActionHost, type Notice } from './action.ts';
