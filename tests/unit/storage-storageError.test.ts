import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError, type StorageErrorKind } from '../../src/storage/storageError.ts';

const quota = () => new DOMException('full', 'QuotaExceededError');
const abortWith = (inner: unknown) => Object.assign(new DOMException('aborted', 'AbortError'), { error: inner });

describe('toStorageError', () => {
  const cases: Array<{ name: string; value: unknown; opening?: boolean; kind: StorageErrorKind }> = [
    { name: 'QuotaExceededError', value: quota(), kind: 'quota' },
    { name: 'Firefox legacy quota name', value: { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, kind: 'quota' },
    { name: 'legacy code 22', value: { name: 'Error', code: 22 }, kind: 'quota' },
    { name: 'AbortError carrying quota in .error', value: abortWith(quota()), kind: 'quota' },
    { name: 'abort event whose transaction failed on quota', value: { name: 'AbortError', target: { transaction: { error: quota() } } }, kind: 'quota' },
    { name: 'request event whose error is quota', value: { type: 'error', target: { error: quota() } }, kind: 'quota' },
    { name: 'quota as cause', value: new Error('wrapped', { cause: quota() }), kind: 'quota' },
    { name: 'plain AbortError', value: new DOMException('aborted', 'AbortError'), kind: 'unknown' },
    { name: 'SecurityError', value: new DOMException('no', 'SecurityError'), kind: 'unavailable' },
    { name: 'anything while opening', value: new DOMException('x', 'InvalidStateError'), opening: true, kind: 'unavailable' },
    { name: 'quota while opening is still quota', value: quota(), opening: true, kind: 'quota' },
    { name: 'VersionError (database from a newer build)', value: new DOMException('v', 'VersionError'), kind: 'blocked' },
    { name: 'UnknownError', value: new DOMException('disk', 'UnknownError'), kind: 'unknown' },
    { name: 'a string', value: 'oops', kind: 'unknown' },
    { name: 'undefined', value: undefined, kind: 'unknown' },
    { name: 'a StorageError passes through', value: new StorageError('conflict'), kind: 'conflict' },
  ];
  it.each(cases)('$name → $kind', ({ value, opening, kind }) => {
    const e = toStorageError(value, opening);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the original as cause', () => {
    const original = quota();
    expect(toStorageError(original).cause).toBe(original);
  });
  it('does not loop on self-referencing errors', () => {
    const e: { name: string; error?: unknown } = { name: 'AbortError' };
    e.error = e;
    expect(toStorageError(e).kind).toBe('unknown');
  });
});
