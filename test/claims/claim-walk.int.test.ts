import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaims, type ClaimQuery, type ListPlan } from '../../src/claims/claim-store.ts';
import { matchKeys } from '../../src/factors/factor-store.ts';
import { bulkLoad, type NodeRow, type RelRow } from '../../src/graph/bulk-load.ts';
import { Graph, type QueryRecord } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';

// A listing whose anchor (a factor, a unit and bound) matches many claims walks the id index
// instead (claim-store.ts, walkBudget): the pages must be exactly those of the anchored plan.
const setup = testGraph();
let recorded: QueryRecord[] = [];
// The product-built driver of `setup`, with a longer timeout and every statement recorded.
const graph = new Graph(setup.driver, {
  database: inject('neo4j').database,
  queryTimeoutMs: 60_000,
  log: createLogger('warn'),
  onQuery: (q) => recorded.push(q),
});
afterAll(() => setup.close());

// '!' sorts before every digit and letter, so no other test's claims (ingested ids begin with hex digits) sit before these on the id index the walk reads.
const p = `!${uniquePrefix('walk')}`;
const CLAIMS = 3000;
const unit = `${p}-unit`;
const hub = `${p}-hub`;
const status = (i: number) => (i % 3 === 0 ? 'VERIFIED' : i === 2990 || i === 2996 ? 'FALSE' : 'UNREVIEWED');

beforeAll(async () => {
  const claims: NodeRow[] = [];
  const quantities: NodeRow[] = [];
  const hasQuantity: RelRow[] = [];
  const about: RelRow[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const id = `${p}-c${String(i).padStart(5, '0')}`;
    claims.push({ id, props: { quote: `q${i}`, start: 0, end: 2, sentence: `q${i}`, kind: 'LEVEL', origin: 'extracted', documentId: `${p}-d` }, onCreate: { status: status(i), version: 1 } });
    // Three in five at or above 1e12, the rest below.
    quantities.push({ id: `${id}-q`, props: { surface: `${i}`, value: i % 5 < 3 ? 2e12 + i : 1e9, upper: null, unit, position: 0 } });
    hasQuantity.push({ from: id, to: `${id}-q` });
    about.push({ from: id, to: hub });
  }
  await bulkLoad(setup, {
    nodes: [
      { label: 'Factor', rows: [{ id: hub, props: { name: `${p} hub`, namesZh: [], aliases: [], matchKeys: matchKeys({ id: hub, name: `${p} hub`, namesZh: [], aliases: [] }) } }] },
      { label: 'Claim', rows: claims },
      { label: 'Quantity', rows: quantities },
    ],
    relationships: [
      { type: 'HAS_QUANTITY', fromLabel: 'Claim', toLabel: 'Quantity', rows: hasQuantity },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: about },
    ],
  }, { batchSize: 1000 });
}, 120_000);

/** Every page of the listing, five claims a page, the statements each page ran and the plan that read it. */
async function allPages(q: ClaimQuery): Promise<{ ids: string[]; statements: string[][]; plans: ListPlan[] }> {
  const ids: string[] = [];
  const statements: string[][] = [];
  const plans: ListPlan[] = [];
  let after: { id: string } | undefined;
  for (;;) {
    recorded = [];
    const page = await listClaims(graph, q, 5, after, ['quantities']);
    // The claim count sizing the walk is kept a minute: a page asks for it at most once.
    statements.push(recorded.map((r) => r.name).filter((n) => n !== 'claim.total'));
    plans.push(page.plan);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.hasNextPage) return { ids, statements, plans };
    after = { id: page.rows.at(-1)!.id };
  }
}

const expected = async (where: string, params: Record<string, unknown>) =>
  (await setup.rows<{ id: string }>('test.walk.expected', `MATCH (c:Claim)-[:HAS_QUANTITY]->(q:Quantity) WHERE ${where} RETURN DISTINCT c.id AS id ORDER BY id`, params)).map((r) => r.id);

describe('claims listing along the id index when the anchor is broad (issue 14)', () => {
  it('a unit and bound most amounts meet: every page walks, and the pages are exactly the matching claims in id order', async () => {
    const { ids, statements, plans } = await allPages({ unit, valueMin: 1e12 });
    expect(ids).toEqual(await expected('q.unit = $unit AND q.value >= 1e12', { unit }));
    expect(ids.length).toBe(1800);
    expect(plans[0]).toBe('walk');
    // Probe, walk and page in one statement.
    expect(statements[0]).toEqual(['claim.list.anchored']);
  });

  it('a hub factor and a status: walked, the same claims as starting from the factor', async () => {
    const { ids, plans } = await allPages({ factorId: hub, status: ['VERIFIED'] });
    expect(ids).toEqual(await expected("c.status = 'VERIFIED' AND EXISTS { (c)-[:ABOUT]->(:Factor {id: $hub}) }", { hub }));
    expect(ids.length).toBe(1000);
    expect(plans[0]).toBe('walk');
  });

  it('a hub factor with a rare status: the walk runs out of budget and the anchored plan answers, with nothing missed', async () => {
    const { ids, statements, plans } = await allPages({ factorId: hub, status: ['FALSE'] });
    expect(ids).toEqual([`${p}-c02990`, `${p}-c02996`]);
    expect(plans[0]).toBe('walk, then anchored');
    expect(statements[0]).toEqual(['claim.list.anchored']);
  });

  it('a narrow anchor is not walked: the listing starts from it', async () => {
    const { ids, statements, plans } = await allPages({ unit, valueMin: 2e12 + 2990 });
    expect(ids).toEqual(await expected('q.unit = $unit AND q.value >= $min', { unit, min: 2e12 + 2990 }));
    expect(plans).toEqual(plans.map(() => 'anchored'));
    expect(statements[0]).toEqual(['claim.list.anchored']);
  });

  it('a factor named, not by id: resolved in the same statement, the same pages as by id', async () => {
    const byName = await allPages({ factorTerm: `${p} hub`, status: ['VERIFIED'] });
    const byId = await allPages({ factorId: hub, status: ['VERIFIED'] });
    expect(byName.ids).toEqual(byId.ids);
    expect(byName.plans).toEqual(byId.plans);
    expect(byName.statements[0]).toEqual(['claim.list.anchored']);
  });

  it('a factor name that names none: NOT_FOUND, as resolveFactor answers', async () => {
    await expect(listClaims(graph, { factorTerm: `${p} no such factor` }, 5, undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
