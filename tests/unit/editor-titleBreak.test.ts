import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { reportExtensions } from '../../src/editor/extensions/index.ts';
import { TitleBreak, titleBreakKey, titleBreakOutdated, titleBreakPos } from '../../src/editor/extensions/titleBreak.ts';
import type { ReportFields } from '../../src/model/fields.ts';
import { field, paragraph, reportDoc, title, type InlineNode } from '../../src/model/schema.ts';

const schema = getSchema(reportExtensions());
const fieldsOf = (unit: string): ReportFields => ({ unit, year: 2023, superior: '', date: '' });
const docOf = (...content: (string | InlineNode)[]) => PMNode.fromJSON(schema, reportDoc(title(...content), paragraph('正文')));
/** The title's text with "|" where the second line starts. */
function shown(d: PMNode, fields: ReportFields): string {
  const pos = titleBreakPos(d, fields);
  let out = '';
  d.firstChild!.forEach((child, offset) => {
    const text = child.isText ? child.text! : child.type.name === 'field' ? `{${child.attrs.name}}` : '\n';
    for (let i = 0; i < text.length; i++) out += (pos === 1 + offset + i && (child.isText || i === 0) ? '|' : '') + text[i];
  });
  return out;
}

describe("titleBreakPos: where the editor draws the title's line break", () => {
  it('before the year field when the unit field makes the title too long', () => {
    const d = docOf(field('unit'), field('year'), '年度法治政府建设工作报告');
    expect(shown(d, fieldsOf('XX市XX县人民政府办公室'))).toBe('{unit}|{year}年度法治政府建设工作报告');
    expect(titleBreakPos(d, fieldsOf('县司法局'))).toBeNull();
  });

  it('inside typed text, the same place the export breaks it', () => {
    expect(shown(docOf('县司法局2023年度法治政府建设工作开展情况和成效报告'), fieldsOf(''))).toBe('县司法局2023年度|法治政府建设工作开展情况和成效报告');
  });

  it("none when the user typed a break, or the boundary falls inside a field's text", () => {
    expect(titleBreakPos(docOf('XX市XX县人民政府', { type: 'hardBreak' }, '办公室2023年度法治政府建设工作报告'), fieldsOf(''))).toBeNull();
    expect(titleBreakPos(docOf(field('unit'), '年度法治政府建设工作报告'), fieldsOf('XX市XX县人民政府办公室2023'))).toBeNull();
  });
});

describe('the plugin', () => {
  it('keeps one widget at the break, rebuilt when the title or the fields change, mapped otherwise', () => {
    const fields = { current: fieldsOf('XX市XX县人民政府办公室') };
    const [plugin] = TitleBreak.config.addProseMirrorPlugins!.call({
      editor: {
        storage: {
          field: {
            get fields() {
              return fields.current;
            },
          },
        },
      },
    } as never);
    let state = EditorState.create({ doc: docOf(field('unit'), field('year'), '年度法治政府建设工作报告'), plugins: [plugin!] });
    const at = () =>
      titleBreakKey
        .getState(state)!
        .find()
        .map((d) => d.from);
    expect(at()).toEqual([2]);
    // typing in the body keeps it
    state = state.apply(state.tr.insertText('新', state.doc.content.size - 1));
    expect(at()).toEqual([2]);
    // a short unit: gone once the fields are applied
    fields.current = fieldsOf('县司法局');
    state = state.apply(state.tr.setMeta(titleBreakKey, true));
    expect(at()).toEqual([]);
    // typing into the title makes it long again: the break goes before 关于
    state = state.apply(state.tr.insertText('关于推进依法行政', 3));
    expect(at()).toEqual([3]);
  });
});

describe('titleBreakOutdated: a change of fields asks for a rebuild only when it moves the break', () => {
  it('compares the drawn break with the one the fields want', () => {
    const current = { fields: fieldsOf('XX市XX县人民政府办公室') };
    const [plugin] = TitleBreak.config.addProseMirrorPlugins!.call({ editor: { storage: { field: current } } } as never);
    const state = EditorState.create({ doc: docOf(field('unit'), field('year'), '年度法治政府建设工作报告'), plugins: [plugin!] });
    expect(titleBreakOutdated(state, fieldsOf('XX市XX县人民政府办公室'))).toBe(false);
    expect(titleBreakOutdated(state, fieldsOf('XX市XX县人民政府'))).toBe(false); // shorter, still too long: still before the year
    expect(titleBreakOutdated(state, fieldsOf('县司法局'))).toBe(true);
    current.fields = fieldsOf('县司法局');
    const none = EditorState.create({ doc: state.doc, plugins: [plugin!] });
    expect(titleBreakOutdated(none, fieldsOf('县统计局'))).toBe(false);
    expect(titleBreakOutdated(none, fieldsOf('XX市XX县人民政府办公室'))).toBe(true);
  });
});
