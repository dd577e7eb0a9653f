/**
 * The example corpus on demand. The seven reports are about a tenth of the app's code by size and
 * no part of drafting needs them before the first paint, so they are a chunk of their own
 * (`examples.ts`), fetched once after start-up. The single-file build inlines the chunk.
 */
import type { ExampleReport } from '../model/example.ts';

export type ExamplesLoader = () => Promise<readonly ExampleReport[]>;

/** A loader that runs `load` once for all callers; a failed load is forgotten, so a retry loads again. */
export function sharedLoader(load: () => Promise<readonly ExampleReport[]>): ExamplesLoader {
  let pending: Promise<readonly ExampleReport[]> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

/** The seven examples, validated (see examples.ts). */
export const loadExamples: ExamplesLoader = sharedLoader(() => import('./examples.ts').then((m) => m.EXAMPLES));
