import type { Editor } from '@tiptap/react';
import { memo, useCallback, useEffect, useState } from 'react';
import { PART_LABELS, type Part } from '../model/part.ts';
import { readOutline, sameOutline, type OutlineItem } from '../editor/readOutline.ts';
import type { HeadingLevel } from '../model/schema.ts';
import { onEditorRest } from './editorRest.ts';

const REFRESH_MS = 250;

/**
 * The report's parts and headings. It reads the editor lazily (after typing pauses), so the
 * outline never costs anything on a keystroke. Clicking an entry moves the cursor there.
 *
 * Entries are keyed by their place in the outline and compare by what they show, not by document
 * position: typing in a paragraph shifts the position of every later heading, and keying by
 * position would rebuild half the outline's DOM at each pause in typing. The click reads the
 * heading's current position instead.
 */
export function OutlinePanel({ editor, assignments }: { editor: Editor; assignments?: Readonly<Partial<Record<Part, { person: string; status: string }>>> }) {
  const [outline, setOutline] = useState<{ editor: Editor; items: OutlineItem[] }>(() => ({ editor, items: readOutline(editor.state) }));
  // Another draft opened: another editor, another outline (derived during render, not in an effect).
  if (outline.editor !== editor) setOutline({ editor, items: readOutline(editor.state) });
  const items = outline.items;
  useEffect(() => {
    // Typing in a paragraph leaves the outline as it was: keep the state, so the panel does not re-render.
    const refresh = () => {
      const items = readOutline(editor.state);
      setOutline((prev) => (prev.editor === editor && sameOutline(prev.items, items) ? prev : { editor, items }));
    };
    const rest = onEditorRest(editor, ['update'], REFRESH_MS, refresh);
    return rest.dispose;
  }, [editor]);
  const onJump = useCallback(
    (index: number) => {
      // The shown outline may lag the document by REFRESH_MS: positions are read afresh.
      const item = readOutline(editor.state)[index];
      if (item) editor.commands.jumpToBlock(item.index);
    },
    [editor],
  );

  return (
    <nav className="outline" aria-label="提纲">
      <h2 className="panel-title">提纲</h2>
      {items.length === 0 ? <p className="muted">尚无标题。在段首输入“一、”“（一）”即可生成标题。</p> : null}
      <ol>
        {items.map((item, index) => (
          <OutlineEntry
            key={index}
            index={index}
            level={item.level}
            label={item.label}
            lead={item.lead}
            text={item.text}
            part={item.part}
            assignment={item.level === 1 && assignments?.[item.part] ? `${assignments[item.part]!.person}·${assignments[item.part]!.status}` : ''}
            onJump={onJump}
          />
        ))}
      </ol>
    </nav>
  );
}

interface OutlineEntryProps {
  readonly index: number;
  readonly level: HeadingLevel;
  readonly label: string;
  readonly lead: string;
  readonly text: string;
  readonly part: Part;
  /** 分工 of a shared draft: "person·status" on the part's heading, '' for none. */
  readonly assignment: string;
  readonly onJump: (index: number) => void;
}

const OutlineEntry = memo(function OutlineEntry({ index, level, label, lead, text, part, assignment, onJump }: OutlineEntryProps) {
  return (
    <li className={`outline-item level-${level}`}>
      <button type="button" onClick={() => onJump(index)} title={text}>
        <span className="num">{label}</span>
        <span className="text">{lead || '（空标题）'}</span>
        {level === 1 ? <span className={`part-badge part-${part}`}>{PART_LABELS[part]}</span> : null}
        {assignment ? <span className="assign-badge">{assignment}</span> : null}
      </button>
    </li>
  );
});
