import type { Graph, Tx } from './graph.ts';
import { NODE_LABELS } from './migrations.ts';

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types the graph knows; labels and types are never taken from input. */
export const RELATIONSHIP_TYPES = [
  'STATED_IN',
  'HAS_QUANTITY',
  'ABOUT',
  'ATTRIBUTED_TO',
  'SOURCED_FROM',
  'REPRESENTS',
  'FROM',
  'TO',
  'SUPPORTED_BY',
  'CAUSES',
  'REVIEWS',
  'CITES_EVIDENCE',
  'PREVIOUS_VERSION',
  'CANDIDATE_OF',
  'HAS_VINTAGE',
  'MEASURED_BY',
  // A claim relation (src/matching/) and its two claims, and its projection between them (carries linkId, as CAUSES does).
  'EARLIER',
  'LATER',
  'RELATED',
  'MEASURES',
  'ASSERTS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface NodeRow {
  id: string;
  /** Written on every load (curated content). */
  props: Record<string, unknown>;
  /** Written only when the node is created (review state: status, version), so reloading never resets a verdict. */
  onCreate?: Record<string, unknown>;
}

export interface RelRow {
  from: string;
  to: string;
  /** Properties that identify the relationship among parallel ones (e.g. `linkId` on CAUSES). */
  key?: Record<string, unknown>;
  props?: Record<string, unknown>;
  /** Written only when the relationship is created (mirrored review state). */
  onCreate?: Record<string, unknown>;
}

export interface NodeBatch {
  label: NodeLabel;
  rows: NodeRow[];
}

export interface RelBatch {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelRow[];
}

export interface LoadPlan {
  nodes: NodeBatch[];
  relationships: RelBatch[];
}

export interface LoadProgress {
  phase: 'nodes' | 'relationships';
  what: string;
  done: number;
  total: number;
}

export interface BulkLoadOptions {
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
  /**
   * Write the nodes of these labels invisibly, as `:Staged` nodes of `batch`, until
   * `publishStaged` gives them their labels in one transaction: readers match by label, so a
   * large load killed half-way is never seen half-done (re-running it completes it).
   */
  staged?: { labels: readonly NodeLabel[]; batch: string };
}

/** The label a staged node waits under (indexed on `id` by the migrations). */
export const STAGED_LABEL = 'Staged';

/**
 * Publishes a staged batch inside the caller's write transaction: each node takes its real
 * label (from the fixed list), all at once at commit. Only the label is added here — the least
 * the one big transaction must hold (relabelling and clearing properties too made a document of
 * a few MB exhaust a 512 MB Neo4j); `clearStaging` removes the staging marks afterwards, in
 * batches, which readers cannot see (they match by the real label).
 */
export async function publishStaged(tx: Tx, batch: string, labels: readonly NodeLabel[]): Promise<void> {
  for (const label of labels) {
    assertKnown(label, NODE_LABELS, 'label');
    await tx.rows(
      `bulk.publish.${label}`,
      `MATCH (n:${STAGED_LABEL} {stagedBatch: $batch, stagedLabel: $label})
SET n:${label}`,
      { batch, label },
    );
  }
}

/** Removes the staging marks of a published batch, 10,000 nodes per transaction. */
export async function clearStaging(graph: Graph, batch: string): Promise<void> {
  for (;;) {
    const [row] = await graph.write('bulk.clearStaging', (tx) =>
      tx.rows<{ cleared: number }>(
        'bulk.clearStaging',
        // Both properties named, so the planner seeks the (stagedBatch, stagedLabel) index instead of scanning every staged node.
        `MATCH (n:${STAGED_LABEL}) WHERE n.stagedBatch = $batch AND n.stagedLabel IS NOT NULL
WITH n LIMIT 10000
REMOVE n:${STAGED_LABEL}, n.stagedBatch, n.stagedLabel
RETURN count(n) AS cleared`,
        { batch },
      ),
    );
    if ((row?.cleared ?? 0) === 0) return;
  }
}

/**
 * True when writing `props` would change the entity: re-loading unchanged data (a seed or a
 * benchmark graph loaded again) then only reads, with no property writes and no index updates.
 * (`coalesce(… = …, false)`: comparing with a missing property is null, and a null here would
 * skip the write of a new property.)
 */
const CHANGED = (entity: string, props: string) =>
  `any(k IN keys(${props}) WHERE NOT (coalesce(${entity}[k] = ${props}[k], false) OR (${entity}[k] IS NULL AND ${props}[k] IS NULL)))`;

function assertKnown(label: string, allowed: readonly string[], what: string): void {
  if (!allowed.includes(label)) throw new Error(`unknown ${what} ${JSON.stringify(label)}`);
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Read checks run this many batches ahead of the writes, on separate connections (read
 * transactions take no locks, so they run in parallel); writes stay one at a time, in order.
 */
const CHECK_AHEAD = 2;

/**
 * Checks batches in read transactions (up to CHECK_AHEAD at once) and writes only the rows a check
 * returns, one write transaction at a time in plan order. A check compares every row with what
 * the graph holds now (not with a digest of an earlier load), so a property edited or an entity
 * deleted since then is found and written back. Once a check finds every row of its batch to be
 * written (a first load), the rest are written unchecked: the MERGE is correct either way, and a
 * first load then pays for one check, not one per batch.
 */
async function checkThenWrite<T>(batches: T[][], check: (rows: T[]) => Promise<T[]>, write: (rows: T[]) => Promise<void>, onBatch: (rows: number) => void): Promise<void> {
  let allNew = false;
  const checkUnlessNew = async (rows: T[]) => {
    if (allNew) return rows;
    const toWrite = await check(rows);
    if (toWrite.length === rows.length) allNew = true;
    return toWrite;
  };
  const pending: Promise<T[]>[] = [];
  let next = 0;
  const launch = () => {
    while (next < batches.length && pending.length < CHECK_AHEAD) {
      const checked = checkUnlessNew(batches[next++] as T[]);
      // Awaited below in order; marked handled so a failing check waiting its turn is not "unhandled".
      checked.catch(() => {});
      pending.push(checked);
    }
  };
  for (const rows of batches) {
    launch();
    const toWrite = await (pending.shift() as Promise<T[]>);
    launch();
    if (toWrite.length > 0) await write(toWrite);
    onBatch(rows.length);
  }
}

/**
 * The general bulk-loading path (seed, ingest, import, generated benchmark graphs):
 * batched `UNWIND … MERGE` on stable ids, one transaction per batch, nodes before
 * relationships. MERGE makes loading twice yield the same graph.
 *
 * Each batch is first checked in a read transaction and only its missing or differing rows are
 * written (issue 14: re-loading unchanged data is a read; measured in test/bench/load-bench.ts).
 * Staged batches (ingest) are always written: their nodes are new until published.
 */
export async function bulkLoad(graph: Graph, plan: LoadPlan, options: BulkLoadOptions = {}): Promise<{ nodes: number; relationships: number }> {
  const size = options.batchSize ?? 1000;
  const total = {
    nodes: plan.nodes.reduce((n, b) => n + b.rows.length, 0),
    relationships: plan.relationships.reduce((n, b) => n + b.rows.length, 0),
  };
  const staged = (label: NodeLabel) => options.staged?.labels.includes(label) ?? false;
  const matchLabel = (label: NodeLabel) => (staged(label) ? STAGED_LABEL : label);
  let done = 0;
  for (const batch of plan.nodes) {
    assertKnown(batch.label, NODE_LABELS, 'label');
    const cypher = staged(batch.label)
      ? `UNWIND $rows AS row
MERGE (n:${STAGED_LABEL} {id: row.id})
ON CREATE SET n += coalesce(row.onCreate, {})
SET n += row.props, n.stagedBatch = $batch, n.stagedLabel = $label`
      : `UNWIND $rows AS row
MERGE (n:${batch.label} {id: row.id})
ON CREATE SET n += coalesce(row.onCreate, {})
WITH n, row WHERE ${CHANGED('n', 'row.props')}
SET n += row.props`;
    const params = { batch: options.staged?.batch ?? null, label: batch.label };
    const write = (rows: NodeRow[]) => graph.write(`bulk.nodes.${batch.label}`, (tx) => tx.rows(`bulk.nodes.${batch.label}`, cypher, { rows, ...params }));
    const check = staged(batch.label) ? async (rows: NodeRow[]) => rows : (rows: NodeRow[]) => nodesToWrite(graph, batch.label, rows);
    await checkThenWrite(chunks(batch.rows, size), check, async (rows) => void (await write(rows)), (n) => {
      done += n;
      options.onProgress?.({ phase: 'nodes', what: batch.label, done, total: total.nodes });
    });
  }
  done = 0;
  for (const batch of plan.relationships) {
    assertKnown(batch.type, RELATIONSHIP_TYPES, 'relationship type');
    assertKnown(batch.fromLabel, NODE_LABELS, 'label');
    assertKnown(batch.toLabel, NODE_LABELS, 'label');
    const keyed = batch.rows.some((r) => r.key);
    const cypher = relationshipWrite(batch, matchLabel);
    const write = async (rows: RelRow[]) => {
      const [result] = await graph.write(`bulk.rels.${batch.type}`, (tx) => tx.rows<{ merged: number }>(`bulk.rels.${batch.type}`, cypher, { rows }));
      if ((result?.merged ?? 0) !== rows.length) {
        throw new Error(`${batch.type}: ${rows.length - (result?.merged ?? 0)} relationship(s) name a ${batch.fromLabel} or ${batch.toLabel} that does not exist`);
      }
    };
    const anyStaged = staged(batch.fromLabel) || staged(batch.toLabel);
    const check = anyStaged ? async (rows: RelRow[]) => rows : relationshipCheck(graph, batch, keyed ? keyTest('r', batch.rows) : null);
    await checkThenWrite(chunks(batch.rows, size), check, write, (n) => {
      done += n;
      options.onProgress?.({ phase: 'relationships', what: batch.type, done, total: total.relationships });
    });
  }
  return total;
}

/**
 * The write of a relationship batch (labels from `matchLabel`: a staged end waits under `Staged`): MERGE between the
 * two ends found by id, created with `onCreate`, `props` written only where they differ; answers how many rows
 * merged. A keyed type (CAUSES by `linkId`) merges through keyedMerge.
 */
export function relationshipWrite(batch: RelBatch, matchLabel: (label: NodeLabel) => string = (label) => label): string {
  const ends = `UNWIND $rows AS row
MATCH (a:${matchLabel(batch.fromLabel)} {id: row.from})
MATCH (b:${matchLabel(batch.toLabel)} {id: row.to})`;
  const merge = batch.rows.some((r) => r.key)
    ? keyedMerge(ends, batch.type, batch.rows)
    : `${ends}
MERGE (a)-[r:${batch.type}]->(b)
ON CREATE SET r += coalesce(row.onCreate, {})`;
  return `${merge}
WITH r, row, ${CHANGED('r', 'coalesce(row.props, {})')} AS changed
CALL (r, row, changed) { WITH * WHERE changed SET r += coalesce(row.props, {}) }
RETURN count(r) AS merged`;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The rows of a node batch that are missing from the graph or differ from it. Rows are grouped by
 * which keys they set and which they clear (null), and each group is compared as one map,
 * `n{.a, .b} = row.set AND n.c IS NULL`: about a third less work for Neo4j than testing key by key
 * (the `CHANGED` form, still used for key names that are not plain identifiers or when a batch has
 * many shapes).
 */
async function nodesToWrite(graph: Graph, label: NodeLabel, rows: NodeRow[]): Promise<NodeRow[]> {
  const shapes = new Map<string, { set: string[]; cleared: string[]; rows: { i: number; id: string; set: Record<string, unknown> }[] }>();
  rows.forEach((r, i) => {
    const set = Object.keys(r.props).filter((k) => r.props[k] !== null && r.props[k] !== undefined).sort();
    const cleared = Object.keys(r.props).filter((k) => r.props[k] === null || r.props[k] === undefined).sort();
    const key = `${set.join(',')}|${cleared.join(',')}`;
    const shape = shapes.get(key) ?? { set, cleared, rows: [] };
    shape.rows.push({ i, id: r.id, set: Object.fromEntries(set.map((k) => [k, r.props[k]])) });
    shapes.set(key, shape);
  });
  const plain = shapes.size <= 4 && [...shapes.values()].every((s) => [...s.set, ...s.cleared].every((k) => PLAIN_KEY.test(k)));
  return graph.read(`bulk.check.${label}`, async (tx) => {
    const differing: number[] = [];
    // The rows with no node of that id, or whose node `differs` (a condition on n and row; null: a node there is the same).
    const notWritten = async (differs: string | null, params: { rows: unknown[] }) => {
      const found = await tx.rows<{ i: number }>(
        `bulk.check.${label}`,
        `UNWIND $rows AS row
OPTIONAL MATCH (n:${label} {id: row.id})
WITH row, n WHERE n IS NULL${differs === null ? '' : ` OR ${differs}`}
RETURN row.i AS i`,
        params,
      );
      differing.push(...found.map((d) => d.i));
    };
    if (!plain) await notWritten(CHANGED('n', 'row.props'), { rows: rows.map((r, i) => ({ i, id: r.id, props: r.props })) });
    else {
      for (const shape of shapes.values()) {
        const tests = [
          ...(shape.set.length ? [`coalesce(n{${shape.set.map((k) => `.${k}`).join(', ')}} = row.set, false)`] : []),
          ...shape.cleared.map((k) => `n.${k} IS NULL`),
        ];
        await notWritten(tests.length ? `NOT (${tests.join(' AND ')})` : null, { rows: shape.rows });
      }
    }
    return differing.sort((a, b) => a - b).map((i) => rows[i] as NodeRow);
  });
}

/**
 * A check for a relationship batch: the rows whose relationship is missing or has differing
 * properties. It seeks the endpoint on the side with more distinct ids in the batch (so fewer
 * relationships each: a claim rather than the document all its claims are STATED_IN) and expands
 * from there, instead of seeking both ends. Where MERGE would match several parallel
 * relationships, the row is unchanged only when all of them are.
 */
function relationshipCheck(graph: Graph, batch: RelBatch, key: string | null): (rows: RelRow[]) => Promise<RelRow[]> {
  const fromSide = new Set(batch.rows.map((r) => r.from)).size >= new Set(batch.rows.map((r) => r.to)).size;
  const pattern = `[r:${batch.type}]`;
  const keyed = key === null ? '' : ` AND ${key}`;
  const cypher = fromSide
    ? `UNWIND $rows AS row
OPTIONAL MATCH (a:${batch.fromLabel} {id: row.from})
WITH row, CASE WHEN a IS NULL THEN [] ELSE [(a)-${pattern}->(b:${batch.toLabel}) WHERE b.id = row.to${keyed} | r] END AS rs`
    : `UNWIND $rows AS row
OPTIONAL MATCH (b:${batch.toLabel} {id: row.to})
WITH row, CASE WHEN b IS NULL THEN [] ELSE [(a:${batch.fromLabel})-${pattern}->(b) WHERE a.id = row.from${keyed} | r] END AS rs`;
  return (rows) =>
    graph.read(`bulk.check.${batch.type}`, async (tx) => {
      const differing = await tx.rows<{ i: number }>(
        `bulk.check.${batch.type}`,
        `${cypher}
WHERE size(rs) = 0 OR any(r IN rs WHERE ${CHANGED('r', 'coalesce(row.props, {})')})
RETURN row.i AS i`,
        { rows: rows.map((r, i) => ({ ...r, i })) },
      );
      return differing.map((d) => rows[d.i] as RelRow);
    });
}

/** The key names used in a batch, checked to be plain identifiers. */
function keyNames(rows: RelRow[]): string[] {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.key ?? {})))];
  for (const n of names) if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(n)) throw new Error(`bad relationship key ${JSON.stringify(n)}`);
  return names;
}

/** `{k1: row.key.k1, …}`: a batch's key as a map, each row's value under every key name the batch uses. */
const keyMap = (rows: RelRow[]) => `{${keyNames(rows).map((n) => `${n}: row.key.${n}`).join(', ')}}`;

/**
 * Whether relationship `r` has the row's key, as a comparison of maps (`r{.linkId} = {linkId: row.key.linkId}`): no
 * index predicate, so the planner finds `r` by expanding from its bound end, whatever the statistics say (keyedMerge).
 */
const keyTest = (r: string, rows: RelRow[]) => `${r}{${keyNames(rows).map((n) => `.${n}`).join(', ')}} = ${keyMap(rows)}`;

/**
 * MERGE of a keyed relationship (e.g. CAUSES by `linkId`) between the bound `a` and `b` of `ends`, as `r` and `row`,
 * that always looks by expanding between its two ends. `MERGE (a)-[r:CAUSES {linkId: …}]->(b)` leaves that choice
 * to the planner, which costs it from statistics: planned while the type had no relationships, it seeks the
 * relationship index per row; planned right after the first batch landed, before the index was sampled again (so
 * the index looked empty), it scanned the whole index per row — at 1M claims one batch of 5,000 CAUSES read 75M
 * index entries in 244 s where the expansion takes a few seconds (docs/benchmarks.md). A map comparison
 * (`x{.linkId} = {linkId: …}`) is no index predicate, so the expansion is the only plan. The start node is
 * write-locked first (the `_LOCK_` write, Neo4j's documented way to lock in Cypher; MERGE locks both ends, so it
 * holds this one too), so a concurrent load of the same row waits and then finds it instead of creating it twice;
 * parallel relationships that match the key are all kept and updated, as MERGE matches them all.
 */
function keyedMerge(ends: string, type: RelationshipType, rows: RelRow[]): string {
  // As MERGE refuses a null property: a missing key would never be found again, so every reload would add one.
  const names = keyNames(rows);
  if (rows.some((r) => names.some((n) => r.key?.[n] === null || r.key?.[n] === undefined))) throw new Error(`${type}: every row needs a value for each of the batch's keys (${names.join(', ')})`);
  const key = keyMap(rows);
  return `${ends}
SET a._LOCK_ = true
REMOVE a._LOCK_
WITH a, b, row, [(a)-[x:${type}]->(b) WHERE ${keyTest('x', rows)} | x] AS found
CALL (a, b, row, found) {
  WITH * WHERE size(found) = 0
  CREATE (a)-[r:${type} ${key}]->(b)
  SET r += coalesce(row.onCreate, {})
  RETURN r
  UNION ALL
  UNWIND found AS r
  RETURN r
}`;
}
