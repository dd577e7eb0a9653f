import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appBase, collabSocketUrl, apiUrl, mayProbe, parseShareHash, shareLink, sharedDraftId, sharedNameOf } from '../../src/collab/links.ts';
import { readAssignments, readFields, readIgnored, readName, writeAssignment, writeFields, writeIgnored, writeName } from '../../src/collab/meta.ts';
import { hasText, reportDocOf, seedYDoc } from '../../src/collab/ydoc.ts';
import { getTemplate, defaultFields } from '../../src/templates/templates.ts';
import { draftFromTemplate } from '../../src/app/draftFactory.ts';

const NAME = 'AbCdEfGhIjKlMnOpQrStUv';
const SECRET = 'a'.repeat(20) + 'B_-'.repeat(7) + '12';

describe('share links', () => {
  it('put the secret in the fragment and round-trip', () => {
    const link = shareLink('http://10.1.2.3:8080/tools/rd/index.html?x=1#/old', { name: NAME, secret: SECRET });
    expect(link).toBe(`http://10.1.2.3:8080/tools/rd/index.html#/shared/${NAME}/${SECRET}`);
    expect(parseShareHash(new URL(link).hash)).toEqual({ kind: 'share', key: { name: NAME, secret: SECRET } });
  });
  it('tell a malformed link from no link', () => {
    expect(parseShareHash('')).toBeNull();
    expect(parseShareHash('#top')).toBeNull();
    for (const bad of [
      `#/shared/${NAME}`,
      `#/shared/${NAME}/short`,
      `#/shared/x/${SECRET}`,
      `#/shared/${NAME}/${SECRET}/extra`,
      `#/shared/${NAME}/${SECRET.slice(1)}!`,
    ])
      expect(parseShareHash(bad)).toEqual({ kind: 'malformed' });
  });
  it('find the server beside the app, under any path', () => {
    expect(collabSocketUrl('http://h:8080/#/shared/x')).toBe('ws://h:8080/collab');
    expect(collabSocketUrl('https://intra/tools/rd/')).toBe('wss://intra/tools/rd/collab');
    expect(apiUrl('http://intra/tools/rd/index.html', 'collab')).toBe('http://intra/tools/rd/api/collab');
    expect(appBase('http://h/a/?q#f')).toBe('http://h/a/');
    expect(mayProbe('file:///C:/rd/index.html')).toBe(false);
    expect(mayProbe('http://127.0.0.1:8080/')).toBe(true);
  });
  it('map shared documents to local draft ids', () => {
    expect(sharedNameOf(sharedDraftId(NAME))).toBe(NAME);
    expect(sharedNameOf('3f2a-uuid')).toBeNull();
    expect(sharedNameOf('shared-../x')).toBeNull();
  });
});

describe('shared Y.Doc', () => {
  const fields = { ...defaultFields(new Date(2024, 0, 15)), unit: '某县司法局' };
  const draft = draftFromTemplate(getTemplate('local')!, false, fields, 'id', 0);

  it('carries the draft text unchanged and its name and fields', () => {
    const doc = new Y.Doc();
    expect(hasText(doc)).toBe(false);
    seedYDoc(doc, { doc: draft.doc, name: '某县报告', fields });
    expect(hasText(doc)).toBe(true);
    expect(reportDocOf(doc)).toEqual(JSON.parse(JSON.stringify(reportDocOf(doc))));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(reportDocOf(copy)).toEqual(reportDocOf(doc));
    expect(JSON.stringify(reportDocOf(copy))).toContain('工作');
    expect(readName(copy)).toBe('某县报告');
    expect(readFields(copy, { unit: '', year: null, superior: '', date: '' })).toEqual(fields);
  });

  it('merges field edits by two people field by field', () => {
    const a = new Y.Doc();
    seedYDoc(a, { doc: draft.doc, name: 'n', fields });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeFields(a, { ...fields, unit: '某县人民政府' });
    writeFields(b, { ...fields, superior: '某市人民政府' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readFields(a, fields)).toEqual({ ...fields, unit: '某县人民政府', superior: '某市人民政府' });
    expect(readFields(b, fields)).toEqual(readFields(a, fields));
  });

  it('keeps 分工, ignored check items and the name', () => {
    const doc = new Y.Doc();
    writeAssignment(doc, 'work', { person: ' 张三·法制股 ', status: '起草中' });
    writeAssignment(doc, 'problems', { person: '李四', status: '待审' });
    expect(readAssignments(doc)).toEqual({ work: { person: '张三·法制股', status: '起草中' }, problems: { person: '李四', status: '待审' } });
    writeAssignment(doc, 'work', null);
    writeAssignment(doc, 'plans', { person: '  ', status: '已定稿' });
    expect(readAssignments(doc)).toEqual({ problems: { person: '李四', status: '待审' } });
    writeIgnored(doc, ['blank:3', 'stale:1']);
    expect(readIgnored(doc)).toEqual(['blank:3', 'stale:1']);
    writeName(doc, '新名称');
    expect(readName(doc)).toBe('新名称');
  });
});

describe('restoring a shared draft from a backup', () => {
  it('makes a local copy with an id of its own, stable across restores; local drafts are untouched', async () => {
    const { asLocalCopy, LOCAL_COPY_SUFFIX } = await import('../../src/collab/restoreCopy.ts');
    const fields = defaultFields(new Date(2024, 0, 15));
    const shared = { ...draftFromTemplate(getTemplate('local')!, false, fields, sharedDraftId(NAME), 0), name: '共享报告' };
    const copy = asLocalCopy(shared);
    expect(sharedNameOf(copy.id)).toBeNull();
    expect(copy.id).not.toBe(shared.id);
    expect(copy.name).toBe(`共享报告${LOCAL_COPY_SUFFIX}`);
    expect(copy.doc).toBe(shared.doc);
    expect(asLocalCopy(copy)).toBe(copy);
    expect(asLocalCopy(shared).id).toBe(copy.id);
    const local = { ...shared, id: '0b7c1e9e-1111-4222-8333-944455556666' };
    expect(asLocalCopy(local)).toBe(local);
  });
});
