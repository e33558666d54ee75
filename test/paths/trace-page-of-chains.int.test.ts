import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFactor } from '../../src/factors/factor-store.ts';
import { findPaths, traceByNames } from '../../src/paths/path-store.ts';
import { assessPath, groupByFactorPath, rankPaths } from '../../src/paths/rank-paths.ts';
import { loadCausalFixture } from '../support/fixtures.ts';
import { testConfig, testGraph, uniquePrefix } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';
import { withFoldedHop } from './folded-hop.ts';

// Issue 21: the trace statement answers only the paths of the chains that can be on the page (the
// page limit inside the statement), where it answered every candidate path and their factors and
// links. rankPaths still orders the page in JS; these tests hold its order and limit to ranking
// every candidate, as trace did before.

const config = testConfig();
const graph = testGraph(config);
const server = testServer(graph, config);
const p = uniquePrefix('chains');
const id = (s: string) => `${p}-${s}`;

type Status = 'VERIFIED' | 'PARTLY_TRUE' | 'IN_REVIEW' | 'UNREVIEWED' | 'DISPUTED' | 'FALSE';

/** A → Xi → D for each status pair, so chains have many strengths, with ties among them. */
const MIDDLES: [string, Status, Status][] = [
  ['x1', 'VERIFIED', 'VERIFIED'],
  ['x2', 'VERIFIED', 'PARTLY_TRUE'],
  ['x3', 'PARTLY_TRUE', 'VERIFIED'], // ties x2 on strength and length: the link ids decide
  ['x4', 'UNREVIEWED', 'IN_REVIEW'],
  ['x5', 'IN_REVIEW', 'UNREVIEWED'], // ties x4
  ['x6', 'DISPUTED', 'VERIFIED'],
  ['x7', 'FALSE', 'VERIFIED'],
  ['x8', 'UNREVIEWED', 'UNREVIEWED'], // with a parallel VERIFIED link on A → X8 (below): 0.5
];
/** The middles' chains, A → X1 → D falling (a second polarity), and A → X1 → X3 → D both ways. */
const CHAINS = MIDDLES.length + 3;

beforeAll(async () => {
  const factors = [{ id: id('a'), name: `${p} start` }, { id: id('d'), name: `${p} end` }, ...MIDDLES.map(([m]) => ({ id: id(m), name: `${p} ${m}` }))];
  const links = MIDDLES.flatMap(([m, first, second]) => [
    { id: id(`a-${m}`), from: id('a'), to: id(m), status: first },
    { id: id(`${m}-d`), from: id(m), to: id('d'), status: second },
  ]);
  await loadCausalFixture(
    graph,
    factors,
    [
      ...links,
      // A parallel link on A → X8, stronger than its own: one chain, as strong as its best link.
      { id: id('a-x8-again'), from: id('a'), to: id('x8'), status: 'VERIFIED' },
      // The same factor path with the opposite polarity: another chain.
      { id: id('a-x1-down'), from: id('a'), to: id('x1'), status: 'VERIFIED', polarity: 'DECREASES' },
      // Three-hop chains (either polarity) as strong as the best two-hop ones: shorter ones rank first.
      { id: id('x1-x3'), from: id('x1'), to: id('x3'), status: 'VERIFIED' },
    ],
    `${p}-doc`,
  );
});
afterAll(() => graph.close());

const TRACE = `query($from: String!, $to: String!, $first: Int) { trace(from: $from, to: $to, first: $first) {
  strength { score } factors { id } links { id } steps { links { id } } } }`;
type Traced = { strength: { score: number }; factors: { id: string }[]; links: { id: string }[]; steps: { links: { id: string }[] }[] };

/** Every candidate path ranked, then the page: what trace answered before the page was cut in Cypher. */
async function rankedFromAllCandidates(first: number) {
  const a = await resolveFactor(graph, id('a'), 'from');
  const d = await resolveFactor(graph, id('d'), 'to');
  const found = await findPaths(graph, a.id, d.id, 6, Math.min(first * 10, 200));
  return rankPaths(groupByFactorPath(found).map((g) => ({ ...assessPath(g.factorIds, g.hops), steps: g.steps }))).slice(0, first);
}

describe('trace cuts the page in its statement (issue 21)', () => {
  it('answers every page size with the chains, order and steps of ranking every candidate path', async () => {
    const all = await rankedFromAllCandidates(50);
    expect(all.length).toBe(CHAINS);
    for (let first = 1; first <= all.length + 1; first++) {
      const r = await gql<{ trace: Traced[] }>(server, TRACE, { from: id('a'), to: id('d'), first });
      expect(r.errors, `first ${first}`).toBeUndefined();
      const expected = await rankedFromAllCandidates(first);
      expect(
        r.data!.trace.map((t) => ({ score: t.strength.score, factors: t.factors.map((f) => f.id), links: t.links.map((l) => l.id), steps: t.steps.map((s) => s.links.map((l) => l.id)) })),
        `first ${first}`,
      ).toEqual(expected.map((x) => ({ score: x.strength.score, factors: x.factorIds, links: x.hops.map((h) => h.linkId), steps: x.steps.map((s) => s.linkIds) })));
    }
  });

  it('answers only the paths of the chains that can be on the page, and their factors and links', async () => {
    const chainsOf = (paths: { factorIds: string[]; hops: { polarity: string }[] }[]) => new Set(paths.map((x) => `${x.factorIds.join('>')}|${x.hops.map((h) => h.polarity).join('>')}`));
    const q = { from: id('a'), to: id('d'), maxHops: 6, candidates: 100, includeCandidates: false };
    const every = await traceByNames(graph, q);
    expect(chainsOf(every.paths).size).toBe(CHAINS);
    // Strengths: 1.0 for A → X1 → D either way (two hops) and A → X1 → X3 → D either way (three hops), 0.6 for X2
    // and X3, 0.5 for X8, 0.3 for X6, 0.25 for X4 and X5, 0 for X7. A page keeps the chains that can be on it: its
    // size, plus those tied with its last on strength and length (the link ids decide among them, in JS).
    const one = await traceByNames(graph, { ...q, first: 1 });
    expect(chainsOf(one.paths)).toEqual(new Set([`${id('a')}>${id('x1')}>${id('d')}|INCREASES>INCREASES`, `${id('a')}>${id('x1')}>${id('d')}|DECREASES>INCREASES`]));
    expect(one.factors.map((f) => f.id).sort()).toEqual([id('a'), id('d'), id('x1')].sort());
    expect(one.links.map((l) => l.link.id).sort()).toEqual([id('a-x1'), id('a-x1-down'), id('x1-d')].sort());
    expect(chainsOf((await traceByNames(graph, { ...q, first: 2 })).paths).size).toBe(2);
    expect(chainsOf((await traceByNames(graph, { ...q, first: 3 })).paths).size).toBe(4);
    const five = await traceByNames(graph, { ...q, first: 5 });
    expect(chainsOf(five.paths).size).toBe(6);
    // Paths of chains below the page are not answered, nor their factors and links.
    expect(five.factors.map((f) => f.id)).not.toContain(id('x7'));
    expect(five.links.map((l) => l.link.id)).not.toContain(id('x8-d'));
    expect(chainsOf((await traceByNames(graph, { ...q, first: CHAINS })).paths).size).toBe(CHAINS);
  });

  it('ranks every candidate again when a chain on the page lost a link to a concurrent fold', async () => {
    // A hop whose link is no longer a CausalLink (a fold relabels it; see trace-one-statement's test) on the best
    // chain: the statement keeps that chain and cuts the rest, the answer drops its path, so the page is made again
    // from every candidate — the next best chain, as before the page was cut in Cypher.
    await withFoldedHop(graph, { from: id('a'), to: id('d'), ghost: id('a-d-folded'), survivor: id('a-x1'), status: 'VERIFIED' }, async () => {
      const r = await gql<{ trace: Traced[] }>(server, TRACE, { from: id('a'), to: id('d'), first: 1 });
      expect(r.errors).toBeUndefined();
      expect(r.data!.trace.map((t) => t.factors.map((f) => f.id))).toEqual([[id('a'), id('x1'), id('d')]]);
    });
  });
});
