import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AC, ACCOUNTS, INSTRUMENTS, Ledger, LedgerError, openingBalances, SECTORS } from '../../src/liquidity/ledger.ts';
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { parseScenario } from '../../src/liquidity/scenario-input.ts';
import { runScenario, type SimulationResult } from '../../src/liquidity/simulate.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';

const reference = new Reference(readReferenceFiles());

/** The identities recomputed from the result's paths alone, independently of the ledger's own checks. */
function brokenIdentities(result: SimulationResult): string[] {
  const broken: string[] = [];
  for (let k = 0; k < result.weeks.length; k++) {
    for (const sector of SECTORS) {
      let sum = 0;
      for (const p of result.accounts) if (p.account.sector === sector) sum += (p.account.side === 'ASSET' ? 1 : -1) * p.values[k]!;
      if (sum !== 0) broken.push(`${result.weeks[k]}: ${sector} off by ${sum}`);
    }
    for (const instrument of INSTRUMENTS) {
      let held = 0;
      let issued = 0;
      for (const p of result.accounts) {
        if (p.account.instrument !== instrument) continue;
        if (p.account.side === 'ASSET') held += p.values[k]!;
        else issued += p.values[k]!;
      }
      if (held !== issued) broken.push(`${result.weeks[k]}: ${instrument} held ${held} ≠ issued ${issued}`);
    }
    const netWorth = result.accounts.filter((p) => p.account.side === 'NET_WORTH').reduce((s, p) => s + p.values[k]!, 0);
    if (netWorth !== 0) broken.push(`${result.weeks[k]}: net worths sum to ${netWorth}`);
  }
  return broken;
}

const date = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => new Date(Date.parse(`${from}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10));
const share = fc.double({ min: 0, max: 1, noNaN: true });
const amount = (max: number) => fc.double({ min: -max, max, noNaN: true });
const holdings = fc.tuple(share, share).map(([x, y]) => {
  const bills = x;
  const moneyFunds = (1 - x) * y;
  return { bills, moneyFunds, deposits: 1 - bills - moneyFunds };
});

/** Any scenario the validator accepts, over the years the shipped series cover. */
const scenarioArb = fc
  .record({
    start: date('2022-06-01', 1200),
    horizonWeeks: fc.integer({ min: 1, max: 160 }),
    issuance: fc.option(fc.record({ perWeek: amount(200), onrrpShare: share, onrrpFloor: fc.double({ min: 0, max: 500, noNaN: true }) }), { nil: undefined }),
    fiscal: fc.option(fc.record({ receiptsPerWeek: fc.double({ min: 0, max: 300, noNaN: true }), outlaysPerWeek: fc.double({ min: 0, max: 300, noNaN: true }) }), { nil: undefined }),
    shutdown: fc.option(fc.record({ start: date('2022-06-01', 1300), length: fc.integer({ min: 1, max: 200 }), frozenShare: share, releaseShare: share, releaseWeeks: fc.integer({ min: 1, max: 52 }) }), { nil: undefined }),
    runoff: fc.option(fc.record({ perWeek: fc.double({ min: 0, max: 50, noNaN: true }), end: date('2022-06-01', 1500) }), { nil: undefined }),
    billPurchases: fc.option(fc.record({ perWeek: fc.double({ min: 0, max: 50, noNaN: true }), start: date('2022-06-01', 1500) }), { nil: undefined }),
    qe: fc.option(fc.record({ perWeek: fc.double({ min: 0, max: 80, noNaN: true }), start: date('2022-06-01', 1500) }), { nil: undefined }),
    stablecoins: fc.option(fc.record({ growthPerWeek: amount(20), depositShare: share, holdings }), { nil: undefined }),
    otherFactors: fc.option(fc.record({ perWeek: amount(10) }), { nil: undefined }),
    recorded: fc.option(fc.record({ tga: fc.boolean(), onrrp: fc.boolean(), totalAssets: fc.boolean() }), { nil: undefined }),
  })
  .map((g) => {
    const drivers: Record<string, unknown> = {};
    const rec = g.recorded ?? { tga: false, onrrp: false, totalAssets: false };
    // Leave out what a recorded term would count twice, as the validator requires.
    if (g.issuance && !rec.tga && !rec.onrrp) drivers['issuance'] = g.issuance;
    if (g.fiscal && !rec.tga) drivers['fiscal'] = g.fiscal;
    if (g.shutdown && g.fiscal && !rec.tga) {
      const { length, ...s } = g.shutdown;
      drivers['shutdown'] = { ...s, end: new Date(Date.parse(`${s.start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10) };
    }
    if (g.runoff && !rec.onrrp && !rec.totalAssets) drivers['runoff'] = g.runoff;
    if (g.billPurchases && !rec.totalAssets) drivers['billPurchases'] = g.billPurchases;
    if (g.qe && !rec.totalAssets) drivers['qe'] = g.qe;
    if (g.stablecoins) drivers['stablecoins'] = rec.onrrp ? { ...g.stablecoins, holdings: { bills: g.stablecoins.holdings.bills, moneyFunds: 0, deposits: 1 - g.stablecoins.holdings.bills } } : g.stablecoins;
    if (g.otherFactors) drivers['otherFactors'] = g.otherFactors;
    if (g.recorded) drivers['recorded'] = g.recorded;
    return parseScenario({ name: 'random', title: 'random', start: g.start, horizonWeeks: g.horizonWeeks, drivers, thresholds: [{ name: 'line', level: 2700 }] });
  });

describe('ledger', () => {
  it('refuses a transaction that breaks a balance sheet, and applies nothing of it', () => {
    const ledger = new Ledger(openingBalances({ 'fed.securities': 100, 'treasury.securities': 100, 'fed.reserves': 100, 'banks.reserves': 100, 'banks.loans': 0, 'banks.deposits': 100, 'public.deposits': 100 }));
    const before = Float64Array.from(ledger.balances);
    // Reserves created without an asset behind them: the Fed's column does not balance.
    expect(() => ledger.post({ driver: 'bad', legs: [AC['fed.reserves']!, 5, AC['banks.reserves']!, 5, AC['banks.deposits']!, 5, AC['public.deposits']!, 5] })).toThrow(/fed column does not balance/);
    // A deposit that no bank owes: the deposits row does not sum to zero.
    expect(() => ledger.post({ driver: 'bad', legs: [AC['public.deposits']!, 5, AC['public.netWorth']!, 5] })).toThrow(LedgerError);
    expect(() => ledger.post({ driver: 'bad', legs: [AC['fed.securities']!, 0.5, AC['fed.reserves']!, 0.5, AC['banks.reserves']!, 0.5, AC['banks.deposits']!, 0.5, AC['public.deposits']!, 0.5, AC['public.netWorth']!, 0.5] })).toThrow(/whole number/);
    expect(ledger.balances).toEqual(before);
    expect(ledger.posted).toBe(0);
  });

  it('has every account on one side of one instrument, each instrument issued by exactly one sector', () => {
    for (const instrument of INSTRUMENTS) {
      const issuers = ACCOUNTS.filter((a) => a.instrument === instrument && a.side === 'LIABILITY');
      const holders = ACCOUNTS.filter((a) => a.instrument === instrument && a.side === 'ASSET');
      expect(issuers, instrument).toHaveLength(1);
      expect(holders.length, instrument).toBeGreaterThan(0);
    }
  });

  it('random scenarios never break a balance sheet or a flow row, and attribution adds up exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = runScenario({ scenario, reference });
        expect(brokenIdentities(result)).toEqual([]);
        const attributed = result.attribution.reduce((s, a) => s + a.change, 0);
        expect(attributed).toBe(result.reserves.at(-1)! - result.reserves[0]!);
        expect(result.reservesChange).toBe(attributed);
        expect(result.reserves).toHaveLength(scenario.horizonWeeks + 1);
      }),
      { numRuns: 150, seed: 20251112 },
    );
  });

  it('is deterministic: the same input gives the same output, bit for bit', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = runScenario({ scenario, reference });
        const b = runScenario({ scenario: structuredClone(scenario), reference: new Reference(readReferenceFiles()) });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 10, seed: 7 },
    );
  });
});
