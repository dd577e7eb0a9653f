import { describe, expect, it } from 'vitest';
import { errorText, UNEXPECTED_ERROR_TEXT } from '../../src/app/download.ts';
import { shortcutOf } from '../../src/app/shortcuts.ts';
import { ImportError } from '../../src/import/errors.ts';
import { StorageError } from '../../src/storage/storageError.ts';

describe('errorText never shows an engine’s English message', () => {
  it('keeps the app’s Chinese messages', () => {
    expect(errorText(new ImportError('a.docx', 'corrupt'))).toMatch(/^无法导入“a\.docx”/);
    expect(errorText(new StorageError('quota'))).toBe(new StorageError('quota').message);
  });
  it('replaces anything else with a Chinese message', () => {
    let overflow: unknown;
    const f = (n: number): number => f(n + 1) + 1;
    try {
      f(0);
    } catch (e) {
      overflow = e;
    }
    expect((overflow as Error).message).toMatch(/Maximum call stack/);
    for (const e of [overflow, new TypeError("Cannot read properties of undefined (reading 'x')"), 'boom', null, undefined, 42])
      expect(errorText(e)).toBe(UNEXPECTED_ERROR_TEXT);
    expect(UNEXPECTED_ERROR_TEXT).toMatch(/草稿未受影响/);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    shortcutOf({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps Ctrl+S, Ctrl+Shift+S and Ctrl+P (⌘ too)', () => {
    expect(key('s', { ctrlKey: true })).toBe('save');
    expect(key('S', { ctrlKey: true, shiftKey: true })).toBe('export');
    expect(key('p', { ctrlKey: true })).toBe('print');
    expect(key('s', { metaKey: true })).toBe('save');
  });
  it('leaves other keys alone', () => {
    expect(key('s')).toBeNull();
    expect(key('p', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(key('s', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('b', { ctrlKey: true })).toBeNull();
  });
});
