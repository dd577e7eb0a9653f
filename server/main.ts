/**
 * `npm run server -- [--port 8080] [--data ./collab-data] [--host 0.0.0.0]`: builds the app when
 * `dist/` is missing or older than the sources, then serves it and the collaboration endpoint on
 * one port. The data directory holds the SQLite file only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, startCollabServer, type Limits } from './server.ts';
import { DB_FILE_NAME } from './store.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1]) return argv[i + 1]!;
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfNeeded(): void {
  const built = join(root, 'dist', 'index.html');
  const sources = ['src', 'templates', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p)).filter(existsSync);
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  console.log('Building the app (dist/)…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; the server was not started.');
    process.exit(1);
  }
}

/** Test and bench overrides of the limits, e.g. COLLAB_LIMITS='{"messages":{"burst":50,"perSecond":10}}'. */
function limitsFromEnv(): Partial<Limits> {
  const raw = process.env.COLLAB_LIMITS;
  if (!raw) return {};
  return { ...DEFAULT_LIMITS, ...(JSON.parse(raw) as Partial<Limits>) };
}

const port = Number(arg('port', '8080'));
const dataDir = resolve(arg('data', join(root, 'collab-data')));
const host = arg('host', '0.0.0.0');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${arg('port', '')}`);
  process.exit(2);
}
if (process.env.COLLAB_SKIP_BUILD !== '1') buildIfNeeded();
const server = await startCollabServer({ port, host, dataDir, staticDir: join(root, 'dist'), limits: limitsFromEnv() });
console.log(`${new Date().toISOString()} report-drafter server on http://${host}:${server.port}/ (database ${join(dataDir, DB_FILE_NAME)})`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
