import { PassThrough, Writable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { extract } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { parseExportScope, type ExportScope } from '../../src/export/export-scope.ts';
import { scopeIds } from '../../src/export/export-store.ts';
import { importJson } from '../../src/export/import-json.ts';
import { bulkLoad } from '../../src/graph/bulk-load.ts';
import { matchKeys } from '../../src/factors/factor-store.ts';
import { expectedExportCounts } from '../support/export-counts.ts';
import { testConfig, testGraph, testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql, testServer } from '../support/server.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const graph = testGraph();
const config = testConfig({ REVIEW_ORGANIZATION: 'Example Fact Check', PUBLIC_URL: 'https://claims.example.org' });
const server = testServer(graph, config);
const p = uniquePrefix('exp');
const doc = `${p}-doc`;
let scope: ExportScope;
let dir: string;

/** Exports to a string (or bytes for the tar bundle). */
async function exported(format: string, s: ExportScope = scope): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) });
  await exportGraph(graph, config, format, s, out);
  return Buffer.concat(chunks);
}

/** Everything the document scope exports — reviews and evidence included — removed again, as in an emptied database. */
async function deleteFixture(): Promise<void> {
  const ids = [...((await scopeIds(graph, scope)) ?? [])];
  expect(ids.length).toBeGreaterThan(10);
  await graph.write('test.delete', (tx) => tx.rows('test.delete', 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids }));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-export-'));
  const factor = (id: string, name: string, zh: string) => ({ id, props: { name, namesZh: [zh], aliases: [], description: null, matchKeys: matchKeys({ id, name, namesZh: [zh], aliases: [] }), searchText: `${name} ${zh}` } });
  const text = '聯邦政府停擺導致萬億財政存款凍結,“引號”與\\反斜線\'單引號。Reserves fell below $2.7 trillion.';
  await bulkLoad(graph, {
    nodes: [
      { label: 'Document', rows: [{ id: doc, props: { title: `${p} 測試文件`, language: 'zh-Hant', text, sha256: p, origin: 'curated', url: null } }] },
      { label: 'Source', rows: [{ id: `${p}-src`, props: { kind: 'PERSON', name: 'Christopher Waller', nameZh: '沃勒' } }] },
      { label: 'Factor', rows: [factor(`${p}-f1`, `${p} shutdown`, '停擺'), factor(`${p}-f2`, `${p} TGA`, '財政存款')] },
      {
        label: 'Claim',
        rows: [
          { id: `${p}-c1`, props: { quote: '聯邦政府停擺導致萬億財政存款凍結', start: 0, end: 16, kind: 'LEVEL', gloss: 'A trillion frozen', origin: 'curated', documentId: doc }, onCreate: { status: 'UNREVIEWED', version: 1 } },
          { id: `${p}-c2`, props: { quote: 'Reserves fell below $2.7 trillion', start: 35, end: 68, kind: 'LEVEL', gloss: null, origin: 'curated', documentId: doc }, onCreate: { status: 'UNREVIEWED', version: 1 } },
        ],
      },
      { label: 'Quantity', rows: [{ id: `${p}-c1-q1`, props: { surface: '萬億', value: 1e12, upper: null, unit: 'USD', qualifier: 'ABOUT', position: 0 } }] },
      { label: 'CausalLink', rows: [{ id: `${p}-l1`, props: { polarity: 'INCREASES', quote: '聯邦政府停擺導致萬億財政存款凍結', start: 0, end: 16, gloss: null, origin: 'curated', documentId: doc }, onCreate: { status: 'UNREVIEWED', version: 1 } }] },
    ],
    relationships: [
      { type: 'STATED_IN', fromLabel: 'Claim', toLabel: 'Document', rows: [{ from: `${p}-c1`, to: doc }, { from: `${p}-c2`, to: doc }] },
      { type: 'HAS_QUANTITY', fromLabel: 'Claim', toLabel: 'Quantity', rows: [{ from: `${p}-c1`, to: `${p}-c1-q1` }] },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: [{ from: `${p}-c1`, to: `${p}-f2` }] },
      { type: 'ATTRIBUTED_TO', fromLabel: 'Claim', toLabel: 'Source', rows: [{ from: `${p}-c2`, to: `${p}-src` }] },
      { type: 'FROM', fromLabel: 'CausalLink', toLabel: 'Factor', rows: [{ from: `${p}-l1`, to: `${p}-f1` }] },
      { type: 'TO', fromLabel: 'CausalLink', toLabel: 'Factor', rows: [{ from: `${p}-l1`, to: `${p}-f2` }] },
      { type: 'SUPPORTED_BY', fromLabel: 'CausalLink', toLabel: 'Claim', rows: [{ from: `${p}-l1`, to: `${p}-c1` }] },
      { type: 'STATED_IN', fromLabel: 'CausalLink', toLabel: 'Document', rows: [{ from: `${p}-l1`, to: doc }] },
      { type: 'CAUSES', fromLabel: 'Factor', toLabel: 'Factor', rows: [{ from: `${p}-f1`, to: `${p}-f2`, key: { linkId: `${p}-l1` }, props: { polarity: 'INCREASES' }, onCreate: { status: 'UNREVIEWED' } }] },
    ],
  });
  // Two verdicts through the API, so reviews, evidence and ratings are exported too.
  const token = await testToken(graph, 'EDITOR', `${p}-editor`);
  const review = (id: string, status: string) =>
    gql(server, 'mutation($i: ReviewInput!) { reviewClaim(input: $i) { review { id } } }', {
      i: { id, status, rationale: `Checked ${status}`, evidence: [{ url: `https://example.org/${p}/h41`, title: 'H.4.1', publisher: 'Federal Reserve' }], expectedVersion: 1 },
    }, token);
  expect((await review(`${p}-c1`, 'VERIFIED')).errors).toBeUndefined();
  expect((await review(`${p}-c2`, 'DISPUTED')).errors).toBeUndefined();
  scope = parseExportScope({ document: doc });
});
afterAll(async () => {
  await graph.close();
  await rm(dir, { recursive: true, force: true });
});

const expectedCounts = (s: ExportScope) => expectedExportCounts(graph, s);

describe('exports of a document scope', () => {
  it('GraphML parses with an independent XML parser; node and edge counts equal the database; Chinese intact', async () => {
    const xml = (await exported('graphml')).toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(xml);
    const g = parsed.graphml.graph[0] ?? parsed.graphml.graph;
    const expected = await expectedCounts(scope);
    expect(g.node).toHaveLength(expected.nodes);
    expect(g.edge).toHaveLength(expected.relationships);
    expect(expected.ids).toContain(`${p}-src`); // closure: attribution, reviews, evidence
    const keys = parsed.graphml.key.map((k: Record<string, string>) => `${k['@_for']}:${k['@_attr.name']}:${k['@_attr.type']}`);
    expect(keys).toEqual(expect.arrayContaining(['node:labels:string', 'node:quote:string', 'node:value:double', 'edge:type:string']));
    expect(xml).toContain('聯邦政府停擺導致萬億財政存款凍結');
    expect(xml).toContain('&quot;'); // the document text's quotes, escaped
  });

  it('Cytoscape JSON has every node and edge, edges pointing at exported nodes', async () => {
    const cy = JSON.parse((await exported('cytoscape')).toString('utf8')) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string; type: string } }[] } };
    const expected = await expectedCounts(scope);
    expect(cy.elements.nodes).toHaveLength(expected.nodes);
    expect(cy.elements.edges).toHaveLength(expected.relationships);
    const ids = new Set(cy.elements.nodes.map((n) => n.data.id));
    for (const e of cy.elements.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
  });

  it('CSV bundle has neo4j-admin headers and typed columns', async () => {
    const files = new Map<string, string>();
    await new Promise<void>((resolve, reject) => {
      const x = extract();
      x.on('entry', (header, stream, next) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: unknown) => chunks.push(c as Buffer));
        stream.on('end', () => {
          files.set(header.name, Buffer.concat(chunks).toString('utf8'));
          next();
        });
      });
      x.on('finish', resolve);
      x.on('error', reject);
      const pass = new PassThrough();
      pass.pipe(x);
      exported('csv').then((b) => pass.end(b), reject);
    });
    const claims = files.get('nodes-Claim.csv')!.split('\n');
    expect(claims[0]).toMatch(/^id:ID,.*\bstart:long\b.*,:LABEL$/);
    expect(claims.filter(Boolean)).toHaveLength(3); // header + two claims
    expect(files.get('relationships-CAUSES.csv')!.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,(?:candidate,)?linkId,polarity,status$/);
    expect(files.get('nodes-Factor.csv')!.split('\n')[0]).toContain('namesZh:string[]');
    expect(files.get('import.sh')).toContain('neo4j-admin database import full');
    expect([...files.keys()]).not.toContain('nodes-ApiToken.csv');
  });

  it('lossless JSON: export → delete → import → export gives the same bytes', async () => {
    const before = await exported('json');
    const file = join(dir, 'export.json');
    await writeFile(file, before);
    const reviews = await graph.rows<{ n: number }>('test.reviews', 'MATCH (r:Review)-[:REVIEWS]->(c:Claim) WHERE c.documentId = $doc RETURN count(r) AS n', { doc });
    expect(reviews[0]!.n).toBe(2);
    await deleteFixture();
    expect((await expectedCounts(scope)).nodes).toBe(0);
    const [orphans] = await graph.rows<{ n: number }>('test.orphans', "MATCH (r:Review) WHERE r.itemId STARTS WITH $p RETURN count(r) AS n", { p });
    expect(orphans!.n).toBe(0);
    await importJson(graph, file);
    await importJson(graph, file); // idempotent
    expect((await exported('json')).equals(before)).toBe(true);
  });

  it('the Cypher script re-creates the deleted subgraph exactly', async () => {
    const before = await exported('json');
    const script = (await exported('cypher')).toString('utf8');
    await deleteFixture();
    for (const statement of script.split(';\n').filter((s) => s.trim() && !s.trim().startsWith('//'))) {
      await graph.write('test.script', (tx) => tx.rows('test.script', statement));
    }
    expect((await exported('json')).toString('utf8')).toBe(before.toString('utf8'));
  });

  it('ClaimReview JSON-LD expands with the required fields and ratings mapped', async () => {
    const doc = JSON.parse((await exported('claimreview')).toString('utf8'));
    const documentLoader = async (url: string) => {
      if (url.startsWith('https://schema.org')) return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
      throw new Error(`no network: ${url}`);
    };
    const expanded = (await jsonld.expand(doc, { documentLoader: documentLoader as never })) as Record<string, any>[];
    const S = 'https://schema.org/';
    const reviews = expanded.filter((n) => n['@type']?.includes(`${S}ClaimReview`));
    expect(reviews).toHaveLength(2);
    const byClaim = (quote: string) => reviews.find((r) => r[`${S}claimReviewed`][0]['@value'] === quote)!;
    const verified = byClaim('聯邦政府停擺導致萬億財政存款凍結');
    const rating = verified[`${S}reviewRating`][0];
    expect(rating[`${S}alternateName`][0]['@value']).toBe('True');
    expect(rating[`${S}ratingValue`][0]['@value']).toBe(5);
    expect(rating[`${S}bestRating`][0]['@value']).toBe(5);
    expect(rating[`${S}worstRating`][0]['@value']).toBe(1);
    expect(rating[`${S}ratingExplanation`][0]['@value']).toBe('Checked VERIFIED');
    expect(verified[`${S}author`][0][`${S}name`][0]['@value']).toBe('Example Fact Check');
    expect(verified[`${S}datePublished`][0]['@value']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(verified[`${S}url`][0]['@value'] ?? verified[`${S}url`][0]['@id']).toContain('https://claims.example.org/claims/');
    const item = verified[`${S}itemReviewed`][0];
    expect(item['@type']).toEqual([`${S}Claim`]);
    expect(item[`${S}appearance`][0]['@type']).toEqual([`${S}CreativeWork`]);
    const disputed = byClaim('Reserves fell below $2.7 trillion');
    expect(disputed[`${S}reviewRating`][0][`${S}alternateName`][0]['@value']).toBe('Disputed');
    expect(disputed[`${S}reviewRating`][0][`${S}ratingValue`]).toBeUndefined();
    expect(disputed[`${S}itemReviewed`][0][`${S}author`][0][`${S}name`][0]['@value']).toBe('Christopher Waller');
  });

  it('review report in Markdown and HTML lists claims by status, links and sources', async () => {
    const md = (await exported('report')).toString('utf8');
    expect(md).toContain('### VERIFIED (1)');
    expect(md).toContain('### DISPUTED (1)');
    expect(md).toContain(`“聯邦政府停擺導致萬億財政存款凍結” (${doc} 0–16)`);
    expect(md).toMatch(/\| .*-l1 \| .* shutdown \| .* TGA \| INCREASES \| UNREVIEWED \|/);
    const html = (await exported('report-html')).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h3>VERIFIED (1)</h3>');
    expect(html).not.toMatch(/<script|<link /);
  });
});

describe('export interfaces', () => {
  it('GET /export/<format> streams the file with its type and a filename', async () => {
    const r = await server.fetch(`http://claimgraph.test/export/graphml?document=${doc}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/graphml+xml');
    expect(r.headers.get('content-disposition')).toContain('claimgraph-export.graphml');
    expect(XMLValidator.validate(await r.text())).toBe(true);
    const bad = await server.fetch('http://claimgraph.test/export/xlsx');
    expect(bad.status).toBe(400);
    expect(errorCodes(await bad.json())).toEqual(['BAD_USER_INPUT']);
    const closed = testServer(graph, testConfig({ READ_REQUIRES_TOKEN: 'true' }));
    expect((await closed.fetch(`http://claimgraph.test/export/json?document=${doc}`)).status).toBe(401);
  });

  it('exportGraph returns small exports and points large ones to the HTTP route', async () => {
    const q = 'query($f: String!, $s: ExportScopeInput) { exportGraph(format: $f, scope: $s) { contentType filename content } }';
    const small = await gql<{ exportGraph: { contentType: string; content: string } }>(server, q, { f: 'cytoscape', s: { document: doc } });
    expect(small.errors).toBeUndefined();
    expect(JSON.parse(small.data!.exportGraph.content).elements.nodes.length).toBe((await expectedCounts(scope)).nodes);
    const capped = testServer(graph, testConfig({ EXPORT_GRAPHQL_MAX_BYTES: '1000' }));
    const big = await gql(capped, q, { f: 'json', s: { document: doc } });
    expect(errorCodes(big)).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(big.errors![0]!.message).toContain('/export/json');
    expect(errorCodes(await gql(server, q, { f: 'csv' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('exports the whole seeded graph as valid GraphML, without API tokens', async () => {
    const xml = (await exported('graphml', parseExportScope({}))).toString('utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('doc-e9186e0b');
    expect(xml).not.toContain('ApiToken');
  });

  it('import refuses a bad file, naming the place, and writes nothing', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ format: 'claimgraph-export', version: 1, nodes: [{ id: `${p}-new`, labels: ['Claim'], properties: {} }], relationships: [{ type: 'STATED_IN', start: `${p}-new`, end: `${p}-missing`, properties: {} }] }));
    await expect(importJson(graph, file)).rejects.toThrow(/relationships\[0\].*not in the file/);
    await writeFile(file, JSON.stringify({ format: 'claimgraph-export', version: 1, nodes: [{ id: 'x', labels: ['Secret'], properties: {} }], relationships: [] }));
    await expect(importJson(graph, file)).rejects.toThrow(/nodes\[0\]\.labels\[0\]/);
    const [row] = await graph.rows<{ n: number }>('test.none', 'MATCH (n {id: $id}) RETURN count(n) AS n', { id: `${p}-new` });
    expect(row!.n).toBe(0);
  });
});
