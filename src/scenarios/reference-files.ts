import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../config.ts';
import { parseDtsCsv } from '../series/dts-csv.ts';
import { parseFredCsv } from '../series/fred-csv.ts';
import { MODEL_SERIES, type ModelSeriesId, type ObservationSet } from '../liquidity/observations.ts';

export const REFERENCE_DIR = `${PROJECT_ROOT}seeds/reference/`;

const FILES: Record<ModelSeriesId, string> = {
  'FRED:WRESBAL': 'fred/WRESBAL.csv',
  'FRED:WTREGEN': 'fred/WTREGEN.csv',
  'FRED:WDTGAL': 'fred/WDTGAL.csv',
  'FRED:WALCL': 'fred/WALCL.csv',
  'FRED:RRPONTSYD': 'fred/RRPONTSYD.csv',
  'FRED:GFDEBTN': 'fred/GFDEBTN.csv',
  'TREASURY:DTS_TGA_CLOSE': 'treasury/dts_operating_cash_balance_tga.csv',
};

/**
 * The shipped reference CSVs (`seeds/reference/`) as observation arrays, read with the series
 * importers' parsers. For the CLI, the eval and tests; the API reads the series store instead.
 */
export function readReferenceFiles(dir = REFERENCE_DIR): ObservationSet {
  const out: ObservationSet = {};
  for (const id of MODEL_SERIES) {
    const text = readFileSync(`${dir}${FILES[id]}`, 'utf8');
    out[id] =
      id === 'TREASURY:DTS_TGA_CLOSE'
        ? parseDtsCsv(text).map((d) => ({ date: d.date, value: d.closing }))
        : parseFredCsv(text, { seriesId: id }).observations.map((o) => ({ date: o.date, value: o.value }));
  }
  return out;
}
