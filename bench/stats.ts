/** Medians, targets and the table. Speed is reported here, never asserted in tests. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: samples.length,
  };
}

export type Unit = 'ms' | 's' | 'x' | 'KB';

export interface Target {
  /** The figure must be at most this (in the figure's unit). */
  max: number;
  /** How the target reads in the table, e.g. `<= 1.5x floor`. */
  text: string;
}

export interface Figure extends Summary {
  id: string;
  group: string;
  label: string;
  unit: Unit;
  target?: Target;
  /** pass/miss on the median; absent without a target. */
  verdict?: 'pass' | 'miss';
  /** Where it runs and what it includes, one line. */
  how: string;
}

export function figure(fields: Omit<Figure, keyof Summary | 'verdict'>, summary: Summary): Figure {
  const verdict = fields.target
    ? summary.median <= fields.target.max
      ? 'pass'
      : 'miss'
    : undefined;
  return { ...fields, ...summary, ...(verdict ? { verdict } : {}) };
}

/** A figure measured once (sizes): median, min and max are the value. */
export function single(value: number): Summary {
  return { median: value, min: value, max: value, runs: 1 };
}

function format(value: number, unit: Unit): string {
  if (unit === 'x') return `${value.toFixed(2)}x`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 's') return `${value.toFixed(2)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

/** An aligned Markdown table: readable in a terminal, pasteable into docs/benchmarks.md. */
export function table(figures: Figure[]): string {
  const head = ['figure', 'median', 'min', 'max', 'runs', 'target', ''];
  const rows = figures.map((f) => [
    f.label,
    format(f.median, f.unit),
    f.runs > 1 ? format(f.min, f.unit) : '',
    f.runs > 1 ? format(f.max, f.unit) : '',
    String(f.runs),
    f.target?.text ?? '',
    f.verdict ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = new Set([1, 2, 3, 4]);
  const line = (cells: string[]) =>
    `| ${cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
