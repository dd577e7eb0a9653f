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

const newId = () => crypto.randomUUID();

function firstDraft(): Draft {
  return draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date()), newId(), Date.now());
}

export function App() {
  const [draft, setDraft] = useState<Draft>(firstDraft);
  const [fields, setFields] = useState<ReportFields>(draft.fields);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<'new' | null>(null);

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
        </div>
      </header>
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
      <NewReportDialog open={dialog === 'new'} onClose={() => setDialog(null)} onChoose={onChoose} />
    </div>
  );
}
