import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/load-schema.ts';
import { resolvers } from '../../src/api/resolvers.ts';
import type { Running } from '../../src/serve.ts';
import { testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { LEAKS, rawRequest, startHttpServer } from '../support/http-server.ts';
import { hostileCases, type HostileCase } from './hostile-cases.ts';

/**
 * Our own hostile suite (issue 9): several hundred malformed and hostile requests against the
 * real HTTP server on the real Neo4j. Each asserts its status and error code, that no reply
 * leaks a stack trace or a path, and that the server still answers; at the end the data an
 * attacker could have touched is unchanged.
 */
const graph = testGraph();
let running: Running;
let url: string;
let editor: string;
let reader: string;
const editorName = uniquePrefix('hostile-editor');
let before: string;

/** What a hostile request must never change: the seed's review state, and anything written in the suite's names. */
async function fingerprint(): Promise<string> {
  const rows = await graph.rows(
    'test.hostile.fingerprint',
    `CALL () {
  MATCH (n) WHERE (n:Claim OR n:CausalLink) AND n.documentId = 'doc-e9186e0b'
  RETURN n.id + ':' + n.status + ':' + toString(n.version) AS item
  UNION ALL
  MATCH (r:Review {editor: $editor}) RETURN 'review:' + r.id AS item
  UNION ALL
  MATCH (d:Document) WHERE d.title STARTS WITH 'hostile' RETURN 'doc:' + d.id AS item
  UNION ALL
  MATCH (s:Source) WHERE s.url CONTAINS 'hostile' OR s.name STARTS WITH 'hostile' RETURN 'source:' + s.id AS item
  UNION ALL
  MATCH (n:Staged) RETURN 'staged:' + n.id AS item
}
RETURN item ORDER BY item`,
    { editor: editorName },
  );
  return createHash('sha256').update(rows.map((r) => r['item']).join('\n')).digest('hex');
}

async function stillAnswers(): Promise<void> {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ about { version } }"}' });
  expect(r.status).toBe(200);
  expect(((await r.json()) as { data: { about: { version: string } } }).data.about.version).toBeTruthy();
}

let cases: HostileCase[] = [];
beforeAll(async () => {
  running = await startHttpServer();
  url = running.url;
  editor = await testToken(graph, 'EDITOR', editorName);
  reader = await testToken(graph, 'READER', uniquePrefix('hostile-reader'));
  before = await fingerprint();
}, 120_000);
afterAll(async () => {
  await running?.shutdown();
  await graph.close();
});

// Cases are built from the schema (every argument of every field), so the list is known before the server starts.
cases = hostileCases(buildSchema(resolvers), { url: () => url, editor: () => editor, reader: () => reader });
const categories = [...new Set(cases.map((c) => c.category))];

describe('hostile requests', () => {
  it('has at least 300 of them, across every category', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(categories).toEqual(
      expect.arrayContaining(['json', 'size', 'content-type', 'syntax', 'bombs', 'introspection', 'strings', 'enums-ids', 'auth', 'export-paths', 'raw-http', 'slow-clients']),
    );
  });

  for (const category of categories) {
    describe(category, () => {
      it.each(cases.filter((c) => c.category === category).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const reply = await c.send();
        const statuses = [c.expect.status].flat();
        expect(statuses, `status ${reply.status}: ${reply.body.slice(0, 300)}`).toContain(reply.status);
        const got = errorCodesOf(reply.body);
        if (c.expect.code) {
          const codes = [c.expect.code].flat();
          expect(got.length, `no error code in ${reply.body.slice(0, 300)}`).toBeGreaterThan(0);
          for (const code of got) expect(codes, reply.body.slice(0, 300)).toContain(code);
        }
        if (c.expect.allowed) for (const code of got) expect(c.expect.allowed, reply.body.slice(0, 300)).toContain(code);
        // Whatever else happens, a hostile request is never our bug or an outage.
        expect(got, reply.body.slice(0, 300)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(got, reply.body.slice(0, 300)).not.toContain('UNAVAILABLE');
        expect(reply.body).not.toMatch(LEAKS);
        expect(reply.headers ?? '').not.toMatch(LEAKS);
        // No reply amplifies its input: nothing much larger than a page of results.
        expect(reply.body.length).toBeLessThan(c.expect.maxBody ?? 64_000);
      });

      it(`the server still answers after the ${category} requests`, stillAnswers);
    });
  }

  it('left the data unchanged', async () => {
    expect(await fingerprint()).toBe(before);
  });
});

function errorCodesOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return (parsed.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  } catch {
    return [];
  }
}

