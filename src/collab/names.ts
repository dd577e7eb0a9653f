/**
 * What this PC remembers about sharing (localStorage, never sent anywhere but to the own server as
 * tokens): the user's display name (姓名) and, per shared document, the secret this PC opens it
 * with and — on the PC that shared it — the owner secret and both links' secrets.
 */
const NAME_KEY = 'report-drafter.collab.name';
const SHARES_KEY = 'report-drafter.collab.shares';

export interface ShareRecord {
  readonly name: string;
  /** The secret this PC connects with (the owner's on the sharing PC). */
  readonly secret: string;
  /** Only on the PC that shared the draft. */
  readonly owner?: { readonly edit: string; readonly read: string };
  /** What the server last granted this PC's secret. */
  readonly lastAccess?: 'edit' | 'read';
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function displayName(): string {
  return storage()?.getItem(NAME_KEY) ?? '';
}

export function rememberDisplayName(name: string): void {
  storage()?.setItem(NAME_KEY, name.trim());
}

function readShares(): Record<string, ShareRecord> {
  try {
    const v = JSON.parse(storage()?.getItem(SHARES_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, ShareRecord>) : {};
  } catch {
    return {};
  }
}

export function shareRecord(name: string): ShareRecord | null {
  return readShares()[name] ?? null;
}

export function rememberShare(record: ShareRecord): void {
  const all = readShares();
  // A link opened on the sharing PC keeps the owner's rights.
  const prev = all[record.name];
  all[record.name] = prev?.owner && !record.owner ? prev : prev && prev.secret !== record.secret ? { ...record, lastAccess: undefined } : record;
  storage()?.setItem(SHARES_KEY, JSON.stringify(all));
}

/** A stable colour per person, readable on white (HSL hue from the name). */
export function colorFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return `hsl(${h}, 70%, 38%)`;
}

export function forgetShare(name: string): void {
  const all = readShares();
  delete all[name];
  storage()?.setItem(SHARES_KEY, JSON.stringify(all));
}
