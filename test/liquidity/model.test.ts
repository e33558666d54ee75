import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReferenceFiles, REFERENCE_DIR } from '../../src/scenarios/reference-files.ts';
import { readScenarioFiles } from '../../src/scenarios/scenario-files.ts';
import { parseScenario } from '../../src/liquidity/scenario-input.ts';
import { runScenario } from '../../src/liquidity/simulate.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';

const reference = new Reference(readReferenceFiles());

/** A value straight from a shipped CSV, without the model's code: millions of USD. */
function csvValue(series: string, date: string): number {
  const line = readFileSync(`${REFERENCE_DIR}fred/${series}.csv`, 'utf8').split('\n').find((l) => l.startsWith(`${date},`));
  if (!line) throw new Error(`${series} has no ${date}`);
  return Number(line.split(',')[1]);
}

describe('snapshot', () => {
  it('takes week averages of one week, says so, and keeps Wednesday levels apart', () => {
    const s = reference.snapshot('2025-10-31');
    if ('missing' in s) throw new Error(s.missing.join('; '));
    expect(s.week).toBe('2025-10-29');
    expect(s.basis).toBe('WEEK_AVERAGE');
    expect(s.reserves.value).toBe(csvValue('WRESBAL', '2025-10-29'));
    expect(s.tga.value).toBe(csvValue('WTREGEN', '2025-10-29'));
    for (const t of [s.reserves, s.tga, s.onrrp, s.totalAssets, s.otherFactors]) expect(t.basis).toBe('WEEK_AVERAGE');
    expect(s.wednesdayLevels.tga?.value).toBe(csvValue('WDTGAL', '2025-10-29'));
    expect(s.wednesdayLevels.tga?.basis).toBe('WEDNESDAY_LEVEL');
    expect(s.otherFactors.value).toBe(s.totalAssets.value - s.tga.value - s.onrrp.value - s.reserves.value);
  });

  it('finds the residual other factors at 2.7–2.8 trillion in late 2025', () => {
    for (const day of ['2025-10-01', '2025-11-05', '2025-12-03', '2025-12-31']) {
      const s = reference.snapshot(day);
      if ('missing' in s) throw new Error(s.missing.join('; '));
      expect(s.otherFactors.value / 1e6, day).toBeGreaterThan(2.69);
      expect(s.otherFactors.value / 1e6, day).toBeLessThan(2.81);
    }
  });

  it('takes the TGA from the daily statement after WTREGEN ends, and reports missing data instead of filling it', () => {
    const s = reference.snapshot('2025-12-10');
    if ('missing' in s) throw new Error(s.missing.join('; '));
    expect(s.tga.series).toEqual(['TREASURY:DTS_TGA_CLOSE']);
    const none = new Reference({}).snapshot('2025-12-10');
    expect('missing' in none && none.missing.length).toBeGreaterThan(0);
  });
});

describe('validation against the record', () => {
  it('reproduces 2025-07-09 → 2025-10-29: TGA refill, ON RRP drained, reserves down about 482 billion', () => {
    const scenario = parseScenario({ name: 'case', title: 'case', start: '2025-07-09', horizonWeeks: 16, drivers: { recorded: { tga: true, onrrp: true, totalAssets: true } } });
    const result = runScenario({ scenario, reference });
    expect(result.weeks.at(-1)).toBe('2025-10-29');
    const by = Object.fromEntries(result.attribution.map((a) => [a.driver, a.change]));
    // The TGA's week average rose ~638 billion (its Wednesday level ~673): that much left reserves.
    expect(by['recordedTga']).toBe(-(csvValue('WTREGEN', '2025-10-29') - csvValue('WTREGEN', '2025-07-09')));
    expect(by['recordedOnrrp']! / 1e3).toBeGreaterThan(200);
    const tga = result.accounts.find((p) => p.account.id === 'fed.tga')!.values;
    expect((tga.at(-1)! - tga[0]!) / 1e3).toBeCloseTo(638.1, 0);
    const recorded = csvValue('WRESBAL', '2025-10-29') - csvValue('WRESBAL', '2025-07-09');
    expect(recorded / 1e3).toBeCloseTo(-482.2, 1);
    // What the series cannot explain is the drift of the other factors: under 25 billion here.
    expect(Math.abs(result.reservesChange - recorded) / 1e3).toBeLessThan(25);
  });
});

describe('the shipped scenarios', () => {
  const runs = Object.fromEntries(readScenarioFiles().map((s) => [s.name, runScenario({ scenario: s, reference })]));

  it('run, and show their crossings of the two lines', () => {
    for (const r of Object.values(runs)) {
      expect(r.crossings.map((c) => c.claimId)).toEqual(['e9186e0b-c006', 'e9186e0b-c007']);
      for (const c of r.crossings) {
        // A crossing is the first week below the line; no crossing means every week is at or above it.
        if (c.crossed) expect(r.reserves[c.weekIndex!]).toBeLessThan(c.level);
        else expect(Math.min(...r.reserves)).toBeGreaterThanOrEqual(c.level);
      }
    }
  });

  it('a shutdown that lasts to Thanksgiving holds reserves lower than one that ends on 12 November, until its backlog is paid', () => {
    const long = runs['shutdown-until-thanksgiving']!;
    const short = runs['shutdown-ends-november-12']!;
    expect(long.minimum.value).toBeLessThan(short.minimum.value);
    const nov26 = long.weeks.indexOf('2025-11-26');
    expect(long.reserves[nov26]).toBeLessThan(short.reserves[nov26]!);
    // Everything withheld is released within the horizon, so both end in the same place…
    expect(long.reserves.at(-1)).toBe(short.reserves.at(-1));
    // …and the shutdown's effect shows in its largest cumulative drain, deeper for the longer one.
    const drain = (r: typeof long) => r.attribution.find((a) => a.driver === 'shutdown')!;
    expect(drain(long).change).toBe(0);
    expect(drain(long).largest.change).toBeLessThan(drain(short).largest.change);
    expect(drain(short).largest.change).toBeLessThan(0);
  });

  it('QE adds reserves: without it the QE4 scenario ends lower by exactly the QE attribution', () => {
    const withQe = runs['qe4-early-2026']!;
    const scenario = readScenarioFiles().find((s) => s.name === 'qe4-early-2026')!;
    const { qe: _qe, ...rest } = scenario.drivers;
    const without = runScenario({ scenario: { ...scenario, drivers: rest }, reference });
    const qe = withQe.attribution.find((a) => a.driver === 'qe')!.change;
    expect(qe).toBeGreaterThan(0);
    expect(withQe.reserves.at(-1)! - without.reserves.at(-1)!).toBe(qe);
  });
});

describe('driver properties', () => {
  const fc = import('fast-check');
  const day = (from: string, n: number) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  it('a shutdown whose backlog is all paid within the horizon leaves reserves where they would have been', async () => {
    const { default: f } = await fc;
    f.assert(
      f.property(f.integer({ min: 1, max: 120 }), f.double({ min: 0, max: 1, noNaN: true }), f.integer({ min: 1, max: 8 }), (days, frozenShare, releaseWeeks) => {
        const base = { name: 'p', title: 'p', start: '2025-09-24', horizonWeeks: 40, drivers: { fiscal: { receiptsPerWeek: 100, outlaysPerWeek: 134 } } };
        const without = runScenario({ scenario: parseScenario(base), reference });
        const withShutdown = runScenario({ scenario: parseScenario({ ...base, drivers: { ...base.drivers, shutdown: { start: '2025-10-01', end: day('2025-10-01', days), frozenShare, releaseShare: 1, releaseWeeks } } }), reference });
        expect(withShutdown.reserves.at(-1)).toBe(without.reserves.at(-1));
        // While it lasts, it can only hold reserves down.
        withShutdown.reserves.forEach((r, k) => expect(r).toBeLessThanOrEqual(without.reserves[k]!));
      }),
      { numRuns: 60, seed: 43 },
    );
  });

  it('issuance never takes ON RRP below its floor', async () => {
    const { default: f } = await fc;
    f.assert(
      f.property(f.double({ min: 0, max: 300, noNaN: true }), f.double({ min: 0, max: 1, noNaN: true }), f.double({ min: 0, max: 300, noNaN: true }), f.constantFrom('2022-06-01', '2023-06-07', '2024-06-05'), (perWeek, onrrpShare, onrrpFloor, start) => {
        const r = runScenario({ scenario: parseScenario({ name: 'p', title: 'p', start, horizonWeeks: 30, drivers: { issuance: { perWeek, onrrpShare, onrrpFloor } } }), reference });
        const onrrp = r.accounts.find((p) => p.account.id === 'fed.onrrp')!.values;
        const floor = Math.min(onrrp[0]!, Math.round(onrrpFloor * 1000));
        for (const v of onrrp) expect(v).toBeGreaterThanOrEqual(floor);
        // What ON RRP does not pay, reserves do: the issuance attribution is −(issued − absorbed).
        const issued = Math.round(perWeek * 1000) * 30;
        const absorbed = onrrp[0]! - onrrp.at(-1)!;
        expect(r.attribution.find((a) => a.driver === 'issuance')!.change).toBe(absorbed - issued);
      }),
      { numRuns: 60, seed: 44 },
    );
  });
});
