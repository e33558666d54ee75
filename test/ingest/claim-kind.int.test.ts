import { describe, expect, it } from 'vitest';
import { uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const h = inProcessApi({ editorToken: true });

// Every extracted claim was stored as a LEVEL (only a lone date was a DATE): the claim panel said "Kind: level" of
// "reserves fell by $59 billion", and the claims listing's `kind` filter found no extracted change, crossing or share.
describe('an extracted claim’s kind comes from how its numbers were read (claim kind from the frames)', () => {
  it('stores CHANGE for a change, COMPARISON for a line crossed, LEVEL for a level, and the kind filter finds them', async () => {
    const tag = uniquePrefix('kind');
    const text = [
      `${tag}`,
      'Bank reserves fell by $59 billion in the week ending October 22, 2025.',
      'The federal debt crossed $38 trillion for the first time on October 22, 2025.',
      'The TGA balance was $958 billion on October 22, 2025.',
    ].join('\n');
    const document = await h.api.ingest<{ id: string; claims: { quote: string; kind: string }[] }>({ text, title: tag, published: '2025-10-24' }, { documentFields: 'id claims { quote kind }' });
    const kindOf = (words: string) => document.claims.find((c) => c.quote.includes(words))?.kind;
    expect([kindOf('$59 billion'), kindOf('$38 trillion'), kindOf('$958 billion')]).toEqual(['CHANGE', 'COMPARISON', 'LEVEL']);
    const { data, errors } = await h.api.post<{ claims: { edges: { node: { quote: string } }[] } }>(
      'query($doc: ID!) { claims(filter: { document: $doc, kind: [CHANGE] }) { edges { node { quote } } } }',
      { doc: document.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.claims.edges.map((e) => e.node.quote)).toEqual([document.claims.find((c) => c.quote.includes('$59 billion'))!.quote]);
  });
});
