import type { Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';
import { ReportEditor } from '../editor/ReportEditor.tsx';
import { Toolbar } from '../editor/Toolbar.tsx';
import type { Draft } from '../model/draft.ts';
import type { ReportFields } from '../model/fields.ts';
import { defaultFields, getTemplate } from '../templates/templates.ts';
import { draftFromExample, draftFromTemplate } from './draftFactory.ts';
import { FieldsForm } from './FieldsForm.tsx';
import { NewReportDialog, type NewReportChoice } from './NewReportDialog.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { PreviewDialog } from './PreviewDialog.tsx';
import { downloadBlob, errorText } from './download.ts';
import { buildDocxFile } from './exportActions.ts';
import { editorDoc } from '../editor/editorDoc.ts';

const newId = () => crypto.randomUUID();

function firstDraft(): Draft {
  return draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date()), newId(), Date.now());
}

export function App() {
  const [draft, setDraft] = useState<Draft>(firstDraft);
  const [fields, setFields] = useState<ReportFields>(draft.fields);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<'new' | null>(null);
  const [preview, setPreview] = useState<{ blob: Blob; fileName: string } | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  /** Builds the .docx of the current document; a failure becomes a message and the draft stays as it is. */
  const buildFile = async () => {
    if (!editor) return null;
    setBusy(true);
    try {
      return await buildDocxFile(editorDoc(editor), fields);
    } catch (e) {
      setNotice({ kind: 'error', text: `导出失败：${errorText(e)}（草稿未受影响）` });
      return null;
    } finally {
      setBusy(false);
    }
  };
  const exportWord = async () => {
    const file = await buildFile();
    if (!file) return;
    downloadBlob(file.blob, file.fileName);
    setNotice({ kind: 'info', text: `已导出“${file.fileName}”。` });
  };
  const openPreview = async () => {
    const file = await buildFile();
    if (file) setPreview(file);
  };

  const openDraft = useCallback((next: Draft) => {
    setEditor(null);
    setDraft(next);
    setFields(next.fields);
  }, []);

  const onChoose = (choice: NewReportChoice) => {
    setDialog(null);
    const now = Date.now();
    openDraft(
      choice.kind === 'template'
        ? draftFromTemplate(choice.template, choice.includeOptional, { ...defaultFields(new Date()), unit: fields.unit, superior: fields.superior }, newId(), now)
        : draftFromExample(choice.example, newId(), now),
    );
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="app-name">法治政府建设工作报告起草器</h1>
        <div className="actions" role="toolbar" aria-label="报告操作">
          <button type="button" onClick={() => setDialog('new')}>
            新建报告
          </button>
          <button type="button" onClick={openPreview} disabled={!editor || busy}>
            预览
          </button>
          <button type="button" className="primary" onClick={exportWord} disabled={!editor || busy}>
            导出Word
          </button>
        </div>
      </header>
      {notice ? (
        <div className={`banner ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" onClick={() => setNotice(null)}>
            知道了
          </button>
        </div>
      ) : null}
      <div className="workspace">
        <aside className="side left">
          <FieldsForm fields={fields} onChange={setFields} readOnly={false} />
          {editor ? <OutlinePanel editor={editor} /> : null}
        </aside>
        <main className="desk">
          {editor ? <Toolbar editor={editor} readOnly={false} /> : <div className="toolbar" />}
          <ReportEditor key={draft.id} initialDoc={draft.doc} fields={fields} onReady={setEditor} />
        </main>
      </div>
      <PreviewDialog
        file={preview}
        onClose={() => setPreview(null)}
        onDownload={() => {
          if (preview) downloadBlob(preview.blob, preview.fileName);
        }}
      />
      <NewReportDialog open={dialog === 'new'} onClose={() => setDialog(null)} onChoose={onChoose} />
    </div>
  );
}
