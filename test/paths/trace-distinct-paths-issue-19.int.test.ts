import { describe, expect, it } from 'vitest';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { server } = inProcessApi();

type Link = { id: string; assertions: { id: string; quote: string; document: { id: string } }[]; support: { assertions: number; documents: number; independentSources: number } };
type Path = { factors: { id: string }[]; links: { id: string }[]; steps: { from: { id: string }; to: { id: string }; links: Link[] }[] };

describe('issue 19: trace from the shutdown to the selloff returned 5 chains that were only 3 distinct factor paths', () => {
  it('returns each factor path once: two seed links asserting shutdown → TGA no longer make two chains', async () => {
    const r = await gql<{ trace: { factors: { id: string }[]; links: { id: string }[] }[] }>(
      server,
      '{ trace(from: "政府停擺", to: "cross-asset selloff", first: 10) { factors { id } links { id } } }',
    );
    expect(r.errors).toBeUndefined();
    const keys = r.data!.trace.map((p) => p.factors.map((f) => f.id).join('>'));
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('f-government-shutdown>f-tga-balance>f-bank-reserves>f-cross-asset-selloff');
  });

  it('lists every passage asserting a hop: the merged link carries both seed quotes', async () => {
    const r = await gql<{ trace: Path[] }>(
      server,
      `{ trace(from: "政府停擺", to: "cross-asset selloff", first: 10) { factors { id } links { id }
         steps { from { id } to { id } links { id assertions { id quote document { id } } support { assertions documents independentSources } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const chain = r.data!.trace.find((p) => p.factors.map((f) => f.id).join('>') === 'f-government-shutdown>f-tga-balance>f-bank-reserves>f-cross-asset-selloff')!;
    const hop = chain.steps[0]!;
    expect(hop).toMatchObject({ from: { id: 'f-government-shutdown' }, to: { id: 'f-tga-balance' } });
    expect(hop.links.map((l) => l.id)).toEqual(['e9186e0b-l002']);
    expect(chain.links[0]!.id).toBe('e9186e0b-l002');
    const link = hop.links[0]!;
    const ids = link.assertions.map((a) => a.id);
    expect(ids[0]).toBe('e9186e0b-l002');
    expect(ids).toContain('e9186e0b-l054');
    // Both passages are in the seed article: one document, one independent source, however many passages.
    const seedPassages = link.assertions.filter((a) => a.document.id === 'doc-e9186e0b');
    expect(seedPassages.length).toBeGreaterThanOrEqual(2);
    expect(link.support.assertions).toBe(link.assertions.length);
    expect(link.support.independentSources).toBeLessThanOrEqual(link.support.documents);
    // The merged passage is no link of its own any more.
    const gone = await gql<{ causalLink: unknown }>(server, '{ causalLink(id: "e9186e0b-l054") { id } }');
    expect(gone.data!.causalLink).toBeNull();
  });
});
