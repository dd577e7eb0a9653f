import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import { ASSIGNMENT_STATUSES, type Assignments, type AssignmentStatus } from '../../collab/assignment.ts';
import { PART_LABELS, REPORT_PARTS, type ReportPart } from '../../model/part.ts';
import type { CollabModules } from './useCollab.ts';

/** The shared 分工 of a draft, kept current (local and remote changes). */
export function useAssignments(doc: Y.Doc | null, meta: CollabModules['meta'] | null): Assignments {
  const [, setVersion] = useState(0);
  useEffect(() => (doc && meta ? meta.observeMeta(doc, () => setVersion((v) => v + 1)) : undefined), [doc, meta]);
  return doc && meta ? meta.readAssignments(doc) : {};
}

/**
 * 分工: each of the report's four parts can be given to a person, with a status
 * (起草中 / 待审 / 已定稿); everyone sees it here and in the outline.
 */
export function AssignmentsPanel({
  doc,
  meta,
  assignments,
  people,
  readOnly,
}: {
  doc: Y.Doc;
  meta: CollabModules['meta'];
  assignments: Assignments;
  people: readonly string[];
  readOnly: boolean;
}) {
  const id = useId();
  const set = (part: ReportPart, person: string, status: AssignmentStatus) => meta.writeAssignment(doc, part, person.trim() ? { person, status } : null);
  return (
    <section className="assignments" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>
        分工
      </h2>
      <datalist id={`${id}-people`}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {REPORT_PARTS.map((part) => {
        const a = assignments[part];
        return (
          <fieldset key={part} className="assignment">
            <legend>{PART_LABELS[part]}</legend>
            <AssigneeInput
              label={`${PART_LABELS[part]}负责人`}
              listId={`${id}-people`}
              value={a?.person ?? ''}
              readOnly={readOnly}
              onCommit={(person) => set(part, person, a?.status ?? '起草中')}
            />
            <select
              aria-label={`${PART_LABELS[part]}状态`}
              value={a?.status ?? '起草中'}
              disabled={readOnly || !a}
              onChange={(e) => set(part, a?.person ?? '', e.target.value as AssignmentStatus)}
            >
              {ASSIGNMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </fieldset>
        );
      })}
    </section>
  );
}

/** A name field that writes to the shared document when the user leaves it or presses Enter. */
function AssigneeInput({
  label,
  listId,
  value,
  readOnly,
  onCommit,
}: {
  label: string;
  listId: string;
  value: string;
  readOnly: boolean;
  onCommit: (v: string) => void;
}) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text.trim() !== value) onCommit(text);
  };
  return (
    <input
      aria-label={label}
      list={listId}
      value={text}
      placeholder="负责人"
      readOnly={readOnly}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
