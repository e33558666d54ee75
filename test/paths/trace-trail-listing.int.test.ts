import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.ts';
import { findPaths, LISTED_HOPS, TRAIL_BUDGET, traceByNames, WALKABLE } from '../../src/paths/path-store.ts';
import { generateGraph } from '../bench/generate-graph.ts';
import { loadCausalFixture, type FixtureLink } from '../support/fixtures.ts';
import { testConfig, testGraph, uniquePrefix } from '../support/graph.ts';

// Issue 21: a short trace (at most LISTED_HOPS hops) lists the trails out of `from` (at most TRAIL_BUDGET of them) and answers those that end at `to`
// when there are at most k, instead of always running `SHORTEST k` — whose fixed cost was most of a short trace's.
// These tests hold the answer to the search before the change (SHORTEST k alone, written out below as it was) on the
// seed graph and on a generated one, and check that a hub still hands the search to SHORTEST k after a bounded listing.

const graph = testGraph(testConfig());
const p = uniquePrefix('trails');
const id = (s: string) => `${p}-${s}`;
afterAll(() => graph.close());

/** The search as it was before the listing: SHORTEST k alone, simple paths kept. */
async function searchBefore(g: Graph, fromId: string, toId: string, maxHops: number, k: number, includeCandidates = false) {
  return g.rows<{ factorIds: string[]; linkIds: string[] }>(
    'test.trace.before',
    `MATCH p = SHORTEST ${k} (a:Factor {id: $fromId})-[r:CAUSES WHERE ${WALKABLE}]->{1,${maxHops}}(b:Factor {id: $toId})
WITH p, [n IN nodes(p) | n.id] AS factorIds
WHERE size(factorIds) = size(reduce(seen = [], id IN factorIds | CASE WHEN id IN seen THEN seen ELSE seen + id END))
RETURN factorIds, [x IN relationships(p) | x.linkId] AS linkIds`,
    { fromId, toId, includeCandidates },
  );
}

const key = (factorIds: string[], linkIds: string[]) => `${factorIds.join('>')}|${linkIds.join('>')}`;
const sorted = (xs: string[]) => [...xs].sort();

/** Every path the search finds now and before, as `factors|links` keys; the distinct factor paths too. */
async function bothSearches(fromId: string, toId: string, maxHops: number, k: number, includeCandidates = false) {
  const now = await findPaths(graph, fromId, toId, maxHops, k, includeCandidates);
  const before = await searchBefore(graph, fromId, toId, maxHops, k, includeCandidates);
  return {
    now: sorted(now.map((x) => key(x.factorIds, x.hops.map((h) => h.linkId)))),
    before: sorted(before.map((x) => key(x.factorIds, x.linkIds))),
    nowFactorPaths: sorted([...new Set(now.map((x) => x.factorIds.join('>')))]),
    beforeFactorPaths: sorted([...new Set(before.map((x) => x.factorIds.join('>')))]),
  };
}

/** How many trails (no link twice) leave `fromId` within the hops, and how many of them end at `toId`: which way the search went. */
async function trailCounts(fromId: string, toId: string, maxHops: number) {
  const [row] = await graph.rows<{ out: number; to: number }>(
    'test.trace.trails',
    `MATCH p = (:Factor {id: $fromId})-[r:CAUSES WHERE ${WALKABLE}]->{1,${maxHops}}(z)
RETURN count(p) AS out, count(CASE WHEN z.id = $toId THEN 1 END) AS to`,
    { fromId, toId, includeCandidates: false },
  );
  return row!;
}

/** The trace statement's operators that produced rows, by name, PROFILEd. */
async function profiledRows(fromId: string, toId: string, maxHops: number): Promise<Map<string, number>> {
  // The statement findPaths sends, captured, then PROFILEd in a read transaction of the product's gateway.
  let sent: { cypher: string; params: Record<string, unknown> } | undefined;
  const capture = { rows: async (_: string, cypher: string, params: Record<string, unknown>) => ((sent = { cypher, params }), []) };
  await findPaths(capture as unknown as Graph, fromId, toId, maxHops, 100);
  const profile = await graph.read('test.trace.profile', async (tx) => (await tx.raw.run(`PROFILE ${sent!.cypher}`, sent!.params)).summary.profile);
  type Op = { operatorType: string; rows: number; children: Op[] };
  const rows = new Map<string, number>();
  const walk = (op: Op) => {
    const name = op.operatorType.replace(/@.*/, '');
    rows.set(name, (rows.get(name) ?? 0) + Number(op.rows));
    op.children.forEach(walk);
  };
  walk(profile as unknown as Op);
  return rows;
}

describe('trace lists short trails instead of searching (issue 21): the same paths as SHORTEST k alone', () => {
  // The benchmark's generator, its causal layer only and under this test's prefix: 300 factors, ~900 mostly forward
  // links to the next 20 factors (long chains, few cycles), every status and both polarities.
  const generated = generateGraph({ factors: 300, links: 900, claims: 1, documents: 1, sources: 1 }, 7);
  const gen = (s: string) => s.replace(/^gen-/, `${p}-`);
  beforeAll(async () => {
    const factorRows = generated.nodes.find((n) => n.label === 'Factor')!.rows;
    const causes = generated.relationships.find((r) => r.type === 'CAUSES')!.rows;
    const links: FixtureLink[] = causes.map((r) => ({
      id: gen((r.key as { linkId: string }).linkId),
      from: gen(r.from),
      to: gen(r.to),
      polarity: (r.props as { polarity: 'INCREASES' | 'DECREASES' }).polarity,
      status: (r.onCreate as { status: string }).status,
    }));
    // A hub: f0 causes 60 factors, each of which causes f1 (two links) and the next three of the 60 — about 1,600
    // trails out of f0 within three hops, so the listing passes its budget, and 480 of them reach f1 (more than k).
    const hub = Array.from({ length: 60 }, (_, i) => `hub${i}`);
    const hubLinks: FixtureLink[] = hub.flatMap((h, i) => [
      { id: id(`f0-${h}`), from: gen('gen-f0'), to: id(h) },
      { id: id(`${h}-f1`), from: id(h), to: gen('gen-f1'), status: 'VERIFIED' },
      { id: id(`${h}-f1-again`), from: id(h), to: gen('gen-f1'), polarity: 'DECREASES' },
      ...[1, 2, 3].map((j) => ({ id: id(`${h}-next${j}`), from: id(h), to: id(hub[(i + j) % hub.length]!) })),
    ]);
    await loadCausalFixture(
      graph,
      [...factorRows.map((f) => ({ id: gen(f.id), name: `${p} ${(f.props as { name: string }).name}` })), ...hub.map((h) => ({ id: id(h), name: `${p} ${h}` }))],
      [...links, ...hubLinks],
      `${p}-doc`,
    );
  }, 120_000);

  it('finds every pair’s paths as before, each way the search can go (listed, over the budget, more than k)', async () => {
    const ways = { listed: 0, overBudget: 0, overK: 0, none: 0 };
    const pairs: [string, string][] = [];
    for (let a = 3; a < 300; a += 23) for (const d of [1, 5, 12, 30, 60]) if (a + d < 300) pairs.push([gen(`gen-f${a}`), gen(`gen-f${a + d}`)]);
    // The hub's pairs: more trails out of f0 than the budget.
    pairs.push([gen('gen-f0'), gen('gen-f1')], [gen('gen-f0'), id('hub7')], [gen('gen-f0'), gen('gen-f9')]);
    for (const [maxHops, k] of [[3, 100], [3, 2], [2, 1], [1, 100], [6, 100], [6, 20]] as const) {
      for (const [fromId, toId] of pairs) {
        const r = await bothSearches(fromId, toId, maxHops, k);
        expect(r.now, `${fromId} → ${toId}, ${maxHops} hops, k ${k}`).toEqual(r.before);
        expect(r.nowFactorPaths).toEqual(r.beforeFactorPaths);
        if (maxHops > LISTED_HOPS) continue;
        const c = await trailCounts(fromId, toId, maxHops);
        if (c.out > TRAIL_BUDGET) ways.overBudget++;
        else if (c.to > k) ways.overK++;
        else if (c.to > 0) ways.listed++;
        else ways.none++;
      }
    }
    // The comparison covered each way a short trace's search goes: listed and answered, no path, and handed to SHORTEST k.
    expect(ways.listed).toBeGreaterThan(20);
    expect(ways.none).toBeGreaterThan(2);
    expect(ways.overBudget).toBeGreaterThan(1);
    expect(ways.overK).toBeGreaterThan(2);
  }, 300_000);

  it('hands a hub to SHORTEST k after a bounded listing, and answers the same paths', async () => {
    const [f0, f1, f3] = [gen('gen-f0'), gen('gen-f1'), gen('gen-f3')];
    const counts = await trailCounts(f0, f1, 3);
    expect(counts.out).toBeGreaterThan(TRAIL_BUDGET);
    expect(counts.to).toBeGreaterThan(100);
    const r = await bothSearches(f0, f1, 3, 100);
    expect(r.now).toEqual(r.before);
    expect(r.now.length).toBe(100);
    // The listing stopped one trail past its budget, and the shortest-path search ran.
    const hub = await profiledRows(f0, f1, 3);
    expect(hub.get('Limit')).toBe(TRAIL_BUDGET + 1);
    expect(hub.get('StatefulShortestPath(Into)')).toBe(100);
    // A quiet pair: listed, and the search never ran.
    const quiet = await profiledRows(f3, gen('gen-f8'), 3);
    expect(quiet.get('StatefulShortestPath(Into)') ?? 0).toBe(0);
    expect(quiet.get('VarLengthExpand(All)') ?? 0).toBeGreaterThan(0);
    // A longer trace searches from the start: no listing.
    const long = await profiledRows(f3, gen('gen-f8'), LISTED_HOPS + 1);
    expect(long.get('VarLengthExpand(All)') ?? 0).toBe(0);
    expect(long.has('StatefulShortestPath(Into)')).toBe(true);
  });

  it('answers trace’s candidates as before through the one statement (traceByNames), including pending candidates when asked', async () => {
    for (const [from, to, maxHops] of [['gen-f10', 'gen-f40', 6], ['gen-f100', 'gen-f130', 3], ['gen-f0', 'gen-f1', 3], ['gen-f200', 'gen-f205', 4]] as const) {
      for (const includeCandidates of [false, true]) {
        const answer = await traceByNames(graph, { from: gen(from), to: gen(to), maxHops, candidates: 100, includeCandidates });
        const before = await searchBefore(graph, gen(from), gen(to), maxHops, 100, includeCandidates);
        expect(sorted(answer.paths.map((x) => key(x.factorIds, x.hops.map((h) => h.linkId)))), `${from} → ${to}`).toEqual(sorted(before.map((x) => key(x.factorIds, x.linkIds))));
      }
    }
  });
});

describe('trace on the seed graph: the same paths as SHORTEST k alone', () => {
  it('finds the paths between every pair of seed factors with causal links as before', async () => {
    const factors = (await graph.rows<{ id: string }>('test.seedFactors', "MATCH (f:Factor)-[:CAUSES]-() WHERE f.id STARTS WITH 'f-' RETURN DISTINCT f.id AS id ORDER BY id")).map((r) => r.id);
    expect(factors.length).toBeGreaterThan(5);
    let withPaths = 0;
    for (const a of factors) {
      for (const b of factors) {
        if (a === b) continue;
        for (const includeCandidates of [false, true]) {
          // Other tests ingest documents whose candidate links join seed factors: a write landing between the two
          // searches would differ from both, so a differing pair is searched again before it counts.
          let r = await bothSearches(a, b, 6, 100, includeCandidates);
          if (JSON.stringify(r.now) !== JSON.stringify(r.before)) r = await bothSearches(a, b, 6, 100, includeCandidates);
          expect(r.now, `${a} → ${b}`).toEqual(r.before);
          expect(r.nowFactorPaths).toEqual(r.beforeFactorPaths);
          if (r.now.length) withPaths++;
        }
      }
    }
    expect(withPaths).toBeGreaterThan(10);
  }, 300_000);
});
