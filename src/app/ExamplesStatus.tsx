import type { ExamplesState } from './useExamples.ts';

/** A line where the examples are listed while they load, or why they did not, with a retry. */
export function ExamplesStatus({ state }: { state: ExamplesState }) {
  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        正在载入范文…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="examples-failed" role="alert">
        <p>范文未能载入：范文文件缺失或无法读取。草稿不受影响，可以继续起草。</p>
        <p className="muted">技术信息：{state.detail}</p>
        <button type="button" onClick={state.retry}>
          重新载入范文
        </button>
      </div>
    );
  }
  return null;
}
