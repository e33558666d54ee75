import { describe, expect, it } from 'vitest';
import { uniqueHanWord, uniquePrefix, uniqueWord } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { errorCodes, gql } from '../support/server.ts';

const h = inProcessApi({ editorToken: true });
const { server } = h;

type Proposed = { id: string; name: string; namesZh: string[]; origin: string; candidate: string; version: number };
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  proposedFactors { id name namesZh origin candidate version }
  document { causalLinks { id from { id } to { id } polarity candidate version } } } }`;

async function ingest(text: string) {
  const r = await gql<{ ingestDocument: { proposedFactors: Proposed[]; document: { causalLinks: { id: string; from: { id: string }; to: { id: string }; polarity: string; candidate: string; version: number }[] } } }>(
    server,
    INGEST,
    { input: { text, title: text.split('\n')[0] } },
    h.token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.ingestDocument;
}
const DECIDE = (m: string) => `mutation($input: CandidateDecisionInput!) { ${m}(input: $input) { review { action version } factor { id candidate version } } }`;
const traceIds = async (from: string, to: string, inc: boolean) => {
  const r = await gql<{ trace: { links: { id: string }[] }[] }>(server, 'query($f: String!, $t: String!, $i: Boolean) { trace(from: $f, to: $t, maxHops: 1, includeCandidates: $i) { links { id } } }', { f: from, t: to, i: inc });
  expect(r.errors).toBeUndefined();
  return r.data!.trace.flatMap((p) => p.links.map((l) => l.id));
};

describe('ingest proposes factors the graph does not know', () => {
  it('proposes the unknown side of a causal sentence as a candidate factor, linked by a candidate link', async () => {
    const thing = `${uniqueWord()} rates`;
    const doc = await ingest(`Proposal ${uniquePrefix('p')}\nThe government shutdown leads to higher ${thing}.`);
    expect(doc.proposedFactors).toEqual([expect.objectContaining({ name: thing, origin: 'extracted', candidate: 'PENDING', version: 1 })]);
    const factor = doc.proposedFactors[0]!;
    const link = doc.document.causalLinks.find((l) => l.to.id === factor.id)!;
    expect(link).toMatchObject({ from: { id: 'f-government-shutdown' }, polarity: 'INCREASES', candidate: 'PENDING' });
    // Curated factors say so.
    const curated = await gql<{ factor: { origin: string; candidate: string | null } }>(server, '{ factor(id: "TGA") { origin candidate } }');
    expect(curated.data!.factor).toEqual({ origin: 'curated', candidate: null });

    expect(await traceIds('government shutdown', thing, false)).toEqual([]);
    expect(await traceIds('government shutdown', thing, true)).toEqual([link.id]);

    // Another document naming the same thing links to the proposal instead of proposing it again.
    const again = await ingest(`Proposal ${uniquePrefix('p')}\nThe government shutdown leads to higher ${thing.toUpperCase()}.`);
    expect(again.proposedFactors).toEqual([]);
    expect(again.document.causalLinks.map((l) => l.to.id)).toContain(factor.id);

    const ok = await gql<{ confirmCandidate: { review: { action: string }; factor: { candidate: string; version: number } } }>(server, DECIDE('confirmCandidate'), { input: { id: factor.id, expectedVersion: 1, reason: 'A real factor.' } }, h.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.confirmCandidate).toMatchObject({ review: { action: 'CONFIRM' }, factor: { candidate: 'CONFIRMED', version: 2 } });
    const stale = await gql(server, DECIDE('discardCandidate'), { input: { id: factor.id, expectedVersion: 1 } }, h.token);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
  });

  it('proposes in Chinese too, and discarding the factor discards its links', async () => {
    // A name of its own: a fixed one (航空延誤) was known, and discarded, after the first run on a kept database.
    const thing = `${uniqueHanWord()}延誤`;
    const doc = await ingest(`提議 ${uniquePrefix('zh')}\n政府停擺導致${thing}增加。`);
    const factor = doc.proposedFactors.find((f) => f.name === thing);
    expect(factor).toMatchObject({ namesZh: [thing], candidate: expect.any(String) });
    const link = doc.document.causalLinks.find((l) => l.to.id === factor!.id)!;
    expect(link.polarity).toBe('INCREASES');
    const r = await gql(server, DECIDE('discardCandidate'), { input: { id: factor!.id, expectedVersion: factor!.version, reason: 'Not about liquidity.' } }, h.token);
    expect(r.errors).toBeUndefined();
    const after = await gql<{ causalLink: { candidate: string } }>(server, 'query($id: ID!) { causalLink(id: $id) { candidate } }', { id: link.id });
    expect(after.data!.causalLink.candidate).toBe('DISCARDED');
    expect(await traceIds('政府停擺', factor!.id, true)).not.toContain(link.id);
  });

  it('proposes nothing for a negated sentence, a pronoun or a number', async () => {
    const doc = await ingest(`Nothing ${uniquePrefix('n')}\nThe government shutdown did not lead to higher ${uniqueWord()} yields. The shutdown leads to it. The shutdown leads to 300 billion.`);
    expect(doc.proposedFactors).toEqual([]);
  });
});
