import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/matching/figure.ts';
import { identityRecord } from '../../src/matching/identity-record.ts';
import { IDENTITY_FACTORS, IDENTITY_TOLERANCE, jointFindings, type IdentityTerm } from '../../src/matching/joint-check.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';

const observations = readReferenceFiles();
const record = identityRecord(observations);
const WEEK = '2025-10-22';
const terms = new Reference(observations).weekTerms(WEEK);
if ('missing' in terms) throw new Error(`the shipped record lacks the week ending ${WEEK}`);

let n = 0;
/** A claim's figure for one term, written in billions to the nearest billion (as an article would round it). */
function figure(term: IdentityTerm, usd: number, extra: Partial<Figure> = {}): Figure {
  n += 1;
  const billions = Math.round(Math.abs(usd) / 1e9);
  return {
    quantityId: `q${n}`,
    claimId: `c${n}`,
    documentId: `d${n % 2}`,
    factorId: IDENTITY_FACTORS[term],
    mode: 'LEVEL',
    direction: null,
    period: null,
    timeSource: 'TEXT',
    window: { start: '2025-10-16', end: WEEK },
    value: billions * 1e9,
    upper: null,
    unit: 'USD',
    qualifier: null,
    surface: `$${billions} billion`,
    ...extra,
  };
}
const levels = (over: Partial<Record<IdentityTerm, number>> = {}) => [
  figure('reserves', over.reserves ?? terms.reserves.value * 1e6),
  figure('totalAssets', over.totalAssets ?? terms.totalAssets.value * 1e6),
  figure('tga', over.tga ?? terms.tga.value * 1e6),
  figure('onrrp', over.onrrp ?? terms.onrrp.value * 1e6),
];

describe('figures that cannot all hold (the balance-sheet identity)', () => {
  it('finds nothing in figures the record bears out, across documents', () => {
    expect(jointFindings(levels(), record)).toEqual([]);
  });

  it('finds a set whose implied residual misses the recorded one by more than the tolerance, with the arithmetic', () => {
    const reserves = terms.reserves.value * 1e6 + 300e9;
    const [found, ...more] = jointFindings(levels({ reserves }), record);
    expect(more).toEqual([]);
    expect(found?.mode).toBe('LEVEL');
    // 300 billion too many reserves imply 300 billion too little residual, less rounding and the tolerance.
    expect(found!.excess).toBeGreaterThan(300e9 - IDENTITY_TOLERANCE - 3e9);
    expect(found!.excess).toBeLessThan(300e9 - IDENTITY_TOLERANCE + 3e9);
    expect(found!.terms.map((t) => t.term)).toEqual(['reserves', 'totalAssets', 'tga', 'onrrp']);
    expect(found!.arithmetic).toMatch(/other factors = total assets − TGA − ON RRP − reserves/);
    expect(found!.arithmetic).toMatch(/cannot all hold/);
  });

  it('stands the record in for a missing ON RRP figure, and says so', () => {
    const [found] = jointFindings(levels({ reserves: terms.reserves.value * 1e6 - 400e9 }).slice(0, 3), record);
    expect(found?.terms.find((t) => t.term === 'onrrp')).toMatchObject({ figure: null, recorded: expect.stringMatching(/RRPONTSYD/) });
  });

  it('leaves alone figures over long windows, other measures and windows that do not meet', () => {
    const set = levels({ reserves: terms.reserves.value * 1e6 + 500e9 });
    expect(jointFindings([{ ...set[0]!, window: { start: '2025-07-01', end: WEEK } }, ...set.slice(1)], record)).toEqual([]);
    expect(jointFindings([{ ...set[0]!, factorId: 'f-us-federal-debt' }, ...set.slice(1)], record)).toEqual([]);
    expect(jointFindings([{ ...set[0]!, window: { start: '2025-12-11', end: '2025-12-17' } }, ...set.slice(1)], record)).toEqual([]);
  });

  it('issue 19: a figure whose reading is not firm (dated only by its document) made a finding against the others', () => {
    const set = levels({ reserves: terms.reserves.value * 1e6 + 500e9 });
    expect(jointFindings(set, record)).toHaveLength(1);
    const undated = { ...set[0]!, timeSource: 'DOCUMENT_DATE' as const, unfirm: [{ kind: 'DOCUMENT_DATE' as const, why: "its sentence states no time: it is dated by its document's date" }] };
    expect(jointFindings([undated, ...set.slice(1)], record)).toEqual([]);
  });

  it('checks changes over the same window: Δreserves against Δassets − ΔTGA − ΔON RRP − Δresidual', () => {
    const before = new Reference(observations).weekTerms('2025-10-15');
    if ('missing' in before) throw new Error('the shipped record lacks the week ending 2025-10-15');
    const change = (term: IdentityTerm, d: number) => figure(term, d, { mode: 'CHANGE', direction: d < 0 ? 'DECREASE' : 'INCREASE' });
    const d = (k: 'reserves' | 'totalAssets' | 'tga' | 'onrrp') => (terms[k].value - before[k].value) * 1e6;
    const honest = [change('reserves', d('reserves')), change('totalAssets', d('totalAssets')), change('tga', d('tga')), change('onrrp', d('onrrp'))];
    expect(jointFindings(honest, record)).toEqual([]);
    // The reserves' fall stated as a rise of the same size.
    const flipped = [change('reserves', -d('reserves') + Math.sign(-d('reserves')) * 200e9), ...honest.slice(1)];
    const [found] = jointFindings(flipped, record);
    expect(found?.mode).toBe('CHANGE');
    expect(found?.arithmetic).toMatch(/Δother factors/);
  });
});
