import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The vocabulary of measures (data/measure-vocabulary.yaml): the words a sentence uses for what a number measures,
 * mapped to the graph's factors, in English and both Chinese scripts. Read once at start-up.
 */
const Entry = z.object({
  factor: z.string().nullable(),
  name: z.string().optional(),
  kinds: z.array(z.string()).default([]),
  stock: z.boolean().default(false),
  sources: z.array(z.string()).default([]),
  en: z.array(z.string()).default([]),
  'zh-Hant': z.array(z.string()).default([]),
  'zh-Hans': z.array(z.string()).default([]),
});

export interface VocabularyMeasure {
  /** The graph factor's id, or an id starting with `~` for a measure the record does not ship. */
  id: string;
  kinds: readonly string[];
  /** A stock outstanding (federal debt), not a flow. */
  stock: boolean;
  terms: readonly string[];
}

/** Ids of measures the record does not ship start with this: a number about them takes no factor. */
export const UNSHIPPED_PREFIX = '~';
export const isUnshipped = (id: string) => id.startsWith(UNSHIPPED_PREFIX);

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function load(): VocabularyMeasure[] {
  const raw = parse(readFileSync(new URL('./data/measure-vocabulary.yaml', import.meta.url), 'utf8')) as { measures: unknown[] };
  return raw.measures.map((m) => {
    const e = Entry.parse(m);
    return {
      id: e.factor ?? `${UNSHIPPED_PREFIX}${slug(e.name ?? 'unnamed')}`,
      kinds: e.kinds,
      stock: e.stock,
      terms: [...new Set([...e.en, ...e['zh-Hant'], ...e['zh-Hans']])],
    };
  });
}

export const MEASURE_VOCABULARY: readonly VocabularyMeasure[] = load();
const KINDS = new Map(MEASURE_VOCABULARY.map((m) => [m.id, m.kinds]));

/** The kinds of number a level of this factor is written in (empty when the vocabulary does not say). */
export const kindsOfMeasure = (factorId: string): readonly string[] => KINDS.get(factorId) ?? [];

const STOCKS = new Set(MEASURE_VOCABULARY.filter((m) => m.stock).map((m) => m.id));
/** Whether the factor is a stock outstanding (federal debt), so an amount of it is not an amount issued. */
export const isStock = (factorId: string): boolean => STOCKS.has(factorId);
