import { formatOfficialDate, type FieldName, type ReportFields } from '../model/fields.ts';

/** The id of the input that edits `name` (下一年度 is edited through 报告年度). */
export function fieldInputId(name: FieldName): string {
  return `field-${name === 'nextYear' ? 'year' : name}`;
}

/**
 * 报告信息: the draft's fields. Every place they appear in the document (title, intro frame,
 * sign-off, inserted fields) updates as the user types here.
 */
export function FieldsForm({ fields, onChange, readOnly }: { fields: ReportFields; onChange: (f: ReportFields) => void; readOnly: boolean }) {
  const set = (patch: Partial<ReportFields>) => onChange({ ...fields, ...patch });
  return (
    <section className="fields" aria-labelledby="fields-title">
      <h2 className="panel-title" id="fields-title">
        报告信息
      </h2>
      <label htmlFor={fieldInputId('unit')}>单位名称</label>
      <input id={fieldInputId('unit')} value={fields.unit} placeholder="如：县司法局" readOnly={readOnly} onChange={(e) => set({ unit: e.target.value })} />
      <label htmlFor={fieldInputId('year')}>报告年度</label>
      <input
        id={fieldInputId('year')}
        inputMode="numeric"
        value={fields.year ?? ''}
        placeholder="如：2024"
        readOnly={readOnly}
        onChange={(e) => {
          const digits = e.target.value.replace(/\D/g, '').slice(0, 4);
          set({ year: digits ? Number(digits) : null });
        }}
      />
      <p className="field-note">下一年度：{fields.year === null ? '—' : fields.year + 1}</p>
      <label htmlFor={fieldInputId('superior')}>上级机关</label>
      <input
        id={fieldInputId('superior')}
        value={fields.superior}
        placeholder="如：县委、县政府"
        readOnly={readOnly}
        onChange={(e) => set({ superior: e.target.value })}
      />
      <label htmlFor={fieldInputId('date')}>落款日期</label>
      <input id={fieldInputId('date')} type="date" value={fields.date} readOnly={readOnly} onChange={(e) => set({ date: e.target.value })} />
      <p className="field-note">{fields.date ? `写作：${formatOfficialDate(fields.date)}` : '未填写'}</p>
    </section>
  );
}
