/** Calls to the collaboration server's small API (same origin only). */
import { apiUrl, mayProbe } from './links.ts';

/**
 * Whether the page is served by report-drafter's server (only then is 共享起草 offered): that
 * server adds `<meta name="report-drafter-collab">` to the page, so no request is needed — a page
 * from any other web server, or the single file, asks nothing. The server also answers
 * `api/collab` (for tools and monitoring).
 */
export function servedByCollabServer(doc: Document, href: string): boolean {
  return mayProbe(href) && doc.querySelector('meta[name="report-drafter-collab"]') !== null;
}

/** Asks `api/collab` (monitoring, tests); the app itself uses {@link servedByCollabServer}. */
export async function probeServer(href: string): Promise<boolean> {
  if (!mayProbe(href)) return false;
  try {
    const res = await fetch(apiUrl(href, 'collab'), { cache: 'no-store', credentials: 'omit' });
    if (!res.ok || !res.headers.get('content-type')?.includes('application/json')) return false;
    const body = (await res.json()) as { service?: unknown };
    return body.service === 'report-drafter-collab';
  } catch {
    return false;
  }
}

export interface NewShare {
  readonly name: string;
  readonly owner: string;
  readonly edit: string;
  readonly read: string;
}

export class CollabApiError extends Error {}

export async function createShare(href: string): Promise<NewShare> {
  let res: Response;
  try {
    res = await fetch(apiUrl(href, 'shares'), { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  } catch {
    throw new CollabApiError('无法连接协同服务器，请检查网络后重试。');
  }
  if (res.status === 429) throw new CollabApiError('共享太频繁，请稍后再试。');
  if (res.status !== 201) throw new CollabApiError(`协同服务器拒绝了请求（${res.status}）。`);
  return (await res.json()) as NewShare;
}

export async function revokeLink(href: string, name: string, owner: string, which: 'edit' | 'read'): Promise<string> {
  let res: Response;
  try {
    res = await fetch(apiUrl(href, 'shares/revoke'), {
      method: 'POST',
      body: JSON.stringify({ name, owner, which }),
      headers: { 'content-type': 'application/json' },
    });
  } catch {
    throw new CollabApiError('无法连接协同服务器，链接未撤销。');
  }
  if (!res.ok) throw new CollabApiError('协同服务器拒绝撤销该链接。');
  return ((await res.json()) as { secret: string }).secret;
}
