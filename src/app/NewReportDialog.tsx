import { useId, useState } from 'react';
import { ExamplesStatus } from './ExamplesStatus.tsx';
import { examplesOf, type ExamplesState } from './useExamples.ts';
import { useModalDialog } from './useModalDialog.ts';
import type { ExampleReport } from '../model/example.ts';
import type { DraftSummary } from '../storage/db.ts';
import { PreviousPicker } from './PreviousPicker.tsx';
import { TEMPLATES, type ReportTemplate } from '../templates/templates.ts';

export type NewReportChoice =
  | { kind: 'template'; template: ReportTemplate; includeOptional: boolean }
  | { kind: 'example'; example: ExampleReport }
  | { kind: 'lastYearDraft'; draftId: string }
  | { kind: 'lastYearFile' };

/** Display name of an example: its title, plus the unit when the title does not name it. */
export function exampleName(example: ExampleReport): string {
  if (example.unit && example.title.includes(example.unit)) return example.title;
  return `${example.title}（${example.unit ?? '未署名单位'}）`;
}

/** 新建报告: pick a template or start from one of the seven examples. */
export function NewReportDialog({
  open,
  examples,
  drafts = [],
  onClose,
  onChoose,
}: {
  open: boolean;
  examples: ExamplesState;
  drafts?: readonly DraftSummary[];
  onClose: () => void;
  onChoose: (c: NewReportChoice) => void;
}) {
  const ref = useModalDialog(open);
  const id = useId();
  const [includeOptional, setIncludeOptional] = useState(false);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>新建报告</h2>
      <p className="muted">新报告会另存为一份草稿，当前草稿保留在“我的草稿”中。</p>
      <h3>从去年的报告开始</h3>
      <p className="muted">
        选去年的报告（Word文件或我的草稿）：新报告的年度加一，单位名称和上级机关沿用，年份顺延，去年的数字标出待更新，去年的打算列在“去年打算”中逐项对照。
      </p>
      <PreviousPicker
        drafts={drafts}
        actionLabel="从这份草稿开始"
        onDraft={(draftId) => onChoose({ kind: 'lastYearDraft', draftId })}
        onFile={() => onChoose({ kind: 'lastYearFile' })}
      />
      <h3>按模板起草</h3>
      <ul className="choice-list">
        {TEMPLATES.map((t) => (
          <li key={t.id}>
            <button type="button" className="choice" onClick={() => onChoose({ kind: 'template', template: t, includeOptional })}>
              <strong>{t.name}</strong>
              <span className="muted">{t.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={includeOptional} onChange={(e) => setIncludeOptional(e.target.checked)} />
        包含可选部分“其他需要报告的情况”（规定四部分模板）
      </label>
      <h3>从范文开始</h3>
      <ExamplesStatus state={examples} />
      <ul className="choice-list">
        {examplesOf(examples).map((ex) => (
          <li key={ex.id}>
            <button type="button" className="choice" onClick={() => onChoose({ kind: 'example', example: ex })}>
              <strong>{exampleName(ex)}</strong>
              <span className="muted">
                {ex.level}级 · {ex.year}年 · {ex.blocks.filter((b) => b.type === 'heading').length} 个标题
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </dialog>
  );
}
