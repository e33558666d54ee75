import { describe, expect, it } from 'vitest';
import { loadCausalFixture } from '../support/fixtures.ts';
import { uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { gql } from '../support/server.ts';

// Issue 13: `factor(id: "國債")` answered null with no hint; factorLookup says why and suggests.
const { graph, server } = inProcessApi();

type Lookup = { factorLookup: { factor: { id: string } | null; candidates: { id: string }[]; suggestions: { id: string; name: string }[] } };
const LOOKUP = `query($n: String!) { factorLookup(name: $n) { factor { id } candidates { id } suggestions { id name } } }`;

describe('factorLookup', () => {
  it('finds a factor by alias in either Chinese script, as factor(id) does', async () => {
    for (const name of ['政府停擺', '政府停摆', 'TGA']) {
      const direct = await gql<{ factor: { id: string } | null }>(server, `query($n: ID!) { factor(id: $n) { id } }`, { n: name });
      const r = await gql<Lookup>(server, LOOKUP, { n: name });
      expect(r.errors).toBeUndefined();
      expect(direct.data!.factor).not.toBeNull();
      expect(r.data!.factorLookup).toEqual({ factor: direct.data!.factor, candidates: [], suggestions: [] });
    }
  });

  it('suggests near misses for a name no factor has (國債), the same ones trace names', async () => {
    const direct = await gql<{ factor: unknown }>(server, `{ factor(id: "國債") { id } }`);
    expect(direct.data!.factor).toBeNull();
    const r = await gql<Lookup>(server, LOOKUP, { n: '國債' });
    expect(r.data!.factorLookup.factor).toBeNull();
    expect(r.data!.factorLookup.suggestions.length).toBeGreaterThan(0);
    const trace = await gql(server, `{ trace(from: "國債", to: "TGA") { hops } }`);
    const fromTrace = (trace.errors?.[0]?.extensions?.['suggestions'] as { id: string }[]).map((s) => s.id);
    expect(r.data!.factorLookup.suggestions.map((s) => s.id)).toEqual(fromTrace);
  });

  it('lists the factors that share an ambiguous name', async () => {
    const p = uniquePrefix('twin');
    const alias = `${p} shared`;
    await loadCausalFixture(graph, [{ id: `${p}-a`, name: `${p} a`, aliases: [alias] }, { id: `${p}-b`, name: `${p} b`, aliases: [alias] }], []);
    const r = await gql<Lookup>(server, LOOKUP, { n: alias });
    expect(r.errors).toBeUndefined();
    expect(r.data!.factorLookup.factor).toBeNull();
    expect(r.data!.factorLookup.candidates.map((c) => c.id).sort()).toEqual([`${p}-a`, `${p}-b`]);
  });
});
