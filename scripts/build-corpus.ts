/**
 * `npm run corpus`: regenerates templates/examples/*.json from the seed copy
 * templates/source/2023-compilation.raw.txt. The generation itself is {@link generateCorpusFiles}
 * (pure), so tests/unit/corpus-generate.test.ts can rebuild in memory and compare byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseSeed } from './corpus/parseSeed.ts';

export const SEED_PATH = fileURLToPath(new URL('../templates/source/2023-compilation.raw.txt', import.meta.url));
export const EXAMPLES_DIR = fileURLToPath(new URL('../templates/examples/', import.meta.url));

/** Names of generated report files: `<index>-<id>.json`. */
export const REPORT_FILE_PATTERN = /^\d+-[a-z0-9-]+\.json$/;

/** Pretty JSON, 2-space indent, trailing newline — the committed format. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** File name (inside templates/examples/) → exact file content, for the whole corpus. */
export function generateCorpusFiles(raw: string): Map<string, string> {
  const reports = parseSeed(raw);
  const files = new Map<string, string>();
  const index = reports.map((r) => {
    const file = `${r.index}-${r.id}.json`;
    files.set(file, toJsonFile(r));
    return { index: r.index, id: r.id, file, title: r.title, unit: r.unit, level: r.level, year: r.year };
  });
  files.set('index.json', toJsonFile(index));
  return files;
}

function main(): void {
  const files = generateCorpusFiles(readFileSync(SEED_PATH, 'utf8'));
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  for (const name of readdirSync(EXAMPLES_DIR)) {
    if (REPORT_FILE_PATTERN.test(name) && !files.has(name)) {
      rmSync(EXAMPLES_DIR + name);
      console.log(`removed stale ${name}`);
    }
  }
  for (const [name, content] of files) writeFileSync(EXAMPLES_DIR + name, content);
  console.log(`wrote ${files.size} files to templates/examples/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
