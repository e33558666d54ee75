/**
 * Scoring for `npm run eval:checks` (issue 18): the labelled set's format, matching a label to the product's check,
 * and the figures per language and split. Pure; the harness (`eval-checks.ts`) does the IO.
 */
import { z } from 'zod';
import type { Check } from '../../src/checks/check-types.ts';
import { isBusinessDay } from '../../src/quantities/business-days.ts';
import type { RecordDates, SeriesDates } from './record-dates.ts';

const dateRange = z.string().regex(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);

export const MEASURES = ['reserves', 'tga', 'on_rrp', 'fed_assets', 'federal_debt', 'tga_flows', 'other'] as const;
export type MeasureName = (typeof MEASURES)[number];
export const LABEL_VERDICTS = ['CONSISTENT', 'INCONSISTENT', 'MISLEADING', 'INCONCLUSIVE'] as const;
export type LabelVerdict = (typeof LABEL_VERDICTS)[number];

/** The label's closed measure names → the product's factor ids (`other` is none of them). */
export const MEASURE_FACTORS: Record<MeasureName, string | null> = {
  reserves: 'f-bank-reserves',
  tga: 'f-tga-balance',
  on_rrp: 'f-on-rrp',
  fed_assets: 'f-fed-balance-sheet',
  federal_debt: 'f-us-federal-debt',
  tga_flows: 'f-tga-flows',
  other: null,
};

export const labelSchema = z.object({
  quote: z.string().min(1),
  surface: z.string().min(1),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  measure: z.enum(MEASURES),
  series: z.string().nullable(),
  mode: z.string(),
  direction: z.string().nullable().optional(),
  window: z.union([dateRange, z.null()]).optional(),
  time_text: z.string().nullable().optional(),
  time_source: z.string().nullable().optional(),
  verdict: z.enum(LABEL_VERDICTS),
  observation: z.string().nullable().optional(),
  why: z.string().nullable().optional(),
});
export type Label = z.infer<typeof labelSchema>;

export const docSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['en', 'zh-Hant', 'zh-Hans']),
  split: z.enum(['dev', 'heldout']),
  // A document that was held out and has since become tuning text says until when (its rows were never read while
  // it was held out; its aggregate was). The eval prints such documents as a dev part of their own.
  was_heldout_until: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).optional(),
  url: z.string().optional(),
  published: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
  kind: z.string().optional(),
  text: z.string().min(1),
  claims: z.array(labelSchema),
});
export type LabelledDoc = z.infer<typeof docSchema>;
export const setSchema = z.object({ docs: z.array(docSchema) });

/** What the harness knows of one product check: enough to score it. */
export interface ProductCheck {
  claimId: string;
  /** The claim's span in the document (UTF-16). */
  start: number;
  end: number;
  surface: string | null;
  value: number | null;
  verdict: string;
  factorId: string | null;
  seriesId: string | null;
  window: { from: string; to: string } | null;
  /** Where the product's window came from: TEXT (the sentence), DOCUMENT_DATE (a fallback), EDITOR…; null if unknown. */
  timeSource?: string | null;
  /** For the dev details: the mode, the figure recorded and the reason, in words. */
  note?: string;
  /** The check's explanation, for the replay's close reading of dev rows. */
  explanation?: string | null;
}

/** The product's suggestion in the label's vocabulary: NOT_CHECKABLE (or no check at all) is INCONCLUSIVE. */
export function asLabelVerdict(v: string | null | undefined): LabelVerdict {
  return v === 'CONSISTENT' || v === 'INCONSISTENT' || v === 'MISLEADING' ? v : 'INCONCLUSIVE';
}

const norm = (s: string) => s.replace(/[\s,，]/g, '').toLowerCase();

/**
 * The product's check covering a labelled quantity: a check of a claim whose span overlaps the label's quote in the
 * text, on a quantity written as the label's surface (or, failing that, of the same value); null when none.
 */
export function matchCheck(text: string, label: Label, checks: readonly ProductCheck[]): ProductCheck | null {
  const at = text.indexOf(label.quote);
  const from = at < 0 ? -1 : at;
  const to = at < 0 ? -1 : at + label.quote.length;
  const overlapping = at < 0 ? checks : checks.filter((c) => c.start < to && c.end > from);
  const surface = norm(label.surface);
  // The same surface first: "3万亿美元" is inside "2.93万亿美元" but is another figure.
  const exact = overlapping.filter((c) => c.surface && norm(c.surface) === surface);
  if (exact.length) return exact.find((c) => c.seriesId) ?? exact[0]!;
  const bySurface = overlapping.filter((c) => c.surface && (norm(c.surface).includes(surface) || surface.includes(norm(c.surface))));
  if (bySurface.length) return bySurface.find((c) => c.seriesId) ?? bySurface[0]!;
  const value = typeof label.value === 'number' ? label.value : Number(String(label.value).split('..')[0]);
  const byValue = overlapping.filter((c) => c.value !== null && Number.isFinite(value) && Math.abs(c.value - value) <= Math.abs(value) * 1e-6);
  return byValue[0] ?? null;
}

export interface Scored {
  label: Label;
  check: ProductCheck | null;
}

export interface Figures {
  labelled: number;
  onSeries: number;
  covered: number;
  agree: number;
  trueClaims: number;
  trueCalledInconsistent: number;
  falseOrMisleading: number;
  caught: number;
  factorRight: number;
  timeLabelled: number;
  timeRight: number;
  /** Time attribution by the strict scorer of 2026-12-06 (the same first and last day), printed beside it. */
  timeRightStrict: number;
  /** `other` quantities the product held against a series and judged (a misfiled figure). */
  otherJudged: number;
  others: number;
}

/** Whether the product attributed the figure to the labelled measure (an `other` is right when it names none of them). */
export function factorRight(label: Label, check: ProductCheck | null): boolean {
  const want = MEASURE_FACTORS[label.measure];
  const got = check?.factorId ?? null;
  if (want === null) return got === null || !Object.values(MEASURE_FACTORS).includes(got);
  return got === want;
}

/**
 * Whether the product's window is the labelled one, strictly (the scorer before 2026-12-07): the same first and last
 * day; or, when the sentence states no time (the label's time_source DOCUMENT_DATE, its window the latest observation
 * published by then), when the product too fell back on the document's date and that date is at most two weeks after
 * the labelled window.
 */
export function timeRightStrict(label: Label, check: ProductCheck | null): boolean {
  if (!label.window || !check?.window) return false;
  const [from, to] = label.window.split('..') as [string, string];
  if (check.window.from === from && check.window.to === to) return true;
  if (label.time_source === 'DOCUMENT_DATE' && check.timeSource === 'DOCUMENT_DATE') {
    const gap = (Date.parse(check.window.to) - Date.parse(to)) / 86_400_000;
    return gap >= 0 && gap <= 14;
  }
  return false;
}

const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const nextBusinessDay = (d: string) => {
  let x = plusDays(d, 1);
  while (!isBusinessDay(x)) x = plusDays(x, 1);
  return x;
};

/**
 * The observations of a series a window selects, as known on the document's date: those in it (for a week average,
 * every week that overlaps it) published by then — all of them when none was (a window after the document: a
 * forecast); when none falls in it, the one in force at its end as published by then. `before` is the last published
 * observation before the window: a change's baseline.
 */
export function selectedObservations(s: SeriesDates, window: { from: string; to: string }, published: string | null): { first: string; last: string; before: string | null } | null {
  const out = (d: string) => (!published || s.published === 'UNCOUNTED' ? true : (s.published === 'NEXT_DAY' ? plusDays(d, 1) : nextBusinessDay(d)) <= published);
  const inWindow = s.dates.filter((d) => d >= window.from && (s.weekAverage ? plusDays(d, -6) : d) <= window.to);
  const known = inWindow.filter(out);
  const chosen = known.length ? known : inWindow;
  const firstAt = chosen[0] ?? window.from;
  const before = s.dates.filter((d) => d < firstAt && d < window.from && out(d)).at(-1) ?? null;
  if (chosen.length) return { first: chosen[0]!, last: chosen.at(-1)!, before };
  const inForce = s.dates.filter((d) => d <= window.to && out(d)).at(-1);
  return inForce ? { first: inForce, last: inForce, before } : null;
}

/**
 * Whether the product's window is the labelled one, by what it selects from the labelled series: strictly the same
 * window (timeRightStrict); or the same observations of the series as known on the document's date — the same last
 * observation, and the same first one or, for a move (a change, a flow, a line crossed), the label's first observation
 * being the one the product's move starts from (the observation before its window: a month's change read from the
 * last close before it or from its first close, a crossing labelled from the last week on the other side of the line,
 * are the same reading). Two windows that select the same observations are the same time to a
 * fact-checker: "now" on a Sunday and the Friday close published by then, "the week ending 18 December" (an H.4.1
 * release day) and its Wednesday, "9月底" and the two week averages that hold the end of September.
 */
export function timeRight(label: Label, check: ProductCheck | null, at?: { record: RecordDates; published: string | null }): boolean {
  if (timeRightStrict(label, check)) return true;
  if (!at || !label.window || !check?.window || !label.series) return false;
  const s = at.record.get(label.series);
  if (!s) return false;
  const [from, to] = label.window.split('..') as [string, string];
  const want = selectedObservations(s, { from, to }, at.published);
  const got = selectedObservations(s, check.window, at.published);
  if (!want || !got || want.last !== got.last) return false;
  return want.first === got.first || (/^(CHANGE|FLOW|CROSSED)$/.test(label.mode) && want.first === got.before);
}

/** The figures of a part; with the record's dates, time attribution is also scored by the observations selected. */
export function score(rows: readonly (Scored & { doc?: { published: string } })[], record?: RecordDates): Figures {
  const f: Figures = { labelled: rows.length, onSeries: 0, covered: 0, agree: 0, trueClaims: 0, trueCalledInconsistent: 0, falseOrMisleading: 0, caught: 0, factorRight: 0, timeLabelled: 0, timeRight: 0, timeRightStrict: 0, otherJudged: 0, others: 0 };
  for (const { label, check, doc } of rows) {
    if (factorRight(label, check)) f.factorRight++;
    if (label.measure === 'other') {
      f.others++;
      if (check?.seriesId && asLabelVerdict(check.verdict) !== 'INCONCLUSIVE') f.otherJudged++;
      continue;
    }
    if (!label.series) continue;
    f.onSeries++;
    const got = asLabelVerdict(check?.verdict);
    if (check?.seriesId) f.covered++;
    if (got === label.verdict) f.agree++;
    if (label.verdict === 'CONSISTENT') {
      f.trueClaims++;
      if (got === 'INCONSISTENT') f.trueCalledInconsistent++;
    }
    if (label.verdict === 'INCONSISTENT' || label.verdict === 'MISLEADING') {
      f.falseOrMisleading++;
      if (got === 'INCONSISTENT' || got === 'MISLEADING') f.caught++;
    }
    if (label.window) {
      f.timeLabelled++;
      if (timeRight(label, check, record ? { record, published: doc?.published ?? null } : undefined)) f.timeRight++;
      if (timeRightStrict(label, check)) f.timeRightStrict++;
    }
  }
  return f;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');

/** One Markdown row: the issue's figures, each with its count. */
export function figuresRow(name: string, f: Figures): string {
  return `| ${name} | ${f.onSeries} | ${f.covered} (${pct(f.covered, f.onSeries)}) | ${f.agree} (${pct(f.agree, f.onSeries)}) | ${f.trueCalledInconsistent}/${f.trueClaims} (${pct(f.trueCalledInconsistent, f.trueClaims)}) | ${f.caught}/${f.falseOrMisleading} (${pct(f.caught, f.falseOrMisleading)}) | ${f.factorRight}/${f.labelled} (${pct(f.factorRight, f.labelled)}) | ${f.timeRight}/${f.timeLabelled} (${pct(f.timeRight, f.timeLabelled)}; strict ${pct(f.timeRightStrict, f.timeLabelled)}) | ${f.otherJudged}/${f.others} |`;
}

export const FIGURES_HEADER = [
  '| part | labelled on a shipped series | coverage (got a check) | agreement with the label | true claims called INCONSISTENT | false or misleading caught | factor attribution | time attribution (same observations; strict: same days) | `other` judged against a series |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');

/** A quantity of the document's claims as the graph holds it (for attribution when it got no check). */
export interface QuantityRow {
  claimId: string;
  start: number;
  end: number;
  surface: string;
  value: number | null;
  factorId: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  timeSource: string | null;
}

/**
 * Every quantity of the document's claims, with the product's check of it when there is one: the factor and window
 * are the check's, else what ingest read (a quantity without a check is scored as INCONCLUSIVE, its attribution as read).
 */
export function productChecks(quantities: readonly QuantityRow[], checks: readonly Check[]): ProductCheck[] {
  const byKey = new Map(checks.filter((c) => c.quantity).map((c) => [`${c.claimId}\u0000${c.quantity!.surface}`, c]));
  return quantities.map((q) => {
    const c = byKey.get(`${q.claimId}\u0000${q.surface}`);
    return {
      claimId: q.claimId,
      start: q.start,
      end: q.end,
      surface: q.surface,
      value: q.value,
      verdict: c?.verdict ?? 'NOT_CHECKABLE',
      factorId: c?.factorId ?? q.factorId,
      seriesId: c?.series?.id ?? null,
      window: c?.window ? { from: c.window.from, to: c.window.to } : q.windowStart ? { from: q.windowStart, to: q.windowEnd ?? q.windowStart } : null,
      timeSource: c?.readingBasis?.window ?? q.timeSource,
      note: c ? `${c.mode ?? '—'}, ${c.recorded ?? '—'} (${c.recordedAs ?? ''}); ${c.reason ?? ''}` : 'no check',
      explanation: c?.explanation ?? null,
    };
  });
}

/** The dev rows, one Markdown line per labelled quantity: label against the product, and why. */
export function detailsTable(rows: readonly (Scored & { doc: LabelledDoc })[], record?: RecordDates): string[] {
  const out = ['| doc | surface | measure | label | product | series | factor ok | time ok | product window | mode, recorded, why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    out.push(`| ${r.doc.id} | ${r.label.surface} | ${r.label.measure} | ${r.label.verdict} | ${r.check ? asLabelVerdict(r.check.verdict) + (r.check.verdict === 'NOT_CHECKABLE' ? ' (n/c)' : '') : 'no match'} | ${r.check?.seriesId ?? '—'} | ${factorRight(r.label, r.check) ? 'yes' : `no (${r.check?.factorId ?? '—'})`} | ${timeRight(r.label, r.check, record ? { record, published: r.doc.published } : undefined) ? 'yes' : `no (${r.label.window ?? '—'})`} | ${r.check?.window ? `${r.check.window.from}..${r.check.window.to}` : '—'} | ${(r.check?.note ?? '').replace(/\|/g, '/').replace(/\n/g, ' ').slice(0, 160)} |`);
  }
  return out;
}
