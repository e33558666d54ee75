import { describe, expect, it } from 'vitest';
import { assessPath, rankPaths, STATUS_SCORE, type Hop } from '../../src/paths/rank-paths.ts';

const hop = (linkId: string, polarity: Hop['polarity'], status = 'UNREVIEWED'): Hop => ({ linkId, polarity, status });

describe('assessPath', () => {
  it('multiplies polarities: two DECREASES make an INCREASES', () => {
    expect(assessPath(['a', 'b', 'c', 'd'], [hop('1', 'INCREASES'), hop('2', 'DECREASES'), hop('3', 'DECREASES')]).netPolarity).toBe('INCREASES');
    expect(assessPath(['a', 'b', 'c'], [hop('1', 'INCREASES'), hop('2', 'DECREASES')]).netPolarity).toBe('DECREASES');
  });

  it('is only as verified as its weakest hop, and lists contested hops', () => {
    const p = assessPath(['a', 'b', 'c', 'd'], [hop('1', 'INCREASES', 'VERIFIED'), hop('2', 'INCREASES', 'DISPUTED'), hop('3', 'INCREASES', 'PARTLY_TRUE')]);
    expect(p.strength.weakestStatus).toBe('DISPUTED');
    expect(p.strength.score).toBeCloseTo(STATUS_SCORE['VERIFIED']! * STATUS_SCORE['DISPUTED']! * STATUS_SCORE['PARTLY_TRUE']!, 10);
    expect(p.strength.hasContestedHop).toBe(true);
    expect(p.weakLinks).toEqual(['2']);
  });

  it('gives a FALSE hop a zero score', () => {
    expect(assessPath(['a', 'b'], [hop('1', 'INCREASES', 'FALSE')]).strength.score).toBe(0);
  });
});

describe('rankPaths', () => {
  it('puts stronger chains first, then shorter, then a stable order', () => {
    const short = assessPath(['a', 'z'], [hop('s', 'INCREASES', 'DISPUTED')]);
    const long = assessPath(['a', 'b', 'z'], [hop('l1', 'INCREASES', 'VERIFIED'), hop('l2', 'INCREASES', 'VERIFIED')]);
    const twin = assessPath(['a', 'c', 'z'], [hop('k1', 'INCREASES', 'VERIFIED'), hop('k2', 'INCREASES', 'VERIFIED')]);
    const direct = assessPath(['a', 'z'], [hop('d', 'INCREASES', 'VERIFIED')]);
    expect(rankPaths([short, long, twin, direct]).map((p) => p.hops[0]!.linkId)).toEqual(['d', 'k1', 'l1', 's']);
  });
});

describe('groupByFactorPath (issue 19)', () => {
  it('makes chains that differ only in parallel links one chain, listing every link per hop, strongest first', async () => {
    const { groupByFactorPath } = await import('../../src/paths/rank-paths.ts');
    const groups = groupByFactorPath([
      { factorIds: ['a', 'b', 'c'], hops: [{ linkId: 'ab1', polarity: 'INCREASES', status: 'UNREVIEWED' }, { linkId: 'bc', polarity: 'DECREASES', status: 'VERIFIED' }] },
      { factorIds: ['a', 'b', 'c'], hops: [{ linkId: 'ab2', polarity: 'INCREASES', status: 'VERIFIED' }, { linkId: 'bc', polarity: 'DECREASES', status: 'VERIFIED' }] },
      { factorIds: ['a', 'b', 'c'], hops: [{ linkId: 'ab3', polarity: 'DECREASES', status: 'VERIFIED' }, { linkId: 'bc', polarity: 'DECREASES', status: 'VERIFIED' }] },
      { factorIds: ['a', 'c'], hops: [{ linkId: 'ac', polarity: 'INCREASES', status: 'FALSE' }] },
    ]);
    expect(groups.map((g) => g.factorIds.join(''))).toEqual(['abc', 'abc', 'ac']);
    expect(groups[0]!.hops.map((h) => h.linkId)).toEqual(['ab2', 'bc']);
    expect(groups[0]!.steps.map((s) => s.linkIds)).toEqual([['ab2', 'ab1'], ['bc']]);
    // Opposite polarity: a different assertion, a chain of its own.
    expect(groups[1]!.steps[0]!.linkIds).toEqual(['ab3']);
  });

  it('picks the same representative link among links of one status whatever order the search found the paths in', async () => {
    const { groupByFactorPath } = await import('../../src/paths/rank-paths.ts');
    const path = (ab: string, status: string) => ({ factorIds: ['a', 'b'], hops: [{ linkId: ab, polarity: 'INCREASES' as const, status }] });
    const paths = [path('ab-m', 'UNREVIEWED'), path('ab-c', 'UNREVIEWED'), path('ab-x', 'UNREVIEWED'), path('ab-a', 'DISPUTED')];
    for (const order of [paths, [...paths].reverse(), [paths[2]!, paths[0]!, paths[3]!, paths[1]!]]) {
      const [g] = groupByFactorPath(order);
      expect(g!.hops[0]!.linkId).toBe('ab-c');
      expect(g!.steps[0]!.linkIds).toEqual(['ab-c', 'ab-a', 'ab-m', 'ab-x']);
    }
  });
});
