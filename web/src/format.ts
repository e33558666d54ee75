import type { Quantity } from './queries.ts';

const full = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 3 });

/** A normalised value as a person reads it: `2.7T (2,700,000,000,000)`; small numbers as they are. */
export function formatValue(v: number): string {
  if (Math.abs(v) < 10_000) return full.format(v);
  return `${compact.format(v)} (${full.format(v)})`;
}

export function formatQuantity(q: Quantity): string {
  const plain = (v: number) => (q.unit === 'year' ? String(v) : formatValue(v));
  const value = q.unit === 'date' && q.date ? q.date : q.unit === 'year' ? (q.upper != null ? `${q.value}–${q.upper}` : String(q.value)) : q.upper != null ? `${plain(q.value)} – ${plain(q.upper)}` : plain(q.value);
  return `${q.qualifier ? `${q.qualifier.toLowerCase().replace('_', ' ')} ` : ''}${value} ${q.unit === 'date' ? '' : q.unit}`.trim();
}
