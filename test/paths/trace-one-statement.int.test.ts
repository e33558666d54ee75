import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { linksByIds, listLinks } from '../../src/causal/causal-link-store.ts';
import { supportingClaimsByLinks } from '../../src/claims/claim-store.ts';
import { AppError } from '../../src/errors.ts';
import { factorsByIds, resolveFactor } from '../../src/factors/factor-store.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { backedBy } from '../../src/liquidity/mechanisms.ts';
import { createLogger } from '../../src/log.ts';
import { findPaths, neighbourhood } from '../../src/paths/path-store.ts';
import { assessPath, groupByFactorPath, rankPaths } from '../../src/paths/rank-paths.ts';
import { reviewsByItems } from '../../src/reviews/review-store.ts';
import { testConfig, testGraph, uniquePrefix } from '../support/graph.ts';
import { loadCausalFixture } from '../support/fixtures.ts';
import { gql, testServer, type GraphQLResponse } from '../support/server.ts';
import { withFoldedHop } from './folded-hop.ts';

// Issue 14: trace answers in one Cypher statement (names resolved, paths found, hops' factors and
// links loaded together). The answers are compared with the previous implementation — two
// resolveFactor calls, findPaths, then the factors, links, supporting claims and reviews by id —
// computed here from those store functions.

const config = testConfig();
const graph = testGraph(config);
// Each request's statements are recorded in its own list (the request's async context): a request still running —
// the body of a test that timed out under load goes on in the background — never adds to, or clears, another's.
const recording = new AsyncLocalStorage<string[]>();
const counted = new Graph(graph.driver, {
  database: inject('neo4j').database,
  queryTimeoutMs: config.limits.queryTimeoutMs,
  log: createLogger('warn'),
  onQuery: (r) => recording.getStore()?.push(r.name),
});
const server = testServer(counted, config);

/** The API's answer to one request, and the names of the Cypher statements that request sent. */
async function sentBy<T>(query: string, variables: Record<string, unknown>): Promise<{ r: GraphQLResponse<T>; sent: string[] }> {
  const sent: string[] = [];
  const r = await recording.run(sent, () => gql<T>(server, query, variables));
  return { r, sent };
}
const p = uniquePrefix('trace1');
const id = (s: string) => `${p}-${s}`;

const FACTOR = 'id name namesZh aliases description';
const TRACE = `query($from: String!, $to: String!, $maxHops: Int, $first: Int, $inc: Boolean) {
  trace(from: $from, to: $to, maxHops: $maxHops, first: $first, includeCandidates: $inc) {
    hops netPolarity weakLinks accountingBackedHops strength { weakestStatus score hasContestedHop }
    factors { ${FACTOR} }
    links { id polarity polarityStated quote gloss status version origin candidate span { start end } mechanism { driver sign agrees }
      from { ${FACTOR} } to { ${FACTOR} } supportedBy { id quote status } reviews { id toStatus version } } } }`;

interface Args {
  from: string;
  to: string;
  maxHops?: number;
  first?: number;
  inc?: boolean;
}

/** The API's answer, and the names of the Cypher statements the request sent. */
function traced(args: Args): Promise<{ r: GraphQLResponse<{ trace: unknown[] }>; sent: string[] }> {
  return sentBy<{ trace: unknown[] }>(TRACE, { ...args });
}

const factorView = (f: { id: string; name: string; namesZh: string[]; aliases: string[]; description: string | null } | null) =>
  f && { id: f.id, name: f.name, namesZh: f.namesZh, aliases: f.aliases, description: f.description };

/** What the previous implementation answered: each step its own statement, as trace did before issue 14. */
async function previous(args: Args): Promise<unknown[]> {
  const maxHops = args.maxHops ?? 6;
  const first = args.first ?? 10;
  const a = await resolveFactor(graph, args.from, 'from');
  const b = await resolveFactor(graph, args.to, 'to');
  if (a.id === b.id) throw new Error('same factor');
  const found = await findPaths(graph, a.id, b.id, maxHops, Math.min(first * 10, 200), args.inc ?? false);
  // Issue 19: one chain per factor path.
  const ranked = rankPaths(groupByFactorPath(found).map((x) => assessPath(x.factorIds, x.hops))).slice(0, first);
  const linkIds = [...new Set(ranked.flatMap((x) => x.hops.map((h) => h.linkId)))];
  const factorIds = [...new Set(ranked.flatMap((x) => x.factorIds))];
  const factors = new Map((await factorsByIds(graph, factorIds)).map((f, i) => [factorIds[i]!, factorView(f)]));
  const links = await linksByIds(graph, linkIds);
  const supported = await supportingClaimsByLinks(graph, linkIds);
  const reviews = await reviewsByItems(graph, linkIds);
  const link = (linkId: string) => {
    const i = linkIds.indexOf(linkId);
    const l = links[i]!;
    return {
      id: l.id, polarity: l.polarity, polarityStated: l.polarityStated, quote: l.quote, gloss: l.gloss, status: l.status, version: l.version,
      origin: l.origin, candidate: l.candidate, span: { start: l.start, end: l.end }, from: factors.get(l.fromId), to: factors.get(l.toId),
      mechanism: ((m) => (m ? { driver: m.mechanism.driver, sign: m.mechanism.sign, agrees: m.agrees } : null))(backedBy(l.fromId, l.toId, l.polarity)),
      supportedBy: supported[i]!.map((c) => ({ id: c.id, quote: c.quote, status: c.status })),
      reviews: reviews[i]!.map((r) => ({ id: r.id, toStatus: r.toStatus, version: r.version })),
    };
  };
  return ranked.map((x) => ({
    hops: x.hops.length,
    netPolarity: x.netPolarity,
    weakLinks: x.weakLinks,
    accountingBackedHops: x.hops.filter((h, i) => backedBy(x.factorIds[i]!, x.factorIds[i + 1]!, h.polarity)?.agrees === true).map((h) => h.linkId),
    strength: x.strength,
    factors: x.factorIds.map((f) => factors.get(f)),
    links: x.hops.map((h) => link(h.linkId)),
  }));
}

/** The error resolveFactor raises for a name, as the API would show it. */
async function resolveError(term: string, argument: string) {
  try {
    await resolveFactor(graph, term, argument);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, code: error.code, extensions: error.extensions };
    throw error;
  }
  throw new Error(`${term} resolved`);
}

beforeAll(async () => {
  // A → B → D and A → C → D; "shared" names B and C; B's id is also C's alias (the id wins).
  await loadCausalFixture(
    graph,
    [
      { id: id('a'), name: `${p} alpha`, namesZh: [`${p}甲`] },
      { id: id('b'), name: `${p} beta`, aliases: [`${p}-shared`] },
      { id: id('c'), name: `${p} gamma`, aliases: [`${p}-shared`, id('b')] },
      { id: id('d'), name: `${p} delta` },
    ],
    [
      { id: id('ab'), from: id('a'), to: id('b') },
      { id: id('bd'), from: id('b'), to: id('d'), polarity: 'DECREASES' },
      { id: id('ac'), from: id('a'), to: id('c') },
      { id: id('cd'), from: id('c'), to: id('d') },
    ],
    `${p}-doc`,
  );
});
afterAll(() => graph.close());

describe('trace sends one statement (issue 14)', () => {
  it('resolves both names, finds the paths and loads factors, links, supporting claims and reviews in one statement', async () => {
    const { r, sent } = await traced({ from: '政府停擺', to: 'cross-asset selloff', maxHops: 6, first: 5 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.trace.length).toBeGreaterThan(0);
    expect(sent).toEqual(['path.traceByNames']);
  });

  it('sends one statement when nothing connects the factors, and for an ambiguous name', async () => {
    const none = await traced({ from: id('d'), to: id('a') });
    expect(none.r.data!.trace).toEqual([]);
    expect(none.sent).toEqual(['path.traceByNames']);
    const ambiguous = await traced({ from: `${p}-shared`, to: id('d') });
    expect(ambiguous.r.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(ambiguous.sent).toEqual(['path.traceByNames']);
  });

  it('records each request\'s own statements while other requests run beside it (the flaky "own fields" test)', async () => {
    // The statements were one list for the file, cleared by each test. A test that times out goes on in the background
    // (the seed-pairs comparison below timed out at load 20), clearing that list and adding its traces to the tests
    // after it: the one way found for "answers the own fields selected…" to fail now and then (not reproduced alone).
    const [one, two, three] = await Promise.all([
      traced({ from: id('a'), to: id('d') }),
      traced({ from: `${p} alpah`, to: id('d') }),
      sentBy(`query($f: String!) { downstream(factor: $f) { root { id } } }`, { f: id('a') }),
    ]);
    expect(one.sent).toEqual(['path.traceByNames']);
    expect(two.sent).toEqual(['path.traceByNames', 'factor.suggest']);
    expect(three.sent).toEqual(['path.downstreamByName']);
  });

  it('asks for suggestions in a second statement only when a name matches nothing', async () => {
    const { r, sent } = await traced({ from: `${p} alpah`, to: id('d') });
    expect(r.errors![0]!.extensions!['code']).toBe('NOT_FOUND');
    expect(sent).toEqual(['path.traceByNames', 'factor.suggest']);
  });
});

describe('trace answers as the previous implementation did', () => {
  it('on every pair of the seed chains’ factors, by id and by name, with and without candidates', async () => {
    const seed = (await listLinks(graph, {}, 500)).rows.filter((l) => l.id.startsWith('e9186e0b-') && l.origin === 'curated');
    expect(seed.length).toBeGreaterThan(5);
    const starts = [...new Set(seed.map((l) => l.fromId))].slice(0, 8);
    const ends = [...new Set(seed.map((l) => l.toId))].slice(0, 8);
    const names = new Map((await factorsByIds(graph, [...starts, ...ends])).map((f) => [f!.id, f!.name]));
    let nonEmpty = 0;
    for (const [i, from] of starts.entries()) {
      for (const to of ends) {
        if (from === to) continue;
        const args: Args = { from: i % 2 ? names.get(from)! : from, to, maxHops: 6, first: 3, inc: i % 3 === 0 };
        const { r } = await traced(args);
        expect(r.errors, `${from} → ${to}`).toBeUndefined();
        expect(r.data!.trace, `${from} → ${to}`).toEqual(await previous(args));
        if (r.data!.trace.length) nonEmpty++;
      }
    }
    // Most of these pairs are not connected; enough of them must be for the comparison to mean something.
    expect(nonEmpty).toBeGreaterThan(5);
    // 56 traces, each against five statements of the previous implementation: past the 60 s default at load 20.
  }, 240_000);

  it('on names in either script, an id that is also another factor’s alias, and short hop limits', async () => {
    for (const args of [
      { from: 'TGA', to: '银行准备金' },
      { from: '政府停摆', to: 'cross-asset selloff', maxHops: 2 },
      { from: `${p}甲`, to: id('d') },
      { from: id('b'), to: id('d') },
      { from: id('a'), to: id('d'), first: 1 },
    ]) {
      const { r } = await traced(args);
      expect(r.errors, JSON.stringify(args)).toBeUndefined();
      expect(r.data!.trace, JSON.stringify(args)).toEqual(await previous(args));
    }
    expect((await traced({ from: id('a'), to: id('d') })).r.data!.trace).toHaveLength(2);
  });

  it('raises the errors resolveFactor raises, from before to', async () => {
    const cases: [Args, string, string][] = [
      [{ from: `${p}-shared`, to: id('d') }, `${p}-shared`, 'from'],
      [{ from: id('a'), to: `${p}-shared` }, `${p}-shared`, 'to'],
      [{ from: `${p} alpah`, to: id('d') }, `${p} alpah`, 'from'],
      [{ from: id('a'), to: `${p} delat` }, `${p} delat`, 'to'],
      [{ from: `${p} alpah`, to: `${p}-shared` }, `${p} alpah`, 'from'],
    ];
    for (const [args, term, argument] of cases) {
      const { r } = await traced(args);
      const expected = await resolveError(term, argument);
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]!.message).toBe(expected.message);
      expect(r.errors![0]!.extensions).toMatchObject({ ...expected.extensions, code: expected.code });
    }
    const same = await traced({ from: `${p}甲`, to: id('a') });
    expect(same.r.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(same.r.errors![0]!.message).toBe(`from and to are the same factor (${id('a')})`);
  });
});

describe('upstream and downstream send one statement, answering as before', () => {
  const HOOD = `query($f: String!, $n: Int, $inc: Boolean) {
    down: downstream(factor: $f, maxHops: $n, includeCandidates: $inc) { root { ${FACTOR} } factors { ${FACTOR} } links { id status polarity quote from { id } to { id } } truncated }
    up: upstream(factor: $f, maxHops: $n, includeCandidates: $inc) { root { id } factors { ${FACTOR} } links { id status polarity quote from { id } to { id } } truncated } }`;
  type Hood = { root: { id: string }; factors: { id: string }[]; links: { id: string; from: { id: string }; to: { id: string } }[]; truncated: boolean };

  /** The previous answer: resolveFactor, neighbourhood, then its factors and links by id. */
  async function previousHood(term: string, direction: 'upstream' | 'downstream', maxHops: number, inc: boolean) {
    const root = await resolveFactor(graph, term, 'factor');
    const n = await neighbourhood(graph, root.id, direction, maxHops, 500, inc);
    const links = await linksByIds(graph, n.linkIds);
    return {
      factors: (await factorsByIds(graph, n.factorIds)).map(factorView).sort((a, b) => a!.id.localeCompare(b!.id)),
      links: links.map((l) => ({ id: l!.id, status: l!.status, polarity: l!.polarity, quote: l!.quote, from: { id: l!.fromId }, to: { id: l!.toId } })).sort((a, b) => a.id.localeCompare(b.id)),
      truncated: n.truncated,
    };
  }
  const sorted = (h: Hood) => ({
    factors: [...h.factors].sort((a, b) => a.id.localeCompare(b.id)),
    links: [...h.links].sort((a, b) => a.id.localeCompare(b.id)),
    truncated: h.truncated,
  });

  it('for seed factors by name in either script and by id, and the fixture', async () => {
    for (const [f, n, inc] of [['政府停擺', 3, false], ['bank reserves', 2, true], ['f-tga-balance', 4, false], [`${p}甲`, 2, false], [id('d'), 1, false]] as const) {
      const { r, sent } = await sentBy<{ down: Hood; up: Hood }>(HOOD, { f, n, inc });
      expect(r.errors, f).toBeUndefined();
      // One each, running side by side (in either order).
      expect([...sent].sort(), f).toEqual(['path.downstreamByName', 'path.upstreamByName']);
      expect(r.data!.down.root).toEqual(factorView(await resolveFactor(graph, f, 'factor')));
      expect(sorted(r.data!.down), f).toEqual(await previousHood(f, 'downstream', n, inc));
      expect(sorted(r.data!.up), f).toEqual(await previousHood(f, 'upstream', n, inc));
    }
  });

  it('raises the errors resolveFactor raises', async () => {
    for (const term of [`${p}-shared`, `${p} alpah`]) {
      const r = await gql(server, HOOD, { f: term, n: 2 });
      const expected = await resolveError(term, 'factor');
      expect(r.errors![0]!.message).toBe(expected.message);
      expect(r.errors![0]!.extensions).toMatchObject({ ...expected.extensions, code: expected.code });
    }
  });
});

describe('trace projects only the fields selected (issue 21, lighter rows)', () => {
  type Full = { factors: Record<string, unknown>[]; links: { id: string; status: string; quote: string; from: Record<string, unknown> }[]; steps: { from: Record<string, unknown> }[] };
  const FULL = `query($from: String!, $to: String!) { trace(from: $from, to: $to) {
    factors { ${FACTOR} } links { id status quote from { ${FACTOR} } } steps { from { ${FACTOR} } } } }`;

  it('answers the own fields selected as a whole-row trace does, in one statement', async () => {
    const LIGHT = `query($from: String!, $to: String!) { trace(from: $from, to: $to) { factors { id name } links { id status } } }`;
    const full = await gql<{ trace: Full[] }>(server, FULL, { from: id('a'), to: id('d') });
    const { r: light, sent } = await sentBy<{ trace: unknown[] }>(LIGHT, { from: id('a'), to: id('d') });
    expect(light.errors).toBeUndefined();
    expect(sent).toEqual(['path.traceByNames']);
    expect(full.data!.trace).toHaveLength(2);
    expect(light.data!.trace).toEqual(full.data!.trace.map((t) => ({ factors: t.factors.map((f) => ({ id: f['id'], name: f['name'] })), links: t.links.map((l) => ({ id: l.id, status: l.status })) })));
  });

  it("loads a step's links from the trace statement itself: no second read that a concurrent fold of links can miss", async () => {
    // Steps' links come from the link loader. They were left unprimed when the path's own `links` were not selected
    // (an empty projection), so they were read again in a second statement — a link folded into another by a
    // concurrent ingest in between made trace answer INTERNAL_SERVER_ERROR.
    const STEPS = `query($from: String!, $to: String!) { trace(from: $from, to: $to) { factors { id } steps { from { id } links { id status } } } }`;
    const { r, sent } = await sentBy<{ trace: { steps: { links: { id: string }[] }[] }[] }>(STEPS, { from: id('a'), to: id('d') });
    expect(r.errors).toBeUndefined();
    expect(sent).toEqual(['path.traceByNames']);
    expect(r.data!.trace.flatMap((t) => t.steps.flatMap((x) => x.links)).length).toBeGreaterThan(0);
  });

  it('answers without the path whose link a concurrent fold took away between walking the hop and loading the link', async () => {
    // Read committed: a fold relabels the folded link (CausalLink → LinkAssertion) and drops its CAUSES hop; a trace
    // running beside it can walk the hop and then find no link. Its state is made here directly: a hop whose link is
    // no longer a CausalLink. Before, the step's link was null in a non-null list: INTERNAL_SERVER_ERROR.
    const STEPS = `query($from: String!, $to: String!) { trace(from: $from, to: $to) { factors { id } links { id } steps { links { id } } } }`;
    await withFoldedHop(graph, { from: id('a'), to: id('d'), ghost: id('ad-folded'), survivor: id('ab'), status: 'PENDING' }, async () => {
      for (const q of [STEPS, STEPS.replace(' links { id } steps', ' steps')]) {
        const r = await gql<{ trace: { factors: { id: string }[] }[] }>(server, q, { from: id('a'), to: id('d') });
        expect(r.errors).toBeUndefined();
        expect(r.data!.trace.map((t) => t.factors.length)).toEqual([3, 3]);
      }
    });
  });

  it("gives a link's or a step's factors whole rows while the path's links are projected in part", async () => {
    // The links carry id, status and fromId only; their `from` and the steps' factors come from
    // the factor loader, primed with the paths' whole factor rows (no second statement).
    const MIXED = `query($from: String!, $to: String!) { trace(from: $from, to: $to) {
      factors { id name } links { id status from { id namesZh description } } steps { from { id aliases } } } }`;
    const full = await gql<{ trace: Full[] }>(server, FULL, { from: id('a'), to: id('d') });
    const { r: mixed, sent } = await sentBy<{ trace: unknown[] }>(MIXED, { from: id('a'), to: id('d') });
    expect(mixed.errors).toBeUndefined();
    expect(sent).toEqual(['path.traceByNames']);
    expect(mixed.data!.trace).toEqual(
      full.data!.trace.map((t) => ({
        factors: t.factors.map((f) => ({ id: f['id'], name: f['name'] })),
        links: t.links.map((l) => ({ id: l.id, status: l.status, from: { id: l.from['id'], namesZh: l.from['namesZh'], description: l.from['description'] } })),
        steps: t.steps.map((x) => ({ from: { id: x.from['id'], aliases: x.from['aliases'] } })),
      })),
    );
    expect(JSON.stringify(mixed.data)).toContain(`${p}甲`);
  });
});

describe('trace and the neighbourhoods send their rows as lists of values (issue 21, lighter row mapping)', () => {
  // The driver decodes every key of every map it receives; these statements send each factor, link, hop, supporting
  // claim and review as the list of its values, and the store puts the keys back. The answers are held to the
  // previous implementation above; here, the rows themselves: no map anywhere in what the statement returns.
  const captured: QueryRecord[] = [];
  const capturing = new Graph(graph.driver, { database: inject('neo4j').database, queryTimeoutMs: config.limits.queryTimeoutMs, log: createLogger('warn'), onQuery: (q) => captured.push(q) });
  const recorded = testServer(capturing, config);
  const maps = (value: unknown, path = 'row'): string[] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => maps(v, `${path}[${i}]`));
    if (value !== null && typeof value === 'object') return [path];
    return [];
  };
  /** Every map in the records of the statement the request sent, replayed with the bare driver. */
  async function mapsSent(query: string, variables: Record<string, unknown>): Promise<{ maps: string[]; rows: number }> {
    captured.length = 0;
    const r = await gql(recorded, query, variables);
    expect(r.errors).toBeUndefined();
    expect(captured).toHaveLength(1);
    const session = graph.driver.session({ database: inject('neo4j').database });
    try {
      const records = (await session.run(captured[0]!.cypher, captured[0]!.params)).records.map((x) => x.toObject());
      return { maps: records.flatMap((rec) => Object.entries(rec).flatMap(([k, v]) => maps(v, k))), rows: records.length };
    } finally {
      await session.close();
    }
  }

  it('trace: paths, hops, factors, links, supporting claims and reviews', async () => {
    const TRACE_ALL = `query($from: String!, $to: String!) { trace(from: $from, to: $to) { hops factors { ${FACTOR} } links { id status supportedBy { id } reviews { id } from { id } } } }`;
    const { maps: found, rows } = await mapsSent(TRACE_ALL, { from: id('a'), to: id('d') });
    expect(rows).toBe(1);
    expect(found).toEqual([]);
  });

  it('upstream and downstream', async () => {
    const HOOD = `query($f: String!) { downstream(factor: $f) { root { id } factors { ${FACTOR} } links { id status } } }`;
    const { maps: found } = await mapsSent(HOOD, { f: id('a') });
    expect(found).toEqual([]);
  });
});
