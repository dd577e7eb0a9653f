/**
 * The bare TipTap baseline: StarterKit only, no app code. Shows the document the bench put in
 * `window.__BENCH_DOC__` (StarterKit JSON, built by scripts/bench/docs.ts) before the page loaded.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    __BENCH_DOC__?: JSONContent;
  }
}

new Editor({
  element: document.getElementById('editor')!,
  extensions: [StarterKit],
  content: window.__BENCH_DOC__ ?? '<h1>bare TipTap</h1><p>No document given.</p>',
});
