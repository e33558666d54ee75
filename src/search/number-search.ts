import { extractQuantities } from '../quantities/extract-quantities.ts';
import { foldScript } from './search-text.ts';

/**
 * A number in a search phrase, as the user copied it (`9800億美元`, `11月5日`, `18%-25%`,
 * `980 billion`). A claim matches when its text contains the number as written (in either
 * Chinese script) or when one of its quantities has the same normalised value.
 */
export interface NumberTerm {
  /** The surface as typed, folded to Simplified script: matched as a substring of `searchText`. */
  literal: string;
  /** The normalised value, when the extractor reads the surface as a quantity. */
  value?: NumberValue;
}

export interface NumberValue {
  value: number;
  upper?: number;
  /** The unit the surface names; `null` when it names none (`9800億`, `980 billion`): any unit matches. */
  unit: string | null;
  /** A date written without its year (`11月5日`): value is MMDD and matches that day in any year. */
  yearless?: boolean;
}

export interface ParsedSearch {
  /** Words for the full-text index (everything that is not a number), or '' when there are none. */
  text: string;
  numbers: NumberTerm[];
}

const HAS_DIGIT = /[0-9０-９]/;
const LONE_HAN = /^\p{Script=Han}$/u;

/**
 * Splits a search phrase into numbers and words. Numbers are found by the ingest extractor
 * itself (`extractQuantities`), so search reads `2.7萬億`, `18%-25%` or `$600–700 billion`
 * exactly as ingest stored them; a token with digits the extractor does not take for a
 * quantity (`GPT-5`, `H100`, `日經225`) is still searched as written.
 */
export function parseSearch(input: string): ParsedSearch {
  const phrase = input.trim();
  const numbers: NumberTerm[] = [];
  let rest = '';
  let at = 0;
  for (const q of extractQuantities(phrase, {})) {
    rest += ` ${phrase.slice(at, q.start)} `;
    at = q.end;
    const yearless = q.unit === 'date' && q.value < 10_000;
    numbers.push({
      literal: foldScript(q.surface),
      value: {
        value: q.value,
        ...(q.upper !== undefined ? { upper: q.upper } : {}),
        unit: q.unit === 'count' ? null : q.unit,
        ...(yearless ? { yearless } : {}),
      },
    });
  }
  rest += phrase.slice(at);
  const words: string[] = [];
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    // A lone Han character left over from a copied phrase (9800億美元卻) is below what the CJK
    // analyzer indexes (bigrams), so it too is matched as written.
    if (HAS_DIGIT.test(token) || LONE_HAN.test(token)) numbers.push({ literal: foldScript(token) });
    else words.push(token);
  }
  return { text: words.join(' '), numbers };
}

/** Relative tolerance for "the same value": floating-point sums (2.7 × 1e12) must still match. */
export const VALUE_TOLERANCE = 1e-9;

/** The closed interval of stored values that equal `v` within the tolerance. */
export function valueWindow(v: number): [number, number] {
  const slack = VALUE_TOLERANCE * Math.max(1, Math.abs(v));
  return [v - slack, v + slack];
}
