import type { Editor } from '@tiptap/react';
import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { checkDraft } from '../check/checkDraft.ts';
import type { CheckItem } from '../check/types.ts';
import { editorDoc } from '../editor/editorDoc.ts';
import { ReportEditor } from '../editor/ReportEditor.tsx';
import { Toolbar } from '../editor/Toolbar.tsx';
import { buildLibrary } from '../library/items.ts';
import type { Draft } from '../model/draft.ts';
import type { FieldName } from '../model/fields.ts';
import { backupFileName } from '../storage/backup.ts';
import { newId } from '../storage/newId.ts';
import { defaultFields, getTemplate } from '../templates/templates.ts';
import { CheckList, jumpToItem, useCheck } from './CheckPanel.tsx';
import { AssignmentsPanel, useAssignments } from './collab/AssignmentsPanel.tsx';
import { CollabBar } from './collab/CollabBar.tsx';
import { ShareDialog, type ShareDialogMode } from './collab/ShareDialog.tsx';
import { useCollab } from './collab/useCollab.ts';
import { downloadBlob, errorText } from './download.ts';
import { draftFromExample, draftFromTemplate } from './draftFactory.ts';
import { DraftsDialog } from './DraftsDialog.tsx';
import { ExportConfirmDialog } from './ExportConfirmDialog.tsx';
import { buildDocxFile, importDocxAsDraft, importDocxToLibrary } from './exportActions.ts';
import { FieldsForm, fieldInputId } from './FieldsForm.tsx';
import { DOCX_ACCEPT, HiddenFileInput } from './HiddenFileInput.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { NewReportDialog, type NewReportChoice } from './NewReportDialog.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import { PreviewDialog } from './PreviewDialog.tsx';
import { RestoreDialog, type RestorePlan, planRestore } from './RestoreDialog.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import type { Shell } from './shell.ts';
import { examplesOf, useExamples } from './useExamples.ts';
import { useFlushOnLeave, useWorkspaceValue } from './useWorkspace.ts';
import type { Workspace } from './workspace.ts';

/** The draft a first visit starts with: the local-order template, dated today. */
export function firstDraft(): Draft {
  return draftFromTemplate(getTemplate('local')!, false, defaultFields(new Date()), newId(), Date.now());
}

type Notice = { kind: 'error' | 'info'; text: string; action?: { label: string; run: () => void } };
type Dialog = 'new' | 'drafts' | null;

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
  const readOnly = useWorkspaceValue(workspace, (s) => s.readOnly);
  const guardMessage = useWorkspaceValue(workspace, (s) => s.guardMessage);
  const storageProblem = useWorkspaceValue(workspace, (s) => s.storageError);
  const importedReports = useWorkspaceValue(workspace, (s) => s.library);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [side, setSide] = useState<'library' | 'check'>('library');
  const [preview, setPreview] = useState<{ blob: Blob; fileName: string } | null>(null);
  const [confirmExport, setConfirmExport] = useState<readonly CheckItem[] | null>(null);
  const [restore, setRestore] = useState<RestorePlan | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const wordInput = useRef<HTMLInputElement>(null);
  const backupInput = useRef<HTMLInputElement>(null);
  const check = useCheck(editor, fields, side === 'check');
  const collab = useCollab(workspace, draft, (text) => setNotice({ kind: 'error', text }));
  const [shareOpen, setShareOpen] = useState(false);
  const shareMode: ShareDialogMode = collab.pendingJoin ? { kind: 'join' } : shareOpen ? { kind: 'share', sharedName: collab.sharedName } : null;
  const [sharing, setSharing] = useState(false);
  const assignments = useAssignments(collab.snapshot?.ready ? (collab.session?.doc ?? null) : null, collab.modules?.meta ?? null);
  const collabExtensions = useMemo(() => collab.session?.extensions(), [collab.session]);
  const locked = readOnly || collab.readOnly;
  const startSharing = async (name: string) => {
    setSharing(true);
    try {
      await collab.share(location.href);
      void name;
    } catch (e) {
      setShareOpen(false);
      fail('无法共享：')(e);
    } finally {
      setSharing(false);
    }
  };
  // The side panels and the examples come once the first draft is on screen: on a slow PC their
  // first render (the date field, the library) would delay it. Later editor switches keep them.
  const [editorSeen, setEditorSeen] = useState(false);
  if (editor && !editorSeen) setEditorSeen(true);
  const examplesState = useExamples(editorSeen);
  const examples = examplesOf(examplesState);
  const library = useMemo(() => buildLibrary(examples, importedReports), [examples, importedReports]);
  const reports = useMemo(() => [...importedReports, ...examples], [examples, importedReports]);
  const importedIds = useMemo(() => new Set(importedReports.map((r) => r.id)), [importedReports]);

  const fail = (prefix: string) => (e: unknown) => setNotice({ kind: 'error', text: `${prefix}${errorText(e)}` });
  const focusField = (name: FieldName) => document.getElementById(fieldInputId(name))?.focus();

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
  const download = async () => {
    setConfirmExport(null);
    const file = await buildFile();
    if (!file) return;
    downloadBlob(file.blob, file.fileName);
    setNotice({ kind: 'info', text: `已导出“${file.fileName}”。` });
  };
  const exportWord = async () => {
    if (!editor) return;
    const items = checkDraft(editorDoc(editor), fields).items;
    if (items.length) setConfirmExport(items);
    else await download();
  };
  const openPreview = async () => {
    const file = await buildFile();
    if (file) setPreview(file);
  };

  const onChoose = (choice: NewReportChoice) => {
    setDialog(null);
    const now = Date.now();
    const draft =
      choice.kind === 'template'
        ? draftFromTemplate(choice.template, choice.includeOptional, { ...defaultFields(new Date()), unit: fields.unit, superior: fields.superior }, newId(), now)
        : draftFromExample(choice.example, newId(), now);
    workspace.openNew(draft).catch(fail('无法创建草稿：'));
  };

  const backup = async () => {
    try {
      const text = await workspace.backupText();
      downloadBlob(new Blob([text], { type: 'application/json' }), backupFileName(new Date()));
      setNotice({ kind: 'info', text: '已下载备份文件。请把它保存到安全的位置。' });
    } catch (e) {
      fail('备份失败：')(e);
    }
  };

  const onBackupFile = async (file: File) => {
    try {
      const plan = await planRestore(file, await workspace.storedDrafts(), importedReports);
      if (plan.conflicts.length) setRestore(plan);
      else await applyRestore(plan, []);
    } catch (e) {
      fail(`无法恢复“${file.name}”：`)(e);
    }
  };
  const applyRestore = async (plan: RestorePlan, resolved: ReadonlyArray<{ draft: Draft; overwrite: boolean }>) => {
    setRestore(null);
    await workspace.writeRestored([...plan.add.map((draft) => ({ draft, overwrite: false })), ...resolved], plan.library);
    const skipped = plan.skipped.length ? `；${plan.skipped.length} 项数据损坏已跳过` : '';
    setNotice({ kind: 'info', text: `已恢复 ${plan.add.length + resolved.length} 份草稿、${plan.library.length} 篇范文${skipped}。` });
  };

  const onWordFile = async (file: File) => {
    setBusy(true);
    try {
      const draft = await importDocxAsDraft(file, newId(), Date.now());
      await workspace.openNew(draft);
      setNotice({ kind: 'info', text: `已将“${file.name}”导入为新草稿。` });
    } catch (e) {
      setNotice({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const onImportLibrary = async (files: File[]) => {
    const done: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      try {
        await workspace.addLibraryReport(await importDocxToLibrary(file, Date.now()));
        done.push(file.name);
      } catch (e) {
        failed.push(errorText(e));
      }
    }
    if (failed.length) setNotice({ kind: 'error', text: [...failed, done.length ? `已导入：${done.join('、')}` : ''].filter(Boolean).join(' ') });
    else setNotice({ kind: 'info', text: `已导入到“我的范文”：${done.join('、')}` });
  };

  const onDelete = async (id: string) => {
    const deleted = await workspace.remove(id).catch((e: unknown) => {
      fail('删除失败：')(e);
      return null;
    });
    if (deleted)
      setNotice({
        kind: 'info',
        text: `已删除草稿“${deleted.name}”。`,
        action: { label: '撤销删除', run: () => void workspace.undelete(deleted).then(() => setNotice(null), fail('无法撤销删除：')) },
      });
  };


  return (
    <>
      <header className="topbar">
        <h1 className="app-name">法治政府建设工作报告起草器</h1>
        <div className="actions" role="toolbar" aria-label="报告操作">
          <button type="button" onClick={() => setDialog('new')}>
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
          <button type="button" onClick={backup}>
            备份
          </button>
          <button type="button" onClick={() => backupInput.current?.click()}>
            恢复
          </button>
          <button type="button" aria-pressed={side === 'check'} onClick={() => setSide(side === 'check' ? 'library' : 'check')}>
            检查
          </button>
          <button type="button" onClick={openPreview} disabled={!editor || busy}>
            预览
          </button>
          <button type="button" className="primary" onClick={exportWord} disabled={!editor || busy}>
            导出Word
          </button>
        </div>
        {collab.snapshot ? <CollabBar snapshot={collab.snapshot} /> : null}
        <SaveStatus workspace={workspace} />
        <HiddenFileInput ref={wordInput} label="选择要导入的Word文件" accept={DOCX_ACCEPT} onFiles={([file]) => void onWordFile(file!)} />
        <HiddenFileInput ref={backupInput} label="选择备份文件" accept=".json,application/json" onFiles={([file]) => void onBackupFile(file!)} />
      </header>
      <div className="banners">
        {storageProblem ? (
          <div className="banner error" role="alert">
            <span>{storageProblem.message}</span>
            <button type="button" onClick={backup}>
              下载备份
            </button>
          </div>
        ) : null}
        {readOnly ? (
          <div className="banner" role="status">
            <span>{guardMessage || '此草稿为只读。'}</span>
            <button type="button" onClick={() => workspace.takeOver().catch(fail('无法切换到此处编辑：'))}>
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
          <AssignmentsPanel doc={collab.session.doc} meta={collab.modules.meta} assignments={assignments} people={collab.snapshot.peers.map((p) => p.name)} readOnly={locked} />
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
        <aside className="side right" aria-label={side === 'check' ? '检查' : '范文库面板'}>
          {!editorSeen ? null : side === 'check' ? (
            <section aria-label="检查" className="check-panel">
              <h2 className="panel-title">检查</h2>
              {check && editor ? <CheckList result={check} onJump={(item) => jumpToItem(editor, item, focusField)} /> : <p role="status">正在检查…</p>}
            </section>
          ) : (
            <LibraryPanel
              editor={editor}
              fields={fields}
              items={library}
              reports={reports}
              examples={examplesState}
              importedIds={importedIds}
              readOnly={locked}
              onImport={(files) => void onImportLibrary(files)}
              onRemoveImported={(id) => workspace.removeLibraryReport(id).catch(fail('无法移除范文：'))}
            />
          )}
        </aside>,
        shell.end,
      )}
      <NewReportDialog open={dialog === 'new'} examples={examplesState} onClose={() => setDialog(null)} onChoose={onChoose} />
      <DraftsDialog
        open={dialog === 'drafts'}
        workspace={workspace}
        onClose={() => setDialog(null)}
        onOpen={(id) => {
          setDialog(null);
          workspace.openDraft(id).catch(fail('无法打开草稿：'));
        }}
        onRename={(id, name) => void workspace.rename(id, name).catch(fail('重命名失败：'))}
        onDuplicate={(id) => void workspace.duplicate(id).catch(fail('复制失败：'))}
        onDelete={(id) => void onDelete(id)}
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
        onExport={() => void download()}
        onBack={() => {
          setConfirmExport(null);
          setSide('check');
        }}
      />
      <ShareDialog
        mode={shareMode}
        busy={sharing}
        onClose={() => setShareOpen(false)}
        onConfirm={(name) => {
          if (collab.pendingJoin) void collab.join(collab.pendingJoin).catch(fail('无法打开共享草稿：'));
          else void startSharing(name);
        }}
        onNameChange={(name) => collab.setUserName(name)}
        onError={(text) => setNotice({ kind: 'error', text })}
      />
      <RestoreDialog plan={restore} onCancel={() => setRestore(null)} onConfirm={(resolved) => restore && void applyRestore(restore, resolved).catch(fail('恢复失败：'))} />
    </>
  );
}

