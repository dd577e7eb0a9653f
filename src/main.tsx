import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { firstDraft } from './app/draftFactory.ts';
import { whenFirstDraft } from './app/firstRender.ts';
import { buildShell } from './app/shell.ts';
import { Workspace } from './app/workspace.ts';
import './app/app.css';
import './editor/paper.css';

// Storage opens and the last draft is read before React renders: on a slow PC, a first render of
// the empty frame delayed IndexedDB's answers by as long as it took (firstRender.ts).
const workspace = new Workspace({ firstDraft });
const started = workspace.init();

const shell = buildShell(document.getElementById('root')!);
void whenFirstDraft(workspace, started).then(() =>
  createRoot(shell.main).render(
    <StrictMode>
      <App shell={shell} workspace={workspace} />
    </StrictMode>,
  ),
);
