import type { Graph } from './graph.ts';
import type { Logger } from '../log.ts';
import { foldDuplicateLinks } from '../causal/link-merge-store.ts';
import { claimSearchKey } from '../search/search-text.ts';

/** Labels whose `id` is the stable identity every MERGE relies on. */
export const NODE_LABELS = ['Document', 'Claim', 'Quantity', 'Factor', 'CausalLink', 'Source', 'Review', 'ApiToken', 'Series', 'Observation', 'SeriesVintage', 'MeasureChange', 'ClaimRelation', 'Assertion', 'LinkAssertion'] as const;

/**
 * The schema, as idempotent statements run at every start-up. Names carry a
 * version suffix so that changing a definition means adding a new name (and
 * dropping the old one here), never editing an index in place.
 */
export const MIGRATIONS: readonly { name: string; cypher: string }[] = [
  ...NODE_LABELS.map((label) => ({
    name: `${label.toLowerCase()}_id_unique`,
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  { name: 'source_url_unique', cypher: 'CREATE CONSTRAINT source_url_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE' },
  { name: 'apitoken_hash_unique', cypher: 'CREATE CONSTRAINT apitoken_hash_unique IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE' },
  { name: 'document_sha256', cypher: 'CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256)' },
  { name: 'claim_status', cypher: 'CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status)' },
  { name: 'claim_document', cypher: 'CREATE INDEX claim_document IF NOT EXISTS FOR (n:Claim) ON (n.documentId)' },
  { name: 'causallink_document', cypher: 'CREATE INDEX causallink_document IF NOT EXISTS FOR (n:CausalLink) ON (n.documentId)' },
  { name: 'linkassertion_document', cypher: 'CREATE INDEX linkassertion_document IF NOT EXISTS FOR (n:LinkAssertion) ON (n.documentId)' },
  { name: 'claim_kind', cypher: 'CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind)' },
  { name: 'causallink_status', cypher: 'CREATE INDEX causallink_status IF NOT EXISTS FOR (n:CausalLink) ON (n.status)' },
  { name: 'quantity_unit_value', cypher: 'CREATE INDEX quantity_unit_value IF NOT EXISTS FOR (n:Quantity) ON (n.unit, n.value)' },
  { name: 'factor_name', cypher: 'CREATE INDEX factor_name IF NOT EXISTS FOR (n:Factor) ON (n.name)' },
  { name: 'review_at', cypher: 'CREATE INDEX review_at IF NOT EXISTS FOR (n:Review) ON (n.at)' },
  // Bulk loads stage nodes under :Staged until they are published (src/graph/bulk-load.ts).
  { name: 'staged_id', cypher: 'CREATE INDEX staged_id IF NOT EXISTS FOR (n:Staged) ON (n.id)' },
  { name: 'staged_batch', cypher: 'CREATE INDEX staged_batch IF NOT EXISTS FOR (n:Staged) ON (n.stagedBatch, n.stagedLabel)' },
  { name: 'observation_series_period', cypher: 'CREATE INDEX observation_series_period IF NOT EXISTS FOR (n:Observation) ON (n.seriesId, n.periodEnd)' },
  { name: 'observation_series_date', cypher: 'CREATE INDEX observation_series_date IF NOT EXISTS FOR (n:Observation) ON (n.seriesId, n.date)' },
  {
    // `searchText` holds quote, gloss, subject and names in both Chinese scripts
    // (written by the loaders), so one CJK-analysed index serves every search. v2 adds
    // `candidate` (discarded candidates left out by the query, not by reading each match) and
    // claims' `searchKey` (their id as a term: relevance ties read in id order, see
    // src/claims/claim-search-store.ts). Same nodes and the same `searchText` field as v1, so
    // the same scores.
    name: 'search_text_v2',
    cypher:
      'CREATE FULLTEXT INDEX search_text_v2 IF NOT EXISTS FOR (n:Claim|Factor|CausalLink|Source) ON EACH [n.searchText, n.candidate, n.searchKey] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}",
  },
  // Number search (src/search/number-search.ts): numbers copied as written are found by
  // substring (a trigram text index serves CONTAINS), and by value in any unit.
  { name: 'claim_search_text_contains_v1', cypher: 'CREATE TEXT INDEX claim_search_text_contains_v1 IF NOT EXISTS FOR (n:Claim) ON (n.searchText)' },
  { name: 'quantity_value', cypher: 'CREATE INDEX quantity_value IF NOT EXISTS FOR (n:Quantity) ON (n.value)' },
  // A range's upper end, for unit/value filters that overlap a range starting below valueMin.
  // Factor names resolved by index (src/factors/factor-store.ts resolveFactor): every key of
  // `matchKeys` (a string list) is one untokenised term, so a name is an exact term lookup.
  {
    name: 'factor_match_keys_v1',
    cypher:
      'CREATE FULLTEXT INDEX factor_match_keys_v1 IF NOT EXISTS FOR (n:Factor) ON EACH [n.matchKeys] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}",
  },
  // Matching (src/matching/): a factor's figures by window, and a claim's relations by status.
  { name: 'quantity_frame_factor_window', cypher: 'CREATE INDEX quantity_frame_factor_window IF NOT EXISTS FOR (n:Quantity) ON (n.frameFactorId, n.frameWindowStart)' },
  { name: 'claimrelation_status', cypher: 'CREATE INDEX claimrelation_status IF NOT EXISTS FOR (n:ClaimRelation) ON (n.status)' },
  { name: 'quantity_unit_upper', cypher: 'CREATE INDEX quantity_unit_upper IF NOT EXISTS FOR (n:Quantity) ON (n.unit, n.upper)' },
  // The projections of relations and causal links between claims and factors are found by the id of what they
  // project (`linkId`) when it is decided, refreshed or removed. Without these, `MATCH ()-[p:RELATED {linkId: $id}]->()`
  // read every RELATED edge of the graph for each relation a matching run saved: an ingest's matching.save grew with
  // the graph until it hit the query timeout on a busy shared graph (CI, 2026-12-07).
  { name: 'related_link_id', cypher: 'CREATE INDEX related_link_id IF NOT EXISTS FOR ()-[p:RELATED]-() ON (p.linkId)' },
  { name: 'causes_link_id', cypher: 'CREATE INDEX causes_link_id IF NOT EXISTS FOR ()-[p:CAUSES]-() ON (p.linkId)' },
  // The relations that rest on a third document's figures (`restsOn`, a list of document ids: twins that placed a page
  // with no date, a side an update passed through, pages that confirmed a year), found by one of those documents when
  // it changes (src/matching/relation-store.ts, saveRelations): every id is one untokenised term, as matchKeys's are.
  {
    name: 'claimrelation_rests_on_v1',
    cypher:
      'CREATE FULLTEXT INDEX claimrelation_rests_on_v1 IF NOT EXISTS FOR (n:ClaimRelation) ON EACH [n.restsOn] ' +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}",
  },
];

/** Indexes replaced by a later version above, dropped once their successor is online. */
export const DROPPED: readonly string[] = ['search_text_v1'];

export async function migrate(graph: Graph, log: Logger): Promise<void> {
  // Data first: claims written before `searchKey` existed get theirs before its index is built.
  const keyed = await backfillSearchKeys(graph);
  if (keyed) log.info(`wrote the search key of ${keyed} claims`);
  // Schema commands cannot share a transaction with each other, so one each.
  for (const m of MIGRATIONS) {
    await graph.write(`migrate.${m.name}`, (tx) => tx.rows(`migrate.${m.name}`, m.cypher));
  }
  await graph.rows('migrate.awaitIndexes', 'CALL db.awaitIndexes(300)');
  for (const name of DROPPED) {
    await graph.write(`migrate.drop.${name}`, (tx) => tx.rows(`migrate.drop.${name}`, `DROP INDEX ${name} IF EXISTS`));
  }
  log.debug(`schema up to date (${MIGRATIONS.length} constraints and indexes)`);
  // Data: causal links asserting the same thing, written before links were merged (issue 19), become one.
  // Not fatal: the service serves without it, and the next start (or seed load) merges what is left.
  try {
    const folded = await foldDuplicateLinks(graph);
    if (folded) log.info(`merged ${folded} duplicate causal links into the links they repeat`);
  } catch (error) {
    log.warn(`duplicate causal links not merged this time: ${(error as Error).message}`);
  }
}

/**
 * Every claim's `searchKey` (src/search/search-text.ts claimSearchKey), for graphs written before
 * it existed: idempotent, and on a graph where every claim has one it costs one scan of the claims
 * that stops at the first claim without a key. Walks the ids in order, 5,000 claims a transaction.
 */
async function backfillSearchKeys(graph: Graph): Promise<number> {
  const [missing] = await graph.rows<{ id: string }>('migrate.searchKey.probe', 'MATCH (c:Claim) WHERE c.searchKey IS NULL AND c.id IS NOT NULL RETURN c.id AS id LIMIT 1');
  if (!missing) return 0;
  let written = 0;
  let after = '';
  for (;;) {
    const rows = await graph.rows<{ id: string; missing: boolean }>(
      'migrate.searchKey.ids',
      'MATCH (c:Claim) WHERE c.id > $after WITH c ORDER BY c.id LIMIT 5000 RETURN c.id AS id, c.searchKey IS NULL AS missing',
      { after },
    );
    if (!rows.length) return written;
    after = rows.at(-1)!.id;
    const keys = rows.filter((r) => r.missing).map((r) => ({ id: r.id, key: claimSearchKey(r.id) }));
    if (keys.length) {
      await graph.write('migrate.searchKey.write', (tx) => tx.rows('migrate.searchKey.write', 'UNWIND $keys AS k MATCH (c:Claim {id: k.id}) SET c.searchKey = k.key', { keys }));
      written += keys.length;
    }
  }
}
