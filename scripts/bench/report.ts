/** The bench's one table: console text, Markdown, and the rows for JSON. */

export interface Row {
  readonly metric: string;
  readonly value: string;
  /** '' when the metric has no target (context only). */
  readonly target: string;
  /** null when there is no target. */
  readonly met: boolean | null;
}

const metText = (met: boolean | null): string => (met === null ? '—' : met ? 'yes' : 'NO');

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function consoleTable(rows: readonly Row[]): string {
  const cells = [['metric', 'value', 'target', 'met?'], ...rows.map((r) => [r.metric, r.value, r.target || '—', metText(r.met)])];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...cells.map((row) => width(row[c]!))));
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c]!)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| metric | value | target | met? |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${esc(r.metric)} | ${esc(r.value)} | ${esc(r.target || '—')} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`),
  ].join('\n');
}

export function missed(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.met === false);
}
