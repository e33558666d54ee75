// The side-by-side benchmark of issue 14; @neo4j/graphql is a dev dependency used only here.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer } from '../../src/api/server.ts';
import type { Config } from '../../src/config.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { fulltextQuery, SEARCH_INDEX } from '../../src/search/search-text.ts';
import { cpuOver } from './cpu.ts';
import { countPlans, planCell, recordingDriver, type PlanCount, type SentStatement } from './plan-summary.ts';
import { BREAKDOWN_PHASES, medianBreakdown, RequestBreakdown, type Breakdown } from './request-breakdown.ts';
import { measure, ms, percentile, printTable } from './stats.ts';

/**
 * Type definitions for @neo4j/graphql equivalent to claimgraph's model of claims, quantities,
 * factors, sources and reviews, over the same labels, properties and relationship types.
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Claim @node @fulltext(indexes: [{ indexName: "${SEARCH_INDEX}", fields: ["searchText"], queryName: "claimsSearch" }]) {
    id: ID!
    quote: String!
    status: String!
    version: Int!
    searchText: String
    quantities: [Quantity!]! @relationship(type: "HAS_QUANTITY", direction: OUT)
    factors: [Factor!]! @relationship(type: "ABOUT", direction: OUT)
    sources: [Source!]! @relationship(type: "ATTRIBUTED_TO", direction: OUT)
    reviews: [Review!]! @relationship(type: "REVIEWS", direction: IN)
  }
  type Quantity @node {
    id: ID!
    surface: String!
    value: Float!
    upper: Float
    unit: String!
  }
  type Factor @node {
    id: ID!
    name: String!
    causes: [Factor!]! @relationship(type: "CAUSES", direction: OUT)
  }
  type Source @node {
    id: ID!
    name: String!
  }
  type Review @node {
    id: ID!
    toStatus: String!
    at: String!
  }
`;

interface GraphqlCall {
  query: string;
  variables: Record<string, unknown>;
  /** The rows' ids in order, to check that all three return the same rows. */
  ids: (data: any) => string[];
}

interface SideBySide {
  name: string;
  ours: GraphqlCall;
  neo: GraphqlCall;
  /** Rows compared in order (listings by id), else as sets (search ties on score, ranked paths). */
  ordered: boolean;
  /** The most rows both return (trace keeps 10 paths), when their rankings differ by design. */
  cap?: number;
  /** What @neo4j/graphql cannot express exactly, when its query is only the closest equivalent. */
  neoNote?: string;
  raw: { cypher: string; params: Record<string, unknown>; ids: (rows: any[]) => string[] };
}

const OUR_NODE = 'id quote status version quantities { id surface value unit } factors { id name } sources { id name } reviews { id toStatus at }';
const OUR_LIST = `query($f: ClaimFilter) { claims(filter: $f, first: 50) { edges { node { ${OUR_NODE} } } } }`;
const NEO_NODE = 'id quote status version quantities { id surface value unit } factors { id name } sources { id name } reviews { id toStatus at }';
const NEO_LIST = `query($w: ClaimWhere) { claims(where: $w, sort: [{ id: ASC }], limit: 50) { ${NEO_NODE} } }`;
/** One hand-written statement: the page first, then each claim's nested lists. */
const RAW_NESTED = `RETURN c {.id, .quote, .status, .version,
  quantities: COLLECT { MATCH (c)-[:HAS_QUANTITY]->(q:Quantity) RETURN q {.id, .surface, .value, .unit} },
  factors: COLLECT { MATCH (c)-[:ABOUT]->(f:Factor) RETURN f {.id, .name} },
  sources: COLLECT { MATCH (c)-[:ATTRIBUTED_TO|SOURCED_FROM]->(s:Source) RETURN DISTINCT s {.id, .name} },
  reviews: COLLECT { MATCH (r:Review)-[:REVIEWS]->(c) RETURN r {.id, .toStatus, .at} }} AS c`;
const ourIds = (d: any) => d.claims.edges.map((e: any) => e.node.id);
const neoIds = (d: any) => d.claims.map((c: any) => c.id);
const rawIds = (rows: any[]) => rows.map((r) => r.c.id);

function listing(name: string, filter: Record<string, unknown>, where: Record<string, unknown>, match: string, params: Record<string, unknown>): SideBySide {
  return {
    name,
    ordered: true,
    ours: { query: OUR_LIST, variables: { f: filter }, ids: ourIds },
    neo: { query: NEO_LIST, variables: { w: where }, ids: neoIds },
    raw: { cypher: `${match}\nWITH c ORDER BY c.id LIMIT 50\n${RAW_NESTED}`, params, ids: rawIds },
  };
}

function search(name: string, text: string): SideBySide {
  const phrase = fulltextQuery(text);
  return {
    name,
    ordered: false,
    ours: { query: OUR_LIST, variables: { f: { search: text } }, ids: ourIds },
    neo: {
      query: `query($p: String!) { claimsSearch(phrase: $p, first: 50, sort: [{ score: DESC }]) { edges { score node { ${NEO_NODE} } } } }`,
      variables: { p: phrase },
      ids: (d: any) => d.claimsSearch.edges.map((e: any) => e.node.id),
    },
    raw: {
      cypher: `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $p) YIELD node, score WHERE node:Claim
WITH node AS c, score ORDER BY score DESC, c.id LIMIT 50\n${RAW_NESTED}`,
      params: { p: phrase },
      ids: rawIds,
    },
  };
}

function trace(hops: number, from: string, to: string): SideBySide {
  // @neo4j/graphql has no variable-length paths: the closest it expresses is the tree of
  // CAUSES `hops` levels deep below `from`, which the client would then search for `to`.
  let tree = 'id name';
  for (let i = 0; i < hops; i++) tree = `id name causes { ${tree} }`;
  return {
    name: `trace over ${hops} hops`,
    ordered: false,
    cap: 10,
    ours: {
      query: `query($from: String!, $to: String!, $hops: Int) { trace(from: $from, to: $to, maxHops: $hops) { hops netPolarity factors { id name } links { id polarity status } } }`,
      variables: { from, to, hops },
      ids: (d: any) => d.trace.map((p: any) => p.factors.map((f: any) => f.id).join('>')),
    },
    neo: { query: `query($w: FactorWhere) { factors(where: $w) { ${tree} } }`, variables: { w: { id: { eq: from } } }, ids: () => [] },
    neoNote: `the ${hops}-level CAUSES tree below \`from\` (no paths to a target, no ranking)`,
    raw: {
      cypher: `MATCH p = (:Factor {id: $from})-[:CAUSES*1..${hops}]->(:Factor {id: $to})
WITH p ORDER BY length(p) LIMIT 10
RETURN [n IN nodes(p) | n {.id, .name}] AS factors, [r IN relationships(p) | r {.linkId, .polarity, .status}] AS links`,
      params: { from, to },
      ids: (rows) => rows.map((r) => r.factors.map((f: any) => f.id).join('>')),
    },
  };
}

/** The issue's workloads on the generated graph (gen-f1 is a hub factor, "TGA balance 1"). */
export const SIDE_BY_SIDE: SideBySide[] = [
  listing('claims page + quantities, factors, sources, reviews', {}, {}, "MATCH (c:Claim) WHERE c.id > ''", {}),
  listing('unit = USD and value ≥ 1e12, nested', { unit: 'USD', valueMin: 1e12 }, { quantities: { some: { unit: { eq: 'USD' }, value: { gte: 1e12 } } } },
    "MATCH (q:Quantity) WHERE q.unit = 'USD' AND q.value >= 1e12 MATCH (c:Claim)-[:HAS_QUANTITY]->(q) WITH DISTINCT c", {}),
  listing('status and factor, nested', { status: ['VERIFIED'], factor: 'gen-f1' }, { status: { in: ['VERIFIED'] }, factors: { some: { id: { eq: 'gen-f1' } } } },
    "MATCH (:Factor {id: 'gen-f1'})<-[:ABOUT]-(c:Claim) WHERE c.status IN ['VERIFIED']", {}),
  search('full-text search zh-Hant 銀行準備金', '銀行準備金'),
  search('full-text search English "treasury"', 'treasury'),
  trace(3, 'gen-f100', 'gen-f130'),
  trace(6, 'gen-f100', 'gen-f160'),
];

/** True when no selection is given or the name contains one of its words (any case). */
export const selected = (name: string, only?: readonly string[]) => !only?.length || only.some((w) => name.toLowerCase().includes(w.toLowerCase()));

async function listen(handler: Parameters<typeof createHttpServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

async function post(url: string, call: GraphqlCall): Promise<any> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: call.query, variables: call.variables }) });
  const body = (await r.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

/**
 * claimgraph, @neo4j/graphql (the same Yoga, over the same driver, Neo4j and data) and one
 * hand-written Cypher statement per workload, interleaved in three rounds so drift on a
 * shared machine hits all three alike; p50 and p95 and the ratios from this one run.
 */
/** One workload's figures from one run, for the scaling curve. */
export interface SideBySideResult {
  name: string;
  ours: { p50: number; p95: number };
  /** Our own statements replayed with the bare driver (no HTTP, no GraphQL). */
  replay: { p50: number; statements: number };
  neo: { p50: number; p95: number };
  raw: { p50: number; p95: number };
  /** Where one of our requests' time goes (medians of a pass after the timed rounds). */
  breakdown?: Breakdown;
  /** CPU per request in ms: the bench process (server + client) and Neo4j, for ours, @neo4j/graphql and the one Cypher. */
  cpu: { ours: CpuPerRequest; neo: CpuPerRequest; raw: CpuPerRequest };
  /** PROFILE of each side's statements for one request (db hits, operators), after the timed rounds. */
  plans: { ours: PlanCount; neo: PlanCount; raw: PlanCount };
}

export interface CpuPerRequest {
  node: number;
  neo4j: number;
}

/**
 * The warm-up before each workload's timed rounds: `requests` passes, each running every side's request once
 * (ours over HTTP, @neo4j/graphql over HTTP, the one Cypher with the driver), or until `seconds` per side have gone
 * by if sooner — so each side's statements run the same number of times before anything is timed.
 */
export interface WarmUp {
  requests: number;
  seconds: number;
}

/**
 * 2,000 passes: Neo4j's JVM takes a statement's first thousand or so runs to compile it (its CPU per run falls by 5×
 * over them), and with the old 20 the trace's ratio measured where in that each side was — the trace is the run's only
 * shortest-path search (docs/benchmarks.md, issue 21, 2026-12-08). The cap (per side, so 30 s a workload) keeps a slow
 * side — @neo4j/graphql's listings at 1M, a second or more a request — from holding the run.
 */
export const DEFAULT_WARM_UP: WarmUp = { requests: 2000, seconds: 10 };

export async function benchSideBySide(driver: Driver, database: string | undefined, config: Config, graphLabel: string, runs: number, neo4jPid?: number, only?: readonly string[], warm: WarmUp = DEFAULT_WARM_UP): Promise<SideBySideResult[]> {
  // Our statements are recorded once per workload and replayed with the bare driver: the
  // difference between ours and the replay is HTTP + GraphQL, between the replay and the one
  // hand-written query it is the Cypher itself.
  let recording: QueryRecord[] | undefined;
  const breakdown = new RequestBreakdown();
  const graph = new Graph(driver, {
    database,
    queryTimeoutMs: config.limits.queryTimeoutMs,
    log: createLogger('warn'),
    onQuery: (q) => {
      recording?.push(q);
      breakdown.onQuery(q);
    },
    onTransaction: breakdown.onTransaction,
  });
  const ours = await listen(createServer({ graph, config, log: createLogger('warn'), neo4jProvider: 'bench', plugins: [breakdown.plugin] }));
  // One sequential pass with the breakdown recording (after the timed rounds, which record nothing).
  const breakdownPass = async (call: GraphqlCall, n: number): Promise<Breakdown> => {
    const samples: Breakdown[] = [];
    breakdown.enabled = true;
    try {
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await post(ours.url, call);
        const b = breakdown.take(performance.now() - t);
        if (b) samples.push(b);
      }
    } finally {
      breakdown.enabled = false;
    }
    return medianBreakdown(samples);
  };
  // CPU per request over the timed rounds (warm-ups included in the count): the bench process
  // holds both GraphQL servers and the clients, so its figure is server + client; the one
  // Cypher's is the client's driver alone.
  const cpuMeter = () => ({ node: 0, neo4j: 0, requests: 0 });
  const perRequest = (m: ReturnType<typeof cpuMeter>): CpuPerRequest => ({ node: m.node / Math.max(1, m.requests), neo4j: m.neo4j / Math.max(1, m.requests) });
  const metered = async (m: ReturnType<typeof cpuMeter>, n: number, fn: () => Promise<number[]>) => {
    const { value, own, other } = await cpuOver(neo4jPid, fn);
    m.node += own;
    m.neo4j += other;
    m.requests += n;
    return value;
  };
  const breakdownRows: (string | number)[][] = [];
  const cpuRows: (string | number)[][] = [];
  // @neo4j/graphql's statements are recorded from its driver (one request per workload), to PROFILE them.
  let neoRecording: SentStatement[] | undefined;
  const neoDriver = recordingDriver(driver, (s) => {
    if (!/^(CYPHER[^\n]*\n)?CALL dbms\.components\(\)/.test(s.cypher)) neoRecording?.push(s);
  });
  const planRows: (string | number)[][] = [];
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: neoDriver }).getSchema();
  const neo = await listen(createYoga({ schema, context: () => ({ sessionConfig: { database } }), logging: false }));
  const raw = async (w: SideBySide) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      // Auto-commit, one round trip: the cheapest way the driver runs one read, as ours does.
      const result = await session.run(w.raw.cypher, w.raw.params);
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const replay = async (statements: QueryRecord[]) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const q of statements) await session.run(q.cypher, q.params);
    } finally {
      await session.close();
    }
  };
  const rows: (string | number)[][] = [];
  const results: SideBySideResult[] = [];
  // The floor: the smallest request each server answers, over the same loopback HTTP.
  const floor = { query: '{ __typename }', variables: {} };
  const floors = { ours: percentile(await measure(() => post(ours.url, floor as GraphqlCall), 60, 10), 50), neo: percentile(await measure(() => post(neo.url, floor as GraphqlCall), 60, 10), 50) };
  const floorBreakdown = await breakdownPass({ ...floor, ids: () => [] }, 30);
  const notes: string[] = [];
  const warmUps: string[] = [];
  try {
    for (const w of SIDE_BY_SIDE.filter((x) => selected(x.name, only))) {
      recording = [];
      const a = w.ours.ids(await post(ours.url, w.ours));
      const statements = recording;
      recording = undefined;
      neoRecording = [];
      const b = w.neo.ids(await post(neo.url, w.neo));
      const neoStatements = neoRecording;
      neoRecording = undefined;
      const c = w.raw.ids(await raw(w));
      // Listings by id must agree row for row; search ties on score and ranked paths as sets.
      const key = (xs: string[]) => JSON.stringify(w.ordered ? xs : [...xs].sort());
      // Ours ranks paths by evidence, the hand-written query by length alone: when both hit the
      // cap, each kept a different top 10 of the same longer list.
      const capped = w.cap !== undefined && a.length === w.cap && c.length === w.cap;
      const same = `${key(a) === key(c) ? 'yes' : capped ? `other top ${w.cap}` : 'NO'} / ${w.neoNote ? '—' : key(a) === key(b) ? 'yes' : 'NO'} (${a.length})`;
      if (w.neoNote) notes.push(`${w.name}: @neo4j/graphql runs ${w.neoNote}`);
      const t = { ours: [] as number[], neo: [] as number[], raw: [] as number[], replay: [] as number[] };
      const per = Math.max(1, Math.round(runs / 3));
      const cpu = { ours: cpuMeter(), neo: cpuMeter(), raw: cpuMeter() };
      // Each side warmed up alike before the timed rounds, unmetered (`warm`: passes or seconds): a workload
      // is often the first to run its operators since the JVM started (trace is the only shortest-path search), and
      // a few requests leave them interpreted while the JIT compiles — that measured the JVM's start, not the request.
      // The warm-up takes the sides in turn, a request each, so none is warmed (or its JIT left to finish compiling)
      // before another, and each side's statements run as often as the others' (the replay of ours is left out: it
      // would run our statements twice per pass); and each round starts with a different side, so each is timed first
      // once, second once and last once: with ours always first, ours alone paid for whatever the JVM had left to do.
      const passes = await warmUp([() => post(ours.url, w.ours), () => post(neo.url, w.neo), () => raw(w)], warm);
      warmUps.push(`${w.name}: ${passes}`);
      const sides = [
        (warm: number) => metered(cpu.ours, per + warm, () => measure(() => post(ours.url, w.ours), per, warm)).then((x) => t.ours.push(...x)),
        (warm: number) => metered(cpu.neo, per + warm, () => measure(() => post(neo.url, w.neo), per, warm)).then((x) => t.neo.push(...x)),
        (warm: number) => metered(cpu.raw, per + warm, () => measure(() => raw(w), per, warm)).then((x) => t.raw.push(...x)),
      ];
      for (let round = 0; round < 3; round++) {
        const warm = round === 0 ? 3 : 1;
        for (let k = 0; k < sides.length; k++) await sides[(round + k) % sides.length]!(warm);
        t.replay.push(...(await measure(() => replay(statements), per, warm)));
      }
      const split = await breakdownPass(w.ours, per);
      const plans = {
        ours: await countPlans(driver, database, statements),
        neo: await countPlans(driver, database, neoStatements),
        raw: await countPlans(driver, database, [{ cypher: w.raw.cypher, params: w.raw.params }]),
      };
      planRows.push([w.name, planCell(plans.ours), `${planCell(plans.neo)}${w.neoNote ? ' ¹' : ''}`, planCell(plans.raw)]);
      const cpuPer = { ours: perRequest(cpu.ours), neo: perRequest(cpu.neo), raw: perRequest(cpu.raw) };
      breakdownRows.push([w.name, ...breakdownCells(split)]);
      const both = (c: CpuPerRequest) => c.node + c.neo4j;
      cpuRows.push([
        w.name,
        ...[cpuPer.ours, cpuPer.neo, cpuPer.raw].map((c) => `${c.node.toFixed(2)} + ${c.neo4j.toFixed(2)} = ${both(c).toFixed(2)} ms`),
        `${(both(cpuPer.ours) / Math.max(1e-9, both(cpuPer.neo))).toFixed(2)}×`,
      ]);
      const [o50, n50, r50] = [percentile(t.ours, 50), percentile(t.neo, 50), percentile(t.raw, 50)];
      results.push({ name: w.name, ours: { p50: o50, p95: percentile(t.ours, 95) }, replay: { p50: percentile(t.replay, 50), statements: statements.length }, neo: { p50: n50, p95: percentile(t.neo, 95) }, raw: { p50: r50, p95: percentile(t.raw, 95) }, breakdown: split, cpu: cpuPer, plans });
      rows.push([
        w.name,
        `${ms(o50)} / ${ms(percentile(t.ours, 95))}`,
        `${ms(n50)} / ${ms(percentile(t.neo, 95))}${w.neoNote ? ' ¹' : ''}`,
        `${ms(r50)} / ${ms(percentile(t.raw, 95))}`,
        `${(o50 / n50).toFixed(2)}×`,
        `${(o50 / r50).toFixed(2)}×`,
        `${ms(percentile(t.replay, 50))} (${statements.length})`,
        `${(percentile(t.replay, 50) / r50).toFixed(2)}×`,
        same,
      ]);
      process.stderr.write(`side-by-side: ${w.name} done\n`);
    }
  } finally {
    await new Promise((resolve) => ours.server.close(resolve));
    await new Promise((resolve) => neo.server.close(resolve));
  }
  printTable(
    `claimgraph vs @neo4j/graphql vs one Cypher statement, ${graphLabel} (p50 / p95 of ${3 * Math.max(1, Math.round(runs / 3))} each, 3 interleaved rounds)`,
    ['workload', 'claimgraph', '@neo4j/graphql', 'one Cypher query', 'ours / @neo4j/graphql', 'ours / Cypher', 'our Cypher replayed, p50 (statements)', 'our Cypher / one Cypher', 'same rows as Cypher / as @neo4j/graphql'],
    rows,
  );
  process.stdout.write(`\nfloor (\`{ __typename }\` over the same HTTP, p50): claimgraph ${ms(floors.ours)}, @neo4j/graphql ${ms(floors.neo)}\n`);
  process.stdout.write(`warm-up before each workload's timed rounds, requests per side (each side alike; up to ${warm.requests}, or ${warm.seconds} s per side): ${warmUps.join('; ')}\n`);
  printTable(
    `Where a claimgraph request's time goes, ${graphLabel} (medians of ${Math.max(1, Math.round(runs / 3))} sequential requests after the timed rounds, ms)`,
    ['workload', 'total', 'HTTP', 'parse + validate', 'context', 'execution (resolvers)', 'serialisation', 'driver', 'Neo4j', 'Yoga, between phases'],
    [['`{ __typename }` (floor)', ...breakdownCells(floorBreakdown)], ...breakdownRows],
  );
  printTable(
    `CPU per request, ${graphLabel}: the bench process (GraphQL server + HTTP client; the one Cypher: the driver client alone) + Neo4j's JVM, from the processes' CPU counters over the timed rounds`,
    ['workload', 'claimgraph', '@neo4j/graphql', 'one Cypher query', 'ours / @neo4j/graphql'],
    cpuRows,
  );
  printTable(
    `Plans, ${graphLabel}: db hits / operators of one request's statements, each PROFILEd alone after the timed rounds`,
    ['workload', 'claimgraph', '@neo4j/graphql', 'one Cypher query'],
    planRows,
  );
  printGoals(graphLabel, results);
  if (notes.length) process.stdout.write(`\n${notes.map((n) => `¹ ${n}`).join('\n')}\n`);
  return results;
}

/** Warms the sides up in turn, one request of each per pass; returns the passes made (each side ran that many). */
async function warmUp(sides: (() => Promise<unknown>)[], warm: WarmUp): Promise<number> {
  const until = performance.now() + warm.seconds * 1000 * sides.length;
  let passes = 0;
  for (; passes < warm.requests && performance.now() < until; passes++) for (const side of sides) await side();
  return passes;
}

function breakdownCells(b: Breakdown): string[] {
  return [b.total, ...BREAKDOWN_PHASES.map((k) => b[k])].map((x) => x.toFixed(2));
}

/** Issue 21's latency goals, as ratios of this run. */
function printGoals(graphLabel: string, results: SideBySideResult[]): void {
  const lines = results.map((r) => {
    const neo = r.ours.p50 / r.neo.p50;
    const listing = !/search|trace/.test(r.name);
    const raw = r.ours.p50 / r.raw.p50;
    return `- ${r.name}: ${neo.toFixed(2)}× @neo4j/graphql (goal ≤ 1.0×: ${neo <= 1 ? 'met' : 'MISSED'})${listing ? `; ${raw.toFixed(2)}× one Cypher (goal at 10k ≤ 2.0×: ${raw <= 2 ? 'met' : 'MISSED'})` : ''}`;
  });
  process.stdout.write(`\nIssue 21 goals, ${graphLabel} (p50 ratios of this run):\n${lines.join('\n')}\n`);
}
