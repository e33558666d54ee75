import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/matching/figure.ts';
import { MATCHER_VERSION, type FigureRelation } from '../../src/matching/relate-figures.ts';
import { relationId, saveRelations } from '../../src/matching/relation-store.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';
import { gql, testServer } from '../support/server.ts';

// The review of 2026-12-07: matching.save wrote a run's relations in one transaction whatever their number (the
// replicas test's 1,500 relations took 25.8 s; 40 copies of a page were cancelled at the transaction timeout). Now a
// run is written in bounded transactions, each idempotent, and a run that has not finished never reads as finished.
const graph = testGraph();
const server = testServer(graph);
afterAll(() => graph.close());

const prefix = uniquePrefix('save');
const docA = `${prefix}-doc-a`;
const docB = `${prefix}-doc-b`;
const claim = (doc: string, i: number) => `${doc}-c${i}`;
const CLAIMS = 7;
const BATCH = 3;

beforeAll(async () => {
  // Two documents of seven claims each: the fixture the relations are saved between (no figures: the matcher is not
  // what is tested here, the save is).
  await graph.write('test.fixture', (tx) =>
    tx.rows(
      'test.fixture',
      `UNWIND [$a, $b] AS doc
CREATE (:Document {id: doc, title: doc, language: 'en', sha256: doc, origin: 'extracted'})
WITH doc UNWIND range(0, $n - 1) AS i
CREATE (:Claim {id: doc + '-c' + toString(i), documentId: doc, quote: 'q', status: 'UNREVIEWED', version: 1})`,
      { a: docA, b: docB, n: CLAIMS },
    ),
  );
});

const figure = (claimId: string): Figure =>
  ({ quantityId: `${claimId}-q`, claimId, documentId: claimId.slice(0, claimId.lastIndexOf('-c')), factorId: 'f-bank-reserves', mode: 'LEVEL', direction: null, period: null, window: { start: '2025-10-01', end: '2025-10-01' }, timeSource: 'TEXT', value: 1, upper: null, unit: 'USD', qualifier: null, surface: '1' }) as Figure;
/** Claim i of document A beside claim j of document B. */
const relation = (i: number, j = i, why = 'w'): FigureRelation => ({ kind: 'SAME_FIGURE', earlier: figure(claim(docA, i)), later: figure(claim(docB, j)), why });

/** What a reader sees now, from a session of its own: each relation of the fixture with its edges, and A's mark. */
async function seen() {
  const relations = await graph.rows<{ id: string; version: number; why: string; earlier: number; later: number; projections: number }>(
    'test.seen',
    `MATCH (x:ClaimRelation)-[:EARLIER]->(c:Claim) WHERE c.documentId = $a
RETURN x.id AS id, x.version AS version, x.why AS why, COUNT { (x)-[:EARLIER]->() } AS earlier, COUNT { (x)-[:LATER]->() } AS later,
  COUNT { ()-[p:RELATED]->() WHERE p.linkId = x.id } AS projections ORDER BY id`,
    { a: docA },
  );
  const r = await gql<{ document: { matching: { state: string; matcherVersion: string | null; finishedAt: string | null } | null } }>(server, `query($id: ID!) { document(id: $id) { matching { state matcherVersion finishedAt } } }`, { id: docA });
  expect(r.errors).toBeUndefined();
  return { relations, matching: r.data!.document.matching };
}

describe('matching.save in bounded batches (review of 2026-12-07)', () => {
  it('commits each batch whole on its own, and reads as in progress until its last step', async () => {
    const before = await seen();
    expect(before.matching).toBeNull(); // never matched
    const during: Awaited<ReturnType<typeof seen>>[] = [];
    const all = Array.from({ length: CLAIMS }, (_, i) => relation(i));
    const outcome = await saveRelations(graph, all, [docA], {
      batchSize: BATCH,
      onProgress: async (p) => {
        if (p.phase === 'saved') during.push(await seen());
      },
    });
    expect(outcome).toEqual({ saved: CLAIMS, removed: 0, dependents: [] });
    // Three transactions of at most three relations, each visible to another session once it committed, every
    // relation whole (its two edges and its projection), the document read as in progress throughout.
    expect(during.map((d) => d.relations.length)).toEqual([3, 6, 7]);
    for (const d of during) {
      expect(d.matching).toEqual({ state: 'IN_PROGRESS', matcherVersion: null, finishedAt: null });
      for (const x of d.relations) expect([x.earlier, x.later, x.projections]).toEqual([1, 1, 1]);
    }
    const after = await seen();
    expect(after.relations.map((x) => x.id)).toEqual(all.map((r) => relationId(r.earlier.quantityId, r.later.quantityId)).sort());
    expect(after.matching?.state).toBe('MATCHED');
    expect(after.matching?.matcherVersion).toBe(MATCHER_VERSION);
    expect(Date.parse(after.matching?.finishedAt ?? '')).toBeGreaterThan(0);
  });

  it('a run that fails half-way is never seen finished; running again finishes it, and again changes nothing', async () => {
    // The next run no longer finds relation 0 (stale) and finds claim 0 of A beside claim 1 of B instead.
    const next = [relation(0, 1, 'new'), ...Array.from({ length: CLAIMS - 1 }, (_, i) => relation(i + 1, i + 1, 'refreshed'))];
    const stale = relationId(relation(0).earlier.quantityId, relation(0).later.quantityId);
    await expect(
      saveRelations(graph, next, [docA], {
        batchSize: BATCH,
        onProgress: (p) => {
          if (p.phase === 'saved') throw new Error('the process died here');
        },
      }),
    ).rejects.toThrow('the process died here');
    const broken = await seen();
    expect(broken.matching).toEqual({ state: 'IN_PROGRESS', matcherVersion: null, finishedAt: null });
    // What is there is whole: the stale relation removed in its own step, the first batch written, the rest as the
    // earlier run left it.
    expect(broken.relations.map((x) => x.id)).not.toContain(stale);
    for (const x of broken.relations) expect([x.earlier, x.later, x.projections]).toEqual([1, 1, 1]);
    expect(broken.relations.filter((x) => x.why === 'new' || x.why === 'refreshed')).toHaveLength(BATCH);

    const again = await saveRelations(graph, next, [docA], { batchSize: BATCH });
    expect(again).toEqual({ saved: CLAIMS, removed: 0, dependents: [] });
    const done = await seen();
    expect(done.matching?.state).toBe('MATCHED');
    const want = next.map((r) => relationId(r.earlier.quantityId, r.later.quantityId)).sort();
    expect(done.relations.map((x) => x.id)).toEqual(want);
    expect(done.relations.every((x) => x.why !== 'w')).toBe(true);

    // Idempotent: the same run once more writes the same relations, at the same versions, and removes nothing.
    expect(await saveRelations(graph, next, [docA], { batchSize: BATCH })).toEqual({ saved: CLAIMS, removed: 0, dependents: [] });
    const same = await seen();
    expect(same.relations).toEqual(done.relations);
  });

  it('removes stale relations in bounded batches too', async () => {
    const removedAt: number[] = [];
    const outcome = await saveRelations(graph, [], [docA], { batchSize: BATCH, onProgress: (p) => (p.phase === 'removed' ? removedAt.push(p.done) : undefined) });
    expect(outcome).toEqual({ saved: 0, removed: CLAIMS, dependents: [] });
    expect(removedAt).toEqual([3, 6, 7]);
    const after = await seen();
    expect(after.relations).toEqual([]);
    expect(after.matching?.state).toBe('MATCHED');
  });

  it('issue 19 (ninth pass): a relation that rests on a third document goes when that document is matched again and no longer bears it, naming the documents to weigh again', async () => {
    const third = `${prefix}-doc-c`;
    const resting: FigureRelation = { ...relation(2, 3, 'placed by a twin in C'), restsOn: [third] };
    const plain = relation(4);
    expect(await saveRelations(graph, [resting, plain], [docA])).toEqual({ saved: 2, removed: 0, dependents: [] });
    // C matched again and still bearing it: it stays (found again, so kept); nothing to weigh again.
    expect(await saveRelations(graph, [resting], [third])).toEqual({ saved: 1, removed: 0, dependents: [] });
    // C matched again without it: it goes, and A and B are named to be weighed again; the relation that rests on
    // nothing else stays.
    expect(await saveRelations(graph, [], [third], { batchSize: 1 })).toEqual({ saved: 0, removed: 1, dependents: [docA, docB].sort() });
    const ids = (await seen()).relations.map((x) => x.id);
    expect(ids).toEqual([relationId(plain.earlier.quantityId, plain.later.quantityId)]);
    // Saved again without restsOn, a relation no longer rests on C: C's runs leave it alone.
    await saveRelations(graph, [resting], [docA]);
    await saveRelations(graph, [{ ...resting, restsOn: undefined } as FigureRelation], [docA]);
    expect(await saveRelations(graph, [], [third])).toEqual({ saved: 0, removed: 0, dependents: [] });
  });
});
