import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { badInput, notFound } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { CATALOGUE, seriesInfo, type SeriesInfo } from './catalogue.ts';
import { parseDtsCsv } from './dts-csv.ts';
import { parseFredCsv } from './fred-csv.ts';
import { prepareImport, type RawObservation } from './prepare-import.ts';
import { importObservations, type ImportOutcome } from './series-store.ts';

export interface ImportOptions {
  /** Which series the file is for; read from the file's header when omitted. */
  seriesId?: string | undefined;
  /** Convert a file in the other scale (a billions vintage of WRESBAL) instead of refusing it. */
  convert?: boolean | undefined;
  /** Provenance recorded on the series: a path, a file name or `FRED API`. */
  origin: string;
  /** Observations written so far, for long imports. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** What a file holds, before anything is written: parsed, validated and converted rows. Throws BAD_USER_INPUT naming line and column. */
export function readSeriesText(text: string, options: Omit<ImportOptions, 'origin'> = {}) {
  const dts = /^\uFEFF?"?Record Date"?,/.test(text);
  let info: SeriesInfo | undefined;
  let raw: RawObservation[];
  if (dts) {
    info = seriesInfo(options.seriesId ?? 'TREASURY:DTS_TGA_CLOSE');
    if (!info || info.format !== 'DTS_CSV') throw badInput(`A Daily Treasury Statement file is imported as one of ${CATALOGUE.filter((s) => s.format === 'DTS_CSV').map((s) => s.id).join(', ')}, not ${options.seriesId}`);
    // Days before 2022-04-18 give only the opening balance: they have no closing balance (nor flows) to store, and none is made up.
    const row = info.dtsRow ?? 'closing';
    raw = parseDtsCsv(text).filter((d) => d[row] !== null).map((d) => ({ date: d.date, value: d[row], line: d.line }));
  } else {
    const parsed = parseFredCsv(text, options.seriesId ? { seriesId: options.seriesId } : {});
    info = seriesInfo(parsed.seriesId);
    if (!info) throw notFound(`${parsed.seriesId} is not a series claimgraph knows; the catalogue has ${CATALOGUE.map((s) => s.id).join(', ')}`, { id: parsed.seriesId });
    raw = parsed.observations;
  }
  if (raw.length === 0) throw badInput(`The file holds no observations of ${info.id}`);
  return { info, prepared: prepareImport(info, raw, options.convert ? { convert: true } : {}) };
}

/** Validates a file completely, then imports it in one transaction: a bad file writes nothing. */
export async function importSeriesText(graph: Graph, text: string, options: ImportOptions): Promise<ImportOutcome> {
  const { info, prepared } = readSeriesText(text, options);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return importObservations(graph, info, prepared.rows, {
    sha256,
    origin: options.origin,
    convertedFromScale: prepared.converted ? prepared.fileScale : undefined,
  }, options.onProgress);
}

export async function importSeriesFile(graph: Graph, path: string, options: Partial<ImportOptions> = {}): Promise<ImportOutcome> {
  const text = await readFile(path, 'utf8');
  return importSeriesText(graph, text, { ...options, origin: options.origin ?? basename(path) });
}
