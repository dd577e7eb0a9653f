import { createServer, type Socket } from 'node:net';
import { expect, it } from 'vitest';
import { connect } from '../helpers/collabServer.ts';

// The collab tests destroy clients whose provider may be reconnecting (after a server restart). Closing a
// WebSocket before its handshake made ws emit an 'error' nobody listened to, which failed a whole CI run.
it('a test client destroyed mid-handshake raises no uncaught error', async () => {
  const sockets: Socket[] = [];
  // Accepts connections and never answers: the client stays in its handshake.
  const server = createServer((s) => sockets.push(s)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const client = connect(`ws://127.0.0.1:${port}`, 'doc', 'token');
  await expect.poll(() => sockets.length).toBeGreaterThan(0);
  client.destroy();
  // ws emits its error on the next tick; Vitest reports an uncaught one as a failed run.
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
  expect(client.provider.isSynced).toBe(false);
});
