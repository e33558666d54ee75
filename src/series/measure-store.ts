import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../errors.ts';
import { matchKeys } from '../factors/factor-store.ts';
import type { Graph } from '../graph/graph.ts';
import { grouped } from '../graph/grouped.ts';
import { searchText } from '../search/search-text.ts';
import { seriesInfo } from './catalogue.ts';
import { HOW_FITS, type MeasuresFile } from './measures-file.ts';

export interface MeasureRow {
  factorId: string;
  seriesId: string;
  how: string;
  rank: number;
  note: string | null;
  origin: string;
}

export interface MeasureChangeRow {
  id: string;
  factorId: string;
  seriesId: string;
  action: 'LINK' | 'UNLINK';
  how: string | null;
  editor: string;
  at: string;
  rationale: string | null;
}

const MEASURE_FIELDS = 'factorId: f.id, seriesId: s.id, how: m.how, rank: m.rank, note: m.note, origin: m.origin';
const CHANGE_FIELDS = '.id, .factorId, .seriesId, .action, .how, .editor, .at, .rationale';

/**
 * The curated links of `seeds/reference/measures.yaml` (and the factors it adds), idempotently.
 * A link an editor removed stays removed (`removed` is set, never reset by a reload), like a verdict.
 */
export async function loadCuratedMeasures(graph: Graph, file: MeasuresFile, fileSha256: string): Promise<number> {
  return graph.write('measure.loadCurated', async (tx) => {
    await tx.rows(
      'measure.curatedFactors',
      `UNWIND $factors AS f
MERGE (n:Factor {id: f.id})
SET n.name = f.name, n.namesZh = f.namesZh, n.aliases = f.aliases, n.description = f.description, n.matchKeys = f.matchKeys,
    n.searchText = f.searchText, n.origin = 'curated'`,
      {
        factors: file.factors.map((f) => ({
          ...f,
          description: f.description ?? null,
          matchKeys: matchKeys(f),
          searchText: searchText([f.name, ...f.namesZh, ...f.aliases, f.description ?? '']),
        })),
      },
    );
    const [row] = await tx.rows<{ linked: number }>(
      'measure.curatedLinks',
      `UNWIND $measures AS m
MATCH (f:Factor {id: m.factor})
MATCH (s:Series {id: m.series})
MERGE (f)-[r:MEASURED_BY]->(s)
ON CREATE SET r.origin = 'curated', r.how = m.how, r.rank = m.rank, r.note = m.note
SET r += CASE WHEN r.removed IS NULL THEN {how: m.how, rank: m.rank, note: m.note} ELSE {} END, r.curatedSha256 = $sha256
RETURN count(r) AS linked`,
      { measures: file.measures.map((m) => ({ ...m, note: m.note ?? null })), sha256: fileSha256 },
    );
    const linked = row?.linked ?? 0;
    if (linked !== file.measures.length) throw new Error(`measures.yaml: ${file.measures.length - linked} link(s) name a factor or series that is not in the graph`);
    return linked;
  });
}

/**
 * How many of these factor→series links were loaded from this version of measures.yaml (removed ones
 * count: an editor's removal is not undone by a reload).
 */
export async function curatedLinksPresent(graph: Graph, links: readonly { factor: string; series: string }[], fileSha256: string): Promise<number> {
  const [row] = await graph.rows<{ present: number }>(
    'measure.curatedPresent',
    `UNWIND $links AS l
MATCH (:Factor {id: l.factor})-[m:MEASURED_BY]->(:Series {id: l.series})
WHERE m.curatedSha256 = $sha256
RETURN count(m) AS present`,
    { links, sha256: fileSha256 },
  );
  return row?.present ?? 0;
}

/** The series measuring each factor (links not removed), best rank first. */
export const measuresByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<MeasureRow>(
    graph,
    'measure.byFactors',
    `MATCH (f:Factor)-[m:MEASURED_BY]->(s:Series) WHERE f.id IN $keys AND m.removed IS NULL
RETURN f.id AS key, {${MEASURE_FIELDS}} AS item ORDER BY key, m.rank, s.id`,
    factorIds,
  );

/** The factors each series measures. */
export const measuresBySeries = (graph: Graph, seriesIds: readonly string[]) =>
  grouped<MeasureRow>(
    graph,
    'measure.bySeries',
    `MATCH (f:Factor)-[m:MEASURED_BY]->(s:Series) WHERE s.id IN $keys AND m.removed IS NULL
RETURN s.id AS key, {${MEASURE_FIELDS}} AS item ORDER BY key, f.id`,
    seriesIds,
  );

export const measureChangesByFactors = (graph: Graph, factorIds: readonly string[]) =>
  grouped<MeasureChangeRow>(
    graph,
    'measure.history',
    `MATCH (c:MeasureChange)-[:REVIEWS]->(f:Factor) WHERE f.id IN $keys RETURN f.id AS key, c {${CHANGE_FIELDS}} AS item ORDER BY c.at, c.id`,
    factorIds,
  );

export interface LinkInput {
  factor: string;
  series: string;
  how: string;
  rank: number;
  note: string | null;
  rationale: string | null;
  editor: string;
}

/** Links a factor to a series (or updates the link), recording the change, in one transaction. */
export async function linkSeries(graph: Graph, input: LinkInput): Promise<{ measure: MeasureRow; change: MeasureChangeRow }> {
  const info = seriesInfo(input.series);
  if (info && !HOW_FITS[info.observationKind]?.includes(input.how as never)) {
    throw badInput(`${info.id} holds ${info.observationKind} observations; how must be ${HOW_FITS[info.observationKind]?.join(' or ')}`, [
      { path: 'input.how', message: `does not fit ${info.observationKind}` },
    ]);
  }
  return graph.write('measure.link', async (tx) => {
    const [found] = await tx.rows<{ f: string | null; s: string | null }>(
      'measure.linkTargets',
      'OPTIONAL MATCH (f:Factor {id: $factor}) OPTIONAL MATCH (s:Series {id: $series}) WHERE s.sha256 IS NOT NULL RETURN f.id AS f, s.id AS s',
      { factor: input.factor, series: input.series },
    );
    if (!found?.f) throw notFound(`No factor has id ${input.factor}`, { id: input.factor });
    if (!found.s) throw notFound(`No series has id ${input.series}`, { id: input.series });
    const [row] = await tx.rows<{ measure: MeasureRow; change: MeasureChangeRow }>(
      'measure.linkWrite',
      `MATCH (f:Factor {id: $factor}) MATCH (s:Series {id: $series})
MERGE (f)-[m:MEASURED_BY]->(s)
ON CREATE SET m.origin = 'editor'
SET m.how = $how, m.rank = $rank, m.note = $note, m.removed = null
CREATE (c:MeasureChange {id: $changeId, factorId: f.id, seriesId: s.id, action: 'LINK', how: $how, editor: $editor, at: $at, rationale: $rationale})
CREATE (c)-[:REVIEWS]->(f)
RETURN {${MEASURE_FIELDS}} AS measure, c {${CHANGE_FIELDS}} AS change`,
      { ...input, changeId: randomUUID(), at: new Date().toISOString() },
    );
    return row as { measure: MeasureRow; change: MeasureChangeRow };
  });
}

/** Removes a factor's link to a series, keeping the change in history. A link that does not exist: NOT_FOUND. */
export async function unlinkSeries(graph: Graph, input: { factor: string; series: string; rationale: string | null; editor: string }): Promise<MeasureChangeRow> {
  return graph.write('measure.unlink', async (tx) => {
    const [row] = await tx.rows<{ change: MeasureChangeRow }>(
      'measure.unlinkWrite',
      `MATCH (f:Factor {id: $factor})-[m:MEASURED_BY]->(s:Series {id: $series}) WHERE m.removed IS NULL
SET m.removed = true
CREATE (c:MeasureChange {id: $changeId, factorId: f.id, seriesId: s.id, action: 'UNLINK', how: m.how, editor: $editor, at: $at, rationale: $rationale})
CREATE (c)-[:REVIEWS]->(f)
RETURN c {${CHANGE_FIELDS}} AS change`,
      { ...input, changeId: randomUUID(), at: new Date().toISOString() },
    );
    if (!row) throw notFound(`${input.factor} is not measured by ${input.series}`, { factor: input.factor, series: input.series });
    return row.change;
  });
}
