import { readMeasuresFile, type MeasuresFile } from '../series/measures-file.ts';
import { SEEDS_DIR } from '../seed/load-seed.ts';
import type { CheckContext, CuratedReading } from './check-claim.ts';

/** The check context from a measures file: named windows, reasons for unmeasured factors, curated readings. */
export function checkContextOf(file: MeasuresFile): CheckContext {
  return {
    windows: file.windows,
    unmeasured: new Map(file.unmeasured.map((u) => [u.factor, u.reason])),
    readings: new Map(file.readings.map((r) => [r.claim, r as CuratedReading])),
  };
}

let shipped: Promise<CheckContext> | undefined;

/** The shipped `seeds/reference/measures.yaml`, read once per process. */
export function shippedCheckContext(): Promise<CheckContext> {
  shipped ??= readMeasuresFile(`${SEEDS_DIR}reference/measures.yaml`).then(checkContextOf);
  return shipped;
}
