import { csvError, isIsoDate, numberCell, readCsv } from './read-csv.ts';

export interface FredObservation {
  /** ISO yyyy-mm-dd, as FRED dates it (GFDEBTN: the first day of the quarter). */
  date: string;
  /** As written in the file, in the file's own scale; null where FRED has no value. */
  value: number | null;
  /** 1-based line of the row in the file, for later error messages (unit checks). */
  line: number;
}

export interface FredSeries {
  /** `FRED:` + the id in the header, e.g. `FRED:WRESBAL`. */
  seriesId: string;
  /** Ascending by date, one per date. */
  observations: FredObservation[];
}

const DATE_HEADERS = new Set(['observation_date', 'DATE']);
const FRED_ID = /^[A-Z0-9_]{2,40}$/;

/**
 * Parses a FRED series download: header `observation_date,ID` (current) or `DATE,ID` (older
 * downloads), then one `date,value` row per observation. An empty or `.` value is missing and stays
 * null, never filled in. Wrong header, a non-ISO or duplicate date, a non-numeric value or a stray
 * column throws BAD_USER_INPUT naming the line and column. `options.seriesId` (`WRESBAL` or
 * `FRED:WRESBAL`) must match the header when given.
 */
export function parseFredCsv(text: string, options: { seriesId?: string } = {}): FredSeries {
  const records = readCsv(text);
  const header = records[0];
  if (!header) throw csvError(1, 1, undefined, 'the file is empty; expected the header observation_date,SERIES_ID');
  const [dateHeader = '', idHeader = ''] = header.fields.map((f) => f.trim());
  if (!DATE_HEADERS.has(dateHeader)) {
    throw csvError(header.line, 1, undefined, `header ${JSON.stringify(dateHeader)} should be observation_date (or DATE in older FRED files)`);
  }
  if (!FRED_ID.test(idHeader)) throw csvError(header.line, 2, undefined, `header ${JSON.stringify(idHeader)} should be the FRED series id, e.g. WRESBAL`);
  if (header.fields.length !== 2) throw csvError(header.line, 3, undefined, `a FRED file has 2 columns, this header has ${header.fields.length}`);
  const seriesId = `FRED:${idHeader}`;
  if (options.seriesId !== undefined) {
    const wanted = options.seriesId.startsWith('FRED:') ? options.seriesId : `FRED:${options.seriesId}`;
    if (wanted !== seriesId) throw csvError(header.line, 2, undefined, `the file holds ${idHeader}, not ${wanted.slice(5)}`);
  }

  const seen = new Map<string, number>();
  const observations: FredObservation[] = [];
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== 2) throw csvError(line, Math.min(fields.length, 3), undefined, `expected 2 columns (date,value), found ${fields.length}`);
    const date = (fields[0] ?? '').trim();
    if (!isIsoDate(date)) throw csvError(line, 1, dateHeader, `${JSON.stringify(date.slice(0, 40))} is not an ISO date (yyyy-mm-dd)`);
    const earlier = seen.get(date);
    if (earlier !== undefined) throw csvError(line, 1, dateHeader, `duplicate date ${date} (also on line ${earlier})`);
    seen.set(date, line);
    observations.push({ date, value: numberCell(fields[1] ?? '', line, 2, idHeader), line });
  }
  observations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { seriesId, observations };
}
