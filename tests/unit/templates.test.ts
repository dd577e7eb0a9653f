import { describe, expect, it } from 'vitest';
import { docOutline } from '../../src/text/reportOutline.ts';
import { inlineText, type ReportDoc } from '../../src/model/schema.ts';
import { frameToInline } from '../../src/templates/frame.ts';
import { defaultFields, parseTemplates, TEMPLATES, templateToDoc } from '../../src/templates/templates.ts';
import raw from '../../templates/report-templates.json';

const resolved = (d: ReportDoc, values: Record<string, string>) => d.content.map((n) => inlineText(n.content, (name) => values[name] ?? ''));

describe('frameToInline', () => {
  it('turns placeholders into field nodes', () => {
    expect(frameToInline('{year}年，在{superior}的领导下')).toEqual([
      { type: 'field', attrs: { name: 'year' } },
      { type: 'text', text: '年，在' },
      { type: 'field', attrs: { name: 'superior' } },
      { type: 'text', text: '的领导下' },
    ]);
  });
  it('rejects unknown placeholders', () => {
    expect(() => frameToInline('{company}')).toThrow('模板占位符无效');
  });
});

describe('templates file', () => {
  it('has the three required templates', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['regulation', 'local', 'township']);
  });
  it('passes its schema (the page uses it unparsed), and the schema refuses a broken file', () => {
    expect(() => parseTemplates({ templates: [{ id: 'x' }] })).toThrow();
    expect(() => parseTemplates({ templates: [{ ...raw.templates[0], sections: raw.templates[0]!.sections.slice(0, 3) }] })).toThrow();
    expect(parseTemplates(raw)).toEqual(TEMPLATES);
  });
});

describe('templateToDoc', () => {
  const values = { unit: '县统计局', year: '2024', nextYear: '2025', superior: '县委、县政府', date: '2025年1月8日' };

  it('regulation order: 主要举措和成效 · 不足和原因 · 第一责任人 · 下一年度安排', () => {
    const d = templateToDoc(TEMPLATES[0]!);
    const outline = docOutline(d).filter((e) => e.type === 'heading');
    expect(outline.map((e) => e.label)).toEqual(['一、', '二、', '三、', '四、']);
    expect(outline.map((e) => e.part)).toEqual(['work', 'problems', 'duty', 'plans']);
    const text = resolved(d, values);
    expect(text[0]).toBe('县统计局2024年度法治政府建设工作报告');
    expect(text).toContain('2025年度推进法治政府建设的主要安排');
  });

  it('includes 五、其他需要报告的情况 only when asked', () => {
    const withOther = docOutline(templateToDoc(TEMPLATES[0]!, { includeOptional: true })).filter((e) => e.type === 'heading');
    expect(withOther.map((e) => `${e.label}${e.text}`).at(-1)).toBe('五、其他需要报告的情况');
    expect(withOther.at(-1)!.part).toBe('other');
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: title, intro frame, hints per part, sign-off', (_id, template) => {
    const d = templateToDoc(template);
    expect(d.content[0].type).toBe('reportTitle');
    expect(d.content[1]).toMatchObject({ type: 'paragraph' });
    const text = resolved(d, values);
    expect(text[0]).toContain('县统计局2024年');
    expect(text[1]).toContain('县委、县政府');
    const hints = d.content.filter((n) => n.type === 'paragraph' && n.attrs?.hint);
    expect(hints).toHaveLength(4);
    for (const h of hints) expect(h.content).toBeUndefined();
    expect(d.content.slice(-2).map((n) => n.type)).toEqual(['signoff', 'signoff']);
    expect(text.slice(-2)).toEqual(['县统计局', '2025年1月8日']);
    const parts = new Set(
      docOutline(d)
        .filter((e) => e.type === 'heading')
        .map((e) => e.part),
    );
    expect(parts).toEqual(new Set(['work', 'duty', 'problems', 'plans']));
  });

  it('common local order puts 第一责任人 second', () => {
    const outline = docOutline(templateToDoc(TEMPLATES[1]!)).filter((e) => e.type === 'heading');
    expect(outline.map((e) => `${e.label}${e.text}`)).toEqual([
      '一、工作开展情况',
      '二、履行推进法治建设第一责任人职责情况',
      '三、存在问题',
      '四、下一步工作打算',
    ]);
  });
});

describe('defaultFields', () => {
  it.each([
    ['2026-11-24', 2026],
    ['2027-02-10', 2026],
    ['2026-10-01', 2026],
  ])('on %s the report year is %i', (day, year) => {
    expect(defaultFields(new Date(`${day}T12:00:00`)).year).toBe(year);
  });
});
