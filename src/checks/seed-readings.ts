/**
 * The seed's curated readings (`seeds/reference/measures.yaml`, `readings:`) recorded as what they are: editor
 * readings by the seed, with its note as the reason, in the same history as any editor's. A reload records each
 * once (by its content), so an editor's later correction stays current.
 */
import { createHash } from 'node:crypto';
import type { Graph } from '../graph/graph.ts';
import type { MeasuresFile } from '../series/measures-file.ts';
import { SEED_EDITOR, curatedReadingState, recordReadingTx, type NewReading } from './reading-store.ts';

type CuratedReading = MeasuresFile['readings'][number];

/** A curated reading as an editor reading: a named window becomes its dates; "change" becomes the mode and direction. */
export function seedReadingOf(r: CuratedReading, windows: MeasuresFile['windows']): Omit<NewReading, 'expectedVersion'> {
  const w = r.window ? windows.find((x) => x.id === r.window) : undefined;
  const mode = r.period && r.period !== 'WINDOW' ? 'FLOW' : r.change ? 'CHANGE' : null;
  return {
    claimId: r.claim,
    position: null,
    factorId: r.factor ?? null,
    mode,
    direction: r.change ?? null,
    period: r.period && r.period !== 'WINDOW' ? r.period : null,
    window: w ? { start: w.from, end: w.to } : null,
    assertions: r.assertions ?? [],
    notCheckable: r.notCheckable ?? null,
    note: r.note ?? null,
    reason: r.notCheckable ?? r.note ?? 'Curated with the seed.',
    editor: SEED_EDITOR,
    curatedKey: createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 32),
  };
}

export function seedReadingKeys(file: MeasuresFile): string[] {
  return file.readings.map((r) => seedReadingOf(r, file.windows).curatedKey!);
}

/** Records the seed's readings not yet recorded, for claims that exist; returns how many were written. */
export async function recordSeedReadings(graph: Graph, file: MeasuresFile): Promise<number> {
  if (!file.readings.length) return 0;
  return graph.write('reading.seed', async (tx) => {
    const { versions, keys } = await curatedReadingState(tx, file.readings.map((r) => r.claim));
    let written = 0;
    for (const r of file.readings) {
      const reading = seedReadingOf(r, file.windows);
      const version = versions.get(r.claim);
      if (version === undefined || keys.has(reading.curatedKey!)) continue;
      const row = await recordReadingTx(tx, { ...reading, expectedVersion: version });
      versions.set(r.claim, row.version);
      written++;
    }
    return written;
  });
}

/** True when every seed reading whose claim exists is recorded. */
export async function seedReadingsCurrent(graph: Graph, file: MeasuresFile): Promise<boolean> {
  const { versions, keys } = await curatedReadingState(graph, file.readings.map((r) => r.claim));
  return file.readings.every((r) => !versions.has(r.claim) || keys.has(seedReadingOf(r, file.windows).curatedKey!));
}
