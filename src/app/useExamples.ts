import { useEffect, useState } from 'react';
import { loadExamples } from '../examples/loadExamples.ts';
import type { ExampleReport } from '../model/example.ts';
import { errorText } from './download.ts';

/** The example corpus as the screen sees it while it loads (see examples/loadExamples.ts). */
export type ExamplesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly examples: readonly ExampleReport[] }
  | { readonly status: 'failed'; readonly detail: string; readonly retry: () => void };

const NONE: readonly ExampleReport[] = [];

/** The examples once loaded, else none: what the library and the new-report dialog list. */
export function examplesOf(state: ExamplesState): readonly ExampleReport[] {
  return state.status === 'ready' ? state.examples : NONE;
}

/**
 * Loads the example corpus once `start` is true (the app passes "the first editor is up": loading,
 * validating and listing the examples costs a slow PC a few hundred ms that must not delay the
 * draft). It stays 'loading' until then. A failure can be retried and touches no draft.
 */
export function useExamples(start: boolean): ExamplesState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ExamplesState>({ status: 'loading' });
  useEffect(() => {
    if (!start) return;
    let live = true;
    const retry = () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    };
    loadExamples().then(
      (examples) => live && setState({ status: 'ready', examples }),
      (e: unknown) => live && setState({ status: 'failed', detail: errorText(e), retry }),
    );
    return () => {
      live = false;
    };
  }, [start, attempt]);
  return state;
}
