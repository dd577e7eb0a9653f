import { describe, expect, it } from 'vitest';
import { comparedText, findSameParagraphs } from '../../src/yearly/similar.ts';
import { compareReports } from '../../src/yearly/compare.ts';
import { doc, h1, p, t } from '../helpers/builders.ts';

const LAST = '坚持把学法作为领导干部的必修课，全年组织集中学法12次，举办法治讲座4场，领导干部学法考试参考率100%。';

describe('findSameParagraphs', () => {
  it.each([
    ['identical', LAST, true],
    ['numbers changed', LAST.replace('12次', '15次').replace('4场', '6场'), true],
    ['year changed', `2025年，${LAST}`.replace('2025', '2026'), false],
    ['one word changed in a long paragraph', LAST.replace('必修课', '必选课'), true],
    ['rewritten', '坚持领导干部带头学法，全年开展学法活动15次，邀请专家举办讲座6场，学法考试全员参加。', false],
    ['short stock lines never count', '一是加强学习。', false],
  ] as const)('%s', (_name, current, same) => {
    const previous = [LAST, '一是加强学习。', `2025年，${LAST}`];
    const found = findSameParagraphs([current], previous);
    if (_name === 'year changed') expect(found).toEqual([{ current: 0, previous: 2 }]);
    else expect(found.length > 0).toBe(same);
  });

  it('ignores numbers, punctuation and spaces when comparing', () => {
    expect(comparedText('2025年， 办理 42件。')).toBe('年办理件');
  });
});

describe('compareReports', () => {
  const last = doc(
    t('2025年报告'),
    p('2025年，我局坚持依法行政。'),
    h1('工作开展情况'),
    p('办理案件42件。开展培训3次。'),
    h1('2026年工作打算'),
    p('加强执法队伍建设。'),
  );
  const now = doc(t('2026年报告'), p('2026年，我局坚持依法行政。'), h1('工作开展情况'), p('办理案件42件。新建服务站5个。'), h1('2027年工作打算'), p(''));

  it('diffs part by part, sentence by sentence, with counts', () => {
    const diff = compareReports(now, last);
    expect(diff.map((d) => [d.label, d.counts])).toEqual([
      ['导语', { added: 0, removed: 0, same: 1 }],
      ['工作开展情况', { added: 1, removed: 1, same: 2 }],
      ['下一步打算', { added: 0, removed: 1, same: 1 }],
    ]);
    const work = diff[1]!.segments;
    expect(work.find((s) => s.kind === 'added')!.sentences).toEqual(['新建服务站5个。']);
    expect(work.find((s) => s.kind === 'removed')!.sentences).toEqual(['开展培训3次。']);
    // A sentence whose only change is its year is the same; each side keeps its own wording.
    expect(diff[0]!.segments).toEqual([{ kind: 'same', sentences: ['2026年，我局坚持依法行政。'], previous: ['2025年，我局坚持依法行政。'] }]);
  });
});
