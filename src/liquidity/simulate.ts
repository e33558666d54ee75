import { createHash } from 'node:crypto';
import { AC, ACCOUNTS, Ledger, LedgerError, openingBalances, type AccountDef, type Transaction } from './ledger.ts';
import { BAND_Z, crossingProbability, projectionBand, type Band } from './band.ts';
import { fitOtherFactors, fitRunoff } from './fit.ts';
import { ModelError } from './model-error.ts';
import { addDays } from './observations.ts';
import type { Scenario } from './scenario-input.ts';
import type { Reference, Snapshot } from './snapshot.ts';

/** Bumped when a change to the model changes results, so saved runs say which model made them. */
export const MODEL_VERSION = 'liquidity-2';

/** Drivers in attribution order; a recorded term is a driver of its own. */
export const DRIVERS = ['fiscal', 'shutdown', 'issuance', 'runoff', 'billPurchases', 'qe', 'stablecoins', 'otherFactors', 'recordedTga', 'recordedOnrrp', 'recordedTotalAssets'] as const;
export type DriverId = (typeof DRIVERS)[number];

export const DRIVER_LABELS: Record<DriverId, string> = {
  // Named so that its sign reads right: outlays above receipts add reserves (issue 23).
  fiscal: 'Federal outlays − receipts',
  shutdown: 'Shutdown: outlays withheld, then released',
  issuance: 'Treasury net issuance',
  runoff: 'Balance-sheet runoff',
  billPurchases: 'Reserve-management bill purchases',
  qe: 'QE purchases',
  stablecoins: 'Stablecoin growth',
  otherFactors: 'Other factors (currency and the rest)',
  recordedTga: 'TGA, recorded',
  recordedOnrrp: 'ON RRP, recorded',
  recordedTotalAssets: 'Fed total assets, recorded',
};

export interface Crossing {
  name: string;
  /** Millions of USD. */
  level: number;
  claimId: string | null;
  crossed: boolean;
  /** The first week ending with reserves below the line; null when never. */
  week: string | null;
  weekIndex: number | null;
  /** Already below the line in the opening week. */
  atStart: boolean;
  /** The chance reserves are below the line in the week they come closest, under the band (a lower bound on crossing). */
  probability: number;
  /** That week. */
  likeliestWeek: string | null;
}

export interface Attribution {
  driver: DriverId;
  label: string;
  /** Change in reserves this driver's postings made, millions of USD. */
  change: number;
  /** The driver's largest cumulative effect on reserves at the end of any week (a shutdown's drain before its backlog is paid), and when. */
  largest: { change: number; week: string };
  /** The driver's largest effect on reserves within one week, and the week it ended (issue 23: not the cumulative total). */
  largestWeek: { change: number; week: string };
}

export interface FittedDriver {
  driver: DriverId;
  /** Billions of USD per week. */
  perWeek: number;
  /** How: the series, the weeks, the method. */
  method: string;
}

export interface AccountPath {
  account: AccountDef;
  /** Millions of USD, one per week (index 0 is the opening week). */
  values: number[];
}

export interface SimulationResult {
  modelVersion: string;
  scenario: { name: string; title: string; description: string | null };
  /** Every stock is a week average of the week ending on the date in `weeks`. */
  basis: 'WEEK_AVERAGE';
  snapshot: Snapshot;
  /** Week-ending Wednesdays: the opening week, then one per step. */
  weeks: string[];
  /** Every account's weekly path (empty when run with `keepPaths: false`). */
  accounts: AccountPath[];
  /** Reserves each week, millions of USD. */
  reserves: number[];
  crossings: Crossing[];
  /** Sums exactly to `reservesChange`. */
  attribution: Attribution[];
  reservesChange: number;
  minimum: { value: number; week: string };
  /**
   * Reserves cannot go below zero: banks would borrow from the Fed first, which the model does not hold. When the path
   * goes below zero it breaks the model's floor, and from that week its reserves are not levels that can occur.
   */
  floorBreach: { week: string; shortfall: number } | null;
  /** The TGA and ON RRP each week (the Fed's liabilities), millions of USD, kept even without `keepPaths`. */
  tga: number[];
  onrrp: number[];
  /** Drivers the model fitted on the record before the start, with the weeks used. */
  fitted: FittedDriver[];
  /** The uncertainty band around reserves, the TGA and ON RRP, measured on the record before the start. */
  band: Band & { reserves: { lower: number[]; upper: number[] }; tga: { lower: number[]; upper: number[] }; onrrp: { lower: number[]; upper: number[] } };
  /** Stocks that went below zero, recorded drivers that ran out of data: said, never hidden. */
  warnings: string[];
  transactions: number;
  /** SHA-256 of the model version, the parsed scenario and the opening snapshot. */
  inputsHash: string;
}

const mn = (billions: number) => Math.round(billions * 1000);
const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Days of the week ending `weekEnd` (Thursday..Wednesday) that fall in [from, to). */
function activeDays(weekEnd: number, from: number, to: number): number {
  const lo = Math.max(weekEnd - 6, from);
  const hi = Math.min(weekEnd + 1, to);
  return hi > lo ? hi - lo : 0;
}

/** Stable JSON: sorted keys, so the same inputs hash the same whatever order they were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function inputsHash(scenario: Scenario, snapshot: Snapshot): string {
  const opening = { week: snapshot.week, r: snapshot.reserves.value, t: snapshot.tga.value, p: snapshot.onrrp.value, a: snapshot.totalAssets.value, d: snapshot.federalDebt.value };
  return createHash('sha256').update(canonical({ model: MODEL_VERSION, scenario, opening })).digest('hex');
}

/** The opening balance sheet: the snapshot's terms, the scenario's assumptions for what no series holds. */
function opening(s: Snapshot, scenario: Scenario): Float64Array {
  const { bankDeposits, bankNetWorth, mmfBills, stablecoinTokens } = scenario.assumptions;
  const R = s.reserves.value;
  const hold = scenario.drivers.stablecoins?.holdings ?? { bills: 1, moneyFunds: 0, deposits: 0 };
  const tokens = mn(stablecoinTokens);
  const scDeposits = Math.round(tokens * hold.deposits);
  const scFunds = Math.round(tokens * hold.moneyFunds);
  const scBills = tokens - scDeposits - scFunds;
  const deposits = mn(bankDeposits);
  const bankLoans = deposits + mn(bankNetWorth) - R;
  const fundShares = s.onrrp.value + mn(mmfBills);
  return openingBalances({
    'fed.securities': s.totalAssets.value,
    'fed.reserves': R,
    'fed.tga': s.tga.value,
    'fed.onrrp': s.onrrp.value,
    'fed.currencyAndOther': s.otherFactors.value,
    'treasury.tga': s.tga.value,
    'treasury.securities': s.federalDebt.value,
    'banks.reserves': R,
    'banks.loans': bankLoans,
    'banks.deposits': deposits,
    'mmfs.onrrp': s.onrrp.value,
    'mmfs.securities': mn(mmfBills),
    'mmfs.shares': fundShares,
    'stablecoins.securities': scBills,
    'stablecoins.deposits': scDeposits,
    'stablecoins.mmfShares': scFunds,
    'stablecoins.tokens': tokens,
    'public.deposits': deposits - scDeposits,
    'public.mmfShares': fundShares - scFunds,
    'public.tokens': tokens,
    // Everyone else holds the rest of the debt. The Fed's "securities" include agency MBS, so this is an approximation.
    'public.securities': s.federalDebt.value - s.totalAssets.value - mn(mmfBills) - scBills,
    'public.currencyAndOther': s.otherFactors.value,
    'public.bankLoans': bankLoans,
  });
}

// Postings, one function per flow. Each returns legs [account, change, …] that balance by construction;
// the ledger checks them anyway.

/** Money from the public's bank deposits to the TGA (a tax, or its reverse, an outlay): reserves move with it. */
const netReceipts = (x: number) => [AC['public.deposits']!, -x, AC['public.netWorth']!, -x, AC['banks.deposits']!, -x, AC['banks.reserves']!, -x, AC['fed.reserves']!, -x, AC['fed.tga']!, x, AC['treasury.tga']!, x, AC['treasury.netWorth']!, x];
/** An outlay owed but not paid: the cash stays in the TGA, the payee holds a claim on the Treasury. */
const withheld = (x: number) => [AC['public.deposits']!, -x, AC['public.receivables']!, x, AC['banks.deposits']!, -x, AC['banks.reserves']!, -x, AC['fed.reserves']!, -x, AC['fed.tga']!, x, AC['treasury.tga']!, x, AC['treasury.payables']!, x];
/** Securities sold to the market: MMFs pay `y` out of ON RRP, the public pays `z` from deposits (reserves fall). */
const sold = (y: number, z: number) => [AC['mmfs.onrrp']!, -y, AC['mmfs.securities']!, y, AC['fed.onrrp']!, -y, AC['public.securities']!, z, AC['public.deposits']!, -z, AC['banks.deposits']!, -z, AC['banks.reserves']!, -z, AC['fed.reserves']!, -z];
/** The Fed buys securities from the public with new reserves (a negative amount sells them). */
const fedBuys = (q: number) => [AC['fed.securities']!, q, AC['fed.reserves']!, q, AC['banks.reserves']!, q, AC['banks.deposits']!, q, AC['public.deposits']!, q, AC['public.securities']!, -q];
/** An MMF moves `p` from bills into ON RRP; the bills' buyers pay from deposits, so reserves fall. */
const fundsToOnrrp = (p: number) => [AC['mmfs.onrrp']!, p, AC['mmfs.securities']!, -p, AC['fed.onrrp']!, p, AC['fed.reserves']!, -p, AC['banks.reserves']!, -p, AC['banks.deposits']!, -p, AC['public.deposits']!, -p, AC['public.securities']!, p];
/** The public draws currency (and the other factors grow): reserves fall. */
const otherFactorsGrow = (o: number) => [AC['public.deposits']!, -o, AC['public.currencyAndOther']!, o, AC['banks.deposits']!, -o, AC['banks.reserves']!, -o, AC['fed.reserves']!, -o, AC['fed.currencyAndOther']!, o];

/** What `runScenario` needs: the parsed scenario and the reference series. */
export interface RunInput {
  scenario: Scenario;
  reference: Reference;
  keepPaths?: boolean;
  /** The opening snapshot when the caller already has it (a sweep of variants of one start); else taken from `reference`. */
  snapshot?: Snapshot;
}

/**
 * Runs a scenario from the recorded balance sheet of its start week, in weekly steps. Pure and
 * deterministic: the same scenario and series give the same result, bit for bit. Throws
 * ModelError (DATA_INCOMPLETE) when the series cannot give the opening week, LedgerError if an identity breaks.
 */
export function runScenario({ scenario, reference, keepPaths = true, snapshot }: RunInput): SimulationResult {
  const snap = snapshot && snapshot.asOf === scenario.start ? snapshot : reference.snapshot(scenario.start);
  if ('missing' in snap) throw new ModelError('DATA_INCOMPLETE', `No complete reference data for the week of ${scenario.start}: ${snap.missing.join('; ')}`, [{ path: 'start', message: 'no complete reference data for this week' }]);
  const ledger = new Ledger(opening(snap, scenario));
  const d = scenario.drivers;
  const H = scenario.horizonWeeks;
  const weeks: string[] = [snap.week];
  const paths = keepPaths ? ACCOUNTS.map(() => new Array<number>(H + 1)) : [];
  const reserves = new Array<number>(H + 1);
  const tgaPath = new Array<number>(H + 1);
  const onrrpPath = new Array<number>(H + 1);
  const bal = ledger.balances;
  const record = (k: number) => {
    reserves[k] = bal[AC['banks.reserves']!] as number;
    tgaPath[k] = bal[AC['fed.tga']!] as number;
    onrrpPath[k] = bal[AC['fed.onrrp']!] as number;
    if (keepPaths) for (let i = 0; i < ACCOUNTS.length; i++) paths[i]![k] = bal[i] as number;
  };
  record(0);

  const contribution = new Map<DriverId, number>();
  const largest = new Map<DriverId, { change: number; week: string }>();
  const largestWeek = new Map<DriverId, { change: number; week: string }>();
  const before = new Map<DriverId, number>();
  for (const id of DRIVERS) {
    if (!driverPresent(scenario, id)) continue;
    contribution.set(id, 0);
    largest.set(id, { change: 0, week: snap.week });
    largestWeek.set(id, { change: 0, week: snap.week });
  }
  // The treasury plan posts as the two drivers it sets.
  if (d.treasuryPlan) for (const id of ['fiscal', 'issuance'] as const) {
    contribution.set(id, 0);
    largest.set(id, { change: 0, week: snap.week });
    largestWeek.set(id, { change: 0, week: snap.week });
  }
  const RES = AC['banks.reserves']!;
  const post = (driver: DriverId, legs: number[]) => {
    const tx: Transaction = { driver, legs };
    ledger.post(tx);
    for (let k = 0; k < legs.length; k += 2) if (legs[k] === RES) contribution.set(driver, (contribution.get(driver) ?? 0) + (legs[k + 1] as number));
  };

  const warnings: string[] = [];
  const negative = new Set<number>();
  const absorbShare = d.issuance?.onrrpShare ?? d.treasuryPlan?.onrrpShare ?? 0;
  const absorbFloor = mn(d.issuance?.onrrpFloor ?? d.treasuryPlan?.onrrpFloor ?? 0);
  const fitted: FittedDriver[] = [];
  let otherPerWeek = 0;
  if (d.otherFactors) {
    if (d.otherFactors.fitWeeks !== undefined) {
      const f = fitOtherFactors(reference, snap.week, d.otherFactors.fitWeeks);
      if (!f) throw new ModelError('DATA_INCOMPLETE', `Too few weeks before ${snap.week} to fit the other factors`, [{ path: 'drivers.otherFactors.fitWeeks', message: 'too few weeks of data before the start' }]);
      otherPerWeek = Math.round(f.slope);
      fitted.push({ driver: 'otherFactors', perWeek: otherPerWeek / 1000, method: `least-squares trend of total assets − TGA − ON RRP − reserves (week averages), ${f.n} weeks ${f.from}..${f.to}; residual sd ${(f.residualSd / 1000).toFixed(1)} bn` });
    } else otherPerWeek = mn(d.otherFactors.perWeek ?? 0);
  }
  let runoffPerWeek = 0;
  if (d.runoff) {
    if (d.runoff.fitWeeks !== undefined) {
      const f = fitRunoff(reference, snap.week, d.runoff.fitWeeks);
      if (!f) throw new ModelError('DATA_INCOMPLETE', `No total assets ${d.runoff.fitWeeks} weeks before ${snap.week} to fit the runoff`, [{ path: 'drivers.runoff.fitWeeks', message: 'no data that far before the start' }]);
      const cap = d.runoff.capPerMonth === undefined ? Number.POSITIVE_INFINITY : (mn(d.runoff.capPerMonth) * 12) / 52;
      runoffPerWeek = Math.round(Math.min(f.perWeek, cap));
      fitted.push({ driver: 'runoff', perWeek: runoffPerWeek / 1000, method: `mean weekly fall of WALCL ${f.from}..${f.to}${Number.isFinite(cap) ? `, at most the caps (${d.runoff.capPerMonth} bn a month)` : ''}` });
    } else runoffPerWeek = mn(d.runoff.perWeek ?? 0);
  }
  const plan = d.treasuryPlan;
  const planQuarters = plan ? plan.quarters.map((q, i) => ({ end: dayNumber(q.end), start: i === 0 ? quarterStart(q.end) : dayNumber(plan.quarters[i - 1]!.end) + 1, borrowing: mn(q.borrowing), cash: mn(q.cashBalance) })) : [];
  /** The quarter of a day: its index, or the last when past them (the last pace and cash balance go on). */
  const quarterOf = (day: number) => {
    const i = planQuarters.findIndex((q) => day <= q.end);
    return i < 0 ? planQuarters.length - 1 : i;
  };
  let planQuarter = -1;
  let fiscalPerDay = 0;
  /** How much of a sale ON RRP pays: its share, never taking ON RRP below the floor. */
  const absorbed = (x: number) => (x >= 0 ? Math.max(0, Math.min(Math.round(x * absorbShare), (bal[AC['fed.onrrp']!] as number) - absorbFloor)) : Math.round(x * absorbShare));

  const sd = d.shutdown;
  const shutdownFrom = sd ? dayNumber(sd.start) : 0;
  const shutdownTo = sd ? dayNumber(sd.end) : 0;
  let owedTotal = 0;
  let releasePerWeek = -1;
  const window = (w: { start: string; end?: string | undefined } | undefined) => (w ? [dayNumber(w.start), w.end ? dayNumber(w.end) : Number.MAX_SAFE_INTEGER] : [0, 0]);
  const [billFrom, billTo] = window(d.billPurchases);
  const [qeFrom, qeTo] = window(d.qe);
  const runoffTo = d.runoff?.end ? dayNumber(d.runoff.end) : Number.MAX_SAFE_INTEGER;
  const rec = d.recorded;
  const recording = !!(rec && (rec.tga || rec.onrrp || rec.totalAssets));
  let recordedPrev = recording ? reference.weekTerms(snap.week) : undefined;
  let recordEnded = false;

  for (let k = 1; k <= H; k++) {
    const week = addDays(snap.week, 7 * k);
    weeks.push(week);
    const end = dayNumber(week);

    if (d.fiscal) {
      const net = mn(d.fiscal.receiptsPerWeek) - mn(d.fiscal.outlaysPerWeek);
      if (net !== 0) post('fiscal', netReceipts(net));
    }
    if (sd) {
      const days = activeDays(end, shutdownFrom, shutdownTo);
      if (days > 0 && d.fiscal) {
        const frozen = Math.round((mn(d.fiscal.outlaysPerWeek) * sd.frozenShare * days) / 7);
        const owed = Math.round(frozen * sd.releaseShare);
        if (owed) post('shutdown', withheld(owed));
        // What is never to be paid is spending forgone: the cash stays in the TGA for good.
        if (frozen - owed) post('shutdown', netReceipts(frozen - owed));
        owedTotal += owed;
      }
      if (end >= shutdownTo && owedTotal > 0) {
        if (releasePerWeek < 0) releasePerWeek = Math.ceil(owedTotal / sd.releaseWeeks);
        const release = Math.min(releasePerWeek, owedTotal);
        post('shutdown', withheld(-release));
        owedTotal -= release;
      }
    }
    if (plan) {
      // Day by day: borrowing at the quarter's even pace, and at each new quarter (or the start) the net cash flow per
      // day that brings the TGA to the quarter's cash balance on its last day. Past the last quarter, the TGA holds.
      let x = 0;
      let f = 0;
      for (let day = end - 6; day <= end; day++) {
        const i = quarterOf(day);
        const q = planQuarters[i]!;
        const borrowPerDay = q.borrowing / (q.end - q.start + 1);
        const past = day > q.end;
        if (i !== planQuarter) {
          planQuarter = i;
          const daysLeft = past ? 1 : q.end - day + 1;
          const tgaNow = (bal[AC['fed.tga']!] as number) + x + f;
          fiscalPerDay = past ? -borrowPerDay : (q.cash - tgaNow - borrowPerDay * daysLeft) / daysLeft;
        }
        if (past && fiscalPerDay !== -borrowPerDay) fiscalPerDay = -borrowPerDay;
        x += borrowPerDay;
        f += fiscalPerDay;
      }
      const xr = Math.round(x);
      const fr = Math.round(f);
      const y = absorbed(xr);
      if (xr !== 0) post('issuance', [AC['treasury.tga']!, xr, AC['treasury.securities']!, xr, AC['fed.tga']!, xr, ...sold(y, xr - y)]);
      if (fr !== 0) post('fiscal', netReceipts(fr));
    }
    if (d.issuance) {
      const x = mn(d.issuance.perWeek);
      const y = absorbed(x);
      if (x !== 0) post('issuance', [AC['treasury.tga']!, x, AC['treasury.securities']!, x, AC['fed.tga']!, x, ...sold(y, x - y)]);
    }
    if (d.runoff) {
      const c = Math.round((runoffPerWeek * activeDays(end, Number.MIN_SAFE_INTEGER, runoffTo)) / 7);
      // The Treasury refinances the maturing securities with the market, on the same terms as new issues.
      const y = absorbed(c);
      if (c !== 0) post('runoff', [AC['fed.securities']!, -c, ...sold(y, c - y)]);
    }
    if (d.billPurchases) {
      const bp = d.billPurchases;
      const stepFrom = bp.stepDown ? dayNumber(bp.stepDown.from) : Number.MAX_SAFE_INTEGER;
      const q = Math.round((mn(bp.perWeek) * activeDays(end, billFrom!, Math.min(billTo!, stepFrom)) + (bp.stepDown ? mn(bp.stepDown.perWeek) * activeDays(end, Math.max(billFrom!, stepFrom), billTo!) : 0)) / 7);
      if (q) post('billPurchases', fedBuys(q));
    }
    if (d.qe) {
      const q = Math.round((mn(d.qe.perWeek) * activeDays(end, qeFrom!, qeTo!)) / 7);
      if (q) post('qe', fedBuys(q));
    }
    if (d.stablecoins) {
      const sc = d.stablecoins;
      const g = mn(sc.growthPerWeek);
      const gd = Math.round(g * sc.depositShare);
      const gn = g - gd;
      const b = Math.round(gd * sc.holdings.bills);
      const m = Math.round(gd * sc.holdings.moneyFunds);
      if (g) {
        post('stablecoins', [
          // Buyers pay gd from bank deposits and gn by redeeming money-fund shares (the fund hands over bills).
          AC['public.tokens']!, g, AC['stablecoins.tokens']!, g,
          AC['public.deposits']!, -gd, AC['stablecoins.deposits']!, gd,
          AC['public.mmfShares']!, -gn, AC['mmfs.shares']!, -gn, AC['mmfs.securities']!, -gn, AC['stablecoins.securities']!, gn,
          // The issuer invests deposits: bills bought from the public move deposits only…
          AC['stablecoins.deposits']!, -b, AC['stablecoins.securities']!, b, AC['public.securities']!, -b, AC['public.deposits']!, b,
          // …but a government money fund parks its cash at the Fed's ON RRP, which takes it out of reserves.
          AC['stablecoins.deposits']!, -m, AC['stablecoins.mmfShares']!, m, AC['mmfs.shares']!, m, AC['mmfs.onrrp']!, m,
          AC['fed.onrrp']!, m, AC['fed.reserves']!, -m, AC['banks.reserves']!, -m, AC['banks.deposits']!, -m,
        ]);
      }
    }
    if (d.otherFactors && otherPerWeek) post('otherFactors', otherFactorsGrow(otherPerWeek));
    if (recording && !recordEnded) {
      const now = reference.weekTerms(week);
      if ('missing' in now || !recordedPrev || 'missing' in recordedPrev) {
        recordEnded = true;
        warnings.push(`The record ends before the week ending ${week}: recorded drivers add nothing from then on (${'missing' in now ? now.missing.join('; ') : ''})`);
      } else {
        const prev = recordedPrev;
        if (rec!.tga && now.tga.value !== prev.tga.value) post('recordedTga', netReceipts(now.tga.value - prev.tga.value));
        if (rec!.onrrp && now.onrrp.value !== prev.onrrp.value) post('recordedOnrrp', fundsToOnrrp(now.onrrp.value - prev.onrrp.value));
        if (rec!.totalAssets && now.totalAssets.value !== prev.totalAssets.value) post('recordedTotalAssets', fedBuys(now.totalAssets.value - prev.totalAssets.value));
        recordedPrev = now;
      }
    }

    ledger.checkLevels(`week ending ${week}`);
    for (const [id, change] of contribution) {
      const top = largest.get(id)!;
      if (Math.abs(change) > Math.abs(top.change)) largest.set(id, { change, week });
      const step = change - (before.get(id) ?? 0);
      if (Math.abs(step) > Math.abs(largestWeek.get(id)!.change)) largestWeek.set(id, { change: step, week });
      before.set(id, change);
    }
    for (let i = 0; i < ACCOUNTS.length; i++) {
      if ((bal[i] as number) < 0 && ACCOUNTS[i]!.side !== 'NET_WORTH' && !negative.has(i)) {
        negative.add(i);
        warnings.push(`${ACCOUNTS[i]!.id} (${ACCOUNTS[i]!.name}) is below zero from the week ending ${week}: the scenario asks for more than the stock holds`);
      }
    }
    record(k);
  }

  const attribution: Attribution[] = [...contribution].map(([driver, change]) => ({ driver, label: DRIVER_LABELS[driver], change, largest: largest.get(driver)!, largestWeek: largestWeek.get(driver)! }));
  const reservesChange = (reserves[H] as number) - (reserves[0] as number);
  const attributed = attribution.reduce((s, a) => s + a.change, 0);
  if (attributed !== reservesChange) throw new LedgerError(`attribution ${attributed} does not add up to the change in reserves ${reservesChange}`);

  let min = 0;
  for (let k = 1; k <= H; k++) if ((reserves[k] as number) < (reserves[min] as number)) min = k;
  const b = projectionBand(reference, snap.week, H);
  const range = (path: number[], sd: number[], floor = Number.NEGATIVE_INFINITY) => ({ lower: path.map((v, k) => Math.round(Math.max(floor, v - BAND_Z * sd[k]!))), upper: path.map((v, k) => Math.round(v + BAND_Z * sd[k]!)) });
  const band = { ...b, reserves: range(reserves, b.sd.reserves), tga: range(tgaPath, b.sd.tga, 0), onrrp: range(onrrpPath, b.sd.onrrp, 0) };
  const crossings: Crossing[] = scenario.thresholds.map((t) => {
    const level = mn(t.level);
    const k = reserves.findIndex((r) => r < level);
    const p = crossingProbability(reserves, b.sd.reserves, level);
    return { name: t.name, level, claimId: t.claim ?? null, crossed: k >= 0, week: k >= 0 ? (weeks[k] as string) : null, weekIndex: k >= 0 ? k : null, atStart: k === 0, probability: k === 0 ? 1 : p.probability, likeliestWeek: k === 0 ? (weeks[0] as string) : p.probability > 0 ? (weeks[p.week] as string) : null };
  });

  return {
    modelVersion: MODEL_VERSION,
    scenario: { name: scenario.name, title: scenario.title, description: scenario.description ?? null },
    basis: 'WEEK_AVERAGE',
    snapshot: snap,
    weeks,
    accounts: keepPaths ? ACCOUNTS.map((account, i) => ({ account, values: paths[i]! })) : [],
    reserves,
    crossings,
    attribution,
    reservesChange,
    minimum: { value: reserves[min] as number, week: weeks[min] as string },
    floorBreach: (() => {
      const k = reserves.findIndex((r) => r < 0);
      return k < 0 ? null : { week: weeks[k] as string, shortfall: -(reserves[min] as number) };
    })(),
    tga: tgaPath,
    onrrp: onrrpPath,
    fitted,
    band,
    warnings,
    transactions: ledger.posted,
    inputsHash: inputsHash(scenario, snap),
  };
}

/** The first day of the calendar quarter that ends on `end`. */
function quarterStart(end: string): number {
  const [y, m] = end.split('-').map(Number) as [number, number];
  return dayNumber(new Date(Date.UTC(y, m - 3, 1)).toISOString().slice(0, 10));
}

function driverPresent(s: Scenario, id: DriverId): boolean {
  const d = s.drivers;
  switch (id) {
    case 'recordedTga':
      return d.recorded?.tga === true;
    case 'recordedOnrrp':
      return d.recorded?.onrrp === true;
    case 'recordedTotalAssets':
      return d.recorded?.totalAssets === true;
    default:
      return d[id] !== undefined;
  }
}
