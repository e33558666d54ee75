import { createHash } from 'node:crypto';
import { survivingLinkIds } from '../support/merged-seed-links.ts';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SEEDS_DIR, loadSeeds, readSeeds, seedsCurrent } from '../../src/seed/load-seed.ts';
import type { SeedFile } from '../../src/seed/seed-file.ts';
import { quantityId } from '../../src/seed/seed-plan.ts';
import { testGraph } from '../support/graph.ts';

const graph = testGraph();
let seed: SeedFile;

/** Every node id the seed owns, for hashing and counting only the seed's part of the shared test database. */
function seedIds(s: SeedFile): string[] {
  return [
    s.document.id,
    ...s.sources.map((x) => x.id),
    ...s.factors.map((x) => x.id),
    ...s.claims.flatMap((c) => [c.id, ...c.quantities.map((_, i) => quantityId(c.id, i))]),
    ...s.causalLinks.map((x) => x.id),
  ];
}

/** A canonical hash of the seed's nodes and the relationships among them (ids, labels, types, properties). */
async function canonicalHash(s: SeedFile): Promise<{ nodes: number; relationships: number; hash: string }> {
  const ids = seedIds(s);
  const nodes = await graph.rows<{ row: string }>(
    'test.seed.nodes',
    `MATCH (n) WHERE n.id IN $ids
WITH n ORDER BY n.id
RETURN n.id + '|' + reduce(s = '', l IN labels(n) | s + l) AS row`,
    { ids },
  );
  const props = await graph.rows<{ id: string; props: Record<string, unknown> }>(
    'test.seed.props',
    'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props ORDER BY id',
    { ids },
  );
  const rels = await graph.rows<{ row: string }>(
    'test.seed.rels',
    // CAUSES between seed factors may also carry other documents' links (ingest tests): only the seed's count.
    `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND NOT type(r) IN ['REVIEWS', 'CITES_EVIDENCE'] AND (type(r) <> 'CAUSES' OR r.linkId IN $ids)
RETURN a.id + '-' + type(r) + '->' + b.id + coalesce('#' + r.linkId, '') + coalesce('/' + r.polarity, '') AS row ORDER BY row`,
    { ids },
  );
  const canonical = JSON.stringify({
    nodes: nodes.map((n) => n.row),
    props: props.map((p) => [p.id, Object.entries(p.props).sort(([a], [b]) => a.localeCompare(b))]),
    rels: rels.map((r) => r.row),
  });
  return { nodes: nodes.length, relationships: rels.length, hash: createHash('sha256').update(canonical).digest('hex') };
}

beforeAll(async () => {
  seed = (await readSeeds())[0]!.seed;
  await loadSeeds(graph);
});
afterAll(() => graph.close());

describe('loading the seed', () => {
  it('puts every curated claim, quantity, factor, source and causal link into Neo4j', async () => {
    const [row] = await graph.rows<{ claims: number; quantities: number; links: number; factors: number; sources: number }>(
      'test.seed.counts',
      `MATCH (d:Document {id: $doc})
RETURN COUNT { (c:Claim)-[:STATED_IN]->(d) } AS claims,
       COUNT { MATCH (c:Claim)-[:STATED_IN]->(d), (c)-[:HAS_QUANTITY]->(:Quantity) } AS quantities,
       COUNT { (l:CausalLink)-[:STATED_IN]->(d) } AS links,
       COUNT { MATCH (f:Factor) WHERE f.id IN $factors } AS factors,
       COUNT { MATCH (s:Source) WHERE s.id IN $sources } AS sources`,
      { doc: seed.document.id, factors: seed.factors.map((f) => f.id), sources: seed.sources.map((s) => s.id) },
    );
    expect(row).toEqual({
      claims: seed.claims.length,
      quantities: seed.claims.reduce((n, c) => n + c.quantities.length, 0),
      links: survivingLinkIds(seed.causalLinks).length,
      factors: seed.factors.length,
      sources: seed.sources.length,
    });
  });

  it('stores spans that slice the stored document text to the quote', async () => {
    const rows = await graph.rows<{ quote: string; start: number; end: number; text: string }>(
      'test.seed.spans',
      'MATCH (c:Claim)-[:STATED_IN]->(d:Document {id: $doc}) RETURN c.quote AS quote, c.start AS start, c.end AS end, d.text AS text',
      { doc: seed.document.id },
    );
    expect(rows.length).toBe(seed.claims.length);
    for (const r of rows) expect(r.text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('starts every claim and causal link UNREVIEWED at version 1 (no invented verdicts)', async () => {
    const rows = await graph.rows<{ status: string; version: number; n: number }>(
      'test.seed.status',
      `MATCH (x)-[:STATED_IN]->(:Document {id: $doc}) WHERE NOT EXISTS { (:Review)-[:REVIEWS]->(x) }
RETURN x.status AS status, x.version AS version, count(*) AS n`,
      { doc: seed.document.id },
    );
    expect(rows.map((r) => [r.status, r.version])).toEqual([['UNREVIEWED', 1]]);
  });

  it('is idempotent: loading twice yields the same graph (counts and canonical hash)', async () => {
    const first = await canonicalHash(seed);
    await loadSeeds(graph);
    const second = await canonicalHash(seed);
    expect(second).toEqual(first);
    expect(first.nodes).toBe(seedIds(seed).length);
    expect(await seedsCurrent(graph)).toBe(true);
  });

  it('writes nothing when a seed file is malformed, naming the path and field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-badseed-'));
    try {
      await cp(SEEDS_DIR, dir, { recursive: true });
      const yamlFile = join(dir, '000_e9186e0bdc09d771.seed.yaml');
      // Rename the document so a partial write would be visible, and break one claim's span.
      const data = parse(await readFile(yamlFile, 'utf8')) as { document: { id: string }; claims: { start: number }[] };
      data.document.id = 'doc-must-not-exist';
      data.claims[3]!.start += 1;
      await writeFile(yamlFile, stringify(data));
      await expect(loadSeeds(graph, undefined, `${dir}/`)).rejects.toThrow(/claims\[3\]/);
      const [row] = await graph.rows<{ n: number }>('test.seed.none', "MATCH (d:Document {id: 'doc-must-not-exist'}) RETURN count(d) AS n");
      expect(row?.n).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('causal chains of the seed', () => {
  const chain = async (ids: string[]) => {
    const rows = await graph.rows<{ polarities: string[] }>(
      'test.seed.chain',
      `MATCH p = (a:Factor {id: $ids[0]})-[:CAUSES*1..6]->(b:Factor {id: $ids[-1]})
WHERE [n IN nodes(p) | n.id] = $ids
RETURN [r IN relationships(p) | r.polarity] AS polarities LIMIT 1`,
      { ids },
    );
    return rows[0]?.polarities;
  };

  it('traces government shutdown → TGA balance ↑ → bank reserves ↓ → cross-asset selloff', async () => {
    expect(await chain(['f-government-shutdown', 'f-tga-balance', 'f-bank-reserves', 'f-cross-asset-selloff'])).toEqual([
      'INCREASES', // the shutdown freezes spending: the TGA balance rises
      'DECREASES', // a fuller TGA drains bank reserves
      'DECREASES', // fewer reserves, more selloff
    ]);
  });

  it('traces Treasury issuance → reserves ↓ and stablecoin rules → reserves ↓', async () => {
    expect((await chain(['f-treasury-issuance', 'f-bank-reserves']))?.[0]).toBe('DECREASES');
    expect((await chain(['f-stablecoin-rules', 'f-bank-reserves']))?.[0]).toBe('DECREASES');
  });

  it('traces tax cuts and the health-care dispute → fiscal gap → QE4 or YCC → de-dollarization', async () => {
    expect(await chain(['f-tax-cuts', 'f-fiscal-gap'])).toBeDefined();
    expect(await chain(['f-healthcare-dispute', 'f-fiscal-gap'])).toBeDefined();
    const viaQe4 = await chain(['f-fiscal-gap', 'f-qe4', 'f-de-dollarization']);
    const viaYcc = await chain(['f-fiscal-gap', 'f-ycc', 'f-de-dollarization']);
    expect(viaQe4 ?? viaYcc).toBeDefined();
  });

  it('traces AI supply-chain markups → AI server price, and AI capex → manufacturing renewal ↓ → K-shaped divergence', async () => {
    expect((await chain(['f-ai-supply-chain-markups', 'f-ai-server-price']))?.[0]).toBe('INCREASES');
    const capex = await chain(['f-ai-capex', 'f-manufacturing-renewal', 'f-k-shaped-divergence']);
    expect(capex?.[0]).toBe('DECREASES');
  });

  it('has several dozen causal links', () => {
    expect(seed.causalLinks.length).toBeGreaterThanOrEqual(24);
  });
});
