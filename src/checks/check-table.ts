import type { Check } from './check-types.ts';
import { KIND_WORDS, fmt, signed } from './format-usd.ts';

/** The suggestion as a table cell: MISLEADING names the parts that fail, so the table says why without the explanation. */
export function verdictCell(c: Check): string {
  if (c.verdict !== 'MISLEADING') return c.verdict;
  const failed = c.parts.filter((p) => p.holds === false).map((p) => p.kind.toLowerCase().replace(/_/g, ' '));
  return `MISLEADING (${failed.join(', ') || 'an assertion fails'})`;
}

/** What the record says, in a table cell: "2.855 trillion USD (lowest week average in the window, 2025-11-12)". */
export function recordCell(c: Check): string {
  if (c.verdict === 'NOT_CHECKABLE' || c.recorded === null) return c.reason ?? '';
  if (c.change) {
    const per = c.change.period === 'WINDOW' ? '' : `/${c.change.period.toLowerCase()}`;
    return `${c.recordedAs}: ${fmt(c.recorded)}${per} (${c.change.largestFrom.periodEnd} → ${c.change.largestTo.periodEnd} for the largest); total ${signed(c.change.total)} from ${c.change.baseline.periodEnd} to ${c.change.end.periodEnd}`;
  }
  const kind = c.series ? KIND_WORDS[c.series.observationKind] : '';
  return `${fmt(c.recorded)} (${c.recordedAs}${c.observation ? `, ${c.observation.periodEnd}` : ''})${kind && !c.recordedAs?.includes(kind) ? ` ${kind}` : ''}`;
}

export function deviationCell(c: Check): string {
  if (c.deviation === null || c.relativeDeviation === null) return '—';
  const tol = c.tolerance ? `; tolerance ±${(c.tolerance * 100).toFixed(1)}%` : '';
  return `${signed(c.deviation)} (${c.relativeDeviation >= 0 ? '+' : '−'}${(Math.abs(c.relativeDeviation) * 100).toFixed(1)}%${tol})`;
}

/** A Markdown table of checks: claim, what the record says, deviation, suggestion. */
export function checkTable(checks: readonly Check[], quotes: ReadonlyMap<string, string>): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| claim | quote | series | what the record says | deviation | suggestion |', '| --- | --- | --- | --- | --- | --- |'];
  for (const c of checks) {
    lines.push(
      `| ${c.claimId} | ${esc(quotes.get(c.claimId) ?? '')} | ${c.series?.id ?? '—'} | ${esc(recordCell(c))} | ${esc(deviationCell(c))} | ${esc(verdictCell(c))} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
