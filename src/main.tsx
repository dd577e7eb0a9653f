import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { buildShell } from './app/shell.ts';
import './app/app.css';
import './editor/paper.css';

const shell = buildShell(document.getElementById('root')!);
createRoot(shell.main).render(
  <StrictMode>
    <App shell={shell} />
  </StrictMode>,
);
