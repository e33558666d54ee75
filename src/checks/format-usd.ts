/** Figures in words a reader can follow, shared by the explanation, the CLI table and the harness. Pure. */

/** USD in words: 2.860 trillion USD, 983.9 billion USD. */
export function fmt(usd: number): string {
  const a = Math.abs(usd);
  if (a >= 1e12) return `${(usd / 1e12).toFixed(a >= 1e13 ? 2 : 3)} trillion USD`;
  if (a >= 1e9) return `${(usd / 1e9).toFixed(1)} billion USD`;
  if (a >= 1e6) return `${(usd / 1e6).toFixed(1)} million USD`;
  return `${usd.toFixed(0)} USD`;
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
