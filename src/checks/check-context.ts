import { readMeasuresFile, type MeasuresFile } from '../series/measures-file.ts';
import { SEEDS_DIR } from '../seed/load-seed.ts';
import type { CheckContext } from './check-types.ts';

/**
 * The check context from a measures file: named windows and the reasons unmeasured factors have no series. The
 * file's curated readings are not here: they are recorded in the graph as the seed's own editor readings
 * (`seed-readings.ts`), like any editor's.
 */
export function checkContextOf(file: MeasuresFile): CheckContext {
  return {
    windows: file.windows,
    unmeasured: new Map(file.unmeasured.map((u) => [u.factor, u.reason])),
  };
}

let shipped: Promise<CheckContext> | undefined;

/** The shipped `seeds/reference/measures.yaml`, read once per process. */
export function shippedCheckContext(): Promise<CheckContext> {
  shipped ??= readMeasuresFile(`${SEEDS_DIR}reference/measures.yaml`).then(checkContextOf);
  return shipped;
}
