import { describe, expect, it } from 'vitest';
import { foldDuplicateLinks } from '../../src/causal/link-merge-store.ts';
import { uniquePrefix, uniqueWord } from '../support/graph.ts';
import { loadCausalFixture } from '../support/fixtures.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { gql } from '../support/server.ts';

const h = inProcessApi({ editorToken: true });
const { graph, server } = h;

type DocLink = { id: string; from: { id: string }; to: { id: string }; polarity: string; candidate: string | null; version: number };
const ingest = (text: string, url?: string) =>
  h.api.ingest<{ id: string; causalLinks: DocLink[] }>({ text, title: text.split('\n')[0], ...(url ? { url } : {}) }, { documentFields: 'id causalLinks { id from { id } to { id } polarity candidate version }' });
type Support = { assertions: { id: string; document: { id: string }; publisher: string; candidate: string | null; mergedAt: string | null }[]; support: { assertions: number; documents: number; independentSources: number; pending: number } };
const linkSupport = async (id: string) => {
  const r = await gql<{ causalLink: (Support & { status: string; version: number }) | null }>(
    server,
    'query($id: ID!) { causalLink(id: $id) { status version assertions { id document { id } publisher candidate mergedAt } support { assertions documents independentSources pending } } }',
    { id },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.causalLink;
};
const linksBetween = async (from: string, to: string) => {
  const rows = await graph.rows<{ id: string }>('test.between', 'MATCH (:Factor {id: $from})<-[:FROM]-(l:CausalLink)-[:TO]->(:Factor {id: $to}) RETURN l.id AS id', { from, to });
  return rows.map((r) => r.id);
};

describe('one link, many sources (issue 19)', () => {
  it('a second document asserting an established link adds support to it instead of a new link', async () => {
    const before = await linksBetween('f-government-shutdown', 'f-tga-balance');
    const tag = uniquePrefix('support');
    const doc = await ingest(`Support ${tag}\nThe government shutdown leads to the TGA balance to rise.`, `https://www.example.org/${tag}`);
    // The document lists the link it asserts: the curated one.
    expect(doc.causalLinks.map((l) => l.id)).toContain('e9186e0b-l002');
    expect(await linksBetween('f-government-shutdown', 'f-tga-balance')).toEqual(before);
    const link = (await linkSupport('e9186e0b-l002'))!;
    const mine = link.assertions.find((a) => a.document.id === doc.id)!;
    expect(mine).toMatchObject({ publisher: 'example.org', candidate: 'PENDING', mergedAt: expect.any(String) });
    expect(link.support.documents).toBeGreaterThanOrEqual(2);
    expect(link.support.independentSources).toBeGreaterThanOrEqual(2);
    expect(link.support.pending).toBeGreaterThanOrEqual(1);
    // Support is not a verdict: the curated link's status and version are what the editors left.
    expect(link.status).toBe('UNREVIEWED');
  });

  it('keeps pending twins apart until one is confirmed, then folds the other into it', async () => {
    const thing = `${uniqueWord()} spreads`;
    const a = await ingest(`Twin ${uniquePrefix('a')}\nThe government shutdown leads to higher ${thing}.`, `https://news.example.com/${uniqueWord()}`);
    const b = await ingest(`Twin ${uniquePrefix('b')}\nThe government shutdown leads to higher ${thing}.`, `https://news.example.com/${uniqueWord()}`);
    const la = a.causalLinks.find((l) => l.from.id === 'f-government-shutdown' && l.candidate === 'PENDING')!;
    const lb = b.causalLinks.find((l) => l.from.id === 'f-government-shutdown' && l.candidate === 'PENDING')!;
    expect(la.id).not.toBe(lb.id);
    const confirmed = await gql(server, 'mutation($input: CandidateDecisionInput!) { confirmCandidate(input: $input) { review { action } } }', { input: { id: la.id, expectedVersion: la.version } }, h.token);
    expect(confirmed.errors).toBeUndefined();
    const link = (await linkSupport(la.id))!;
    expect(link.assertions.map((x) => x.id)).toEqual([la.id, lb.id]);
    // Two documents of one publisher (news.example.com): one independent source.
    expect(link.support).toMatchObject({ assertions: 2, documents: 2, independentSources: 1, pending: 1 });
    expect(await linkSupport(lb.id)).toBeNull();
  });

  it('the migration merges existing duplicates, keeping their history, and disagreeing verdicts send the link back to review', async () => {
    const p = uniquePrefix('dup');
    const id = (s: string) => `${p}-${s}`;
    await loadCausalFixture(graph, [{ id: id('a'), name: `${p} alpha` }, { id: id('b'), name: `${p} beta` }], [
      { id: id('l1'), from: id('a'), to: id('b') },
      { id: id('l2'), from: id('a'), to: id('b') },
    ]);
    const review = (linkId: string, status: string) =>
      gql(server, 'mutation($input: ReviewInput!) { reviewCausalLink(input: $input) { review { id } } }', {
        input: { id: linkId, status, expectedVersion: 1, rationale: 'Checked.', evidence: [{ url: 'https://example.org/evidence', title: 'Evidence' }] },
      }, h.token);
    expect((await review(id('l1'), 'VERIFIED')).errors).toBeUndefined();
    expect((await review(id('l2'), 'FALSE')).errors).toBeUndefined();
    expect(await foldDuplicateLinks(graph)).toBeGreaterThanOrEqual(1);
    const r = await gql<{ causalLink: { status: string; version: number; reviews: { action: string; fromStatus: string; toStatus: string }[]; assertions: { id: string; status: string; reviews: { toStatus: string }[] }[] } }>(
      server,
      'query($id: ID!) { causalLink(id: $id) { status version reviews { action fromStatus toStatus } assertions { id status reviews { toStatus } } } }',
      { id: id('l1') },
    );
    expect(r.errors).toBeUndefined();
    const link = r.data!.causalLink;
    expect(link.status).toBe('IN_REVIEW');
    expect(link.version).toBe(3);
    expect(link.reviews.map((x) => x.action)).toEqual(['REVIEW', 'MERGE']);
    expect(link.reviews[1]).toMatchObject({ fromStatus: 'VERIFIED', toStatus: 'IN_REVIEW' });
    expect(link.assertions.map((x) => x.id)).toEqual([id('l1'), id('l2')]);
    expect(link.assertions[1]).toMatchObject({ status: 'FALSE', reviews: [{ toStatus: 'FALSE' }] });
    // Idempotent: nothing left to merge in this pair.
    await foldDuplicateLinks(graph);
    expect(await linksBetween(id('a'), id('b'))).toEqual([id('l1')]);
  });
});
