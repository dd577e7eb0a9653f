import { useRef } from 'react';
import { newId } from '../storage/newId.ts';
import { draftFromLastYear, lastYearFromDraft, lastYearFromFile, previousOf, type LastYearSource } from './actions/lastYear.ts';
import { errorText } from './download.ts';
import { DOCX_ACCEPT, HiddenFileInput } from './HiddenFileInput.tsx';
import type { Workspace } from './workspace.ts';

type Notice = { kind: 'error' | 'info'; text: string };

/**
 * 从去年的报告开始 (a new draft) and 设置/更换去年报告 (the open draft's comparison source), from one
 * of 我的草稿 or a .docx chosen with the file picker. Failures become a Chinese notice; the open
 * draft is never touched by a failed read.
 */
export function useLastYear(workspace: Workspace, notify: (n: Notice) => void, setBusy: (b: boolean) => void, onStarted: () => void) {
  const input = useRef<HTMLInputElement>(null);
  const mode = useRef<'new' | 'set'>('new');

  const notesText = (source: LastYearSource) => (source.notes.length ? ` ${source.notes.join(' ')}` : '');

  const apply = async (source: LastYearSource, how: 'new' | 'set') => {
    if (how === 'new') {
      const draft = draftFromLastYear(source, newId(), Date.now());
      await workspace.openNew(draft);
      onStarted();
      notify({
        kind: 'info',
        text: `已从“${source.name}”开始${draft.fields.year ?? ''}年度报告：年份已顺延一年，去年的数字已标出（去年数字，请更新），去年的打算列在“去年打算”中。${notesText(source)}`,
      });
    } else {
      workspace.setPrevious(previousOf(source));
      onStarted();
      notify({ kind: 'info', text: `已将“${source.name}”设为去年报告。${notesText(source)}` });
    }
  };

  const fromDraft = async (id: string, how: 'new' | 'set') => {
    try {
      const draft = await workspace.readDraft(id);
      if (!draft) throw new Error('找不到该草稿，可能已被删除。');
      await apply(lastYearFromDraft(draft), how);
    } catch (e) {
      notify({ kind: 'error', text: `无法读取去年的报告：${errorText(e)}` });
    }
  };

  const onFile = async (file: File) => {
    setBusy(true);
    try {
      await apply(await lastYearFromFile(file), mode.current);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const pickFile = (how: 'new' | 'set') => {
    mode.current = how;
    input.current?.click();
  };

  const fileInput = <HiddenFileInput ref={input} label="选择去年报告的Word文件" accept={DOCX_ACCEPT} onFiles={([file]) => void onFile(file!)} />;
  return { fromDraft, pickFile, fileInput };
}
