import { notFound } from '../errors.ts';
import type { Graph, Tx } from '../graph/graph.ts';
import { byIdsInOrder, grouped } from '../graph/grouped.ts';
import { searchText } from '../search/search-text.ts';
import type { SeriesInfo } from './catalogue.ts';
import type { PreparedObservation } from './prepare-import.ts';

export interface SeriesRow {
  id: string;
  title: string;
  unit: string;
  scale: number;
  frequency: string;
  observationKind: string;
  publisher: string;
  licence: string;
  url: string;
  notes: string | null;
  origin: string;
  sha256: string;
  importedAt: string;
  observationCount: number;
  missingCount: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The DATASET source that reviews made from this series cite. */
  sourceId: string | null;
}

export interface StoredObservation {
  /** As the publisher dates it (GFDEBTN: the first day of the quarter). */
  date: string;
  /** The day the value is in force from: the quarter end for GFDEBTN, otherwise `date`. */
  periodEnd: string;
  /** In the series' unit × scale (millions of USD for FRED:WRESBAL, billions for FRED:RRPONTSYD). */
  value: number;
}

export interface ImportOutcome {
  seriesId: string;
  sha256: string;
  /** The same file was imported before: nothing was written. */
  alreadyCurrent: boolean;
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  missing: number;
  converted: boolean;
}

export interface Provenance {
  sha256: string;
  /** Where the file came from: a path under seeds/reference/, an uploaded file name, or the FRED API. */
  origin: string;
  /** Set when the file's values were multiplied into the series' scale (a billions vintage). */
  convertedFromScale?: number | undefined;
}

const SERIES_FIELDS =
  '.id, .title, .unit, .scale, .frequency, .observationKind, .publisher, .licence, .url, .notes, .origin, .sha256, .importedAt, .observationCount, .missingCount, .firstDate, .lastDate, .sourceId';

const BATCH = 10_000;

/**
 * Imports a validated file into a series. The caller has parsed and checked the whole file first,
 * so bad input writes nothing. Observations go in batches of 10,000, one transaction each (a
 * 100k-row file stays within QUERY_TIMEOUT_MS), and the series' sha256 and vintage are written
 * last: an interrupted import is not taken for done, and running it again completes it.
 *
 * Idempotent: the same file (same sha256) writes nothing at all. A newer vintage sets the new values
 * and keeps each replaced one on its observation (`previousValues` as text, `missing` for none;
 * `previousVintages`), so a revision never erases what the record said before; unchanged rows are
 * not written. Every import is kept as a `SeriesVintage`.
 */
export async function importObservations(
  graph: Graph,
  info: SeriesInfo,
  rows: readonly PreparedObservation[],
  provenance: Provenance,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const base = { seriesId: info.id, sha256: provenance.sha256, rows: rows.length, converted: provenance.convertedFromScale !== undefined };
  const missing = rows.filter((r) => r.value === null).length;
  const { current, existing } = await graph.read('series.importState', async (tx) => {
    const [s] = await tx.rows<{ sha256: string | null }>('series.currentHash', 'MATCH (s:Series {id: $id}) RETURN s.sha256 AS sha256', { id: info.id });
    if (s?.sha256 === provenance.sha256) return { current: s.sha256, existing: [] };
    const existing = await tx.rows<{ date: string; value: number | null }>(
      'series.existingObservations',
      'MATCH (o:Observation {seriesId: $seriesId}) RETURN o.date AS date, o.value AS value',
      { seriesId: info.id },
    );
    return { current: s?.sha256 ?? null, existing };
  });
  if (current === provenance.sha256) return { ...base, alreadyCurrent: true, added: 0, changed: 0, unchanged: rows.length, missing };

  // Compared here: new rows are created, revised ones updated with the replaced value kept, unchanged
  // ones left alone. CREATE is safe: a concurrent import of the same rows breaks the id constraint
  // (CONFLICT) rather than duplicating them.
  const held = new Map(existing.map((o) => [o.date, o.value ?? null]));
  const fresh: { id: string; date: string; periodEnd: string; value: number | null }[] = [];
  const revised: { id: string; value: number | null; old: string }[] = [];
  for (const r of rows) {
    const id = `${info.id}@${r.date}`;
    if (!held.has(r.date)) fresh.push({ id, date: r.date, periodEnd: r.periodEnd, value: r.value });
    else if (held.get(r.date) !== r.value) revised.push({ id, value: r.value, old: held.get(r.date) === null ? 'missing' : String(held.get(r.date)) });
  }
  const now = new Date().toISOString();
  const total = fresh.length + revised.length;
  let done = 0;
  // One write a batch, progress reported after each.
  const inBatches = async <R>(all: readonly R[], write: (batch: R[]) => Promise<unknown>) => {
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      await write(batch);
      onProgress?.((done += batch.length), total);
    }
  };
  await inBatches(fresh, (batch) =>
    graph.write('series.createObservations', (tx) =>
      tx.rows(
        'series.createObservations',
        `UNWIND $rows AS r
CREATE (o:Observation {id: r.id, seriesId: $seriesId, date: r.date, periodEnd: r.periodEnd, vintage: $sha256})
SET o.value = r.value`,
        { rows: batch, seriesId: info.id, sha256: provenance.sha256 },
      ),
    ),
  );
  await inBatches(revised, (batch) =>
    graph.write('series.reviseObservations', (tx) =>
      tx.rows(
        'series.reviseObservations',
        `UNWIND $rows AS r
MATCH (o:Observation {id: r.id})
SET o.previousValues = coalesce(o.previousValues, []) + r.old,
    o.previousVintages = coalesce(o.previousVintages, []) + o.vintage,
    o.value = r.value, o.vintage = $sha256, o.revisedAt = $now`,
        { rows: batch, sha256: provenance.sha256, now },
      ),
    ),
  );
  const dated = rows.filter((r) => r.value !== null).map((r) => r.date);
  const added = fresh.length;
  const changed = revised.length;
  await graph.write('series.complete', (tx) =>
    writeSeriesNode(tx, info, provenance, now, {
      observationCount: rows.length - missing,
      missingCount: missing,
      firstDate: dated[0] ?? null,
      lastDate: dated.at(-1) ?? null,
      added,
      changed,
    }),
  );
  return { ...base, alreadyCurrent: false, added, changed, unchanged: rows.length - added - changed, missing };
}

async function writeSeriesNode(
  tx: Tx,
  info: SeriesInfo,
  provenance: Provenance,
  now: string,
  stats: { observationCount: number; missingCount: number; firstDate: string | null; lastDate: string | null; added: number; changed: number },
): Promise<void> {
  await tx.rows(
    'series.writeNode',
    `MERGE (s:Series {id: $id})
SET s += $props
WITH s
MERGE (src:Source {url: $url})
ON CREATE SET src.id = $sourceId, src.kind = 'DATASET', src.name = $title, src.publisher = $publisher, src.createdAt = $now, src.searchText = $searchText,
              src.description = $description
SET s.sourceId = src.id
CREATE (v:SeriesVintage {id: $vintageId, seriesId: $id, sha256: $sha256, origin: $origin, importedAt: $now,
                         added: $added, changed: $changed, convertedFromScale: $convertedFromScale})
CREATE (s)-[:HAS_VINTAGE]->(v)`,
    {
      id: info.id,
      props: {
        title: info.title,
        unit: info.unit,
        scale: info.scale,
        frequency: info.frequency,
        observationKind: info.observationKind,
        publisher: info.publisher,
        licence: info.licence,
        url: info.url,
        notes: info.notes,
        origin: provenance.origin,
        sha256: provenance.sha256,
        importedAt: now,
        observationCount: stats.observationCount,
        missingCount: stats.missingCount,
        firstDate: stats.firstDate,
        lastDate: stats.lastDate,
        searchText: searchText([info.title, info.id, info.publisher]),
      },
      url: info.url,
      sourceId: `src-series-${info.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      title: `${info.title} [${info.id}]`,
      publisher: info.publisher,
      description: `Reference series ${info.id}, shipped with claimgraph (seeds/reference/SOURCES.md). ${info.licence}.`,
      searchText: searchText([info.title, info.id, info.publisher]),
      vintageId: `${info.id}@${provenance.sha256}`,
      sha256: provenance.sha256,
      origin: provenance.origin,
      now,
      added: stats.added,
      changed: stats.changed,
      convertedFromScale: provenance.convertedFromScale ?? null,
    },
  );
}

/** Every series, by id. */
export async function listSeries(graph: Graph): Promise<SeriesRow[]> {
  const rows = await graph.rows<{ s: SeriesRow }>('series.all', `MATCH (s:Series) WHERE s.sha256 IS NOT NULL RETURN s {${SERIES_FIELDS}} AS s ORDER BY s.id`);
  return rows.map((r) => r.s);
}

export async function seriesByIds(graph: Graph, ids: readonly string[]): Promise<(SeriesRow | null)[]> {
  const rows = await graph.rows<{ s: SeriesRow }>('series.byIds', `MATCH (s:Series) WHERE s.id IN $ids AND s.sha256 IS NOT NULL RETURN s {${SERIES_FIELDS}} AS s`, { ids });
  return byIdsInOrder(ids, rows.map((r) => r.s));
}

/** The sha256 of each series' current import, for deciding whether the shipped files are loaded. */
export async function seriesHashes(graph: Graph, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await graph.rows<{ id: string; sha256: string }>('series.hashes', 'MATCH (s:Series) WHERE s.id IN $ids RETURN s.id AS id, s.sha256 AS sha256', { ids });
  return new Map(rows.map((r) => [r.id, r.sha256]));
}

/**
 * A series' observations with a value, ascending, optionally from/to (inclusive, ISO dates, on the
 * publisher's date). Values are in the series' unit × scale: multiply by the catalogue's `scale`
 * for USD. Missing observations (holidays) are left out, never filled in. Unknown series: NOT_FOUND.
 */
export async function observations(graph: Graph, seriesId: string, from?: string, to?: string): Promise<StoredObservation[]> {
  return graph.read('series.observations', async (tx) => {
    const [found] = await tx.rows('series.exists', 'MATCH (s:Series {id: $id}) WHERE s.sha256 IS NOT NULL RETURN s.id AS id', { id: seriesId });
    if (!found) throw notFound(`No series has id ${seriesId}`, { id: seriesId });
    const rows = await tx.rows<StoredObservation>(
      'series.observationRange',
      `MATCH (o:Observation {seriesId: $id})
WHERE o.value IS NOT NULL AND ($from IS NULL OR o.date >= $from) AND ($to IS NULL OR o.date <= $to)
RETURN o.date AS date, o.periodEnd AS periodEnd, o.value AS value ORDER BY o.date`,
      { id: seriesId, from: from ?? null, to: to ?? null },
    );
    return rows;
  });
}

export interface ObservationRange {
  seriesId: string;
  /** Inclusive, on `periodEnd`. */
  from: string;
  to: string;
}

/**
 * Observations for many (series, window) ranges in one query — how a whole document's checks fetch
 * the record in one round trip. Returns each range's observations (periodEnd ascending) in input order.
 */
export async function observationRanges(tx: Tx, ranges: readonly ObservationRange[]): Promise<StoredObservation[][]> {
  if (ranges.length === 0) return [];
  const rows = await tx.rows<{ i: number; obs: StoredObservation[] }>(
    'series.observationRanges',
    `UNWIND range(0, size($ranges) - 1) AS i
WITH i, $ranges[i] AS r
CALL (r) {
  MATCH (o:Observation {seriesId: r.seriesId})
  WHERE o.periodEnd >= r.from AND o.periodEnd <= r.to AND o.value IS NOT NULL
  WITH o ORDER BY o.periodEnd
  RETURN collect({date: o.date, periodEnd: o.periodEnd, value: o.value}) AS obs
}
RETURN i, obs`,
    { ranges },
  );
  const out: StoredObservation[][] = ranges.map(() => []);
  for (const r of rows) out[r.i] = r.obs;
  return out;
}

export interface ObservationDetail extends StoredObservation {
  vintage: string;
  previousValues: string[];
}

/** Observations with their vintage and replaced values, for the API (`Series.observations`). */
export async function observationDetails(graph: Graph, seriesId: string, from: string | null, to: string | null, first: number): Promise<ObservationDetail[]> {
  return graph.rows<ObservationDetail>(
    'series.observationDetails',
    `MATCH (o:Observation {seriesId: $id})
WHERE o.value IS NOT NULL AND ($from IS NULL OR o.date >= $from) AND ($to IS NULL OR o.date <= $to)
RETURN o.date AS date, o.periodEnd AS periodEnd, o.value AS value, o.vintage AS vintage, coalesce(o.previousValues, []) AS previousValues
ORDER BY o.date LIMIT toInteger($first)`,
    { id: seriesId, from, to, first },
  );
}

export interface VintageRow {
  sha256: string;
  origin: string;
  importedAt: string;
  added: number;
  changed: number;
  convertedFromScale: number | null;
}

export const vintagesBySeries = (graph: Graph, seriesIds: readonly string[]) =>
  grouped<VintageRow>(
    graph,
    'series.vintages',
    `MATCH (s:Series)-[:HAS_VINTAGE]->(v:SeriesVintage) WHERE s.id IN $keys
RETURN s.id AS key, v {.sha256, .origin, .importedAt, .added, .changed, .convertedFromScale} AS item ORDER BY v.importedAt`,
    seriesIds,
  );
