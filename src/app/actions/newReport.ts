import { newId } from '../../storage/newId.ts';
import { defaultFields } from '../../templates/templates.ts';
import { draftFromExample, draftFromTemplate } from '../draftFactory.ts';
import type { NewReportChoice } from '../NewReportDialog.tsx';
import type { Action } from './action.ts';

/** 新建报告: a template (keeping 单位名称 and 上级机关 of the open draft) or an example, opened as a new draft. */
export const newReport: Action<[Extract<NewReportChoice, { kind: 'template' | 'example' }>]> = {
  name: 'newReport',
  failure: (error) => `无法创建草稿：${error}`,
  async perform(host, choice) {
    const now = Date.now();
    const { unit, superior } = host.fields;
    const draft =
      choice.kind === 'template'
        ? draftFromTemplate(choice.template, choice.includeOptional, { ...defaultFields(new Date()), unit, superior }, newId(), now)
        : draftFromExample(choice.example, newId(), now);
    await host.workspace.openNew(draft);
  },
};
