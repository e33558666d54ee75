import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/token-store.ts';
import { loadConfig } from '../../src/config.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { serve, type Running } from '../../src/serve.ts';
import { createClaim } from '../support/fixtures.ts';
import { spawnServer } from '../support/spawn-server.ts';

/**
 * Fault injection (issue 9) against a real local runner of this file's own: kill -9 Neo4j while
 * reviews stream in and while a document is ingested, kill -9 the server during an ingest, and
 * check that nothing acknowledged is lost, nothing is duplicated, nothing is half-visible, and
 * that re-running gives the identical graph.
 */
let dir: string;
let running: Running;
let graph: Graph;
let token: string;
let url: string;
let article: string;

const jvmPid = (dataDir: string) => execFileSync('pgrep', ['-f', `claimgraph.runner.Main --data ${dataDir}`], { encoding: 'utf8' }).trim().split('\n')[0]!;
const killNeo4j = () => process.kill(Number(jvmPid(join(dir, 'data'))), 'SIGKILL');

async function healthy(timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await fetch(`${url}/health`).catch(() => undefined);
    if (r?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('Neo4j did not come back');
}

async function gql(query: string, variables: Record<string, unknown> = {}, base = url): Promise<{ data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }> {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return r.json() as Promise<{ data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }>;
}

const INGEST = 'mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { claims document { id } } }';
const docIdFor = (text: string) => `doc-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)}`;

/** A document's visible subgraph, as one hash (ids, spans, statuses, quantities, relationships). */
async function documentHash(documentId: string): Promise<{ hash: string; items: number }> {
  const rows = await graph.rows(
    'test.fault.docHash',
    `MATCH (n) WHERE (n:Claim OR n:CausalLink) AND n.documentId = $documentId
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m ORDER BY type(r), m.id
WITH n, collect(type(r) + '>' + coalesce(m.id, '') + ':' + coalesce(toString(m.value), '')) AS out
RETURN n.id AS id, n.quote AS quote, n.start AS start, n.end AS end, n.status AS status, out ORDER BY id`,
    { documentId },
  );
  return { hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex'), items: rows.length };
}

async function visible(documentId: string): Promise<{ documents: number; items: number; quantities: number }> {
  const [row] = await graph.rows<{ documents: number; items: number; quantities: number }>(
    'test.fault.visible',
    `RETURN COUNT { MATCH (d:Document {id: $documentId}) } AS documents,
  COUNT { MATCH (n) WHERE (n:Claim OR n:CausalLink) AND n.documentId = $documentId } AS items,
  COUNT { MATCH (c:Claim {documentId: $documentId})-[:HAS_QUANTITY]->(:Quantity) } AS quantities`,
    { documentId },
  );
  return row!;
}

/** Waits until the load has begun writing (staged nodes appear), so a kill lands mid-way. */
async function stagingStarted(documentId: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const [row] = await graph.rows<{ n: number }>('test.fault.staged', 'MATCH (n:Staged {stagedBatch: $documentId}) RETURN count(n) AS n', { documentId });
    if (row!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the ingest never started writing');
}

async function forget(documentId: string): Promise<void> {
  await graph.write('test.fault.forget', (tx) =>
    tx.rows(
      'test.fault.forget',
      `MATCH (n) WHERE (n.documentId = $documentId OR n.stagedBatch = $documentId OR n.id = $documentId)
OPTIONAL MATCH (n)-[:HAS_QUANTITY|ASSERTS]->(q)
DETACH DELETE q, n`,
      { documentId },
    ),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-faults-'));
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', PORT: '0', CLAIMGRAPH_NEO4J: 'local', CLAIMGRAPH_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  delete env['NEO4J_URI'];
  running = await serve(loadConfig(env), createLogger(process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'silent'));
  url = running.url;
  graph = running.db.graph;
  token = (await createToken(graph, 'fault-editor', 'EDITOR')).token;
  article = await readFile(new URL('../../seeds/000_e9186e0bdc09d771.txt', import.meta.url), 'utf8');
}, 300_000);
afterAll(async () => {
  await running?.shutdown();
  await rm(dir, { recursive: true, force: true });
});

describe('kill -9 of Neo4j', () => {
  it('during a stream of reviews: every acknowledged review is kept once, none duplicated; requests fail fast; the runner comes back', { timeout: 300_000 }, async () => {
    const claims = Array.from({ length: 8 }, (_, i) => `fault-claim-${i}`);
    for (const id of claims) await createClaim(graph, id);
    const acked: { claim: string; reviewId: string; version: number }[] = [];
    const failures: string[] = [];
    const downLatencies: number[] = [];
    let healthDuringOutage: { status: number; body: string } | undefined;
    const version = new Map(claims.map((c) => [c, 1]));
    // Phases by what happened, not by the clock (the machine may be slow): some reviews
    // acknowledged, then the kill, then more acknowledged after Neo4j is back.
    let killed = false;
    let ackedBeforeKill = 0;
    let stop = false;
    const deadline = setTimeout(() => (stop = true), 240_000);
    const worker = async (mine: string[]) => {
      let k = 0;
      while (!stop) {
        const claim = mine[k++ % mine.length]!;
        const expectedVersion = version.get(claim)!;
        const started = Date.now();
        const r = await gql('mutation($i: ReviewInput!) { reviewClaim(input: $i) { review { id } claim { version } } }', {
          i: { id: claim, status: expectedVersion % 2 ? 'IN_REVIEW' : 'UNREVIEWED', rationale: 'fault stream', expectedVersion },
        }).catch(() => ({ errors: [{ extensions: { code: 'NETWORK' } }] }) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] });
        const payload = r.data?.['reviewClaim'];
        if (payload?.review) {
          acked.push({ claim, reviewId: payload.review.id, version: expectedVersion });
          if (typeof payload.claim?.version === 'number') {
            version.set(claim, payload.claim.version);
            continue;
          }
          // Written and acknowledged, but Neo4j went down before the payload's claim was read
          // (a partial result, `claim: null` with an error): re-read the version below.
        } else {
          const code = r.errors?.[0]?.extensions?.code;
          if (failures.length < 5) failures.push(JSON.stringify(r).slice(0, 300));
          if (killed && code === 'UNAVAILABLE') downLatencies.push(Date.now() - started);
        }
        // The outcome of a failed write is unknown to the client: re-read the version when we can.
        const fresh = await gql('query($id: ID!) { claim(id: $id) { version } }', { id: claim }).catch(() => undefined);
        const v = fresh?.data?.['claim']?.version;
        if (typeof v === 'number') version.set(claim, v);
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const workers = [worker(claims.slice(0, 4)), worker(claims.slice(4))];
    const until = async (condition: () => boolean) => {
      while (!condition() && !stop) await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await until(() => acked.length >= 10);
    killNeo4j();
    killed = true;
    ackedBeforeKill = acked.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const h = await fetch(`${url}/health`);
    healthDuringOutage = { status: h.status, body: await h.text() };
    await until(() => acked.length >= ackedBeforeKill + 10);
    stop = true;
    clearTimeout(deadline);
    await Promise.all(workers);
    await healthy();

    expect(ackedBeforeKill, failures.join('\n')).toBeGreaterThanOrEqual(10);
    expect(acked.length - ackedBeforeKill, 'reviews acknowledged after the restart').toBeGreaterThanOrEqual(10);
    expect(healthDuringOutage.status).toBe(503);
    expect(healthDuringOutage.body).toMatch(/restart/);
    expect(downLatencies.length).toBeGreaterThan(0);
    const sorted = [...downLatencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(2_000);
    // The worst case only has to tell failing fast from the driver's own retry loop (30 s of retries against a dead
    // server): on a loaded 2-core CI machine single requests took up to ~5.5 s with the fail-fast path working, so
    // the bound sits well between the two; the median above is the tight one.
    expect(sorted.at(-1)).toBeLessThan(15_000);

    const rows = await graph.rows<{ id: string; itemId: string }>(
      'test.fault.reviews',
      'MATCH (r:Review)-[:REVIEWS]->(c:Claim) WHERE c.id IN $claims RETURN r.id AS id, c.id AS itemId',
      { claims },
    );
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length); // nothing duplicated
    for (const a of acked) expect(ids).toContain(a.reviewId); // nothing acknowledged lost
    const [state] = await graph.rows<{ versions: number; reviews: number }>(
      'test.fault.versions',
      'MATCH (c:Claim) WHERE c.id IN $claims RETURN sum(c.version - 1) AS versions, COUNT { MATCH (r:Review)-[:REVIEWS]->(x:Claim) WHERE x.id IN $claims } AS reviews',
      { claims },
    );
    expect(state!.reviews).toBe(state!.versions); // every version bump has exactly one review
    expect(running.db.target.runnerStatus?.()).toMatchObject({ state: 'running', restarts: 1 });
  });

  it('during an ingest: nothing of the document is visible, and re-running gives the identical graph', { timeout: 300_000 }, async () => {
    const text = `${Array.from({ length: 60 }, () => article).join('\n\n')}\n(fault ingest A)`;
    const documentId = docIdFor(text);
    const pending = gql(INGEST, { i: { text, title: 'fault ingest A' } }).catch(() => ({ errors: [{ extensions: { code: 'NETWORK' } }] }));
    await stagingStarted(documentId);
    killNeo4j();
    const first = await pending;
    expect(first.errors?.[0]?.extensions?.code).toBeDefined();
    await healthy();
    expect(await visible(documentId)).toEqual({ documents: 0, items: 0, quantities: 0 });

    const again = await gql(INGEST, { i: { text, title: 'fault ingest A' } });
    expect(again.errors).toBeUndefined();
    const resumed = await documentHash(documentId);
    expect(resumed.items).toBeGreaterThan(100);
    await forget(documentId);
    const clean = await gql(INGEST, { i: { text, title: 'fault ingest A' } });
    expect(clean.errors).toBeUndefined();
    expect(await documentHash(documentId)).toEqual(resumed);
  });
});

describe('kill -9 of the server', () => {
  it('during an ingest: readers see nothing of the document; a restarted server finishes it identically', { timeout: 300_000 }, async () => {
    const text = `${Array.from({ length: 80 }, () => article).join('\n\n')}\n(fault ingest B)`;
    const documentId = docIdFor(text);
    const start = () => spawnServer({ ...process.env, NODE_ENV: 'production', PORT: '0', NEO4J_URI: running.db.target.uri, SEED_ON_START: 'false', LOG_LEVEL: 'info' });
    const server = await start();
    const pending = gql(INGEST, { i: { text, title: 'fault ingest B' } }, server.url).catch(() => undefined);
    await stagingStarted(documentId);
    server.child.kill('SIGKILL');
    await pending;
    expect(await visible(documentId)).toEqual({ documents: 0, items: 0, quantities: 0 });

    const restarted = await start();
    try {
      const again = await gql(INGEST, { i: { text, title: 'fault ingest B' } }, restarted.url);
      expect(again.errors).toBeUndefined();
      const resumed = await documentHash(documentId);
      await forget(documentId);
      expect((await gql(INGEST, { i: { text, title: 'fault ingest B' } }, restarted.url)).errors).toBeUndefined();
      expect(await documentHash(documentId)).toEqual(resumed);
    } finally {
      await restarted.stop();
    }
  });
});
