import type { Editor } from '@tiptap/react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { withIgnored } from '../check/proofread/ignore.ts';
import { editorDoc } from '../editor/editorDoc.ts';
import { ReportEditor } from '../editor/ReportEditor.tsx';
import { Toolbar } from '../editor/Toolbar.tsx';
import { buildLibrary } from '../library/items.ts';
import type { FieldName } from '../model/fields.ts';
import { actions, runAction, type Action, type ActionHost, type Notice } from './actions/index.ts';
import { CheckList, jumpToItem, useCheck } from './CheckPanel.tsx';
import { AssignmentsPanel, useAssignments } from './collab/AssignmentsPanel.tsx';
import { CollabBar } from './collab/CollabBar.tsx';
import { ShareDialog, type ShareDialogMode } from './collab/ShareDialog.tsx';
import { useCollab } from './collab/useCollab.ts';
import { downloadBlob } from './download.ts';
import { DraftsDialog } from './DraftsDialog.tsx';
import { ExportConfirmDialog, type ExportItem } from './ExportConfirmDialog.tsx';
import { FieldsForm, fieldInputId } from './FieldsForm.tsx';
import { DOCX_ACCEPT, HiddenFileInput } from './HiddenFileInput.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { NewReportDialog } from './NewReportDialog.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { PreviewDialog } from './PreviewDialog.tsx';
import { ProofList } from './ProofPanel.tsx';
import { createProofStore } from './proofStore.ts';
import { RestoreDialog, type RestorePlan } from './RestoreDialog.tsx';
import { installShortcuts, type ShortcutAction } from './shortcuts.ts';
import { SaveStatus } from './SaveStatus.tsx';
import type { Shell } from './shell.ts';
import { examplesOf, useExamples } from './useExamples.ts';
import { useLastYear } from './useLastYear.tsx';
import { useProofread } from './useProofread.ts';
import { useFlushOnLeave, useWorkspaceValue } from './useWorkspace.ts';
import type { Workspace } from './workspace.ts';

// 去年打算 and 对比去年 are opened on demand: their code stays out of the first load.
const PlansPanel = lazy(() => import('./PlansPanel.tsx').then((m) => ({ default: m.PlansPanel })));
const CompareDialog = lazy(() => import('./CompareDialog.tsx').then((m) => ({ default: m.CompareDialog })));
const loadingPanel = (
  <p className="muted" role="status">
    正在载入…
  </p>
);

type Dialog = 'new' | 'drafts' | 'compare' | null;

/**
 * The whole screen; `shell` is the page frame built outside React (see shell.ts for why), and
 * `workspace` the drafts and storage, already started (main.tsx starts it before the first render).
 */
export function App({ shell, workspace }: { shell: Shell; workspace: Workspace }) {
  useFlushOnLeave(workspace);
  // Only what the page layout needs; the save status and the drafts list have their own subscribers.
  const draft = useWorkspaceValue(workspace, (s) => s.draft);
  const editorKey = useWorkspaceValue(workspace, (s) => s.editorKey);
  const fields = useWorkspaceValue(workspace, (s) => s.fields);
  const ignored = useWorkspaceValue(workspace, (s) => s.ignored);
  const readOnly = useWorkspaceValue(workspace, (s) => s.readOnly);
  const guardMessage = useWorkspaceValue(workspace, (s) => s.guardMessage);
  const storageProblem = useWorkspaceValue(workspace, (s) => s.storageError);
  const importedReports = useWorkspaceValue(workspace, (s) => s.library);
  const previous = useWorkspaceValue(workspace, (s) => s.previous);
  const drafts = useWorkspaceValue(workspace, (s) => s.drafts);
  const sizeWarning = useWorkspaceValue(workspace, (s) => s.sizeWarning);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [side, setSide] = useState<'library' | 'check' | 'plans'>('library');
  const [preview, setPreview] = useState<{ blob: Blob; fileName: string } | null>(null);
  const [confirmExport, setConfirmExport] = useState<readonly ExportItem[] | null>(null);
  const [restore, setRestore] = useState<RestorePlan | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const wordInput = useRef<HTMLInputElement>(null);
  const backupInput = useRef<HTMLInputElement>(null);
  const check = useCheck(editor, fields, side === 'check', previous);
  const [proofStore] = useState(createProofStore);
  useProofread(editor, fields, ignored, proofStore);
  const collab = useCollab(workspace, draft, (text) => setNotice({ kind: 'error', text }));
  const [shareOpen, setShareOpen] = useState(false);
  const shareMode: ShareDialogMode = collab.pendingJoin ? { kind: 'join' } : shareOpen ? { kind: 'share', sharedName: collab.sharedName } : null;
  const [sharing, setSharing] = useState(false);
  const assignments = useAssignments(collab.snapshot?.ready ? (collab.session?.doc ?? null) : null, collab.modules?.meta ?? null);
  const collabExtensions = useMemo(() => collab.session?.extensions(), [collab.session]);
  const locked = readOnly || collab.readOnly;
  // The side panels and the examples come once the first draft is on screen: on a slow PC their
  // first render (the date field, the library) would delay it. Later editor switches keep them.
  const [editorSeen, setEditorSeen] = useState(false);
  if (editor && !editorSeen) setEditorSeen(true);
  const examplesState = useExamples(editorSeen);
  const examples = examplesOf(examplesState);
  const library = useMemo(() => buildLibrary(examples, importedReports), [examples, importedReports]);
  const reports = useMemo(() => [...importedReports, ...examples], [examples, importedReports]);
  const importedIds = useMemo(() => new Set(importedReports.map((r) => r.id)), [importedReports]);

  const focusField = (name: FieldName) => document.getElementById(fieldInputId(name))?.focus();

  // What the actions read and open; built each render, like the handlers that capture it.
  const host: ActionHost = {
    workspace,
    editor,
    fields,
    importedReports,
    notify: setNotice,
    setBusy,
    showPreview: setPreview,
    confirmExport: setConfirmExport,
    confirmRestore: setRestore,
    run: (action, ...args) => runAction(host, action, ...args),
  };
  const run = <Args extends unknown[]>(action: Action<Args>, ...args: Args) => void runAction(host, action, ...args);
  const lastYear = useLastYear(run, () => setSide('plans'));
  // Ctrl+S stores now, Ctrl+Shift+S is 导出Word, Ctrl+P prints the report's pages (no browser dialog).
  const shortcut = useRef<(action: ShortcutAction) => void>(() => {});
  useEffect(() => {
    shortcut.current = (key) => run(key === 'save' ? actions.saveNow : key === 'export' ? actions.exportWord : actions.print);
  });
  useEffect(() => installShortcuts(window, (key) => shortcut.current(key)), []);

  return (
    <>
      <header className="topbar">
        <h1 className="app-name">法治政府建设工作报告起草器</h1>
        <div className="actions" role="toolbar" aria-label="报告操作">
          <button
            type="button"
            onClick={() => {
              void workspace.flush().then(() => workspace.refreshLists());
              setDialog('new');
            }}
          >
            新建报告
          </button>
          <button
            type="button"
            onClick={() => {
              void workspace.flush().then(() => workspace.refreshLists());
              setDialog('drafts');
            }}
          >
            我的草稿
          </button>
          <button type="button" onClick={() => wordInput.current?.click()} disabled={busy}>
            导入Word
          </button>
          {collab.available ? (
            <button type="button" onClick={() => setShareOpen(true)}>
              共享起草
            </button>
          ) : null}
          <button type="button" onClick={() => run(actions.backup)}>
            备份
          </button>
          <button type="button" onClick={() => backupInput.current?.click()}>
            恢复
          </button>
          <button type="button" aria-pressed={side === 'check'} onClick={() => setSide(side === 'check' ? 'library' : 'check')}>
            检查
          </button>
          <button type="button" aria-pressed={side === 'plans'} onClick={() => setSide(side === 'plans' ? 'library' : 'plans')}>
            去年打算
          </button>
          <button
            type="button"
            onClick={() => {
              if (previous) setDialog('compare');
              else {
                setSide('plans');
                setNotice({ kind: 'info', text: '请先在“去年打算”中设置去年报告，再对比去年。' });
              }
            }}
            disabled={!editor}
          >
            对比去年
          </button>
          <button type="button" onClick={() => run(actions.preview)} disabled={!editor || busy}>
            预览
          </button>
          <button type="button" onClick={() => run(actions.print)} disabled={!editor || busy} title="按 A4 页面打印报告（Ctrl+P）">
            打印
          </button>
          <button type="button" className="primary" onClick={() => run(actions.exportWord)} disabled={!editor || busy}>
            导出Word
          </button>
        </div>
        {collab.snapshot ? <CollabBar snapshot={collab.snapshot} /> : null}
        <SaveStatus workspace={workspace} />
        <HiddenFileInput ref={wordInput} label="选择要导入的Word文件" accept={DOCX_ACCEPT} onFiles={([file]) => file && run(actions.importWord, file)} />
        {lastYear.fileInput}
        <HiddenFileInput
          ref={backupInput}
          label="选择备份文件"
          accept=".json,application/json"
          onFiles={([file]) => file && run(actions.restoreBackup, file)}
        />
      </header>
      <div className="banners">
        {storageProblem ? (
          <div className="banner error" role="alert">
            <span>{storageProblem.message}</span>
            <button type="button" onClick={() => run(actions.backup)}>
              下载备份
            </button>
          </div>
        ) : null}
        {sizeWarning ? (
          <div className="banner error" role="alert">
            <span>{sizeWarning}</span>
            <button type="button" onClick={() => run(actions.backup)}>
              下载备份
            </button>
            <button type="button" onClick={() => workspace.dismissSizeWarning()}>
              知道了
            </button>
          </div>
        ) : null}
        {readOnly ? (
          <div className="banner" role="status">
            <span>{guardMessage || '此草稿为只读。'}</span>
            <button type="button" onClick={() => run(actions.takeOver)}>
              在此处编辑
            </button>
          </div>
        ) : null}
        {collab.snapshot?.access === 'denied' && collab.snapshot.ready ? (
          <div className="banner error" role="alert">
            <span>此共享链接无效或已被撤销，无法连接共享草稿。下面是本机保存的副本（只读）；可用“我的草稿”中的“复制”另存为本地草稿。</span>
          </div>
        ) : null}
        {collab.badLink ? (
          <div className="banner error" role="alert">
            <span>地址中的共享链接不完整或格式不对，请向共享此草稿的同事索取完整链接。</span>
          </div>
        ) : null}
        {collab.sharedName && !collab.editorReady && collab.snapshot?.access !== 'denied' ? (
          <div className="banner" role="status">
            <span>正在连接协同服务器，取得共享草稿…</span>
          </div>
        ) : null}
        {notice ? (
          <div className={`banner ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            {notice.action ? (
              <button type="button" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            ) : null}
            <button type="button" onClick={() => setNotice(null)}>
              知道了
            </button>
          </div>
        ) : null}
      </div>
      <aside className="side left" aria-label="报告信息与提纲">
        {editorSeen ? (
          <FieldsForm
            fields={fields}
            onChange={(f) => {
              workspace.setFields(f);
              collab.setFields(f);
            }}
            readOnly={locked}
          />
        ) : null}
        {editor ? <OutlinePanel editor={editor} assignments={collab.sharedName ? assignments : undefined} /> : null}
        {collab.session && collab.modules && collab.snapshot?.ready ? (
          <AssignmentsPanel
            doc={collab.session.doc}
            meta={collab.modules.meta}
            assignments={assignments}
            people={collab.snapshot.peers.map((p) => p.name)}
            readOnly={locked}
          />
        ) : null}
      </aside>
      {createPortal(editor ? <Toolbar editor={editor} readOnly={locked} /> : <div className="toolbar" />, shell.toolbar)}
      {createPortal(
        draft ? null : (
          <p className="loading" role="status">
            正在打开草稿…
          </p>
        ),
        shell.note,
      )}
      {draft && collab.editorReady ? (
        <ReportEditor
          key={collab.session ? `${editorKey}:shared` : editorKey}
          collabExtensions={collabExtensions}
          host={shell.sheets}
          initialDoc={draft.doc}
          draftId={draft.id}
          fields={fields}
          editable={!locked}
          onReady={(e) => {
            setEditor(e);
            workspace.attachEditor(() => editorDoc(e));
          }}
          onDestroy={(e) => setEditor((current) => (current === e ? null : current))}
          onChange={() => workspace.docChanged()}
          onNotice={(text) => setNotice({ kind: 'error', text })}
        />
      ) : null}
      {createPortal(
        <aside className="side right" aria-label={side === 'check' ? '检查' : side === 'plans' ? '去年打算面板' : '范文库面板'}>
          {!editorSeen ? null : side === 'check' ? (
            <section aria-label="检查" className="check-panel">
              <h2 className="panel-title">检查</h2>
              {check && editor ? (
                <CheckList result={check} onJump={(item) => (item.rule === 'unanswered-plan' ? setSide('plans') : jumpToItem(editor, item, focusField))} />
              ) : (
                <p role="status">正在检查…</p>
              )}
              {editor ? (
                <ProofList
                  editor={editor}
                  store={proofStore}
                  readOnly={locked}
                  onIgnore={(key) => workspace.setIgnored(withIgnored(workspace.getState().ignored, key))}
                  onUnignore={(key) => workspace.setIgnored(workspace.getState().ignored.filter((k) => k !== key))}
                />
              ) : null}
            </section>
          ) : side === 'plans' ? (
            <Suspense fallback={loadingPanel}>
              <PlansPanel
                editor={editor}
                fields={fields}
                previous={previous}
                drafts={drafts}
                draftId={draft?.id ?? null}
                readOnly={locked}
                busy={busy}
                onPickDraft={(id) => lastYear.fromDraft(id, 'set')}
                onPickFile={() => lastYear.pickFile('set')}
                onChange={(p) => workspace.setPrevious(p)}
              />
            </Suspense>
          ) : (
            <LibraryPanel
              editor={editor}
              fields={fields}
              items={library}
              reports={reports}
              examples={examplesState}
              importedIds={importedIds}
              readOnly={locked}
              onImport={(files) => run(actions.importToLibrary, files)}
              onRemoveImported={(id) => run(actions.removeFromLibrary, id)}
            />
          )}
        </aside>,
        shell.end,
      )}
      <NewReportDialog
        open={dialog === 'new'}
        examples={examplesState}
        drafts={drafts}
        onClose={() => setDialog(null)}
        onChoose={(choice) => {
          setDialog(null);
          if (choice.kind === 'lastYearDraft') lastYear.fromDraft(choice.draftId, 'new');
          else if (choice.kind === 'lastYearFile') lastYear.pickFile('new');
          else run(actions.newReport, choice);
        }}
      />
      {dialog === 'compare' ? (
        <Suspense fallback={null}>
          <CompareDialog open readDoc={() => (editor ? editorDoc(editor) : null)} fields={fields} previous={previous} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      <DraftsDialog
        open={dialog === 'drafts'}
        workspace={workspace}
        onClose={() => setDialog(null)}
        onOpen={(id) => {
          setDialog(null);
          run(actions.openDraft, id);
        }}
        onRename={(id, name) => run(actions.renameDraft, id, name)}
        onDuplicate={(id) => run(actions.duplicateDraft, id)}
        onDelete={(id) => run(actions.deleteDraft, id)}
        onNew={() => setDialog('new')}
      />
      <PreviewDialog
        file={preview}
        onClose={() => setPreview(null)}
        onDownload={() => {
          if (preview) downloadBlob(preview.blob, preview.fileName);
        }}
      />
      <ExportConfirmDialog
        items={confirmExport}
        onExport={() => {
          setConfirmExport(null);
          run(actions.downloadWord);
        }}
        onBack={() => {
          setConfirmExport(null);
          setSide('check');
        }}
      />
      <ShareDialog
        mode={shareMode}
        busy={sharing}
        onClose={() => setShareOpen(false)}
        onConfirm={() => {
          if (collab.pendingJoin) run(actions.joinShared, collab, collab.pendingJoin);
          else {
            setSharing(true);
            void runAction(host, actions.shareDraft, collab, () => setShareOpen(false)).finally(() => setSharing(false));
          }
        }}
        onNameChange={(name) => collab.setUserName(name)}
        onError={(text) => setNotice({ kind: 'error', text })}
      />
      <RestoreDialog
        plan={restore}
        onCancel={() => setRestore(null)}
        onConfirm={(resolved) => {
          setRestore(null);
          if (restore) run(actions.applyRestore, restore, resolved);
        }}
      />
    </>
  );
}
