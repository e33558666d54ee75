import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer as createApi } from '../../src/api/server.ts';
import { createLogger } from '../../src/log.ts';
import type { Running } from '../../src/serve.ts';
import { testConfig, testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { LEAKS, rawRequest, startHttpServer } from '../support/http-server.ts';

/**
 * One regression test per defect reported in issue 9, each named after it. They run on the real
 * HTTP server (or the real `npm start` process) and the real Neo4j.
 */
const graph = testGraph();
let running: Running;
let url: string;
let editor: string;
let dir: string;

const post = (body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${url}/graphql`, { method: 'POST', headers, body: body as BodyInit });
const alive = async () => (await fetch(`${url}/livez`)).status === 200 && (await post('{"query":"{ about { version } }"}')).status === 200;

beforeAll(async () => {
  running = await startHttpServer();
  url = running.url;
  editor = await testToken(graph);
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-issue9-'));
}, 120_000);
afterAll(async () => {
  await running?.shutdown();
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

describe('issue 9: hostile input', () => {
  it('GET /export/graphml?factor=moon answers NOT_FOUND and the server keeps running', async () => {
    const r = await fetch(`${url}/export/graphml?factor=moon`);
    expect(r.status).toBe(404);
    expect(((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    await new Promise((resolve) => setTimeout(resolve, 200)); // the crash came after the reply
    expect(await alive()).toBe(true);
  });

  it('GET /export/report?from=TGA&to=moon answers NOT_FOUND and the server keeps running', async () => {
    const r = await fetch(`${url}/export/report?from=TGA&to=moon`);
    expect(r.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await alive()).toBe(true);
  });

  it('a multi-megabyte factors(search:) is refused before it reaches Neo4j', async () => {
    const started = Date.now();
    const r = await post(JSON.stringify({ query: 'query($s: String) { factors(search: $s) { id } }', variables: { s: '銀行'.repeat(1_000_000) } }));
    const body = (await r.json()) as { errors: { extensions: { code: string; fields: { path: string }[] } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'search' }] });
    // The same search, short, still works: nothing was left behind in Neo4j.
    const ok = (await (await post(JSON.stringify({ query: '{ factors(search: "銀行") { id } }' }))).json()) as { data: { factors: unknown[] } };
    expect(ok.data.factors.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('an absolute-form request line is served, never a stack trace (production mode)', async () => {
    for (const target of ['http://x/', 'http://x/graphql?query=%7Babout%7Bversion%7D%7D', 'http://x/nope']) {
      const reply = await rawRequest(url, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(reply.status).not.toBe(500);
      expect(reply.status).toBeGreaterThan(0);
      expect(reply.body).not.toMatch(LEAKS);
    }
  });

  it('invalid variable values are BAD_USER_INPUT, and are not logged as errors', async () => {
    const lines: string[] = [];
    const api = createApi({ graph, config: testConfig(), log: createLogger('debug', (l) => lines.push(l)), neo4jProvider: 'test' });
    const ask = async (variables: Record<string, unknown>, query: string) => {
      const r = await api.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return ((await r.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code);
    };
    expect(await ask({ s: ['NOPE'] }, 'query($s: [ReviewStatus!]) { claims(filter: { status: $s }) { totalCount } }')).toEqual(['BAD_USER_INPUT']);
    expect(await ask({ n: 'ten' }, 'query($n: Int) { claims(first: $n) { totalCount } }')).toEqual(['BAD_USER_INPUT']);
    expect(lines.filter((l) => / error /.test(l))).toEqual([]);
  });

  it('an invalid JSON body is not echoed back: a 20 MB body gets a short reply', async () => {
    const body = `{"query": "${'x'.repeat(20 * 1024 * 1024)}`;
    const r = await post(body);
    const text = await r.text();
    expect([400, 413]).toContain(r.status);
    expect(text.length).toBeLessThan(1_000);
    const small = await post(`{"query": "{ about" ${'y'.repeat(5_000)}`);
    const smallText = await small.text();
    expect(small.status).toBe(400);
    expect(smallText).not.toContain('yyyy');
  });

  it('ingestDocument refuses lone surrogates and invalid UTF-8, and stores nothing', async () => {
    const title = uniquePrefix('hostile-ingest');
    const ingest = (text: string) =>
      post(JSON.stringify({ query: 'mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { claims } }', variables: { i: { text, title } } }), {
        'content-type': 'application/json',
        authorization: `Bearer ${editor}`,
      });
    const lone = (await (await ingest('Reserves fell 3% \uD800 in 2025.')).json()) as { errors: { extensions: { code: string } }[] };
    expect(lone.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const raw = Buffer.concat([Buffer.from(`{"query":"mutation { ingestDocument(input: { text: \\"Reserves fell 3% `), Buffer.from([0xff, 0xfe]), Buffer.from(`\\", title: \\"${title}\\" }) { claims } }"}`)]);
    const bad = await post(new Uint8Array(raw), { 'content-type': 'application/json', authorization: `Bearer ${editor}` });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const [row] = await graph.rows<{ n: number }>('test.docs', 'MATCH (d:Document {title: $title}) RETURN count(d) AS n', { title });
    expect(row!.n).toBe(0);
  });

  it('Content-Type APPLICATION/JSON is accepted (media types are case-insensitive)', async () => {
    const r = await post('{"query":"{ about { version } }"}', { 'content-type': 'APPLICATION/JSON; CHARSET=UTF-8' });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { data: { about: { version: string } } }).data.about.version).toBeTruthy();
  });

  it('CORS: a foreign origin is not reflected, and an allow-listed one is, without credentials', async () => {
    const foreign = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: '{"query":"{ about { version } }"}' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-allow-credentials')).toBeNull();
    const api = createApi({ graph, config: testConfig({ CORS_ORIGINS: 'https://review.example.org' }), log: createLogger('silent'), neo4jProvider: 'test' });
    const preflight = await api.fetch('http://x/graphql', { method: 'OPTIONS', headers: { origin: 'https://review.example.org', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://review.example.org');
    expect(preflight.headers.get('access-control-allow-credentials')).not.toBe('true');
    const other = await api.fetch('http://x/graphql', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('issue 9: the CLI', () => {
  it('a failed CLI export keeps the previous --out file', { timeout: 120_000 }, async () => {
    const out = join(dir, 'export.graphml');
    await writeFile(out, 'the previous good export');
    const env = { ...process.env, ...cliEnv() };
    let failed = false;
    try {
      execFileSync(process.execPath, ['src/cli/main.ts', 'export', '--format', 'graphml', '--factor', 'moon', '--out', out], { env, stdio: 'pipe' });
    } catch {
      failed = true;
    }
    expect(failed).toBe(true);
    expect(await readFile(out, 'utf8')).toBe('the previous good export');
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

/** The CLI pointed at the run's Neo4j. */
function cliEnv(): Record<string, string> {
  const c = testConfig();
  return { NEO4J_URI: c.neo4j.uri!, NEO4J_USERNAME: c.neo4j.username, NEO4J_PASSWORD: c.neo4j.password ?? '', LOG_LEVEL: 'error' };
}

const jvmsFor = (dataDir: string) => {
  try {
    return execFileSync('pgrep', ['-f', `claimgraph.runner.Main --data ${dataDir}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

const waitFor = async (what: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

describe('issue 9: process lifetime', () => {
  it('with its port taken the server exits 1 with a clear message, and stops the Neo4j it started', { timeout: 240_000 }, async () => {
    const taken: Server = createServer(() => {});
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const dataDir = join(dir, 'port-taken');
    try {
      const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_NEO4J: 'local', SEED_ON_START: 'false' };
      delete env['NEO4J_URI'];
      const child = spawn(process.execPath, ['src/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      child.stderr.on('data', (d: Buffer) => (log += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(log).toMatch(new RegExp(`Port ${port} .* already in use`));
      expect(jvmsFor(dataDir)).toEqual([]);
    } finally {
      taken.close();
    }
  });

  it('SIGTERM to the npm process alone stops the server and its Neo4j', { timeout: 240_000 }, async () => {
    const dataDir = join(dir, 'npm-sigterm');
    const env: Record<string, string | undefined> = { ...process.env, PORT: '0', CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_NEO4J: 'local', SEED_ON_START: 'false', LOG_LEVEL: 'info' };
    delete env['NEO4J_URI'];
    const npm = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    npm.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const served = await waitFor(() => /claimgraph API at (http:\/\/\S+)\/graphql/.test(log), 180_000);
    expect(served, log).toBe(true);
    const apiUrl = /claimgraph API at (http:\/\/\S+)\/graphql/.exec(log)![1]!;
    expect(jvmsFor(dataDir)).toHaveLength(1);
    npm.kill('SIGTERM');
    const down = async () => {
      try {
        await fetch(`${apiUrl}/livez`, { signal: AbortSignal.timeout(500) });
        return false;
      } catch {
        return jvmsFor(dataDir).length === 0;
      }
    };
    expect(await waitFor(down, 20_000), log).toBe(true);
  });
});
