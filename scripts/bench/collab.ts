/**
 * Co-drafting load (loopback only, bounded in time): the real server process (server/main.ts) with
 * a fresh database; one shared report edited by `clients` headless HocuspocusProvider clients,
 * each typing `editsPerSecond` small insertions into its own paragraph, plus `idleDocs` other
 * shared documents held open (over one multiplexed socket) the whole time. A separate observer
 * client records, for every edit, when the server's broadcast made it visible there: its Yjs state
 * vector reaching the writer's clock after that edit (edit → seen by another client). At the end
 * every replica and the server's stored state must be identical.
 *
 * Standalone: `tsx scripts/bench/collab.ts [--quick]`; `npm run bench` runs it too.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CollabStore } from '../../server/store.ts';
import { reportDocOf, seedYDoc } from '../../src/collab/ydoc.ts';
import { TEXT_FIELD } from '../../src/collab/meta.ts';
import { draftFromTemplate } from '../../src/app/draftFactory.ts';
import { defaultFields, getTemplate } from '../../src/templates/templates.ts';
import { createShare, startServer, waitFor, type ServerProcess } from '../../tests/helpers/collabServer.ts';
import { summarize, type Summary } from './stats.ts';

export interface CollabLoadOptions {
  readonly port: number;
  readonly clients: number;
  readonly editsPerSecond: number;
  readonly seconds: number;
  readonly idleDocs: number;
}

export interface CollabLoadResult {
  readonly options: CollabLoadOptions;
  readonly edits: number;
  readonly seen: Summary;
  readonly unseen: number;
  /** Server process resident memory, MiB: after everyone connected, at the end, peak. */
  readonly serverMemoryMiB: { readonly connected: number; readonly end: number; readonly peak: number };
  readonly replicasIdentical: boolean;
  readonly storedEqual: boolean;
  readonly finalChars: number;
}

function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Peer {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
}

function peer(url: string, name: string, token: string, socket?: HocuspocusProviderWebsocket): Peer {
  const ws = socket ?? new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 100, maxDelay: 1000 });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: ws, name, token, document: doc });
  provider.attach();
  return { doc, provider, socket: ws };
}

export async function measureCollabLoad(options: CollabLoadOptions, log: (line: string) => void = console.log): Promise<CollabLoadResult> {
  // The bench creates 51 documents at once: the per-address share limit is raised for it.
  const server: ServerProcess = await startServer(options.port, undefined, { COLLAB_LIMITS: JSON.stringify({ shares: { burst: 1000, perSecond: 100 } }) });
  const peers: Peer[] = [];
  try {
    const fields = defaultFields(new Date());
    const draft = draftFromTemplate(getTemplate('local')!, false, { ...fields, unit: '某县司法局' }, 'bench', 0);
    const main = await createShare(server);
    const idle = await Promise.all(Array.from({ length: options.idleDocs }, () => createShare(server)));

    // The owner seeds the report; everyone else joins with the edit link.
    const owner = peer(server.wsUrl, main.name, main.owner);
    seedYDoc(owner.doc, { doc: draft.doc, name: '负载测试', fields: draft.fields });
    peers.push(owner);
    await waitFor(() => owner.provider.isSynced && !owner.provider.hasUnsyncedChanges, 30_000, 'owner synced');

    const idleSocket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket });
    for (const share of idle) {
      const p = peer(server.wsUrl, share.name, share.edit, idleSocket);
      p.doc.getText('t').insert(0, '空闲文档');
      peers.push(p);
    }
    const observer = peer(server.wsUrl, main.name, main.read);
    peers.push(observer);
    const writers = Array.from({ length: options.clients }, () => peer(server.wsUrl, main.name, main.edit));
    peers.push(...writers);
    await waitFor(() => peers.every((p) => p.provider.isSynced), 60_000, 'all clients synced');
    const connected = memoryMiB(server.child.pid!);
    log(`co-drafting: ${writers.length} writers, ${idle.length} idle documents connected; server RSS ${connected.rss.toFixed(1)} MiB`);

    // Each writer types into its own paragraph (body paragraphs of the template, cycled).
    const fragment = (d: Y.Doc) => d.getXmlFragment(TEXT_FIELD);
    const paragraphs = (d: Y.Doc) =>
      fragment(d)
        .toArray()
        .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph');
    const pending = new Map<number, Array<{ clock: number; t0: number }>>();
    const latencies: number[] = [];
    observer.doc.on('update', () => {
      const now = performance.now();
      for (const [clientId, list] of pending) {
        const seenClock = Y.getState(observer.doc.store, clientId);
        while (list.length && list[0]!.clock <= seenClock) latencies.push(now - list.shift()!.t0);
      }
    });

    let edits = 0;
    const end = performance.now() + options.seconds * 1000;
    const interval = 1000 / options.editsPerSecond;
    await Promise.all(
      writers.map(async (w, i) => {
        pending.set(w.doc.clientID, []);
        // Spread the writers' first edits over one interval.
        await sleep((interval * i) / writers.length);
        let n = 0;
        while (performance.now() < end) {
          const started = performance.now();
          const ps = paragraphs(w.doc);
          const target = ps[i % ps.length]!;
          let text = target.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
          w.doc.transact(() => {
            if (!text) {
              text = new Y.XmlText();
              target.insert(target.length, [text]);
            }
            text.insert(text.length, `${i}.${n++}；`);
          });
          pending.get(w.doc.clientID)!.push({ clock: Y.getState(w.doc.store, w.doc.clientID) - 1, t0: performance.now() });
          edits++;
          await sleep(Math.max(0, interval - (performance.now() - started)));
        }
      }),
    );
    await waitFor(() => writers.every((w) => !w.provider.hasUnsyncedChanges), 30_000, 'writers acknowledged');
    await waitFor(() => [...pending.values()].every((l) => l.length === 0), 30_000, 'observer saw every edit').catch(() => undefined);
    // Every replica has received everything (state vectors equal), or 30 s passed.
    const vector = (d: Y.Doc) => Buffer.from(Y.encodeStateVector(d)).toString('base64');
    const mainPeers = [owner, observer, ...writers];
    await waitFor(() => new Set(mainPeers.map((p) => vector(p.doc))).size === 1, 30_000, 'replicas converged').catch(() => undefined);
    const unseen = [...pending.values()].reduce((s, l) => s + l.length, 0);
    const endMem = memoryMiB(server.child.pid!);

    // Replicas are compared as Yjs content, before anything converts them to report JSON: y-tiptap's conversion
    // (reportDocOf) merges adjacent texts that the converting client wrote itself, a write that moves a writer's
    // replica on. Two writers that start an empty paragraph at the same moment leave two such texts (a run on
    // 2026-12-06 reported "replicas differ" this way). The observer only reads, so its conversion changes nothing.
    const content = (d: Y.Doc) => d.getXmlFragment(TEXT_FIELD).toString();
    const reference = content(observer.doc);
    const referenceVector = vector(observer.doc);
    const lagging = mainPeers.flatMap((p, i) => {
      if (content(p.doc) === reference && vector(p.doc) === referenceVector) return [];
      const mine = Y.decodeStateVector(Y.encodeStateVector(p.doc));
      const theirs = Y.decodeStateVector(Y.encodeStateVector(observer.doc));
      const ahead = (a: Map<number, number>, b: Map<number, number>) =>
        [...a].filter(([client, clock]) => (b.get(client) ?? 0) < clock).map(([client, clock]) => `${client}+${clock - (b.get(client) ?? 0)}`);
      const role = i === 0 ? 'owner' : i === 1 ? 'observer' : `writer ${i - 2}`;
      return [
        `${role} (socket ${p.socket.status}, synced ${p.provider.isSynced}; lacks ${ahead(theirs, mine).join(' ') || '-'}; has beyond the observer ${ahead(mine, theirs).join(' ') || '-'})`,
      ];
    });
    if (lagging.length) log(`co-drafting: replicas differing from the observer: ${lagging.join('; ')}`);
    const replicasIdentical = lagging.length === 0;
    const store = new CollabStore(server.dataDir);
    const storedDoc = new Y.Doc();
    store.loadInto(main.name, storedDoc);
    store.close();
    const storedEqual = content(storedDoc) === reference;
    const finalChars = JSON.stringify(reportDocOf(observer.doc)).length;
    return {
      options,
      edits,
      seen: summarize(latencies),
      unseen,
      serverMemoryMiB: { connected: connected.rss, end: endMem.rss, peak: endMem.peak },
      replicasIdentical,
      storedEqual,
      finalChars,
    };
  } finally {
    for (const p of peers) p.provider.destroy();
    for (const s of new Set(peers.map((p) => p.socket))) s.destroy();
    await server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const result = await measureCollabLoad({
    port: Number(process.env.BENCH_COLLAB_PORT ?? 4288),
    clients: 20,
    editsPerSecond: 5,
    seconds: quick ? 10 : 60,
    idleDocs: 50,
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
