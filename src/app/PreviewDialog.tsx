import { useEffect, useId, useRef, useState } from 'react';
import { useModalDialog } from './useModalDialog.ts';
import { errorText } from './download.ts';
import { renderPreview } from './exportActions.ts';

/**
 * 预览: renders the pages of exactly the .docx that 导出Word would download, so page breaks and
 * page numbers can be checked before downloading.
 */
export function PreviewDialog({ file, onClose, onDownload }: { file: { blob: Blob; fileName: string } | null; onClose: () => void; onDownload: () => void }) {
  const ref = useModalDialog(file !== null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const [state, setState] = useState<{ status: 'rendering' | 'done' | 'error'; message?: string }>({ status: 'rendering' });

  useEffect(() => {
    const container = pagesRef.current;
    if (!file || !container) return;
    let cancelled = false;
    setState({ status: 'rendering' });
    container.replaceChildren();
    renderPreview(file.blob, container).then(
      () => !cancelled && setState({ status: 'done' }),
      (e: unknown) => !cancelled && setState({ status: 'error', message: `预览失败：${errorText(e)}` }),
    );
    return () => {
      cancelled = true;
    };
  }, [file]);

  return (
    <dialog ref={ref} className="dialog preview-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>预览</h2>
        <span className="muted">{file?.fileName}</span>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onDownload} disabled={!file}>
            下载此文件
          </button>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
      {state.status === 'rendering' ? <p role="status">正在生成预览…</p> : null}
      {state.status === 'error' ? <p role="alert">{state.message}</p> : null}
      <div className="preview-pages" ref={pagesRef} data-testid="preview-pages" />
    </dialog>
  );
}
