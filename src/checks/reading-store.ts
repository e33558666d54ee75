/**
 * Editors' readings of claims: what a claim (or one of its quantities) measures, when and how, set or corrected by
 * an editor and kept with its history. Each correction is a new `:Reading` node linked to the claim (never edited
 * or deleted); the current reading of a position is its latest. The claim's `readingVersion` is the lock: like a
 * review, a correction names the version it saw and a stale one gets CONFLICT. The seed's curated readings are
 * recorded here too, by the seed (`editor: "seed"`).
 */
import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../errors.ts';
import type { Graph, Tx } from '../graph/graph.ts';
import type { AssertionKind, FrameDirection, FrameMode, FramePeriod } from '../quantities/frame.ts';
import type { EditorReading } from './check-types.ts';

/** The author of readings the seed ships (seeds/reference/measures.yaml). */
export const SEED_EDITOR = 'seed';

export interface NewReading {
  claimId: string;
  /** 0-based quantity position, or null for the claim as a whole. */
  position: number | null;
  factorId: string | null;
  mode: FrameMode | null;
  direction: FrameDirection | null;
  period: FramePeriod | null;
  window: { start: string; end: string } | null;
  assertions: AssertionKind[];
  notCheckable: string | null;
  note: string | null;
  reason: string;
  editor: string;
  expectedVersion: number;
  /** For the seed's readings: what identifies this curated reading, so a reload records it once. */
  curatedKey?: string | null;
}

export interface ReadingRow extends EditorReading {
  id: string;
  claimId: string;
}

const FIELDS = `r {.id, .claimId, position: CASE WHEN r.position < 0 THEN null ELSE r.position END, .factorId, .mode, .direction, .period,
  window: CASE WHEN r.windowStart IS NULL THEN null ELSE {start: r.windowStart, end: r.windowEnd} END,
  assertions: coalesce(r.assertions, []), .notCheckable, .note, .editor, .reason, .at, .version}`;

/**
 * Records a reading and bumps the claim's `readingVersion`, in one transaction, after taking the claim's write lock
 * (the `_LOCK_` write, as reviews do) so two editors cannot both pass the version check.
 */
export async function recordReading(graph: Graph, input: NewReading): Promise<ReadingRow> {
  return graph.write('reading.record', (tx) => recordReadingTx(tx, input));
}

export async function recordReadingTx(tx: Tx, input: NewReading): Promise<ReadingRow> {
  const [current] = await tx.rows<{ version: number; quantities: number }>(
    'reading.lock',
    `MATCH (c:Claim {id: $id})
SET c._LOCK_ = true
WITH c, coalesce(c.readingVersion, 0) AS version, COUNT { (c)-[:HAS_QUANTITY]->(:Quantity) } AS quantities
REMOVE c._LOCK_
RETURN version, quantities`,
    { id: input.claimId },
  );
  if (!current) throw notFound(`No claim has id ${input.claimId}`, { id: input.claimId });
  if (current.version !== input.expectedVersion) {
    throw conflict(`The reading of ${input.claimId} is at version ${current.version}, not ${input.expectedVersion}: it was corrected since you loaded it; reload and try again`, {
      currentVersion: current.version,
    });
  }
  if (input.position !== null && input.position >= current.quantities) {
    throw notFound(`${input.claimId} has no quantity at position ${input.position} (it has ${current.quantities})`, { id: input.claimId });
  }
  if (input.factorId) {
    const [f] = await tx.rows<{ id: string }>('reading.factor', 'MATCH (f:Factor {id: $id}) RETURN f.id AS id', { id: input.factorId });
    if (!f) throw notFound(`No factor has id ${input.factorId}`, { id: input.factorId });
  }
  const [row] = await tx.rows<{ r: ReadingRow }>(
    'reading.append',
    `MATCH (c:Claim {id: $claimId})
CREATE (r:Reading {id: $id, claimId: $claimId, position: $position, factorId: $factorId, mode: $mode, direction: $direction, period: $period,
                   windowStart: $windowStart, windowEnd: $windowEnd, assertions: $assertions, notCheckable: $notCheckable, note: $note,
                   editor: $editor, reason: $reason, at: $at, curatedKey: $curatedKey, version: coalesce(c.readingVersion, 0) + 1})
CREATE (c)-[:HAS_READING]->(r)
SET c.readingVersion = coalesce(c.readingVersion, 0) + 1
RETURN ${FIELDS} AS r`,
    {
      id: randomUUID(),
      claimId: input.claimId,
      position: input.position ?? -1,
      factorId: input.factorId,
      mode: input.mode,
      direction: input.direction,
      period: input.period,
      windowStart: input.window?.start ?? null,
      windowEnd: input.window?.end ?? null,
      assertions: input.assertions,
      notCheckable: input.notCheckable,
      note: input.note,
      editor: input.editor,
      reason: input.reason,
      curatedKey: input.curatedKey ?? null,
      at: new Date().toISOString(),
    },
  );
  return (row as { r: ReadingRow }).r;
}

/** Every reading of the claims, oldest first (the history); the current one of a position is its last. */
export async function readingsOf(graph: Graph | Tx, claimIds: readonly string[]): Promise<Map<string, ReadingRow[]>> {
  const rows = await graph.rows<{ claimId: string; readings: ReadingRow[] }>(
    'reading.ofClaims',
    `UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:HAS_READING]->(r:Reading)
WITH id, r ORDER BY r.version
RETURN id AS claimId, collect(${FIELDS}) AS readings`,
    { ids: [...claimIds] },
  );
  return new Map(rows.map((r) => [r.claimId, r.readings]));
}

/** The claim's reading version (0 when never read by an editor). */
export async function readingVersionOf(graph: Graph, claimId: string): Promise<number | null> {
  const [row] = await graph.rows<{ v: number }>('reading.version', 'MATCH (c:Claim {id: $id}) RETURN coalesce(c.readingVersion, 0) AS v', { id: claimId });
  return row ? row.v : null;
}

/** The current readings of a history: the latest of each position. */
export function currentReadings(history: readonly EditorReading[]): EditorReading[] {
  const latest = new Map<number, EditorReading>();
  for (const r of history) latest.set(r.position ?? -1, r);
  return [...latest.values()];
}

/** Which of these curated keys are already recorded (on existing claims), and which claims exist with their versions. */
export async function curatedReadingState(graph: Graph | Tx, claimIds: readonly string[]): Promise<{ versions: Map<string, number>; keys: Set<string> }> {
  const rows = await graph.rows<{ id: string; version: number; keys: string[] }>(
    'reading.curatedState',
    `UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id, coalesce(c.readingVersion, 0) AS version, [(c)-[:HAS_READING]->(r:Reading) WHERE r.curatedKey IS NOT NULL | r.curatedKey] AS keys`,
    { ids: [...claimIds] },
  );
  return { versions: new Map(rows.map((r) => [r.id, r.version])), keys: new Set(rows.flatMap((r) => r.keys)) };
}
