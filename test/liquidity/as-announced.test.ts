import { describe, expect, it } from 'vitest';
import { crossingProbability, normalCdf } from '../../src/liquidity/band.ts';
import { scoreProjection } from '../../src/liquidity/forecast-score.ts';
import type { ObservationSet } from '../../src/liquidity/observations.ts';
import { parseScenario } from '../../src/liquidity/scenario-input.ts';
import { runScenario } from '../../src/liquidity/simulate.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { shippedScenario } from '../../src/scenarios/scenario-files.ts';

const observations = readReferenceFiles();
const reference = new Reference(observations);
const AS_ANNOUNCED = ['as-announced-2025-07-30', 'as-announced-2025-10-29', 'as-announced-2025-12-10'];

/** The record with every observation after `after` changed: what a projection from before then must not see. */
function tamperedAfter(after: string): Reference {
  const out: ObservationSet = {};
  for (const [id, list] of Object.entries(observations)) out[id as keyof ObservationSet] = list!.map((o) => (o.date > after && o.value !== null ? { ...o, value: o.value * 1.5 + 7 } : o));
  return new Reference(out);
}

describe('as-announced scenarios', () => {
  it.each(AS_ANNOUNCED)('%s sees nothing after its opening week: its path, band and fits are unchanged when later data change', (name) => {
    const scenario = shippedScenario(name);
    const a = runScenario({ scenario, reference, keepPaths: false });
    const b = runScenario({ scenario, reference: tamperedAfter(a.weeks[0]!), keepPaths: false });
    expect(b.reserves).toEqual(a.reserves);
    expect(b.tga).toEqual(a.tga);
    expect(b.band.reserves).toEqual(a.band.reserves);
    expect(b.fitted).toEqual(a.fitted);
    // …while the record after the start did change, so the test can fail.
    expect(tamperedAfter(a.weeks[0]!).series['FRED:WRESBAL'].on(a.weeks[4]!)).not.toBe(reference.series['FRED:WRESBAL'].on(a.weeks[4]!));
  });

  it.each(AS_ANNOUNCED)('%s names a source (publisher, date on or before the start, URL) for every driver it sets', (name) => {
    const s = shippedScenario(name);
    const sourced = new Set(s.announcements.map((a) => a.driver));
    for (const driver of Object.keys(s.drivers).filter((d) => d !== 'otherFactors')) expect(sourced, `${name}: ${driver}`).toContain(driver);
    for (const a of s.announcements) {
      expect(a.date <= s.start).toBe(true);
      expect(a.url).toMatch(/^https:\/\//);
    }
  });

  it('the Treasury plan takes the TGA to the announced cash balance at the quarter end, then holds it', () => {
    const r = runScenario({ scenario: shippedScenario('as-announced-2025-07-30'), reference });
    const at = (week: string) => r.tga[r.weeks.indexOf(week)]!;
    // The week ending 1 October 2025 holds 30 September, the quarter's last day.
    expect(Math.abs(at('2025-10-01') - 850_000)).toBeLessThan(1_000);
    expect(Math.abs(at('2025-12-31') - 850_000)).toBeLessThan(1_000);
    expect(Math.abs(at('2026-01-28') - 850_000)).toBeLessThan(1_000);
    const opening = reference.snapshot('2025-07-30');
    if ('missing' in opening) throw new Error(opening.missing.join('; '));
    expect(r.tga[0]).toBe(opening.tga.value);
  });

  it('fits other factors by least squares on the 52 weeks before the start, and says which weeks', () => {
    const r = runScenario({ scenario: shippedScenario('as-announced-2025-10-29'), reference, keepPaths: false });
    const of = r.fitted.find((f) => f.driver === 'otherFactors')!;
    expect(of.method).toContain('52 weeks 2024-11-06..2025-10-29');
    // The residual grew in the year to October 2025 (mostly currency): positive, and small beside reserves.
    expect(of.perWeek).toBeGreaterThan(0);
    expect(of.perWeek).toBeLessThan(10);
  });

  it('scores a projection at each horizon beside no change and the four-week trend', () => {
    const r = runScenario({ scenario: shippedScenario('as-announced-2025-07-30'), reference, keepPaths: false });
    const s = scoreProjection(r, reference).find((x) => x.measure === 'reserves' && x.horizon === 13)!;
    expect(s.week).toBe('2025-10-29');
    expect(s.recorded).toBe(reference.series['FRED:WRESBAL'].on('2025-10-29'));
    expect(s.noChange).toBe(reference.series['FRED:WRESBAL'].on('2025-07-30'));
    const before = reference.series['FRED:WRESBAL'].on('2025-07-02')!;
    expect(s.trend).toBeCloseTo(s.noChange + ((s.noChange - before) * 13) / 4, 6);
    expect(s.lower).toBeLessThan(s.model);
    expect(s.upper).toBeGreaterThan(s.model);
  });
});

describe('band and crossing probability', () => {
  it('normalCdf matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
  });

  it('is the largest weekly chance of being below the line; the band widens with the horizon', () => {
    const p = crossingProbability([3000, 2900, 2800, 2850], [0, 50, 100, 150], 2700);
    expect(p.week).toBe(2);
    expect(p.probability).toBeCloseTo(normalCdf(-1), 6);
    const r = runScenario({ scenario: shippedScenario('as-announced-2025-12-10'), reference, keepPaths: false });
    expect(r.band.sd.reserves[0]).toBe(0);
    expect(r.band.sd.reserves[26]!).toBeGreaterThan(r.band.sd.reserves[1]!);
    for (const c of r.crossings) expect(c.probability).toBeGreaterThanOrEqual(0);
    expect(r.crossings.find((c) => c.level === 2_500_000)!.probability).toBeLessThan(0.5);
  });
});

// Issue 23's three liquidity-page defects, at the model.
describe('issue 23 regressions', () => {
  const heavy = parseScenario({ name: 'heavy', title: 'Issuance at 150 a week', start: '2025-09-24', horizonWeeks: 26, drivers: { issuance: { perWeek: 150 }, fiscal: { receiptsPerWeek: 100, outlaysPerWeek: 134 } } });

  it('"largest in a week" is one week\'s effect, not the cumulative total', () => {
    const r = runScenario({ scenario: heavy, reference, keepPaths: false });
    const issuance = r.attribution.find((a) => a.driver === 'issuance')!;
    expect(issuance.largestWeek.change).toBe(-150_000);
    expect(issuance.change).toBe(-150_000 * 26);
  });

  it('the fiscal driver is labelled so that its sign reads right: a deficit adds reserves', () => {
    const r = runScenario({ scenario: heavy, reference, keepPaths: false });
    const fiscal = r.attribution.find((a) => a.driver === 'fiscal')!;
    expect(fiscal.change).toBe(34_000 * 26);
    // outlays − receipts = 134 − 100 > 0, the same sign as the change it made.
    expect(fiscal.label).toBe('Federal outlays − receipts');
  });

  it('a path below zero reserves is a breach of the model\'s floor, named with its week', () => {
    const r = runScenario({ scenario: heavy, reference, keepPaths: false });
    expect(r.minimum.value).toBeLessThan(0);
    expect(r.floorBreach).not.toBeNull();
    expect(r.reserves[r.weeks.indexOf(r.floorBreach!.week)]!).toBeLessThan(0);
    expect(r.reserves[r.weeks.indexOf(r.floorBreach!.week) - 1]!).toBeGreaterThanOrEqual(0);
    expect(runScenario({ scenario: shippedScenario('as-announced-2025-12-10'), reference, keepPaths: false }).floorBreach).toBeNull();
  });
});
