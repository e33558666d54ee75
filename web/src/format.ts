import type { Quantity } from './queries.ts';

const full = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 3 });

/** A normalised value as a person reads it: `2.7T (2,700,000,000,000)`; small numbers as they are. */
export function formatValue(v: number): string {
  if (Math.abs(v) < 10_000) return full.format(v);
  return `${compact.format(v)} (${full.format(v)})`;
}

/**
 * A quantity as a person reads it. Calendar times read as times: a day or a month with its year as its ISO date
 * (`1月` → 2025-01, not "202.501K month", which is how a month is stored: year × 100 + month), a month whose year the
 * text does not give as "month 1" (not "1 month", a duration), years as written.
 */
export function formatQuantity(q: Quantity): string {
  const plain = (v: number) => (q.unit === 'year' ? String(v) : formatValue(v));
  const range = (f: (v: number) => string) => (q.upper != null ? `${f(q.value)}–${f(q.upper)}` : f(q.value));
  const qualifier = q.qualifier ? `${q.qualifier.toLowerCase().replace('_', ' ')} ` : '';
  if ((q.unit === 'date' || q.unit === 'month') && q.date) return `${qualifier}${q.date}`;
  if (q.unit === 'month' && q.value >= 1 && q.value <= 12) return `${qualifier}month ${range(String)} (year not stated)`;
  const value = q.unit === 'year' ? range(String) : q.upper != null ? `${plain(q.value)} – ${plain(q.upper)}` : plain(q.value);
  return `${qualifier}${value} ${q.unit === 'date' ? '' : q.unit}`.trim();
}
