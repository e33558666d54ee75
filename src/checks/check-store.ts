import { notFound } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { observationRanges } from '../series/series-store.ts';
import { evaluateCheck, planCheck, type Check, type CheckContext, type ClaimInput, type Measure, type Plan } from './check-claim.ts';

interface ClaimRecord {
  id: string;
  quote: string;
  kind: string;
  time: string | null;
  documentDate: string | null;
  quantities: ClaimInput['quantities'];
  factors: { id: string; name: string }[];
  measures: Measure[];
}

const SERIES_META = 's {.id, .title, .unit, .scale, .frequency, .observationKind, .publisher, .url, .firstDate, .lastDate, .sourceId}';

/**
 * Checks claims against the record, for a document (every claim, in text order) or a list of ids.
 * Three queries in one read transaction, whatever the number of claims: the document; the claims
 * with their quantities, factors and measuring series; then the record they need, one range per
 * series, in one UNWIND. The arithmetic in between is pure (`check-claim.ts`).
 */
export async function checkClaims(graph: Graph, target: { documentId: string } | { claimIds: readonly string[] }, ctx: CheckContext): Promise<{ claimId: string; checks: Check[] }[]> {
  const documentId = 'documentId' in target ? target.documentId : null;
  const claimIds = 'claimIds' in target ? [...target.claimIds] : [];
  const extraFactors = [...new Set([...ctx.readings.values()].map((r) => r.factor).filter((f): f is string => !!f))];
  return graph.read('check.claims', async (tx) => {
    if (documentId !== null) {
      const [doc] = await tx.rows('check.document', 'MATCH (d:Document {id: $id}) RETURN d.id AS id', { id: documentId });
      if (!doc) throw notFound(`No document has id ${documentId}`, { id: documentId });
    }
    const claims = await tx.rows<ClaimRecord>(
      'check.claimRecords',
      `MATCH (c:Claim) WHERE CASE WHEN $documentId IS NULL THEN c.id IN $claimIds ELSE c.documentId = $documentId END
  AND coalesce(c.candidate, '') <> 'DISCARDED'
OPTIONAL MATCH (d:Document {id: c.documentId})
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_QUANTITY]->(q:Quantity)
  WITH q ORDER BY q.position, q.id
  RETURN collect(q {.surface, .value, upper: q.upper, .unit, qualifier: q.qualifier}) AS quantities
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(f:Factor)
  RETURN collect(f {.id, .name}) AS factors
}
CALL (c) {
  OPTIONAL MATCH (f:Factor)-[m:MEASURED_BY]->(s:Series)
  WHERE (f.id IN $extraFactors OR (c)-[:ABOUT]->(f)) AND m.removed IS NULL AND s.sha256 IS NOT NULL
  RETURN collect({factorId: f.id, factorName: f.name, how: m.how, rank: m.rank, note: m.note, series: ${SERIES_META}}) AS measures
}
RETURN c.id AS id, c.quote AS quote, c.kind AS kind, c.time AS time, d.published AS documentDate, quantities, factors, measures
ORDER BY c.start, c.id`,
      { documentId, claimIds, extraFactors },
    );
    const plans: Plan[] = claims.map((c) =>
      planCheck(
        {
          id: c.id,
          quote: c.quote,
          kind: c.kind,
          time: c.time,
          documentDate: c.documentDate,
          factorIds: c.factors.map((f) => f.id),
          factorNames: Object.fromEntries(c.factors.map((f) => [f.id, f.name])),
          quantities: c.quantities,
        },
        c.measures,
        ctx,
      ),
    );
    // One range per series, covering every claim's window: the record is read once, however many claims share it.
    const spans = new Map<string, { seriesId: string; from: string; to: string }>();
    for (const p of plans) {
      if (!p.checkable) continue;
      const s = spans.get(p.fetch.seriesId);
      if (!s) spans.set(p.fetch.seriesId, { ...p.fetch });
      else {
        if (p.fetch.from < s.from) s.from = p.fetch.from;
        if (p.fetch.to > s.to) s.to = p.fetch.to;
      }
    }
    const ranges = [...spans.values()];
    const fetched = new Map((await observationRanges(tx, ranges)).map((obs, i) => [ranges[i]!.seriesId, obs]));
    const checks = plans.map((p) => {
      if (!p.checkable) return evaluateCheck(p, []);
      const obs = fetched.get(p.fetch.seriesId) ?? [];
      return evaluateCheck(p, obs.filter((o) => o.periodEnd >= p.fetch.from && o.periodEnd <= p.fetch.to));
    });
    const byClaim = new Map<string, Check[]>();
    for (const check of checks) byClaim.set(check.claimId, [...(byClaim.get(check.claimId) ?? []), check]);
    const order = documentId !== null ? claims.map((c) => c.id) : claimIds;
    return order.map((claimId) => ({ claimId, checks: byClaim.get(claimId) ?? [] }));
  });
}
