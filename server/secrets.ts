/**
 * Document names and link secrets: formats, generation and hashing. Pure (node:crypto only).
 *
 * A document name is 128 random bits, a secret 256 random bits, both base64url. The server keeps
 * only SHA-256 hashes of the secrets (a secret has full entropy, so a plain hash cannot be
 * reversed by guessing); comparing hashes uses a constant-time compare.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const DOC_NAME_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Which link a secret belongs to: the owner's (kept on the sharing PC), 编辑链接, 只读链接. */
export type Role = 'owner' | 'edit' | 'read';

export function newDocName(): string {
  return randomBytes(16).toString('base64url');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function isDocName(value: unknown): value is string {
  return typeof value === 'string' && DOC_NAME_PATTERN.test(value);
}

export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
