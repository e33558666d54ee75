import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ModelError, type ModelIssue as FieldIssue } from './model-error.ts';

/** Ten years of weeks: a longer run says nothing the drivers could support. */
export const MAX_HORIZON_WEEKS = 520;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string({ error: 'must be a date yyyy-mm-dd' })
  .regex(ISO, 'must be a date yyyy-mm-dd')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a calendar date');
const amount = z.number({ error: 'must be a number (billions of USD)' }).finite();
const nonNegative = amount.min(0, 'must be at least 0');
const share = z.number({ error: 'must be a share between 0 and 1' }).min(0, 'must be a share between 0 and 1').max(1, 'must be a share between 0 and 1');
const window = { perWeek: nonNegative, start: isoDate, end: isoDate.optional() };

/** Every driver a scenario can name; amounts in billions of USD (per week where it says so). */
const drivers = z.strictObject({
  /** Net new Treasury securities sold per week; ON RRP pays `onrrpShare` of it while it stays above `onrrpFloor`. */
  issuance: z.strictObject({ perWeek: amount, onrrpShare: share.default(0), onrrpFloor: nonNegative.default(0) }).optional(),
  /** Federal receipts and outlays per week at a normal pace. */
  fiscal: z.strictObject({ receiptsPerWeek: nonNegative, outlaysPerWeek: nonNegative }).optional(),
  /** A lapse in appropriations from `start` to the reopening day `end`. */
  shutdown: z
    .strictObject({
      start: isoDate,
      end: isoDate,
      frozenShare: share,
      releaseShare: share.default(1),
      releaseWeeks: z.number().int('must be a whole number of weeks').min(1, 'must be at least 1 week').max(52, 'must be at most 52 weeks').default(1),
    })
    .optional(),
  /**
   * Balance-sheet runoff: securities maturing without reinvestment until `end` (none: to the horizon). `perWeek`
   * states the pace; or `fitWeeks` measures it as the mean weekly fall of total assets over that many weeks before the
   * start, never above the announced caps (`capPerMonth`: Treasury + MBS caps, billions a month).
   */
  runoff: z
    .strictObject({ perWeek: nonNegative.optional(), fitWeeks: z.number().int().min(4).max(156).optional(), capPerMonth: nonNegative.optional(), end: isoDate.optional() })
    .optional(),
  /**
   * The Treasury's quarterly refunding estimates in force: for each quarter its privately-held net marketable
   * borrowing and its end-of-quarter cash balance (billions). Borrowing is sold evenly over the quarter's days and
   * federal net cash flows are whatever takes the TGA to the cash balance at the quarter's end. After the last
   * quarter the TGA is held at the last cash balance and borrowing goes on at the last quarter's pace.
   */
  treasuryPlan: z
    .strictObject({
      quarters: z.array(z.strictObject({ end: isoDate, borrowing: amount, cashBalance: nonNegative })).min(1, 'needs at least one quarter').max(12, 'at most 12 quarters'),
      onrrpShare: share.default(0),
      onrrpFloor: nonNegative.default(0),
    })
    .optional(),
  /** Reserve-management bill purchases; `stepDown` changes the pace from a date on. */
  billPurchases: z.strictObject({ ...window, stepDown: z.strictObject({ from: isoDate, perWeek: nonNegative }).optional() }).optional(),
  /** Quantitative easing: purchases of coupon securities. */
  qe: z.strictObject(window).optional(),
  /** Stablecoin growth per week, how buyers pay, and what issuers hold. */
  stablecoins: z
    .strictObject({
      growthPerWeek: amount,
      depositShare: share,
      holdings: z.strictObject({ bills: share, moneyFunds: share, deposits: share }),
    })
    .optional(),
  /**
   * The residual factors (mostly currency) growing per week: growth drains reserves. `perWeek` states the pace, or
   * `fitWeeks` fits it: the least-squares trend of the residual over that many weeks before the start.
   */
  otherFactors: z.strictObject({ perWeek: amount.optional(), fitWeeks: z.number().int().min(8).max(260).optional() }).optional(),
  /** Drive terms with their recorded weekly changes (week averages) instead of parameters. */
  recorded: z.strictObject({ tga: z.boolean().default(false), onrrp: z.boolean().default(false), totalAssets: z.boolean().default(false) }).optional(),
});

const scenario = z.strictObject({
  name: z.string({ error: 'must be a name' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes (at most 64)'),
  title: z.string({ error: 'must be a title' }).trim().min(1, 'must not be empty').max(200),
  description: z.string().max(4000).optional(),
  /** The opening balance sheet: the H.4.1 week ending on or before this date. */
  start: isoDate,
  horizonWeeks: z.number({ error: 'must be a whole number of weeks' }).int('must be a whole number of weeks').min(1, 'must be at least 1').max(MAX_HORIZON_WEEKS, `must be at most ${MAX_HORIZON_WEEKS} weeks`),
  drivers,
  /** Where each driver's figures come from: the announcements in force at `start`. */
  announcements: z
    .array(
      z.strictObject({
        driver: z.string().regex(/^[a-zA-Z]{1,40}$/, 'must name a driver'),
        summary: z.string().trim().min(1).max(500),
        publisher: z.string().trim().min(1).max(200),
        date: isoDate,
        url: z.string().url('must be a URL').max(500),
      }),
    )
    .max(30)
    .default([]),
  thresholds: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(100),
        /** Reserves level, billions of USD: crossed when reserves fall below it. */
        level: amount.positive('must be above 0'),
        /** The claim the line comes from. */
        claim: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/, 'must be a claim id').optional(),
      }),
    )
    .max(10, 'at most 10 thresholds')
    .default([]),
  /** Opening stocks the shipped series do not hold (billions); they bound nothing the reserves path depends on, except as noted. */
  assumptions: z
    .strictObject({
      bankDeposits: nonNegative.default(18_000),
      bankNetWorth: nonNegative.default(2_300),
      mmfBills: nonNegative.default(4_000),
      stablecoinTokens: nonNegative.default(300),
    })
    .default({ bankDeposits: 18_000, bankNetWorth: 2_300, mmfBills: 4_000, stablecoinTokens: 300 }),
});

export type Scenario = z.output<typeof scenario>;
export type ScenarioDrivers = Scenario['drivers'];
export const DRIVER_NAMES = Object.keys(drivers.shape) as (keyof ScenarioDrivers)[];

const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const dateOf = (v: unknown) => (typeof v === 'string' && ISO.test(v) ? v : undefined);

/** Checks across fields that zod's per-field schemas cannot see; they read the raw input defensively. */
function crossFieldIssues(raw: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const d = record(record(raw)?.['drivers']);
  if (!d) return issues;
  const shutdown = record(d['shutdown']);
  if (shutdown) {
    const [s, e] = [dateOf(shutdown['start']), dateOf(shutdown['end'])];
    if (s && e && e <= s) issues.push({ path: 'drivers.shutdown.end', message: `must be after drivers.shutdown.start (${s})` });
    if (!record(d['fiscal'])) issues.push({ path: 'drivers.shutdown', message: 'needs drivers.fiscal: a shutdown freezes a share of its outlays' });
  }
  for (const key of ['runoff', 'otherFactors'] as const) {
    const x = record(d[key]);
    if (x && (x['perWeek'] === undefined) === (x['fitWeeks'] === undefined)) issues.push({ path: `drivers.${key}`, message: 'give exactly one of perWeek and fitWeeks' });
  }
  if (record(d['treasuryPlan'])) {
    for (const other of ['issuance', 'fiscal']) if (d[other] !== undefined) issues.push({ path: `drivers.${other}`, message: 'cannot be combined with drivers.treasuryPlan: the plan sets issuance and net cash flows' });
    const quarters = record(d['treasuryPlan'])?.['quarters'];
    if (Array.isArray(quarters)) {
      const ends = quarters.map((q) => dateOf(record(q)?.['end']));
      ends.forEach((e, i) => {
        const prev = ends[i - 1];
        if (i > 0 && e && prev && e <= prev) issues.push({ path: `drivers.treasuryPlan.quarters.${i}.end`, message: 'quarters must be in date order' });
      });
    }
  }
  for (const key of ['billPurchases', 'qe'] as const) {
    const w = record(d[key]);
    const [s, e] = [dateOf(w?.['start']), dateOf(w?.['end'])];
    if (s && e && e <= s) issues.push({ path: `drivers.${key}.end`, message: `must be after drivers.${key}.start (${s})` });
  }
  const holdings = record(record(d['stablecoins'])?.['holdings']);
  if (holdings) {
    const parts = [holdings['bills'], holdings['moneyFunds'], holdings['deposits']];
    if (parts.every((p) => typeof p === 'number') && Math.abs((parts as number[]).reduce((x, y) => x + y, 0) - 1) > 1e-9) {
      issues.push({ path: 'drivers.stablecoins.holdings', message: 'bills + moneyFunds + deposits must add up to 1' });
    }
  }
  // A recorded term already contains what the parameter drivers would add: both would count it twice.
  const recorded = record(d['recorded']);
  const clashes: [string, string[]][] = [
    ['tga', ['issuance', 'fiscal', 'shutdown', 'treasuryPlan']],
    ['onrrp', ['issuance', 'runoff', 'treasuryPlan']],
    ['totalAssets', ['runoff', 'billPurchases', 'qe']],
  ];
  for (const [term, others] of clashes) {
    if (recorded?.[term] !== true) continue;
    for (const other of others) {
      if (d[other] !== undefined) issues.push({ path: `drivers.${other}`, message: `cannot be combined with drivers.recorded.${term}: the recorded change already includes it` });
    }
  }
  if (recorded?.['onrrp'] === true && typeof record(record(d['stablecoins'])?.['holdings'])?.['moneyFunds'] === 'number' && (record(record(d['stablecoins'])?.['holdings'])?.['moneyFunds'] as number) > 0) {
    issues.push({ path: 'drivers.stablecoins.holdings.moneyFunds', message: 'must be 0 with drivers.recorded.onrrp: the recorded ON RRP already includes it' });
  }
  return issues;
}

/** Zod issues as field issues; an unknown key is named by its own path ("drivers.tarrifs: unknown driver"). */
function zodFieldIssues(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const where = path.join('.');
      const noun = where === 'drivers' ? 'unknown driver' : 'unknown field';
      const allowed = where === 'drivers' ? ` (drivers are ${DRIVER_NAMES.join(', ')})` : '';
      // The key is the caller's text: named when it looks like a field name, never echoed otherwise.
      issue.keys.forEach((key, i) => out.push({ path: [...path, /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(key) ? key : `(unknown key ${i + 1})`].join('.'), message: `${noun}${allowed}` }));
    } else out.push({ path: path.join('.'), message: issue.message });
  }
  return out;
}

/**
 * A scenario from plain data (a parsed YAML file, a GraphQL input), or a ModelError listing
 * every wrong field at once (`issues`), with the values never echoed back.
 */
export function parseScenario(raw: unknown, origin = 'scenario'): Scenario {
  const parsed = scenario.safeParse(raw);
  const issues = [...(parsed.success ? [] : zodFieldIssues(parsed.error)), ...crossFieldIssues(raw)];
  if (issues.length || !parsed.success) {
    const summary = issues.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
    throw new ModelError('INVALID_SCENARIO', `Invalid ${origin}: ${summary}`, issues);
  }
  return parsed.data;
}

/** A scenario written in YAML (or JSON, which is YAML). */
export function parseScenarioText(text: string, origin = 'scenario'): Scenario {
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    const where = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new ModelError('INVALID_SCENARIO', `Invalid ${origin}: not valid YAML${where ? ` (line ${where.line}, column ${where.col})` : ''}`, [{ path: '', message: 'not valid YAML' }]);
  }
  return parseScenario(raw, origin);
}

/** Largest inline scenario definition: a scenario file is a few hundred bytes. */
export const MAX_DEFINITION_BYTES = 64 * 1024;
