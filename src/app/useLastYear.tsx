import { useRef } from 'react';
import { actions, type Action } from './actions/index.ts';
import type { LastYearUse } from './actions/lastYear.ts';
import { DOCX_ACCEPT, HiddenFileInput } from './HiddenFileInput.tsx';

/**
 * 从去年的报告开始 and 设置/更换去年报告: the hidden .docx picker and what each choice runs (the
 * actions in actions/lastYear.ts, through the app's `run`). `onDone` follows a success.
 */
export function useLastYear(run: <Args extends unknown[]>(action: Action<Args>, ...args: Args) => void, onDone: () => void) {
  const input = useRef<HTMLInputElement>(null);
  const mode = useRef<LastYearUse>('new');

  const fromDraft = (id: string, how: LastYearUse) => run(actions.lastYearFromMyDraft, id, how, onDone);

  const pickFile = (how: LastYearUse) => {
    mode.current = how;
    input.current?.click();
  };

  const fileInput = (
    <HiddenFileInput
      ref={input}
      label="选择去年报告的Word文件"
      accept={DOCX_ACCEPT}
      onFiles={([file]) => run(actions.lastYearFromWord, file!, mode.current, onDone)}
    />
  );
  return { fromDraft, pickFile, fileInput };
}
