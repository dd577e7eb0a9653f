import type { Editor } from '@tiptap/react';
import { useState, useSyncExternalStore } from 'react';
import type { ProofEntry } from '../check/proofread/ignore.ts';
import { PROOF_KINDS, PROOF_SEVERITY_LABELS } from '../check/proofread/types.ts';
import { applyProofFixes, blockContentStarts, selectRange, type ProofFix } from '../editor/extensions/proofMarks.ts';
import type { ProofStore } from './proofStore.ts';

/**
 * Document positions of an entry in the editor's current document, or null when its block is
 * gone. The list is from the last pause in typing: if the text moved within its paragraph since,
 * the nearest occurrence of the match there is taken.
 */
function rangeOf(editor: Editor, entry: ProofEntry): { from: number; to: number } | null {
  const { doc } = editor.state;
  const { blockIndex, from, to, match } = entry.item;
  const start = blockContentStarts(doc)[blockIndex];
  if (start === undefined) return null;
  const block = doc.child(blockIndex);
  const text = doc.textBetween(start, start + block.content.size, '\n', '\uFFFC');
  if (text.slice(from, to) === match) return { from: start + from, to: start + to };
  let best = -1;
  for (let i = text.indexOf(match); i >= 0; i = text.indexOf(match, i + 1)) if (best < 0 || Math.abs(i - from) < Math.abs(best - from)) best = i;
  return best < 0 ? null : { from: start + best, to: start + best + match.length };
}

/** 改为 / 全部改正: the entries' fixes as one undo step. */
export function fixEntries(editor: Editor, entries: readonly ProofEntry[]): number {
  const fixes: ProofFix[] = [];
  for (const e of entries) {
    const range = rangeOf(editor, e);
    if (range && e.item.fix !== null) fixes.push({ ...range, match: e.item.match, fix: e.item.fix });
  }
  return applyProofFixes(editor.view, fixes);
}

/** Clicking an item selects the matched text in the editor. */
export function selectEntry(editor: Editor, entry: ProofEntry): void {
  const range = rangeOf(editor, entry);
  if (!range) return;
  selectRange(editor.view, range.from, range.to);
  const dom = editor.view.domAtPos(range.from).node;
  (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
}

interface ProofListProps {
  readonly editor: Editor;
  readonly store: ProofStore;
  readonly readOnly: boolean;
  readonly onIgnore: (key: string) => void;
  readonly onUnignore: (key: string) => void;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/**
 * 校对 in the 检查 panel: items grouped by kind (规范表述 … 序列与自称), then by rule. An item
 * selects its text; 改为 applies its fix, 全部改正 a rule's fixes, each one undo step; 忽略 keeps
 * the choice with the draft; 显示已忽略 lists ignored items with 取消忽略.
 */
export function ProofList({ editor, store, readOnly, onIgnore, onUnignore }: ProofListProps) {
  const result = useSyncExternalStore(store.subscribe, store.get);
  const [showIgnored, setShowIgnored] = useState(false);
  if (!result) return <p role="status">正在校对…</p>;
  const errors = result.open.filter((e) => e.item.severity === 'error').length;
  const byKind = groupBy(result.open, (e) => e.item.kind);
  return (
    <section className="proof" aria-label="校对">
      <h3 className="proof-title">校对</h3>
      <p className="check-summary" role="status">
        {result.open.length === 0 ? '校对未发现问题。' : `校对发现 ${result.open.length} 处（其中 ${errors} 处需修改）。`}
      </p>
      {PROOF_KINDS.filter((k) => byKind.has(k)).map((kind) => {
        const entries = byKind.get(kind)!;
        return (
          <section key={kind} className="proof-kind" aria-label={kind}>
            <h4>
              {kind}（{entries.length}）
            </h4>
            {[...groupBy(entries, (e) => e.item.rule)].map(([rule, ruleEntries]) => {
              const fixable = ruleEntries.filter((e) => e.item.fix !== null);
              const name = ruleEntries[0]!.item.ruleName;
              return (
                <div key={rule} role="group" aria-label={name} className="proof-rule">
                  <div className="proof-rule-head">
                    <span>{name}</span>
                    {fixable.length > 1 ? (
                      <button
                        type="button"
                        disabled={readOnly}
                        title={`把“${name}”的 ${fixable.length} 处全部改正`}
                        onClick={() => fixEntries(editor, fixable)}
                      >
                        全部改正
                      </button>
                    ) : null}
                  </div>
                  <ul className="check-list">
                    {ruleEntries.map((entry) => (
                      <ProofRow key={entry.id} entry={entry} editor={editor} readOnly={readOnly} action={{ label: '忽略', run: () => onIgnore(entry.key) }} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
      {result.ignored.length ? (
        <div className="proof-ignored">
          <button type="button" aria-expanded={showIgnored} onClick={() => setShowIgnored(!showIgnored)}>
            {showIgnored ? '隐藏已忽略' : `显示已忽略（${result.ignored.length}）`}
          </button>
          {showIgnored ? (
            <ul className="check-list" aria-label="已忽略">
              {result.ignored.map((entry) => (
                <ProofRow
                  key={entry.id}
                  entry={entry}
                  editor={editor}
                  readOnly={readOnly}
                  action={{ label: '取消忽略', run: () => onUnignore(entry.key) }}
                  ignored
                />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function ProofRow({
  entry,
  editor,
  readOnly,
  action,
  ignored = false,
}: {
  entry: ProofEntry;
  editor: Editor;
  readOnly: boolean;
  action: { label: string; run: () => void };
  ignored?: boolean;
}) {
  const { item } = entry;
  return (
    <li className={`check-item proof-item ${item.severity === 'error' ? 'error' : 'warning'}${ignored ? ' ignored' : ''}`}>
      <button type="button" onClick={() => selectEntry(editor, entry)}>
        <span className="sev">{PROOF_SEVERITY_LABELS[item.severity]}</span>“{item.match}” {item.reason}
      </button>
      <span className="proof-actions">
        {item.fix !== null && !ignored ? (
          <button type="button" disabled={readOnly} onClick={() => fixEntries(editor, [entry])}>
            改为“{item.fix}”
          </button>
        ) : null}
        <button type="button" disabled={readOnly} onClick={action.run}>
          {action.label}
        </button>
      </span>
    </li>
  );
}
