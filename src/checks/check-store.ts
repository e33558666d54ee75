import { notFound } from '../errors.ts';
import type { Graph, Tx } from '../graph/graph.ts';
import { FRAME_PROPERTIES, type ClaimAssertion } from '../quantities/frame.ts';
import { frameFromProperties } from '../quantities/frame-properties.ts';
import { observationRanges } from '../series/series-store.ts';
import type { Check, CheckContext, ClaimInput, ClaimQuantity, EditorReading, Measure, Observation, Plan } from './check-types.ts';
import { evaluateCheck } from './evaluate-check.ts';
import { planChecks } from './plan-check.ts';
import { currentReadings } from './reading-store.ts';

type FrameProps = Partial<Record<(typeof FRAME_PROPERTIES)[number], string | number | null>>;

interface ClaimRecord {
  id: string;
  quote: string;
  sentence: string | null;
  kind: string;
  time: string | null;
  documentDate: string | null;
  quantities: (Omit<ClaimQuantity, 'frame'> & { frame: FrameProps })[];
  factors: { id: string; name: string }[];
  measures: Measure[];
  assertions: ClaimAssertion[];
  readings: EditorReading[];
}

const SERIES_META = 's {.id, .title, .unit, .scale, .frequency, .observationKind, .publisher, .url, .firstDate, .lastDate, .sourceId}';
const FRAME_MAP = `{${FRAME_PROPERTIES.map((p) => `.${p}`).join(', ')}}`;

/**
 * Checks claims against the record, for a document (every claim, in text order) or a list of ids.
 * Two queries in one read transaction, whatever the number of claims: the claims with their quantities (and
 * frames), assertions, editor readings, factors and measuring series; then the record they need, one range per
 * series, in one UNWIND. Planning and arithmetic in between are pure (`plan-check.ts`, `evaluate-check.ts`).
 */
export async function checkClaims(graph: Graph, target: { documentId: string } | { claimIds: readonly string[] }, ctx: CheckContext): Promise<{ claimId: string; checks: Check[] }[]> {
  const documentId = 'documentId' in target ? target.documentId : null;
  const claimIds = 'claimIds' in target ? [...target.claimIds] : [];
  return graph.read('check.claims', async (tx) => {
    const claims = await readClaimsToCheck(tx, documentId, claimIds);
    const planned = planClaims(claims, ctx);
    const ranges = fetchRanges(planned);
    const fetched = new Map<string, Observation[]>((await observationRanges(tx, ranges)).map((obs, i) => [ranges[i]!.seriesId, obs]));
    const byClaim = new Map(claims.map((c, i) => [c.input.id, evaluatePlans(planned[i]!, fetched)]));
    const order = documentId !== null ? claims.map((c) => c.input.id) : claimIds;
    return order.map((claimId) => ({ claimId, checks: byClaim.get(claimId) ?? [] }));
  });
}

/** A claim as the checks read it, with the series that measure the factors it may be read as. */
export interface ClaimToCheck {
  input: ClaimInput;
  measures: Measure[];
}

/** The claims of a document (in text order) or of a list of ids, as the checks read them: one query. */
export async function readClaimsToCheck(tx: Tx, documentId: string | null, claimIds: readonly string[]): Promise<ClaimToCheck[]> {
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
  RETURN collect(q {.surface, .value, upper: q.upper, .unit, qualifier: q.qualifier, frame: q ${FRAME_MAP}}) AS quantities
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(f:Factor)
  RETURN collect(f {.id, .name}) AS factors
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ASSERTS]->(a:Assertion)
  WITH a ORDER BY a.start
  RETURN collect(a {.kind, .text, .start, .end, .factorId}) AS assertions
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_READING]->(r:Reading)
  WITH r ORDER BY r.version
  RETURN collect(r {position: CASE WHEN r.position < 0 THEN null ELSE r.position END, .factorId, .mode, .direction, .period,
    window: CASE WHEN r.windowStart IS NULL THEN null ELSE {start: r.windowStart, end: r.windowEnd} END,
    assertions: coalesce(r.assertions, []), .notCheckable, .note, .editor, .reason, .at, .version}) AS readings
}
CALL (c) {
  // The factors the claim is about, those its quantities measure (frames) and those editors read it as.
  WITH c, [(c)-[:HAS_QUANTITY]->(q:Quantity) WHERE q.frameFactorId IS NOT NULL | q.frameFactorId]
        + [(c)-[:HAS_QUANTITY]->(:Quantity)-[:MEASURES]->(qf:Factor) | qf.id]
        + [(c)-[:HAS_READING]->(r:Reading) WHERE r.factorId IS NOT NULL | r.factorId] AS extra
  OPTIONAL MATCH (f:Factor)-[m:MEASURED_BY]->(s:Series)
  WHERE (f.id IN extra OR (c)-[:ABOUT]->(f)) AND m.removed IS NULL AND s.sha256 IS NOT NULL
  RETURN collect(DISTINCT {factorId: f.id, factorName: f.name, how: m.how, rank: m.rank, note: m.note, series: ${SERIES_META}}) AS measures
}
RETURN c.id AS id, c.quote AS quote, c.sentence AS sentence, c.kind AS kind, c.time AS time, d.published AS documentDate, quantities, factors, assertions, readings, measures
ORDER BY c.start, c.id`,
    { documentId, claimIds: [...claimIds] },
  );
  return claims.map((c) => ({
    input: {
      id: c.id,
      quote: c.quote,
      sentence: c.sentence,
      kind: c.kind,
      time: c.time,
      documentDate: c.documentDate,
      factorIds: c.factors.map((f) => f.id),
      factorNames: Object.fromEntries(c.factors.map((f) => [f.id, f.name])),
      quantities: c.quantities.map((q, i) => ({ surface: q.surface, value: q.value, upper: q.upper, unit: q.unit, qualifier: q.qualifier, position: i, frame: frameFromProperties(q.frame ?? {}) })),
      assertions: c.assertions,
      readings: currentReadings(c.readings),
    },
    measures: c.measures,
  }));
}

/** Every claim's plans (pure; a claim whose reading cannot be planned is NOT_CHECKABLE with the reason). */
export function planClaims(claims: readonly ClaimToCheck[], ctx: CheckContext): Plan[][] {
  return claims.map((c) => guarded(c.input.id, () => planChecks(c.input, c.measures, ctx)));
}

/** One range per series, covering every plan's needs: the record is read once, however many claims share it. */
export function fetchRanges(planned: readonly Plan[][]): { seriesId: string; from: string; to: string }[] {
  const spans = new Map<string, { seriesId: string; from: string; to: string }>();
  for (const f of planned.flat().flatMap((p) => p.fetch)) {
    const s = spans.get(f.seriesId);
    if (!s) spans.set(f.seriesId, { ...f });
    else {
      if (f.from < s.from) s.from = f.from;
      if (f.to > s.to) s.to = f.to;
    }
  }
  return [...spans.values()];
}

/** The checks of one claim's plans on the fetched record (pure). */
export function evaluatePlans(plans: readonly Plan[], fetched: ReadonlyMap<string, readonly Observation[]>): Check[] {
  return plans.map((p) => guardedCheck(p, () => evaluateCheck(p, fetched)));
}

/**
 * One claim whose reading cannot be planned or evaluated (a malformed frame or date written by an older or hostile
 * ingest) must not fail the checks of every other claim in the batch — a document's checks, the desk's scorecards.
 * It is reported as NOT_CHECKABLE with the reason, and the error goes to the log for the engineers.
 */
const FAILED = 'this claim could not be checked: its reading is malformed (the error is logged)';

function guarded(claimId: string, plan: () => Plan[]): Plan[] {
  try {
    return plan();
  } catch (error) {
    console.error(`check.plan failed for claim ${claimId}:`, error);
    return [{ claimId, checkable: false, quantity: null, reason: FAILED, assertions: [], fetch: [], note: null }];
  }
}

function guardedCheck(plan: Plan, evaluate: () => Check): Check {
  try {
    return evaluate();
  } catch (error) {
    console.error(`check.evaluate failed for claim ${plan.claimId}:`, error);
    return evaluateCheck({ claimId: plan.claimId, checkable: false, quantity: plan.quantity, reason: FAILED, assertions: [], fetch: [], note: null }, new Map());
  }
}
