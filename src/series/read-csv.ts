import { parse } from 'csv-parse/sync';
import { AppError, badInput } from '../errors.ts';

/** One CSV record with the 1-based line it starts on, for error messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * A malformed reference file: BAD_USER_INPUT naming the line and the column (1-based), so the
 * person holding the file can find the cell; `extensions.line` / `extensions.column` carry them.
 */
export function csvError(line: number, column: number, columnName: string | undefined, message: string): AppError {
  const where = `line ${line}, column ${column}${columnName ? ` (${columnName})` : ''}`;
  return badInput(`${where}: ${message}`, [{ path: `line ${line}.column ${column}`, message }], { line, column });
}

/** Parses CSV text (RFC 4180 quoting, CRLF or LF, a UTF-8 BOM) into records with their line numbers. */
export function readCsv(text: string): CsvRecord[] {
  try {
    const rows = parse(text, { info: true, bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows.map((r) => ({ line: r.info.lines, fields: r.record }));
  } catch (error) {
    const e = error as { lines?: number; column?: number | string; message?: string };
    throw csvError(e.lines ?? 1, typeof e.column === 'number' ? e.column + 1 : 1, undefined, `not valid CSV (${e.message ?? 'parse error'})`);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written yyyy-mm-dd (2025-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a number; `null` for FRED's missing markers (empty or `.`); throws naming the cell otherwise. */
export function numberCell(raw: string, line: number, column: number, columnName: string): number | null {
  const text = raw.trim();
  if (text === '' || text === '.') return null;
  if (!NUMBER.test(text)) throw csvError(line, column, columnName, `${JSON.stringify(text.slice(0, 40))} is not a number`);
  return Number(text);
}
