import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Graph } from '../graph/graph.ts';
import { CATALOGUE } from './catalogue.ts';
import { readSeriesText } from './import-series.ts';
import { recordSeedReadings, seedReadingsCurrent } from '../checks/seed-readings.ts';
import { readMeasuresFile } from './measures-file.ts';
import { curatedLinksPresent, loadCuratedMeasures } from './measure-store.ts';
import { importObservations, seriesHashes, type ImportOutcome } from './series-store.ts';

export interface ReferenceSummary {
  series: ImportOutcome[];
  measures: number;
}

const fileSha = async (path: string) => createHash('sha256').update(await readFile(path, 'utf8'), 'utf8').digest('hex');

/** True when `dir` holds the shipped reference data (`measures.yaml` beside the series files). */
export const hasReference = (dir: string) => existsSync(`${dir}measures.yaml`);

async function readShipped(dir: string) {
  const files = [];
  for (const info of CATALOGUE) {
    const text = await readFile(`${dir}${info.file}`, 'utf8');
    files.push({ info, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') });
  }
  return files;
}

/**
 * Loads every shipped series and the curated factor→series links. Every file is parsed and
 * validated before anything is written; re-loading the same files changes nothing.
 */
export async function loadReference(graph: Graph, dir: string, onProgress?: (done: number, total: number, what: string) => void): Promise<ReferenceSummary> {
  const shipped = await readShipped(dir);
  const prepared = shipped.map((f) => ({ ...f, ...readSeriesText(f.text, { seriesId: f.info.id }) }));
  const measures = await readMeasuresFile(`${dir}measures.yaml`);
  const measuresSha = await fileSha(`${dir}measures.yaml`);
  const series: ImportOutcome[] = [];
  for (const [i, f] of prepared.entries()) {
    series.push(await importObservations(graph, f.info, f.prepared.rows, { sha256: f.sha256, origin: `seeds/reference/${f.info.file}` }));
    onProgress?.(i + 1, prepared.length, f.info.id);
  }
  const linked = await loadCuratedMeasures(graph, measures, measuresSha);
  // The seed's curated readings, recorded as the seed's own editor readings (with history, like any editor's).
  await recordSeedReadings(graph, measures);
  return { series, measures: linked };
}

/** True when every shipped series is loaded from the shipped file and every curated link from this measures.yaml. */
export async function referenceCurrent(graph: Graph, dir: string): Promise<boolean> {
  const shipped = await readShipped(dir);
  const hashes = await seriesHashes(graph, shipped.map((f) => f.info.id));
  if (!shipped.every((f) => hashes.get(f.info.id) === f.sha256)) return false;
  const measures = await readMeasuresFile(`${dir}measures.yaml`);
  const present = await curatedLinksPresent(graph, measures.measures.map((m) => ({ factor: m.factor, series: m.series })), await fileSha(`${dir}measures.yaml`));
  return present === measures.measures.length && (await seedReadingsCurrent(graph, measures));
}
