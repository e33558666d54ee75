/** Figures in words a reader can follow, shared by the explanation, the CLI table and the harness. Pure. */

/**
 * USD in words: 2.860 trillion USD, 983.9 billion USD. Given a figure it is compared with, it shows as many more
 * digits as it takes to tell them apart (2.9997 trillion USD against a 3 trillion line, not "3.000").
 */
export function fmt(usd: number, against?: number | null): string {
  const a = Math.abs(usd);
  const [unit, name, digits] = a >= 1e12 ? [1e12, 'trillion', a >= 1e13 ? 2 : 3] : a >= 1e9 ? [1e9, 'billion', 1] : a >= 1e6 ? [1e6, 'million', 1] : [1, '', 0];
  let d = digits;
  if (against != null && against !== usd) while (d < digits + 4 && (usd / unit).toFixed(d) === (against / unit).toFixed(d)) d++;
  return `${(usd / unit).toFixed(d)}${name ? ` ${name}` : ''} USD`;
}

/** A signed amount: +12.3 billion USD, −4.0 billion USD. */
export function signed(usd: number): string {
  return `${usd >= 0 ? '+' : '−'}${fmt(Math.abs(usd))}`;
}

/** A move: a percentage for percentage changes, else USD. The one formatter of moves (explanations and reasons alike). */
export function fmtMove(x: number, percent: boolean): string {
  return percent ? `${x.toFixed(1)}%` : fmt(x);
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** What one observation of a series is, in words. */
export const KIND_WORDS: Record<string, string> = {
  WEEK_AVERAGE: 'week average',
  WEDNESDAY_LEVEL: 'Wednesday level',
  DAILY: 'daily value',
  DAILY_FLOW: 'daily flow',
  END_OF_PERIOD: 'end-of-quarter stock',
};
