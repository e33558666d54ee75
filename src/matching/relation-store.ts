import { createHash, randomUUID } from 'node:crypto';
import type { Graph } from '../graph/graph.ts';
import type { QuantityRow } from '../claims/claim-store.ts';
import { grouped } from '../graph/grouped.ts';
import type { FrameDirection, FrameMode, FrameMood, FramePeriod } from '../quantities/frame.ts';
import { REVIEW_FIELDS, writeDecision, type ReviewRow } from '../reviews/review-store.ts';
import { RELATION_STATUS_CANDIDATE, type RelationKind, type RelationStatus } from '../vocabulary.ts';
import { firmnessOf, NO_WINDOW, shiftDays, stanceOf, statedWeek, type Figure } from './figure.ts';
import type { MeasureObservation } from './measure-record.ts';
import { MATCHER_VERSION, UPDATE_GAP_DAYS, type FigureRelation } from './relate-figures.ts';

/** A stored relation between two claims of different documents, as the API and exports read it. */
export interface RelationRow {
  id: string;
  kind: RelationKind;
  status: RelationStatus;
  version: number;
  why: string;
  factorId: string;
  earlierClaimId: string;
  laterClaimId: string;
  earlierQuantityId: string;
  laterQuantityId: string;
  matcherVersion: string;
  createdAt: string;
}

const RELATION_FIELDS =
  'id: x.id, kind: x.kind, status: CASE x.candidate WHEN \'DISCARDED\' THEN \'REJECTED\' ELSE x.candidate END, version: x.version, why: x.why, factorId: x.factorId, earlierClaimId: x.earlierClaimId, ' +
  'laterClaimId: x.laterClaimId, earlierQuantityId: x.earlierQuantityId, laterQuantityId: x.laterQuantityId, matcherVersion: x.matcherVersion, createdAt: x.createdAt';

/**
 * A quantity's effective reading, as the checks take it (src/checks/plan-check.ts): an editor's reading of that
 * quantity, else of its whole claim (the latest of each), field by field over the frame ingest read. An editor's
 * window is a stated one. Without a window, a window read without a year (a text that states none: year 1000,
 * src/ingest/yearless-windows.ts) stands in, flagged `yearless`, for matching only. Then what makes it a figure the
 * matcher can weigh: a factor, a mode and a window, on a published claim no editor discarded, in a document no later
 * version superseded (two versions are one source).
 */
const FIGURE_FIELDS = `CALL (c, q) {
  OPTIONAL MATCH (c)-[:HAS_READING]->(r:Reading) WHERE r.position = q.position OR r.position < 0
  WITH r ORDER BY CASE WHEN r.position < 0 THEN 1 ELSE 0 END, r.version DESC LIMIT 1
  RETURN r
}
WITH c, q, r, coalesce(r.factorId, q.frameFactorId) AS factorId, coalesce(r.mode, q.frameMode) AS mode,
  CASE WHEN r.windowStart IS NULL THEN coalesce(q.frameWindowStart, q.yearlessWindowStart) ELSE r.windowStart END AS start,
  CASE WHEN r.windowStart IS NULL THEN coalesce(q.frameWindowEnd, q.yearlessWindowEnd) ELSE r.windowEnd END AS end,
  CASE WHEN r.windowStart IS NULL THEN coalesce(q.frameTimeSource, CASE WHEN q.yearlessWindowStart IS NULL THEN null ELSE coalesce(q.yearlessTimeSource, 'TEXT') END) ELSE 'TEXT' END AS timeSource,
  r.windowStart IS NULL AND q.frameWindowStart IS NULL AND q.yearlessWindowStart IS NOT NULL AS yearless
WHERE factorId IS NOT NULL AND mode IS NOT NULL AND NOT c:Staged AND coalesce(c.candidate, '') <> 'DISCARDED'
  AND NOT EXISTS { (:Document)-[:PREVIOUS_VERSION]->(:Document {id: c.documentId}) }`;
const DATED = 'start IS NOT NULL AND end IS NOT NULL';
/**
 * A figure with no time at all (`Figure.timeless`): no window of any kind, in a page given no date whose figures took
 * none either (no figure of it dated by the document's date, none by a year-less month and day).
 */
const TIMELESS = `start IS NULL AND end IS NULL AND EXISTS { MATCH (d:Document {id: c.documentId}) WHERE d.published IS NULL }
  AND NOT EXISTS { MATCH (:Claim {documentId: c.documentId})-[:HAS_QUANTITY]->(o:Quantity) WHERE o.frameTimeSource = 'DOCUMENT_DATE' OR o.yearlessWindowStart IS NOT NULL }`;
/** Figures with a window (checks, joint findings, and every search by window). */
const FIGURE_READ = `${FIGURE_FIELDS} AND ${DATED}`;
/** Figures with a window, and those with no time at all. */
const FIGURE_READ_ANY = `${FIGURE_FIELDS} AND (${DATED} OR (${TIMELESS}))`;
const FIGURE_RETURN = `RETURN q.id AS quantityId, c.id AS claimId, c.documentId AS documentId, factorId, mode,
  coalesce(r.direction, q.frameDirection) AS direction, coalesce(r.period, q.framePeriod) AS period, start, end, timeSource,
  q.value AS value, q.upper AS upper, q.unit AS unit, q.qualifier AS qualifier, q.surface AS surface, c.quote AS quote, yearless,
  start IS NULL AS timeless, q.frameTimeText AS timeText, q.frameMood AS mood, q.frameFactorAnaphor AS anaphor,
  CASE WHEN r.factorId IS NULL THEN q.frameFactorSource END AS factorSource,
  r.windowStart IS NOT NULL AS editorWindow, r.factorId IS NOT NULL AS editorFactor, r.mode IS NOT NULL AS editorMode,
  head(COLLECT { MATCH (d:Document {id: c.documentId}) RETURN d {.published, .inferredDate} }) AS document,
  COLLECT { MATCH (c)-[:HAS_QUANTITY]->(o:Quantity) RETURN o {.surface, .value, .upper, .unit, .qualifier} ORDER BY o.position } AS amounts`;
/** The quantities whose effective factor may be one of `$factorIds`: by the frame's index, or by an editor's reading. */
const BY_FACTORS = `CALL () {
  UNWIND $factorIds AS factorId
  MATCH (q:Quantity) WHERE q.frameFactorId = factorId
  MATCH (c:Claim)-[:HAS_QUANTITY]->(q)
  RETURN c, q
  UNION
  MATCH (r:Reading) WHERE r.factorId IN $factorIds
  MATCH (c:Claim)-[:HAS_READING]->(r)
  MATCH (c)-[:HAS_QUANTITY]->(q:Quantity)
  RETURN c, q
}`;

interface FigureRow {
  quantityId: string;
  claimId: string;
  documentId: string;
  factorId: string;
  mode: string;
  direction: string | null;
  period: string | null;
  start: string | null;
  end: string | null;
  timeSource: string | null;
  value: number;
  upper: number | null;
  unit: string;
  qualifier: string | null;
  surface: string;
  quote: string | null;
  yearless: boolean | null;
  timeless: boolean | null;
  timeText: string | null;
  mood: string | null;
  anaphor: string | null;
  factorSource: string | null;
  editorWindow: boolean;
  editorFactor: boolean;
  editorMode: boolean;
  document: { published: string | null; inferredDate: string | null } | null;
  amounts: { surface: string; value: number; upper: number | null; unit: string; qualifier: string | null }[];
}

/**
 * A date written in the figure's sentence that is its document's own date ("截至7月29日" in a page of 29 July) is read
 * as the document's date (`DOCUMENT_DATE`, as "now" is), and is still a date the sentence states: the figure is of that
 * day, not of the week before the page (an undated "now" figure's slack), and may be weighed as any dated figure
 * (the checks' firm-reading test already counts it as written: `firmnessOf`).
 */
const writtenDocumentDate = (r: Pick<FigureRow, 'timeSource' | 'timeText' | 'quote'>): boolean =>
  r.timeSource === 'DOCUMENT_DATE' && !!r.timeText && /\d/.test(r.timeText) && !!r.quote?.includes(r.timeText);

const toFigure = (r: FigureRow): Figure => {
  const timeSource = r.timeSource === 'TEXT' || r.timeSource === 'DOCUMENT_DATE' ? (writtenDocumentDate(r) ? 'TEXT' : r.timeSource) : null;
  // Why its reading is not firm, by the checks' own tests (figure.ts, firmnessOf).
  const unfirm = firmnessOf({
    quote: r.quote ?? '',
    surface: r.surface,
    value: r.value,
    upper: r.upper ?? null,
    unit: r.unit,
    qualifier: r.qualifier ?? null,
    mode: r.mode as FrameMode,
    window: r.start && r.end ? { start: r.start, end: r.end } : null,
    timeSource,
    timeText: r.timeText ?? null,
    published: typeof r.document?.published === 'string' ? r.document.published : null,
    inferred: typeof r.document?.inferredDate === 'string' ? r.document.inferredDate : null,
    amounts: (r.amounts ?? []).map((a) => ({ ...a, upper: a.upper ?? null, qualifier: a.qualifier ?? null })),
    anaphor: r.anaphor ?? null,
    factorSource: r.factorSource ?? null,
    timeFromContext: r.timeSource === 'SENTENCE_BEFORE',
    mood: (r.mood as FrameMood | null) ?? null,
    yearless: !!r.yearless,
    editor: { window: !!r.editorWindow, factor: !!r.editorFactor, mode: !!r.editorMode },
  });
  return {
    quantityId: r.quantityId,
    claimId: r.claimId,
    documentId: r.documentId,
    factorId: r.factorId,
    mode: r.mode as FrameMode,
    direction: r.direction as FrameDirection | null,
    period: r.period as FramePeriod | null,
    // An editor's window is taken as set; a reading of "the week ending X" as the week it names.
    window: r.start && r.end ? (r.editorWindow ? { start: r.start, end: r.end } : statedWeek({ start: r.start, end: r.end }, r.timeText ?? null, r.mode as FrameMode)) : { ...NO_WINDOW },
    timeSource,
    value: r.value,
    upper: r.upper ?? null,
    unit: r.unit,
    qualifier: r.qualifier ?? null,
    surface: r.surface,
    ...(r.yearless ? { yearless: true } : {}),
    ...(r.timeless ? { timeless: true } : {}),
    // A figure with no time at all is, for its stance, dated only by its (unknown) document: "from X" is a base level.
    stance: stanceOf(r.quote ?? '', r.surface, r.timeless ? 'DOCUMENT_DATE' : timeSource),
    ...(unfirm.length ? { unfirm } : {}),
    ...(typeof r.document?.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.document.published) ? { published: r.document.published } : {}),
  };
};

/** Every figure of one document. */
export async function documentFigures(graph: Graph, documentId: string): Promise<Figure[]> {
  const rows = await graph.rows<FigureRow>(
    'matching.documentFigures',
    `MATCH (c:Claim {documentId: $documentId})-[:HAS_QUANTITY]->(q:Quantity)
${FIGURE_READ_ANY}
${FIGURE_RETURN}`,
    { documentId },
  );
  return rows.map(toFigure);
}

/** Every figure of these documents, those with no time at all among them (the pages a figure with none is placed by). */
export async function figuresOfDocuments(graph: Graph, documentIds: readonly string[]): Promise<Figure[]> {
  const rows = await graph.rows<FigureRow>(
    'matching.figuresOfDocuments',
    `UNWIND $documentIds AS documentId
MATCH (c:Claim {documentId: documentId})-[:HAS_QUANTITY]->(q:Quantity)
${FIGURE_READ_ANY}
${FIGURE_RETURN}`,
    { documentIds },
  );
  return rows.map(toFigure);
}

/**
 * Dated figures (year-less ones too) of each wanted factor and unit whose value lies in [low, high]: the twins a
 * figure with no time at all may have (src/matching/relate-figures.ts, `relateTimeless`), found by value since there is
 * no window to search by. `crossings`: the lines crossed, and the levels reached, at those values instead, with or
 * without any time (every report of a crossing the record places: `relateRecordCrossings`; the caller keeps those
 * that report a line, `reportsLine` in figure.ts).
 */
export async function figuresByValue(graph: Graph, wanted: readonly { factorId: string; unit: string; low: number; high: number }[], crossings = false): Promise<Figure[]> {
  if (!wanted.length) return [];
  const rows = await graph.rows<FigureRow>(
    crossings ? 'matching.crossingsByValue' : 'matching.figuresByValue',
    `CALL () {
  UNWIND $wanted AS w
  MATCH (q:Quantity) WHERE q.frameFactorId = w.factorId AND q.unit = w.unit AND q.value >= w.low AND q.value <= w.high
  MATCH (c:Claim)-[:HAS_QUANTITY]->(q)
  RETURN DISTINCT c, q
}
${crossings ? `${FIGURE_READ_ANY} AND mode IN ['CROSSED', 'REACHED']` : FIGURE_READ}
${FIGURE_RETURN}`,
    { wanted },
  );
  return rows.map(toFigure);
}

/**
 * Figures of these factors whose windows come within the update gap of [from, to]: everything a document's
 * figures can relate to, found through the (factor, window start) index. `withYearless`: the figures of pages that
 * state no year too (in the year 1000), which a dated figure meets by month and day.
 */
export async function figuresNear(graph: Graph, factorIds: readonly string[], from: string, to: string, withYearless = false): Promise<Figure[]> {
  const rows = await graph.rows<FigureRow>(
    'matching.figuresNear',
    `${BY_FACTORS}
${FIGURE_READ_ANY} AND factorId IN $factorIds AND ((start <= $to AND end >= $from) OR ($withYearless AND yearless) OR start IS NULL)
${FIGURE_RETURN}`,
    // A window may start long before `from` and still overlap; the end test catches it.
    { factorIds, from: shiftDays(from, -(UPDATE_GAP_DAYS + 1)), to: shiftDays(to, UPDATE_GAP_DAYS + 1), withYearless },
  );
  return rows.map(toFigure);
}

/**
 * Figures of these factors whose windows start or end in one of `months` (`10`, `11`), in any year — the year-less
 * ones (year 1000) and the dated ones alike: a figure of a page that states no year meets a dated one by its month
 * and day (src/matching/relate-figures.ts), so each side is found from the other without a year to search by. The
 * end counts too: a crossing over the three months to 5 November starts in August and still meets 11月5日.
 */
export async function figuresInMonths(graph: Graph, factorIds: readonly string[], months: readonly string[]): Promise<Figure[]> {
  const rows = await graph.rows<FigureRow>(
    'matching.figuresInMonths',
    `${BY_FACTORS}
${FIGURE_READ} AND factorId IN $factorIds AND (substring(start, 5, 2) IN $months OR substring(end, 5, 2) IN $months)
${FIGURE_RETURN}`,
    { factorIds, months },
  );
  return rows.map(toFigure);
}

/** Every figure in the graph, streamed (for `claimgraph match --all`). */
export async function allFigures(graph: Graph): Promise<Figure[]> {
  const out: Figure[] = [];
  await graph.stream<FigureRow>(
    'matching.allFigures',
    `MATCH (c:Claim)-[:HAS_QUANTITY]->(q:Quantity)
${FIGURE_READ_ANY}
${FIGURE_RETURN}`,
    {},
    (r) => out.push(toFigure(r)),
  );
  return out;
}

/** A relation's id: the same two quantities always give the same id, so recomputing is idempotent. */
export const relationId = (a: string, b: string) => `rel-${createHash('sha256').update([a, b].sort().join('\u0000')).digest('hex').slice(0, 16)}`;

export interface SaveOutcome {
  /** Relations written or refreshed (pending ones; decided ones are left as the editor left them). */
  saved: number;
  /** Pending relations of the documents that the matcher no longer finds, removed. */
  removed: number;
  /**
   * Other documents that had pending relations resting on these documents' figures which this run did not find again
   * (removed, counted in `removed`): they are weighed again by the caller (match-claims.ts).
   */
  dependents: string[];
}

/** Relations written per transaction (and stale ones removed per transaction). */
export const SAVE_BATCH = 500;
/** Documents marked per transaction when a run covers the whole graph. */
const MARK_BATCH = 5_000;

export interface SaveOptions {
  /** Relations per transaction (`SAVE_BATCH`). */
  batchSize?: number;
  /** Called after each committed transaction of the run (what was written so far is in the graph then). */
  onProgress?: (p: { phase: 'removed' | 'saved'; done: number; total: number | null }) => unknown;
}

/**
 * Runs one bounded statement in its own transaction until it reports nothing left (`n` = 0): each pass holds at most
 * its LIMIT of nodes, so no transaction grows with the run.
 */
async function untilDone(graph: Graph, name: string, cypher: string, params: Record<string, unknown>, onPass?: (n: number) => unknown, onRow?: (row: Record<string, unknown>) => unknown): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.write(name, (tx) => tx.rows<{ n: number } & Record<string, unknown>>(name, cypher, params));
    if (row) onRow?.(row);
    const n = row?.n ?? 0;
    if (n === 0) return total;
    total += n;
    await onPass?.(total);
  }
}

/**
 * Saves the relations computed for `documentIds` (null: the whole graph): new ones PENDING at version 1, pending ones
 * refreshed (kind, arithmetic), decided ones untouched; pending relations of those documents that are no longer found
 * are removed. A relation is a `:ClaimRelation` node (status, version, history) with `EARLIER`/`LATER` edges to its
 * claims and a `RELATED` projection between the claims (carrying `linkId`, as CAUSES does for causal links), so graph
 * exports show it as an edge.
 *
 * In transactions of a bounded size (`SAVE_BATCH` relations each), whatever the run's size: a document whose figures
 * have many copies elsewhere relates to each of them, and one transaction for all of it outgrew the query timeout.
 * What a reader can see at any moment:
 * - every relation whole: its node, both edges and its projection are written in one transaction;
 * - a run in progress as in progress, never as finished: the run first takes its documents' finished mark away
 *   (`Document.matchedAt`, `matchedWith`) and sets `matchingRun`; it removes its stale relations and writes its
 *   relations batch by batch; only its last step, once everything is committed, marks the documents matched again
 *   (the API's `Document.matching`). A run that fails half-way leaves its documents marked in progress, with a mix of
 *   the old relations and the new ones — each a whole relation — until the next run (a retried ingest, `claimgraph
 *   match`) finishes them: every batch is idempotent (ids derived from the two quantities, MERGE, stale ones chosen
 *   against the whole run's list), so running again is only a later run's start.
 * A newer run of the same document takes the mark over: an older run finishing after it does not mark it finished.
 */
export async function saveRelations(graph: Graph, relations: readonly FigureRelation[], documentIds: readonly string[] | null, options: SaveOptions = {}): Promise<SaveOutcome> {
  const size = Math.max(1, options.batchSize ?? SAVE_BATCH);
  const rows = relations.map((r) => ({
    id: relationId(r.earlier.quantityId, r.later.quantityId),
    kind: r.kind,
    why: r.why,
    factorId: r.earlier.factorId,
    earlierClaimId: r.earlier.claimId,
    laterClaimId: r.later.claimId,
    earlierQuantityId: r.earlier.quantityId,
    laterQuantityId: r.later.quantityId,
    // null removes what an earlier run stored (`SET x += r`): the relation no longer rests on a third document.
    restsOn: r.restsOn?.length ? [...r.restsOn] : null,
  }));
  const now = new Date().toISOString();
  const run = `match-${randomUUID()}`;
  const documents = documentIds === null ? null : [...new Set(documentIds)];
  const scope = documents === null ? 'MATCH (d:Document)' : 'MATCH (d:Document) WHERE d.id IN $documents';

  // 1. The run begins: its documents lose their finished mark until its last step.
  await untilDone(
    graph,
    'matching.begin',
    `${scope}
WITH d WHERE coalesce(d.matchingRun, '') <> $run
WITH d LIMIT ${MARK_BATCH}
SET d.matchingRun = $run REMOVE d.matchedAt, d.matchedWith
RETURN count(d) AS n`,
    { run, documents },
  );

  // 2. Pending relations of those documents that the matcher no longer finds (found from their claims, indexed by
  // document, not by reading every pending relation of the graph; the whole graph's when no documents are named).
  const keep = rows.map((r) => r.id);
  let removed = await untilDone(
    graph,
    'matching.removeStale',
    `${documents === null ? "MATCH (x:ClaimRelation {candidate: 'PENDING'})" : "MATCH (c:Claim) WHERE c.documentId IN $documents\nMATCH (c)<-[:EARLIER|LATER]-(x:ClaimRelation {candidate: 'PENDING'})"}
WITH DISTINCT x WHERE NOT x.id IN $keep
WITH x LIMIT toInteger($size)
OPTIONAL MATCH (:Claim)-[p:RELATED {linkId: x.id}]->(:Claim)
DELETE p
WITH DISTINCT x
DETACH DELETE x
RETURN count(*) AS n`,
    { keep, documents, size },
    (done) => options.onProgress?.({ phase: 'removed', done, total: null }),
  );

  // 2b. Pending relations of other documents that rest on these documents' figures (`restsOn`: a page with no date
  // placed by their twins, an update through one of their figures, a year they confirmed) and that this run did not
  // find again: what they rest on has changed (a new version, an editor's reading), so they go too. Their documents
  // are returned (`dependents`) to be weighed again, so a relation that still holds through other figures comes back.
  const dependents = new Set<string>();
  if (documents !== null && documents.length) {
    const restsQuery = documents.map((d) => `"${d.replace(/["\\]/g, '\\$&')}"`).join(' OR ');
    const resting = await untilDone(
      graph,
      'matching.removeResting',
      `CALL db.index.fulltext.queryNodes('claimrelation_rests_on_v1', $restsQuery) YIELD node AS x
WITH x WHERE x:ClaimRelation AND x.candidate = 'PENDING' AND any(d IN x.restsOn WHERE d IN $documents) AND NOT x.id IN $keep
WITH x LIMIT toInteger($size)
OPTIONAL MATCH (x)-[:EARLIER|LATER]->(c:Claim)
WITH x, collect(DISTINCT c.documentId) AS sides
OPTIONAL MATCH (:Claim)-[p:RELATED {linkId: x.id}]->(:Claim)
DELETE p
WITH DISTINCT x, sides
DETACH DELETE x
RETURN count(*) AS n, reduce(all = [], s IN collect(sides) | all + s) AS documents`,
      { restsQuery, keep, documents, size },
      undefined,
      (row) => (row['documents'] as string[] | undefined)?.forEach((d) => dependents.add(d)),
    );
    removed += resting;
  }

  // 3. The relations, a batch per transaction.
  let saved = 0;
  for (let i = 0; i < rows.length; i += size) {
    const [row] = await graph.write('matching.merge', (tx) =>
      tx.rows<{ saved: number }>(
        'matching.merge',
        `UNWIND $rows AS r
MATCH (a:Claim {id: r.earlierClaimId}), (b:Claim {id: r.laterClaimId})
MERGE (x:ClaimRelation {id: r.id})
ON CREATE SET x.candidate = 'PENDING', x.status = 'UNREVIEWED', x.version = 1, x.createdAt = $now
WITH x, r, a, b WHERE x.candidate = 'PENDING'
SET x += r, x.matcherVersion = $matcherVersion, x.computedAt = $now
WITH x, a, b
OPTIONAL MATCH (x)-[e:EARLIER|LATER]->(:Claim)
DELETE e
WITH DISTINCT x, a, b
OPTIONAL MATCH (:Claim)-[p:RELATED {linkId: x.id}]->(:Claim)
DELETE p
WITH DISTINCT x, a, b
CREATE (x)-[:EARLIER]->(a), (x)-[:LATER]->(b), (a)-[:RELATED {linkId: x.id, kind: x.kind, candidate: x.candidate}]->(b)
RETURN count(*) AS saved`,
        { rows: rows.slice(i, i + size), now, matcherVersion: MATCHER_VERSION },
      ),
    );
    saved += row?.saved ?? 0;
    await options.onProgress?.({ phase: 'saved', done: Math.min(i + size, rows.length), total: rows.length });
  }

  // 4. Everything is committed: the run's documents are matched (unless a newer run of one has begun since).
  await untilDone(
    graph,
    'matching.finish',
    `${scope}
WITH d WHERE d.matchingRun = $run
WITH d LIMIT ${MARK_BATCH}
SET d.matchedAt = $at, d.matchedWith = $matcherVersion REMOVE d.matchingRun
RETURN count(d) AS n`,
    { run, documents, at: new Date().toISOString(), matcherVersion: MATCHER_VERSION },
  );
  return { saved, removed, dependents: [...dependents].filter((d) => !documents?.includes(d)).sort() };
}

/** Relations of each claim (DataLoader batch), oldest first. */
export const relationsByClaims = (graph: Graph, claimIds: readonly string[]) =>
  grouped<RelationRow>(
    graph,
    'matching.byClaims',
    `MATCH (c:Claim) WHERE c.id IN $keys
MATCH (c)<-[:EARLIER|LATER]-(x:ClaimRelation)
RETURN c.id AS key, x {${RELATION_FIELDS}} AS item ORDER BY x.createdAt, x.id`,
    claimIds,
  );

export async function relationsByIds(graph: Graph, ids: readonly string[]): Promise<(RelationRow | null)[]> {
  const rows = await graph.rows<{ r: RelationRow }>('matching.byIds', `MATCH (x:ClaimRelation) WHERE x.id IN $ids RETURN x {${RELATION_FIELDS}} AS r`, { ids });
  const byId = new Map(rows.map(({ r }) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface RelationQuery {
  kind?: readonly RelationKind[] | undefined;
  status?: readonly RelationStatus[] | undefined;
  document?: string | undefined;
  factorId?: string | undefined;
}

/** Relations, filtered, in id order after `after`; `first` at most. */
export async function listRelations(graph: Graph, q: RelationQuery, first: number, after?: string): Promise<{ rows: RelationRow[]; totalCount: number }> {
  const params = { kind: q.kind ?? null, status: q.status?.map((st) => RELATION_STATUS_CANDIDATE[st]) ?? null, document: q.document ?? null, factorId: q.factorId ?? null, after: after ?? null, first };
  const where = `($kind IS NULL OR x.kind IN $kind) AND ($status IS NULL OR x.candidate IN $status) AND ($factorId IS NULL OR x.factorId = $factorId)
  AND ($document IS NULL OR EXISTS { MATCH (x)-[:EARLIER|LATER]->(c:Claim) WHERE c.documentId = $document })`;
  const [count] = await graph.rows<{ n: number }>('matching.count', `MATCH (x:ClaimRelation) WHERE ${where} RETURN count(x) AS n`, params);
  const rows = await graph.rows<{ r: RelationRow }>(
    'matching.list',
    `MATCH (x:ClaimRelation) WHERE ${where} AND ($after IS NULL OR x.id > $after)
RETURN x {${RELATION_FIELDS}} AS r ORDER BY x.id LIMIT toInteger($first)`,
    params,
  );
  return { rows: rows.map((r) => r.r), totalCount: count?.n ?? 0 };
}

/** Every decision on these relations (DataLoader batch), oldest first: `Review` history entries, as for claims. */
export const decisionsByRelations = (graph: Graph, ids: readonly string[]) =>
  grouped<ReviewRow>(
    graph,
    'matching.decisions',
    `MATCH (x:ClaimRelation) WHERE x.id IN $keys
MATCH (r:Review)-[:REVIEWS]->(x)
RETURN x.id AS key, r {${REVIEW_FIELDS}} AS item ORDER BY r.at, r.version`,
    ids,
  );

/**
 * An editor's decision on a relation, in one transaction, by the one review writer (src/reviews/review-store.ts:
 * lock, version check, CONFLICT, history): CONFIRM or DISCARD (a rejection) of a pending candidate; the `RELATED`
 * projection follows in the same transaction. A decided relation is never recomputed away.
 */
export async function decideRelation(
  graph: Graph,
  d: { id: string; status: 'CONFIRMED' | 'REJECTED'; expectedVersion: number; rationale: string | null; editor: string },
): Promise<ReviewRow> {
  return graph.write('matching.decide', async (tx) => {
    const row = await writeDecision(tx, {
      label: 'ClaimRelation',
      itemId: d.id,
      action: d.status === 'CONFIRMED' ? 'CONFIRM' : 'DISCARD',
      status: null,
      rationale: d.rationale,
      evidence: [],
      expectedVersion: d.expectedVersion,
      editor: d.editor,
    });
    await tx.rows('matching.decide.projection', 'MATCH (:Claim)-[p:RELATED {linkId: $id}]->(:Claim) SET p.candidate = $candidate', { id: d.id, candidate: RELATION_STATUS_CANDIDATE[d.status] });
    return row;
  });
}

/** Every figure of these factors (the identity check's four measures). */
export async function figuresOf(graph: Graph, factorIds: readonly string[]): Promise<Figure[]> {
  const rows = await graph.rows<FigureRow>(
    'matching.figuresOf',
    `${BY_FACTORS}
${FIGURE_READ} AND factorId IN $factorIds
${FIGURE_RETURN}`,
    { factorIds },
  );
  return rows.map(toFigure);
}

/** Quantities by id (DataLoader batch), in the order asked. */
export async function quantitiesByIds(graph: Graph, ids: readonly string[]): Promise<(QuantityRow | null)[]> {
  const rows = await graph.rows<{ q: QuantityRow }>(
    'matching.quantities',
    'MATCH (q:Quantity) WHERE q.id IN $ids RETURN q {.id, .surface, .value, .upper, .unit, .qualifier, .date, .kind, .direction, .calendar} AS q',
    { ids },
  );
  const byId = new Map(rows.map(({ q }) => [q.id, q]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The document a claim is stated in, or null. */
export async function documentOfClaim(graph: Graph, claimId: string): Promise<string | null> {
  const [row] = await graph.rows<{ id: string | null }>('matching.documentOfClaim', 'MATCH (c:Claim {id: $id}) RETURN c.documentId AS id', { id: claimId });
  return row?.id ?? null;
}

/**
 * The observations of every series measuring these factors (curated or linked by an editor, not unlinked) over
 * [from, to] — the record a contradiction is weighed against (src/matching/measure-record.ts).
 */
export async function measureObservations(graph: Graph, factorIds: readonly string[], from: string, to: string): Promise<MeasureObservation[]> {
  if (!factorIds.length) return [];
  return graph.rows<MeasureObservation>(
    'matching.measureObservations',
    `MATCH (f:Factor)-[m:MEASURED_BY]->(s:Series) WHERE f.id IN $factorIds AND m.removed IS NULL
MATCH (o:Observation {seriesId: s.id}) WHERE o.periodEnd >= $from AND o.periodEnd <= $to AND o.value IS NOT NULL
RETURN f.id AS factorId, s.id AS seriesId, o.periodEnd AS periodEnd, o.value AS value`,
    { factorIds, from, to },
  );
}
