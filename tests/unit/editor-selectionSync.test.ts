import { describe, expect, it } from 'vitest';
import { isPlainCharacter } from '../../src/editor/extensions/selectionSync.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('isPlainCharacter (keys that skip the selection read before keymaps)', () => {
  it('is true for typed characters, with or without Shift', () => {
    for (const k of ['a', 'A', '1', ' ', '，', '。']) expect(isPlainCharacter(key(k))).toBe(true);
  });
  it('is false for commands: named keys and anything with Ctrl, Alt or Meta', () => {
    for (const k of ['Enter', 'Backspace', 'Delete', 'Tab', 'ArrowLeft', 'Home', 'Process']) expect(isPlainCharacter(key(k))).toBe(false);
    expect(isPlainCharacter(key('z', { ctrlKey: true }))).toBe(false);
    expect(isPlainCharacter(key('1', { altKey: true }))).toBe(false);
    expect(isPlainCharacter(key('b', { metaKey: true }))).toBe(false);
  });
});
