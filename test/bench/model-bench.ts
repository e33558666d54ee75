import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { parseScenario, type Scenario } from '../../src/liquidity/scenario-input.ts';
import { runScenario } from '../../src/liquidity/simulate.ts';
import { addDays } from '../../src/liquidity/observations.ts';
import { Reference, type Snapshot } from '../../src/liquidity/snapshot.ts';
import { percentile, printTable } from './stats.ts';

const mn = (b: number) => Math.round(b * 1000);
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const activeDays = (end: number, from: number, to: number) => {
  const lo = Math.max(end - 6, from);
  const hi = Math.min(end + 1, to);
  return hi > lo ? hi - lo : 0;
};

/**
 * The baseline: the same weekly arithmetic on the few stocks reserves depend on, as bare
 * numbers — no accounts, no postings, no checks, no attribution, no paths. It must give the
 * ledger's reserves path exactly (checked below), so the ratio is the ledger's overhead alone.
 */
function bareRun(s: Scenario, snap: Snapshot): Float64Array {
  const d = s.drivers;
  let reserves = snap.reserves.value;
  let onrrp = snap.onrrp.value;
  const out = new Float64Array(s.horizonWeeks + 1);
  out[0] = reserves;
  const share = d.issuance?.onrrpShare ?? 0;
  const floor = mn(d.issuance?.onrrpFloor ?? 0);
  const absorbed = (x: number) => (x >= 0 ? Math.max(0, Math.min(Math.round(x * share), onrrp - floor)) : Math.round(x * share));
  const sd = d.shutdown;
  const [sFrom, sTo] = sd ? [dayNumber(sd.start), dayNumber(sd.end)] : [0, 0];
  const win = (w?: { start: string; end?: string | undefined }) => (w ? [dayNumber(w.start), w.end ? dayNumber(w.end) : Number.MAX_SAFE_INTEGER] : [0, 0]);
  const [bFrom, bTo] = win(d.billPurchases);
  const [qFrom, qTo] = win(d.qe);
  const runoffTo = d.runoff?.end ? dayNumber(d.runoff.end) : Number.MAX_SAFE_INTEGER;
  let owed = 0;
  let perWeek = -1;
  for (let k = 1; k <= s.horizonWeeks; k++) {
    const end = dayNumber(addDays(snap.week, 7 * k));
    if (d.fiscal) reserves -= mn(d.fiscal.receiptsPerWeek) - mn(d.fiscal.outlaysPerWeek);
    if (sd && d.fiscal) {
      const days = activeDays(end, sFrom, sTo);
      if (days > 0) {
        const frozen = Math.round((mn(d.fiscal.outlaysPerWeek) * sd.frozenShare * days) / 7);
        const o = Math.round(frozen * sd.releaseShare);
        reserves -= frozen;
        owed += o;
      }
      if (end >= sTo && owed > 0) {
        if (perWeek < 0) perWeek = Math.ceil(owed / sd.releaseWeeks);
        const r = Math.min(perWeek, owed);
        reserves += r;
        owed -= r;
      }
    }
    if (d.issuance) {
      const x = mn(d.issuance.perWeek);
      const y = absorbed(x);
      onrrp -= y;
      reserves -= x - y;
    }
    if (d.runoff) {
      const c = Math.round((mn(d.runoff.perWeek ?? 0) * activeDays(end, Number.MIN_SAFE_INTEGER, runoffTo)) / 7);
      const y = absorbed(c);
      onrrp -= y;
      reserves -= c - y;
    }
    if (d.billPurchases) reserves += Math.round((mn(d.billPurchases.perWeek) * activeDays(end, bFrom!, bTo!)) / 7);
    if (d.qe) reserves += Math.round((mn(d.qe.perWeek) * activeDays(end, qFrom!, qTo!)) / 7);
    if (d.stablecoins) {
      const g = mn(d.stablecoins.growthPerWeek);
      const m = Math.round(Math.round(g * d.stablecoins.depositShare) * d.stablecoins.holdings.moneyFunds);
      onrrp += m;
      reserves -= m;
    }
    if (d.otherFactors) reserves -= mn(d.otherFactors.perWeek ?? 0);
    out[k] = reserves;
  }
  return out;
}

const EVERY_DRIVER = {
  issuance: { perWeek: 40, onrrpShare: 0.5, onrrpFloor: 0 },
  fiscal: { receiptsPerWeek: 100, outlaysPerWeek: 134 },
  shutdown: { start: '2026-10-01', end: '2026-11-12', frozenShare: 0.15, releaseShare: 0.9, releaseWeeks: 2 },
  runoff: { perWeek: 5, end: '2027-06-01' },
  billPurchases: { perWeek: 9.2, start: '2026-01-07', end: '2030-01-01' },
  qe: { perWeek: 15, start: '2028-02-02' },
  stablecoins: { growthPerWeek: 1.5, depositShare: 0.5, holdings: { bills: 0.8, moneyFunds: 0.1, deposits: 0.1 } },
  otherFactors: { perWeek: 0.5 },
};

/** One 10-year run with every driver, and a 10,000-variant sweep, each against the bare loop, in one process. */
export function benchModel(runs = 7): void {
  const reference = new Reference(readReferenceFiles());
  const decade = parseScenario({ name: 'decade', title: '10 years, every driver', start: '2025-12-31', horizonWeeks: 520, drivers: EVERY_DRIVER });
  const snap = runScenario({ scenario: decade, reference, keepPaths: false }).snapshot;

  const lengths = Array.from({ length: 25 }, (_, i) => 7 + i * 4); // shutdown of 1–14 weeks
  const issuance = Array.from({ length: 20 }, (_, i) => 10 + i * 4);
  const runoff = Array.from({ length: 20 }, (_, i) => i * 2);
  const variants: Scenario[] = [];
  for (const days of lengths)
    for (const x of issuance)
      for (const r of runoff)
        variants.push(
          parseScenario({
            name: 'sweep',
            title: 'sweep',
            start: '2025-09-24',
            horizonWeeks: 26,
            drivers: { ...EVERY_DRIVER, qe: undefined, billPurchases: { perWeek: 9.2, start: '2025-12-12' }, issuance: { perWeek: x, onrrpShare: 0.5, onrrpFloor: 0 }, shutdown: { start: '2025-10-01', end: addDays('2025-10-01', days), frozenShare: 0.15 }, runoff: { perWeek: r, end: '2025-12-01' } },
          }),
        );
  const sweepSnap = runScenario({ scenario: variants[0]!, reference, keepPaths: false }).snapshot;

  // The baseline must compute what the ledger computes, or the ratio means nothing.
  for (const [s, sn] of [[decade, snap], [variants[1234]!, sweepSnap]] as const) {
    const ledger = runScenario({ scenario: s, reference }).reserves;
    const bare = bareRun(s, sn);
    if (ledger.some((v, k) => v !== bare[k])) throw new Error(`bench: the bare loop disagrees with the ledger on ${s.name}`);
  }

  const time = (fn: () => unknown) => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  /**
   * Ledger and baseline timed in alternation, so both see the same load on a shared machine;
   * the ratio is the median of the paired ratios.
   */
  const paired = (ledger: () => unknown, bare: () => unknown, pairs: number) => {
    ledger();
    bare();
    const l: number[] = [];
    const b: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const tl = time(ledger);
      const tb = time(bare);
      l.push(tl);
      b.push(tb);
      r.push(tl / tb);
    }
    return { ledger: percentile(l, 50), bare: percentile(b, 50), ratio: percentile(r, 50) };
  };
  let crossed = 0;
  const one = paired(() => runScenario({ scenario: decade, reference, snapshot: snap }), () => bareRun(decade, snap), runs * 7);
  const sweep = paired(
    () => {
      crossed = 0;
      for (const v of variants) if (runScenario({ scenario: v, reference, keepPaths: false, snapshot: sweepSnap }).crossings.length >= 0) crossed++;
    },
    () => {
      for (const v of variants) bareRun(v, sweepSnap);
    },
    runs,
  );
  // Both sides take the opening snapshot given, as a caller sweeping variants of one start does.
  printTable(`Liquidity model: ledger vs a bare loop doing the same arithmetic (medians; ${runs * 7} and ${runs} alternating pairs)`, ['workload', 'weeks', 'ledger', 'bare loop (baseline)', 'ledger / baseline'], [
    ['one run, 10 years, every driver (with all paths)', 520, `${one.ledger.toFixed(2)} ms`, `${one.bare.toFixed(3)} ms`, `${one.ratio.toFixed(1)}×`],
    [`sweep: ${variants.length.toLocaleString('en')} variants (shutdown length × issuance × runoff)`, (variants.length * 26).toLocaleString('en'), `${sweep.ledger.toFixed(0)} ms (${((sweep.ledger / variants.length) * 1000).toFixed(0)} µs a run)`, `${sweep.bare.toFixed(1)} ms`, `${sweep.ratio.toFixed(1)}×`],
  ]);
  if (crossed !== variants.length) throw new Error('bench: a sweep run went missing');
}

if (import.meta.main) benchModel();
