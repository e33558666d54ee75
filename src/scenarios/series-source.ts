import { AppError } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { observations } from '../series/series-store.ts';
import { MODEL_SERIES, type ObservationSet } from '../liquidity/observations.ts';
import { readReferenceFiles } from './reference-files.ts';

export type DataSource = 'SERIES_STORE' | 'SHIPPED_FILES';

/**
 * The model's series from the series store (what editors imported and reviewed), or — when the
 * store lacks one of them, as on a graph where no series were imported — the shipped files.
 * Which one was used is returned and shown with every answer, never swapped silently.
 */
export async function modelObservations(graph: Graph): Promise<{ observations: ObservationSet; source: DataSource }> {
  try {
    const lists = await Promise.all(MODEL_SERIES.map((id) => observations(graph, id)));
    const out: ObservationSet = {};
    MODEL_SERIES.forEach((id, i) => {
      out[id] = lists[i]!.map((o) => ({ date: o.date, value: o.value }));
    });
    return { observations: out, source: 'SERIES_STORE' };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return { observations: readReferenceFiles(), source: 'SHIPPED_FILES' };
    throw error;
  }
}
