/** Percentile of a sample (nearest-rank). */
export function percentile(samples: number[], p: number): number {
  // No samples (an operation the mix never drew in a short phase): NaN, printed as such.
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Prints rows as a Markdown table, so the output can go straight into docs/benchmarks.md. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  process.stdout.write(`\n### ${title}\n\n${line(header)}\n${line(header.map(() => '---'))}\n${rows.map(line).join('\n')}\n`);
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning each duration in ms. */
export async function measure(fn: () => Promise<unknown>, runs: number, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
