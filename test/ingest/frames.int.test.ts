import { describe, expect, it } from 'vitest';
import { uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

// Issue 18: the frame contract (src/quantities/frame.ts) stored by ingest and read back through GraphQL from the real Neo4j.
const h = inProcessApi({ editorToken: true });
const { graph, server } = h;

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  document { id claims { id quote time factors { id } assertions { id kind text span { start end } factor { id } }
    quantities { surface frame { factor { id } factorEvidence mode direction period window { start end } timeText timeSource spanDays
      base { value unit window { start end } timeText } extremum { kind since { start end } sinceText } } } } } } }`;

interface Frame {
  factor: { id: string } | null;
  factorEvidence: string | null;
  mode: string;
  direction: string | null;
  period: string | null;
  window: { start: string; end: string } | null;
  timeText: string | null;
  timeSource: string | null;
  spanDays: number | null;
  base: { value: number; unit: string; window: { start: string; end: string } | null; timeText: string | null } | null;
  extremum: { kind: string; since: { start: string; end: string } | null; sinceText: string | null } | null;
}
interface Claim {
  id: string;
  quote: string;
  time: string | null;
  factors: { id: string }[];
  assertions: { id: string; kind: string; text: string; span: { start: number; end: number }; factor: { id: string } | null }[];
  quantities: { surface: string; frame: Frame | null }[];
}

describe('frames and assertions are stored and served (issue 18)', () => {
  it('stores each quantity\'s frame, its MEASURES relationship, the claim\'s time and assertions, and serves them through GraphQL', async () => {
    const tag = uniquePrefix('frames');
    const text =
      `${tag}\nBank reserves fell to $2.85 trillion in the week ending October 29, the lowest since early 2021. ` +
      `The TGA rose to $1 trillion. Usage of the reverse repo facility fell to about $50 billion, down from more than $2 trillion in 2022.\n` +
      `TGA帳戶餘額飆升至9800億美元卻無法支出。財政部瘋狂增發的38萬億美元國債。`;
    const r = await gql<{ ingestDocument: { document: { id: string; claims: Claim[] } } }>(server, INGEST, { input: { text, title: tag, published: '2025-11-06' } }, h.token);
    expect(r.errors).toBeUndefined();
    const { claims } = r.data!.ingestDocument.document;
    const q = (surface: string) => claims.flatMap((c) => c.quantities).find((x) => x.surface === surface)!.frame!;
    expect(q('$2.85 trillion')).toEqual({
      factor: { id: 'f-bank-reserves' }, factorEvidence: 'Bank reserves', mode: 'REACHED', direction: 'DECREASE', period: null,
      window: { start: '2025-10-29', end: '2025-10-29' }, timeText: 'the week ending October 29', timeSource: 'TEXT', spanDays: null, base: null,
      extremum: { kind: 'LOWEST', since: { start: '2021-01-01', end: '2021-04-30' }, sinceText: 'early 2021' },
    });
    expect(q('$1 trillion')).toMatchObject({ factor: { id: 'f-tga-balance' }, mode: 'REACHED', window: { start: '2025-11-06', end: '2025-11-06' }, timeSource: 'DOCUMENT_DATE', timeText: null });
    expect(q('$50 billion').base).toEqual({ value: 2e12, unit: 'USD', window: { start: '2022-01-01', end: '2022-12-31' }, timeText: '2022' });
    const reserves = claims.find((c) => c.quantities.some((x) => x.surface === '$2.85 trillion'))!;
    expect(reserves.time).toBe('2025-10-29'); // the weekly figure dated by its week's end
    expect(reserves.assertions.map((a) => [a.kind, a.text, a.factor?.id])).toEqual([['EXTREMUM_SINCE', 'lowest since early 2021', 'f-bank-reserves']]);
    const all = claims.flatMap((c) => c.assertions);
    expect(all.map((a) => a.kind).sort()).toEqual(['EXTREMUM_SINCE', 'FLOW_STOPPED', 'STOCK_AS_FLOW']);
    for (const a of all) expect(text.slice(a.span.start, a.span.end)).toBe(a.text);

    // The MEASURES relationship duplicates frameFactorId, so checks can join without reading properties.
    const rows = await graph.rows<{ surface: string; factor: string; prop: string }>(
      'test.measures',
      `MATCH (c:Claim {documentId: $doc})-[:HAS_QUANTITY]->(q:Quantity)-[:MEASURES]->(f:Factor) RETURN q.surface AS surface, f.id AS factor, q.frameFactorId AS prop ORDER BY surface`,
      { doc: r.data!.ingestDocument.document.id },
    );
    expect(rows.every((x) => x.factor === x.prop)).toBe(true);
    expect(rows.map((x) => [x.surface, x.factor])).toEqual(expect.arrayContaining([['$2.85 trillion', 'f-bank-reserves'], ['9800億美元', 'f-tga-balance'], ['38萬億美元', 'f-us-federal-debt']]));
  });

  it('pronoun or definite description: a measure read from the sentence before is stored with the words that referred back (factorAnaphor)', async () => {
    const tag = uniquePrefix('anaphor');
    const text = `${tag}\nBack in December 2022, $2.6 trillion sat in the reverse repo facility. But on Thursday, the figure was $28.82 billion.`;
    const r = await gql<{ ingestDocument: { document: { claims: { quantities: { surface: string; frame: { factor: { id: string } | null; factorEvidence: string | null; factorAnaphor: string | null } }[] }[] } } }>(
      server,
      `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { claims { quantities { surface frame { factor { id } factorEvidence factorAnaphor } } } } } }`,
      { input: { text, title: tag, published: '2025-08-15' } },
      h.token,
    );
    expect(r.errors).toBeUndefined();
    const frames = Object.fromEntries(r.data!.ingestDocument.document.claims.flatMap((c) => c.quantities).map((q) => [q.surface, q.frame]));
    expect(frames['$28.82 billion']).toEqual({ factor: { id: 'f-on-rrp' }, factorEvidence: 'reverse repo facility', factorAnaphor: 'the figure' });
    expect(frames['$2.6 trillion']).toEqual({ factor: { id: 'f-on-rrp' }, factorEvidence: 'reverse repo facility', factorAnaphor: null });
  });

  it('curated quantities have no frame and curated claims no assertions', async () => {
    const r = await gql<{ claim: { assertions: unknown[]; quantities: { frame: unknown }[] } }>(server, '{ claim(id: "e9186e0b-c001") { assertions { id } quantities { frame { mode } } } }', {}, h.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.claim.assertions).toEqual([]);
    expect(r.data!.claim.quantities.every((x) => x.frame === null)).toBe(true);
  });
});
