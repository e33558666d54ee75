import type { Graph } from './graph.ts';
import type { Logger } from '../log.ts';
import { foldDuplicateLinks } from '../causal/link-merge-store.ts';

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
    // (written by the loaders), so one CJK-analysed index serves every search.
    name: 'search_text_v1',
    cypher:
      'CREATE FULLTEXT INDEX search_text_v1 IF NOT EXISTS FOR (n:Claim|Factor|CausalLink|Source) ON EACH [n.searchText] ' +
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
];

export async function migrate(graph: Graph, log: Logger): Promise<void> {
  // Schema commands cannot share a transaction with each other, so one each.
  for (const m of MIGRATIONS) {
    await graph.write(`migrate.${m.name}`, (tx) => tx.rows(`migrate.${m.name}`, m.cypher));
  }
  await graph.rows('migrate.awaitIndexes', 'CALL db.awaitIndexes(300)');
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
