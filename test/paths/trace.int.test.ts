import { beforeAll, describe, expect, it } from 'vitest';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { loadCausalFixture } from '../support/fixtures.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();
const p = uniquePrefix('trace');
const id = (s: string) => `${p}-${s}`;
let token: string;

type Path = {
  factors: { id: string }[];
  links: { id: string; polarity: string; status: string; quote: string; supportedBy: { id: string }[] }[];
  hops: number;
  netPolarity: string;
  strength: { weakestStatus: string; score: number; hasContestedHop: boolean };
  weakLinks: string[];
};
const TRACE = `query($from: String!, $to: String!, $maxHops: Int) { trace(from: $from, to: $to, maxHops: $maxHops) {
  factors { id } links { id polarity status quote supportedBy { id } } hops netPolarity
  strength { weakestStatus score hasContestedHop } weakLinks } }`;
const trace = (from: string, to: string, maxHops?: number) => gql<{ trace: Path[] }>(server, TRACE, { from, to, maxHops });

beforeAll(async () => {
  token = await testToken(graph);
  // A → B → C → D (3 hops) and A → E → D (2 hops); two factors share the alias "twin".
  await loadCausalFixture(
    graph,
    [
      { id: id('a'), name: `${p} alpha`, namesZh: [`${p}甲因素`], aliases: [`${p}-A`] },
      { id: id('b'), name: `${p} beta` },
      { id: id('c'), name: `${p} gamma` },
      { id: id('d'), name: `${p} delta` },
      { id: id('e'), name: `${p} epsilon`, aliases: [`${p}-twin`] },
      { id: id('f'), name: `${p} phi`, aliases: [`${p}-twin`] },
    ],
    [
      { id: id('ab'), from: id('a'), to: id('b') },
      { id: id('bc'), from: id('b'), to: id('c'), polarity: 'DECREASES' },
      { id: id('cd'), from: id('c'), to: id('d') },
      { id: id('ae'), from: id('a'), to: id('e') },
      { id: id('ed'), from: id('e'), to: id('d'), polarity: 'DECREASES' },
      { id: id('df'), from: id('d'), to: id('f') },
    ],
  );
});

describe('trace on the seed graph', () => {
  it('follows government shutdown → TGA → bank reserves → cross-asset selloff, from Chinese and English names', async () => {
    const r = await trace('政府停擺', 'cross-asset selloff');
    expect(r.errors).toBeUndefined();
    // Other tests ingest documents whose candidate links join the same factors: look at the curated chain.
    const chain = r.data!.trace.find(
      (t) => t.factors.map((f) => f.id).join() === 'f-government-shutdown,f-tga-balance,f-bank-reserves,f-cross-asset-selloff' && t.links.every((l) => l.id.startsWith('e9186e0b-')),
    );
    expect(chain).toBeDefined();
    expect(chain!.hops).toBe(3);
    expect(chain!.links.map((l) => l.polarity)).toEqual(['INCREASES', 'DECREASES', 'DECREASES']);
    expect(chain!.netPolarity).toBe('INCREASES'); // more shutdown, more selloff
    expect(chain!.strength).toEqual({ weakestStatus: 'UNREVIEWED', score: 0.125, hasContestedHop: false });
    expect(chain!.links[0]!.quote).toBe('聯邦政府停擺導致萬億財政存款凍結');
    expect(chain!.links[0]!.supportedBy.length).toBeGreaterThan(0);
  });

  it('resolves aliases in either script: TGA → 銀行準备金', async () => {
    const r = await trace('TGA', '银行准备金');
    expect(r.data!.trace[0]!.factors.map((f) => f.id)).toEqual(['f-tga-balance', 'f-bank-reserves']);
    expect(r.data!.trace[0]!.netPolarity).toBe('DECREASES');
  });
});

describe('trace ranking and limits', () => {
  it('ranks stronger chains first, then shorter; a FALSE hop flips the ranking and is reported', async () => {
    const before = await trace(id('a'), id('d'));
    expect(before.data!.trace.map((t) => t.hops)).toEqual([2, 3]);
    expect(before.data!.trace[0]!.netPolarity).toBe('DECREASES');

    const review = (linkId: string, status: string) =>
      gql(
        server,
        `mutation($input: ReviewInput!) { reviewCausalLink(input: $input) { review { version } } }`,
        { input: { id: linkId, status, rationale: 'checked', evidence: [{ url: `https://example.org/${p}/${linkId}`, title: 'Evidence' }], expectedVersion: 1 } },
        token,
      );
    for (const l of ['ab', 'bc', 'cd']) expect((await review(id(l), 'VERIFIED')).errors).toBeUndefined();
    expect((await review(id('ed'), 'FALSE')).errors).toBeUndefined();

    const after = await trace(id('a'), id('d'));
    const [first, second] = after.data!.trace;
    expect(first!.factors.map((f) => f.id)).toEqual([id('a'), id('b'), id('c'), id('d')]);
    expect(first!.strength).toEqual({ weakestStatus: 'VERIFIED', score: 1, hasContestedHop: false });
    expect(second!.strength).toMatchObject({ weakestStatus: 'FALSE', score: 0, hasContestedHop: true });
    expect(second!.weakLinks).toEqual([id('ed')]);
    expect(second!.links.map((l) => l.status)).toEqual(['UNREVIEWED', 'FALSE']);
  });

  it('cuts paths longer than maxHops', async () => {
    const r = await trace(id('a'), id('d'), 2);
    expect(r.data!.trace.map((t) => t.hops)).toEqual([2]);
    expect((await trace(id('a'), id('f'), 2)).data!.trace).toEqual([]);
  });

  it('answers NOT_FOUND with suggestions, and BAD_USER_INPUT for ambiguous names and bad limits', async () => {
    const unknown = await trace(`${p} alpah`, id('d'));
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0]!.extensions!['suggestions']).toEqual(expect.arrayContaining([expect.objectContaining({ id: id('a') })]));
    const ambiguous = await trace(`${p}-twin`, id('a'));
    expect(errorCodes(ambiguous)).toEqual(['BAD_USER_INPUT']);
    expect((ambiguous.errors![0]!.extensions!['candidates'] as { id: string }[]).map((c) => c.id).sort()).toEqual([id('e'), id('f')]);
    expect(errorCodes(await trace(id('a'), id('d'), 9))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await trace(id('a'), id('a')))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('upstream and downstream', () => {
  const SUB = `query($f: String!, $n: Int) { down: downstream(factor: $f, maxHops: $n) { root { id } factors { id } links { id } truncated }
    up: upstream(factor: $f, maxHops: $n) { factors { id } links { id } } }`;

  it('return the causal neighbourhood within maxHops', async () => {
    const r = await gql<{ down: { root: { id: string }; factors: { id: string }[]; links: { id: string }[]; truncated: boolean }; up: { factors: { id: string }[]; links: { id: string }[] } }>(
      server,
      SUB,
      { f: `${p}甲因素`, n: 2 },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.down.root.id).toBe(id('a'));
    expect(r.data!.down.factors.map((f) => f.id).sort()).toEqual([id('a'), id('b'), id('c'), id('d'), id('e')].sort());
    // Every link among the reached factors, including C → D (D is two hops away through E).
    expect(r.data!.down.links.map((l) => l.id).sort()).toEqual([id('ab'), id('ae'), id('bc'), id('cd'), id('ed')].sort());
    expect(r.data!.down.truncated).toBe(false);
    expect(r.data!.up.factors.map((f) => f.id)).toEqual([id('a')]);

    const up = await gql<{ up: { factors: { id: string }[] } }>(server, SUB, { f: id('d'), n: 1 });
    expect(up.data!.up.factors.map((f) => f.id).sort()).toEqual([id('c'), id('d'), id('e')].sort());
  });
});
