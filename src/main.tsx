import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { firstDraft } from './app/draftFactory.ts';
import { buildShell } from './app/shell.ts';
import { Workspace } from './app/workspace.ts';
import './app/app.css';
import './editor/paper.css';

// Storage starts opening before React renders: on a slow PC, opening IndexedDB and reading the
// last draft takes about as long as the first render, so the two overlap instead of queueing.
const workspace = new Workspace({ firstDraft });
void workspace.init();

const shell = buildShell(document.getElementById('root')!);
createRoot(shell.main).render(
  <StrictMode>
    <App shell={shell} workspace={workspace} />
  </StrictMode>,
);
