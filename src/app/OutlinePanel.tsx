import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { PART_LABELS } from '../model/part.ts';
import { readOutline, type OutlineItem } from '../editor/readOutline.ts';

const REFRESH_MS = 250;

/**
 * The report's parts and headings. It reads the editor lazily (after typing pauses), so the
 * outline never costs anything on a keystroke. Clicking an entry moves the cursor there.
 */
export function OutlinePanel({ editor }: { editor: Editor }) {
  const [outline, setOutline] = useState<{ editor: Editor; items: OutlineItem[] }>(() => ({ editor, items: readOutline(editor.state) }));
  // Another draft opened: another editor, another outline (derived during render, not in an effect).
  if (outline.editor !== editor) setOutline({ editor, items: readOutline(editor.state) });
  const items = outline.items;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setOutline({ editor, items: readOutline(editor.state) }), REFRESH_MS);
    };
    editor.on('update', refresh);
    return () => {
      editor.off('update', refresh);
      clearTimeout(timer);
    };
  }, [editor]);

  return (
    <nav className="outline" aria-label="提纲">
      <h2 className="panel-title">提纲</h2>
      {items.length === 0 ? <p className="muted">尚无标题。在段首输入“一、”“（一）”即可生成标题。</p> : null}
      <ol>
        {items.map((item) => (
          <li key={item.pos} className={`outline-item level-${item.level}`}>
            <button type="button" onClick={() => jumpTo(editor, item.pos)} title={item.text}>
              <span className="num">{item.label}</span>
              <span className="text">{item.lead || '（空标题）'}</span>
              {item.level === 1 ? <span className={`part-badge part-${item.part}`}>{PART_LABELS[item.part]}</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Puts the cursor at the start of the block at `pos` and scrolls it into view. */
export function jumpTo(editor: Editor, pos: number): void {
  editor.chain().focus().setTextSelection(pos + 1).run();
  const dom = editor.view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
}
