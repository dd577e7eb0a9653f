/**
 * Share links and the collaboration server's addresses, derived from the page's own address (so
 * the app works under any path, e.g. behind a reverse proxy at /tools/report-drafter/). Pure.
 *
 * A link is `<app address>#/shared/<document name>/<secret>`: the secret is in the fragment, which
 * browsers never send to a server (nor put in a Referer), so it stays out of access logs.
 */
export const DOC_NAME_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface ShareKey {
  readonly name: string;
  readonly secret: string;
}

/** The app's address without fragment and query. */
export function appBase(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  return url.href;
}

export function shareLink(href: string, key: ShareKey): string {
  return `${appBase(href)}#/shared/${key.name}/${key.secret}`;
}

export type ParsedHash = { kind: 'share'; key: ShareKey } | { kind: 'malformed' } | null;

/** Reads a share link's fragment; `malformed` for a /shared/ fragment that is not a valid link. */
export function parseShareHash(hash: string): ParsedHash {
  const m = /^#\/shared\/(.*)$/.exec(hash.trim());
  if (!m) return null;
  const [name, secret, ...rest] = m[1]!.split('/');
  if (rest.length || !name || !secret || !DOC_NAME_PATTERN.test(name) || !SECRET_PATTERN.test(secret)) return { kind: 'malformed' };
  return { kind: 'share', key: { name, secret } };
}

/** The WebSocket endpoint beside the app: http://h/p/ → ws://h/p/collab. */
export function collabSocketUrl(href: string): string {
  const url = new URL('collab', appBase(href));
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

export function apiUrl(href: string, path: 'collab' | 'shares' | 'shares/revoke'): string {
  return new URL(`api/${path}`, appBase(href)).href;
}

/** Only an app served over http(s) may ask for a server; the single file (file://) never does. */
export function mayProbe(href: string): boolean {
  const protocol = new URL(href).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/** The local draft that mirrors a shared document. */
export const SHARED_DRAFT_PREFIX = 'shared-';
export const sharedDraftId = (name: string) => `${SHARED_DRAFT_PREFIX}${name}`;
export function sharedNameOf(draftId: string | undefined): string | null {
  if (!draftId?.startsWith(SHARED_DRAFT_PREFIX)) return null;
  const name = draftId.slice(SHARED_DRAFT_PREFIX.length);
  return DOC_NAME_PATTERN.test(name) ? name : null;
}
