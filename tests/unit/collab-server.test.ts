/**
 * The collaboration server as a real process (tsx server/main.ts) with headless Node clients:
 * access by secret, read-only enforcement, revocation, limits and bad input, persistence across
 * SIGKILL, and the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { KeyedLimiter, fullBucket, take } from '../../server/rateLimit.ts';
import { hashSecret, isDocName, isSecret, newDocName, newSecret, sameHash } from '../../server/secrets.ts';
import { connect, createShare, rawClient, startServer, textOf, textUpdate, waitFor, type ServerProcess } from '../helpers/collabServer.ts';

const PORT = Number(process.env.COLLAB_TEST_PORT ?? 4285);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('secrets and names', () => {
  it('are random, long enough and checked by format', () => {
    const names = new Set(Array.from({ length: 200 }, newDocName));
    const secrets = new Set(Array.from({ length: 200 }, newSecret));
    expect(names.size).toBe(200);
    expect(secrets.size).toBe(200);
    for (const n of names) expect(isDocName(n)).toBe(true);
    for (const s of secrets) expect(isSecret(s)).toBe(true);
    // 22 base64url characters = 132 bits ≥ 128 (16 random bytes); a secret is 32 random bytes.
    expect(Buffer.from(newDocName(), 'base64url').length).toBe(16);
    expect(Buffer.from(newSecret(), 'base64url').length).toBe(32);
    for (const bad of ['', 'short', `${newSecret()}x`, `${newSecret().slice(0, 42)}!`, '../../etc/passwd', null, 42]) expect(isSecret(bad)).toBe(false);
    for (const bad of ['', 'a/b', `${newDocName()}x`, `${newDocName().slice(0, 21)} `]) expect(isDocName(bad)).toBe(false);
  });
  it('are stored as hashes compared in constant time', () => {
    const s = newSecret();
    expect(hashSecret(s)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(s)).not.toContain(s);
    expect(sameHash(hashSecret(s), hashSecret(s))).toBe(true);
    expect(sameHash(hashSecret(s), hashSecret(newSecret()))).toBe(false);
    expect(sameHash('', '')).toBe(false);
  });
});

describe('rate limits', () => {
  it('allow a burst, then refill at the set rate', () => {
    let now = 0;
    const limiter = new KeyedLimiter({ burst: 3, perSecond: 2 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    now = 499;
    expect(limiter.take('a')).toBe(false);
    now = 500;
    expect(limiter.take('a')).toBe(true);
    const bucket = fullBucket({ burst: 1, perSecond: 1 }, 0);
    expect(take(bucket, { burst: 1, perSecond: 1 }, 0)).toBe(true);
    expect(take(bucket, { burst: 1, perSecond: 1 }, 10)).toBe(false);
  });
});

describe('server process', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer(PORT);
  });
  afterAll(async () => {
    await server?.kill();
  });

  it('answers the probe and creates shares with three distinct secrets', async () => {
    const probe = await fetch(`${server.url}/api/collab`);
    expect(await probe.json()).toEqual({ service: 'report-drafter-collab', version: 1 });
    const share = await createShare(server);
    expect(isDocName(share.name)).toBe(true);
    expect(new Set([share.owner, share.edit, share.read]).size).toBe(3);
    for (const s of [share.owner, share.edit, share.read]) expect(isSecret(s)).toBe(true);
  });

  it('gives an edit link and a read link the same document; the read link cannot change it, even sending an update directly', async () => {
    const share = await createShare(server);
    const editor = connect(server.wsUrl, share.name, share.edit);
    const reader = connect(server.wsUrl, share.name, share.read);
    await Promise.all([editor.synced(), reader.synced()]);
    editor.doc.getText('t').insert(0, '第一段');
    await editor.acknowledged();
    await waitFor(() => textOf(reader.doc) === '第一段');
    expect(reader.provider.authorizedScope).toBe('readonly');

    // Through the provider: the reader's local change never reaches anyone.
    reader.doc.getText('t').insert(0, '只读者');
    // By hand: an update over the read-only link.
    const raw = await rawClient(server.wsUrl, share.name, share.read);
    expect(await raw.auth).toBe('authenticated:readonly');
    raw.sendUpdate(textUpdate('注入'));
    await sleep(500);
    expect(textOf(editor.doc)).toBe('第一段');
    const fresh = connect(server.wsUrl, share.name, share.edit);
    await fresh.synced();
    expect(textOf(fresh.doc)).toBe('第一段');
    for (const c of [editor, reader, fresh]) c.destroy();
    raw.ws.close();
  });

  it('refuses a wrong secret, an unknown document and malformed ones alike, saying nothing about existence', async () => {
    const share = await createShare(server);
    const writer = connect(server.wsUrl, share.name, share.edit);
    await writer.synced();
    writer.doc.getText('t').insert(0, '机密内容');
    await writer.acknowledged();
    const cases: Array<[string, string]> = [
      [share.name, newSecret()], // existing document, wrong secret
      [newDocName(), newSecret()], // no such document
      [newDocName(), share.edit], // a real secret for another name
      [share.name, 'short'], // malformed secret
      [share.name, ''], // missing secret
      ['../../etc/passwd', share.edit], // malformed name
    ];
    const results = await Promise.all(
      cases.map(async ([name, token]) => {
        const raw = await rawClient(server.wsUrl, name, token);
        const result = await raw.auth;
        raw.sendUpdate(textUpdate('不该写入'));
        await sleep(200);
        raw.ws.close();
        return result;
      }),
    );
    expect(new Set(results)).toEqual(new Set(['denied:permission-denied']));
    const probe = connect(server.wsUrl, share.name, newSecret());
    await waitFor(() => probe.denied !== null, 10_000, 'denial');
    expect(probe.doc.getText('t').toString()).toBe('');
    probe.destroy();
    const check = connect(server.wsUrl, share.name, share.read);
    await check.synced();
    expect(textOf(check.doc)).toBe('机密内容');
    check.destroy();
    writer.destroy();
    // The revoke API gives the same answer for an unknown document and a wrong owner secret.
    const a = await fetch(`${server.url}/api/shares/revoke`, { method: 'POST', body: JSON.stringify({ name: share.name, owner: share.edit, which: 'read' }) });
    const b = await fetch(`${server.url}/api/shares/revoke`, {
      method: 'POST',
      body: JSON.stringify({ name: newDocName(), owner: newSecret(), which: 'read' }),
    });
    const c = await fetch(`${server.url}/api/shares/revoke`, { method: 'POST', body: 'not json' });
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(await a.text()).toBe(await b.text());
    expect(c.status).toBe(400);
  });

  it('revoking a link gives a new secret and closes the sessions opened with the old one', async () => {
    const share = await createShare(server);
    const owner = connect(server.wsUrl, share.name, share.owner);
    const reader = connect(server.wsUrl, share.name, share.read);
    const editor = connect(server.wsUrl, share.name, share.edit);
    await Promise.all([owner.synced(), reader.synced(), editor.synced()]);
    const res = await fetch(`${server.url}/api/shares/revoke`, {
      method: 'POST',
      body: JSON.stringify({ name: share.name, owner: share.owner, which: 'edit' }),
    });
    expect(res.status).toBe(200);
    const { secret } = (await res.json()) as { secret: string };
    expect(isSecret(secret) && secret !== share.edit).toBe(true);
    // The old edit session is closed; its reconnect is refused; what it types stays with it.
    await waitFor(() => editor.denied !== null, 10_000, 'revoked session refused');
    editor.doc.getText('t').insert(0, '旧链接');
    owner.doc.getText('t').insert(0, '负责人');
    await owner.acknowledged();
    await sleep(300);
    expect(textOf(reader.doc)).toBe('负责人');
    const renewed = connect(server.wsUrl, share.name, secret);
    await renewed.synced();
    expect(textOf(renewed.doc)).toBe('负责人');
    expect(renewed.provider.authorizedScope).toBe('read-write');
    for (const c of [owner, reader, editor, renewed]) c.destroy();
  });

  it('keeps the document and stays up after a malformed update, an oversize update and a message flood', async () => {
    const share = await createShare(server);
    const writer = connect(server.wsUrl, share.name, share.edit);
    await writer.synced();
    writer.doc.getText('t').insert(0, '原文');
    await writer.acknowledged();

    // Malformed Yjs update: that connection is closed, nothing is applied.
    const bad = await rawClient(server.wsUrl, share.name, share.edit);
    expect(await bad.auth).toBe('authenticated:read-write');
    bad.sendUpdate(new Uint8Array([1, 255, 255, 255, 255, 15, 3, 9, 9, 9, 200, 1, 2]));
    bad.sendUpdate(new Uint8Array([0, 0, 7]));
    // A message whose framing is broken.
    bad.sendRaw(new Uint8Array([250, 250, 250]));
    await bad.closed;

    // Over 2 MB: the socket is closed (1009), nothing applied.
    const big = await rawClient(server.wsUrl, share.name, share.edit);
    await big.auth;
    big.sendUpdate(textUpdate('大'.repeat(800_000)));
    expect((await big.closed).code).toBe(1009);

    // A flood of small updates from one connection: cut off by the rate limit.
    const flood = await rawClient(server.wsUrl, share.name, share.edit);
    await flood.auth;
    const floodDoc = new Y.Doc();
    for (let i = 0; i < 2000 && flood.ws.readyState === flood.ws.OPEN; i++) flood.sendUpdate(textUpdate('x', floodDoc));
    const closed = await Promise.race([flood.closed, sleep(10_000).then(() => null)]);
    expect(closed?.code).toBe(4429);

    const check = connect(server.wsUrl, share.name, share.edit);
    await check.synced();
    // The flood's first updates within the burst may have landed (they were valid), the rest not.
    const text = textOf(check.doc);
    expect(text.startsWith('原文') || text.endsWith('原文')).toBe(true);
    const landed = text.replace('原文', '');
    expect(landed).toMatch(/^x*$/);
    // Burst 300 plus 100/s refill while the flood was read: far below the 2000 sent.
    expect(landed.length).toBeLessThan(600);
    expect(text).not.toContain('大');
    expect((await fetch(`${server.url}/api/collab`)).status).toBe(200);
    check.destroy();
    writer.destroy();
  });

  it('refuses a flood of connections from one address and keeps serving the others', async () => {
    const share = await createShare(server);
    const sockets: WebSocket[] = [];
    const outcomes = await Promise.all(
      Array.from(
        { length: 90 },
        () =>
          new Promise<string>((ok) => {
            const ws = new WebSocket(server.wsUrl);
            sockets.push(ws);
            ws.once('open', () => ok('open'));
            ws.once('unexpected-response', (_req, res) => ok(String(res.statusCode)));
            ws.once('error', () => ok('error'));
          }),
      ),
    );
    expect(outcomes.filter((s) => s === '429').length).toBeGreaterThanOrEqual(20);
    expect(outcomes.filter((s) => s === 'open').length).toBeGreaterThan(0);
    for (const ws of sockets) ws.terminate();
    await sleep(3000);
    const c = connect(server.wsUrl, share.name, share.edit);
    await c.synced();
    c.destroy();
  });

  it('logs one line per connection and disconnection, without content, names or secrets', async () => {
    const share = await createShare(server);
    const c = connect(server.wsUrl, share.name, share.edit);
    await c.synced();
    c.doc.getText('t').insert(0, '日志不得含有的正文');
    await c.acknowledged();
    c.destroy();
    await waitFor(() => server.logs.some((l) => l.includes(`disconnect doc=${share.name.slice(0, 6)}`)), 5000, 'disconnect line');
    const mine = server.logs.filter((l) => l.includes(share.name.slice(0, 6)));
    expect(mine.filter((l) => / connect /.test(l))).toHaveLength(1);
    expect(mine.filter((l) => / disconnect /.test(l))).toHaveLength(1);
    const all = server.logs.join('\n');
    expect(all).not.toContain('日志不得含有的正文');
    expect(all).not.toContain(share.name);
    for (const s of [share.owner, share.edit, share.read]) expect(all).not.toContain(s);
  });
});

describe('persistence', () => {
  it('loses nothing acknowledged when the server is killed with SIGKILL; clients reconnect and carry on', async () => {
    let server = await startServer(PORT + 1);
    const share = await createShare(server);
    const a = connect(server.wsUrl, share.name, share.edit);
    const b = connect(server.wsUrl, share.name, share.edit);
    await Promise.all([a.synced(), b.synced()]);
    let acknowledged = '';
    for (let i = 0; i < 40; i++) {
      a.doc.getText('t').insert(a.doc.getText('t').length, `${i};`);
      if (i % 10 === 9) {
        await a.acknowledged();
        acknowledged = textOf(a.doc);
      }
    }
    await a.acknowledged();
    acknowledged = textOf(a.doc);
    await server.kill('SIGKILL');
    // Typed while the server is down: kept locally, sent on reconnect.
    b.doc.getText('t').insert(0, '离线;');
    server = await startServer(PORT + 1, server.dataDir);
    await waitFor(() => textOf(a.doc) === textOf(b.doc) && textOf(a.doc).startsWith('离线;'), 20_000, 'reconnect and merge');
    await b.acknowledged();
    expect(textOf(a.doc)).toBe(`离线;${acknowledged}`);
    // Killed again right after the acknowledgement: the merged text is on disk.
    await server.kill('SIGKILL');
    server = await startServer(PORT + 1, server.dataDir);
    const c = connect(server.wsUrl, share.name, share.read);
    await c.synced();
    expect(textOf(c.doc)).toBe(`离线;${acknowledged}`);
    for (const x of [a, b, c]) x.destroy();
    await server.kill();
  });
});
