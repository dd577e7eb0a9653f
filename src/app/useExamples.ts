import { useEffect, useState } from 'react';
import { loadExamples } from '../corpus/loadExamples.ts';
import type { ExampleReport } from '../model/corpus.ts';
import { errorText } from './download.ts';

/** The example corpus as the screen sees it while it loads (see corpus/loadExamples.ts). */
export type ExamplesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly examples: readonly ExampleReport[] }
  | { readonly status: 'failed'; readonly detail: string; readonly retry: () => void };

const NONE: readonly ExampleReport[] = [];

/** The examples once loaded, else none: what the library and the new-report dialog list. */
export function examplesOf(state: ExamplesState): readonly ExampleReport[] {
  return state.status === 'ready' ? state.examples : NONE;
}

/** Loads the example corpus after the first render; a failure can be retried and touches no draft. */
export function useExamples(): ExamplesState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ExamplesState>({ status: 'loading' });
  useEffect(() => {
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
  }, [attempt]);
  return state;
}
