import type { Editor } from '@tiptap/react';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { readBlockParts } from '../editor/readOutline.ts';
import type { ExampleReport } from '../model/example.ts';
import type { ReportFields } from '../model/fields.ts';
import { PART_LABELS, PARTS, type Part } from '../model/part.ts';
import type { LibraryItem } from '../library/items.ts';
import { excerpt } from '../library/excerpt.ts';
import { groupByPart } from '../library/order.ts';
import { createSearchIndex, LIBRARY_PAGE_SIZE, searchLibrary, type SearchHit, type TextRange } from '../library/search.ts';
import { TOPIC_LABELS, TOPICS, type Topic } from '../library/topics.ts';
import { onEditorRest } from './editorRest.ts';
import { ExamplesStatus } from './ExamplesStatus.tsx';
import { DOCX_ACCEPT, HiddenFileInput } from './HiddenFileInput.tsx';
import type { ExamplesState } from './useExamples.ts';

const DRAG_TYPE = 'application/x-report-drafter-item';

export interface LibraryPanelProps {
  readonly editor: Editor | null;
  readonly fields: ReportFields;
  readonly items: readonly LibraryItem[];
  readonly reports: readonly ExampleReport[];
  /** The seven examples' loading; `items` and `reports` hold them once ready. */
  readonly examples: ExamplesState;
  readonly importedIds: ReadonlySet<string>;
  readonly readOnly: boolean;
  readonly onImport: (files: File[]) => void;
  readonly onRemoveImported: (id: string) => void;
}

/** The groups cut down to their first `count` hits in all (later groups dropped when the budget runs out). */
function takeFirst<G extends { hits: readonly unknown[] }>(groups: readonly G[], count: number): G[] {
  const out: G[] = [];
  let budget = count;
  for (const g of groups) {
    if (budget <= 0) break;
    if (!g.hits.length) continue;
    out.push({ ...g, hits: g.hits.slice(0, budget) });
    budget -= Math.min(budget, g.hits.length);
  }
  return out;
}

/** The part of the report the cursor is in (refreshed when the cursor rests). */
function useCursorPart(editor: Editor | null): Part | null {
  const [part, setPart] = useState<Part | null>(null);
  useEffect(() => {
    if (!editor) return;
    const rest = onEditorRest(editor, ['selectionUpdate', 'update'], 200, () => {
      const index = editor.state.selection.$from.index(0);
      const entry = readBlockParts(editor.state).find((b) => b.index === index);
      setPart(entry?.part ?? null);
    });
    rest.poke();
    return rest.dispose;
  }, [editor]);
  return part;
}

function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (!ranges.length) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let last = 0;
  ranges.forEach((r, i) => {
    if (r.from > last) out.push(text.slice(last, r.from));
    out.push(<mark key={i}>{text.slice(r.from, r.to)}</mark>);
    last = r.to;
  });
  out.push(text.slice(last));
  return <>{out}</>;
}

/** Paragraphs longer than this are shown as an excerpt of `EXCERPT_CHARS` characters until 展开. */
const LONG_TEXT = 120;
const EXCERPT_CHARS = 80;

const LibraryEntry = memo(function LibraryEntry({
  item,
  textRanges,
  pathRanges,
  onInsert,
  disabled,
}: {
  item: LibraryItem;
  textRanges: readonly TextRange[];
  pathRanges: readonly TextRange[];
  onInsert: (item: LibraryItem) => void;
  disabled: boolean;
}) {
  const [expanded, setExpanded] = useState(false);
  const long = item.text.length > LONG_TEXT;
  const shown = long && !expanded ? excerpt(item.text, textRanges, EXCERPT_CHARS) : { text: item.text, ranges: textRanges };
  return (
    <li
      className="lib-item"
      data-item-id={item.id}
      draggable={!disabled}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, item.id);
        e.dataTransfer.setData('text/plain', item.numbering + item.text);
        e.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <div className="lib-path" title={item.pathText}>
        <Highlighted text={item.pathText} ranges={pathRanges} />
      </div>
      <div className={`lib-text ${item.type === 'heading' ? 'is-heading' : ''}`}>
        {item.numbering}
        <Highlighted text={shown.text} ranges={shown.ranges} />
        {item.blocks.length > 1 ? <span className="lib-more">（含下属 {item.blocks.length - 1} 段）</span> : null}
      </div>
      <div className="lib-meta">
        <span className={`part-badge part-${item.part}`}>{PART_LABELS[item.part]}</span>
        {item.topics.map((t) => (
          <span key={t} className="topic">
            {TOPIC_LABELS[t]}
          </span>
        ))}
        <span className="lib-source">《{item.reportTitle}》</span>
        {long ? (
          <button type="button" className="link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? '收起' : '展开'}
          </button>
        ) : null}
        <button type="button" onClick={() => onInsert(item)} disabled={disabled}>
          插入
        </button>
      </div>
    </li>
  );
});

/**
 * 范文库: every block of the seven examples and of the user's imported reports, grouped by part,
 * filterable and searchable; 插入 or drag puts a block (with its sub-section) into the draft.
 */
export function LibraryPanel({ editor, fields, items, reports, examples, importedIds, readOnly, onImport, onRemoveImported }: LibraryPanelProps) {
  const [query, setQuery] = useState('');
  const [part, setPart] = useState<Part | ''>('');
  const [reportId, setReportId] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [follow, setFollow] = useState(true);
  const [more, setMore] = useState({ key: '', count: LIBRARY_PAGE_SIZE });
  const fileRef = useRef<HTMLInputElement>(null);
  const cursorPart = useCursorPart(editor);
  const deferredQuery = useDeferredValue(query);

  const index = useMemo(() => createSearchIndex(items), [items]);
  const hits = useMemo(
    () =>
      searchLibrary(index, deferredQuery, {
        filter: {
          parts: part ? [part] : undefined,
          reportIds: reportId && reportId !== 'mine' ? [reportId] : undefined,
          mine: reportId === 'mine' ? true : undefined,
          topics: topic ? [topic] : undefined,
        },
      }),
    [index, deferredQuery, part, reportId, topic],
  );
  const ranked = deferredQuery.trim() !== '';
  const groups = useMemo((): Array<{ part: Part | null; label: string; hits: SearchHit[] }> => {
    if (ranked) return [{ part: null, label: `搜索结果（${hits.length}）`, hits }];
    const byId = new Map(hits.map((h) => [h.item.id, h]));
    return groupByPart(
      hits.map((h) => h.item),
      follow ? cursorPart : null,
    ).map((g) => ({ part: g.part, label: `${g.label}（${g.items.length}）`, hits: g.items.map((i) => byId.get(i.id)!) }));
  }, [hits, ranked, follow, cursorPart]);

  // Paging restarts whenever the query or a filter changes.
  const pagingKey = [deferredQuery, part, reportId, topic].join('\u0000');
  const shown = more.key === pagingKey ? more.count : LIBRARY_PAGE_SIZE;

  // Drops of library items on the editor insert at the drop position, adapted like 插入.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const dom = editor.view.dom;
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes(DRAG_TYPE)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const id = e.dataTransfer?.getData(DRAG_TYPE);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      const item = items.find((i) => i.id === id);
      const at = editor.view.posAtCoords({ left: e.clientX, top: e.clientY });
      if (item && at && editor.isEditable) editor.chain().insertExample(item, fields, at.pos).focus().run();
    };
    dom.addEventListener('dragover', onDragOver);
    dom.addEventListener('drop', onDrop, true);
    return () => {
      dom.removeEventListener('dragover', onDragOver);
      dom.removeEventListener('drop', onDrop, true);
    };
  }, [editor, items, fields]);

  const onInsert = (item: LibraryItem) => {
    if (editor) editor.chain().insertExample(item, fields).focus().run();
  };

  const mine = reports.filter((r) => importedIds.has(r.id));
  const visibleGroups = takeFirst(groups, shown);

  return (
    <section className="library" aria-label="范文库">
      <div className="lib-head">
        <h2 className="panel-title">范文库</h2>
        <button type="button" onClick={() => fileRef.current?.click()} disabled={readOnly}>
          导入范文
        </button>
        <HiddenFileInput ref={fileRef} label="选择要导入的范文文件" accept={DOCX_ACCEPT} multiple onFiles={onImport} />
      </div>
      <input
        type="search"
        className="lib-search"
        aria-label="搜索范文"
        placeholder="搜索范文：多个词用空格分开"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="lib-filters">
        <select aria-label="按部分筛选" value={part} onChange={(e) => setPart(e.target.value as Part | '')}>
          <option value="">全部部分</option>
          {PARTS.filter((p) => p !== 'other' && p !== 'signoff').map((p) => (
            <option key={p} value={p}>
              {PART_LABELS[p]}
            </option>
          ))}
        </select>
        <select aria-label="按来源筛选" value={reportId} onChange={(e) => setReportId(e.target.value)}>
          <option value="">全部范文</option>
          {mine.length ? <option value="mine">我的范文</option> : null}
          {reports.map((r) => (
            <option key={r.id} value={r.id}>
              {importedIds.has(r.id) ? '我的：' : ''}
              {r.unit ? `${r.unit} · ` : ''}
              {r.title}
            </option>
          ))}
        </select>
        <select aria-label="按主题筛选" value={topic} onChange={(e) => setTopic(e.target.value as Topic | '')}>
          <option value="">全部主题</option>
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
          跟随光标{follow && cursorPart && !ranked ? `（${PART_LABELS[cursorPart]}优先）` : ''}
        </label>
      </div>
      {mine.length ? (
        <details className="mine">
          <summary>我的范文（{mine.length}）</summary>
          <ul>
            {mine.map((r) => (
              <li key={r.id}>
                <span>{r.title}</span>
                <button type="button" onClick={() => onRemoveImported(r.id)} aria-label={`移除范文：${r.title}`}>
                  移除
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ExamplesStatus state={examples} />
      {examples.status === 'ready' && groups.every((g) => g.hits.length === 0) ? <p className="muted">没有找到匹配的段落。</p> : null}
      {visibleGroups.map((g) => (
        <div key={g.part ?? 'hits'} className="lib-group">
          <h3 className="lib-group-title">{g.label}</h3>
          <ul className="lib-list">
            {g.hits.map((h) => (
              <LibraryEntry
                key={h.item.id}
                item={h.item}
                textRanges={h.textRanges}
                pathRanges={h.pathRanges}
                onInsert={onInsert}
                disabled={readOnly || !editor}
              />
            ))}
          </ul>
        </div>
      ))}
      {hits.length > shown ? (
        <button type="button" className="show-more" onClick={() => setMore({ key: pagingKey, count: shown + LIBRARY_PAGE_SIZE })}>
          显示更多（还有 {hits.length - shown} 条）
        </button>
      ) : null}
    </section>
  );
}
