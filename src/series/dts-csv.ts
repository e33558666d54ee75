import { csvError, isIsoDate, numberCell, readCsv } from './read-csv.ts';

/** One day of the Daily Treasury Statement's Treasury General Account, in millions of USD. */
export interface DtsDay {
  date: string;
  closing: number | null;
  opening: number | null;
  /** Today's deposits into the TGA (Table II total). */
  deposits: number | null;
  /** Today's withdrawals from the TGA (Table II total), as a positive amount. */
  withdrawals: number | null;
  /** 1-based line of the closing-balance row (else the first row of the day), for error messages. */
  line: number;
}

type Field = 'closing' | 'opening' | 'deposits' | 'withdrawals';

/**
 * Row labels ("Type of Account") of the TGA rows. Since 2022-04-18 the statement has four; before
 * that one row, "Federal Reserve Account" or "Treasury General Account (TGA)", giving only the day's
 * opening balance. Other accounts of Table I are skipped.
 */
const LABELS: Record<string, Field> = {
  'Treasury General Account (TGA) Opening Balance': 'opening',
  'Treasury General Account (TGA) Closing Balance': 'closing',
  'Total TGA Deposits (Table II)': 'deposits',
  'Total TGA Withdrawals (Table II) (-)': 'withdrawals',
  'Federal Reserve Account': 'opening',
  'Treasury General Account (TGA)': 'opening',
};

const REQUIRED = ['Record Date', 'Type of Account', 'Opening Balance Today'] as const;

/**
 * Parses Treasury Fiscal Data's "Operating Cash Balance" (DTS Table I) CSV export. The export
 * puts every row's amount of the day in the column headed "Opening Balance Today" — on the
 * closing-balance row that amount is the closing balance, on the deposits and withdrawals rows the
 * day's flow. Returns one entry per date, ascending. A missing column, a non-ISO date, a repeated
 * row, a non-numeric amount, or a closing balance that is not opening + deposits − withdrawals
 * throws BAD_USER_INPUT naming the line and column.
 */
export function parseDtsCsv(text: string): DtsDay[] {
  const records = readCsv(text);
  const header = records[0];
  if (!header) throw csvError(1, 1, undefined, 'the file is empty; expected the Daily Treasury Statement header (Record Date, Type of Account, Opening Balance Today, …)');
  const names = header.fields.map((f) => f.trim());
  const col: Record<(typeof REQUIRED)[number], number> = { 'Record Date': -1, 'Type of Account': -1, 'Opening Balance Today': -1 };
  for (const name of REQUIRED) {
    col[name] = names.indexOf(name);
    if (col[name] < 0) throw csvError(header.line, 1, undefined, `the header lacks the column ${JSON.stringify(name)}; is this the DTS Operating Cash Balance export?`);
  }
  const dateCol = col['Record Date'];
  const labelCol = col['Type of Account'];
  const amountCol = col['Opening Balance Today'];

  const days = new Map<string, DtsDay & { lines: Partial<Record<Field, number>> }>();
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== names.length) throw csvError(line, Math.min(fields.length + 1, names.length), undefined, `expected ${names.length} columns like the header, found ${fields.length}`);
    const date = (fields[dateCol] ?? '').trim();
    if (!isIsoDate(date)) throw csvError(line, dateCol + 1, 'Record Date', `${JSON.stringify(date.slice(0, 40))} is not an ISO date (yyyy-mm-dd)`);
    const field = LABELS[(fields[labelCol] ?? '').trim()];
    if (!field) continue;
    const raw = (fields[amountCol] ?? '').trim();
    const amount = raw === 'null' ? null : numberCell(raw, line, amountCol + 1, 'Opening Balance Today');
    let day = days.get(date);
    if (!day) {
      day = { date, closing: null, opening: null, deposits: null, withdrawals: null, line, lines: {} };
      days.set(date, day);
    }
    const earlier = day.lines[field];
    if (earlier !== undefined) throw csvError(line, labelCol + 1, 'Type of Account', `a second ${field} row for ${date} (also on line ${earlier})`);
    day.lines[field] = line;
    day[field] = amount;
    if (field === 'closing') day.line = line;
  }

  const out: DtsDay[] = [];
  for (const { lines, ...day } of days.values()) {
    const { opening, deposits, withdrawals, closing } = day;
    // The statement's own identity: a closing balance that breaks it means a mislabelled or shifted row.
    if (closing !== null && opening !== null && deposits !== null && withdrawals !== null && Math.abs(opening + deposits - withdrawals - closing) > 1) {
      throw csvError(day.line, amountCol + 1, 'Opening Balance Today', `closing balance ${closing} is not opening ${opening} + deposits ${deposits} − withdrawals ${withdrawals}`);
    }
    out.push(day);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
