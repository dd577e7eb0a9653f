/**
 * The latest 校对 result of the open draft, computed when typing rests (useProofread). Panels
 * subscribe to it, so a new result re-renders the 检查 panel only, not the whole page.
 */
import type { ProofResult } from '../check/proofread/ignore.ts';

export interface ProofStore {
  get(): ProofResult | null;
  set(result: ProofResult | null): void;
  subscribe(listener: () => void): () => void;
}

export function createProofStore(): ProofStore {
  let result: ProofResult | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => result,
    set(next) {
      result = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
