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

const Words = z.object({ en: z.array(z.string()).default([]), 'zh-Hant': z.array(z.string()).default([]), 'zh-Hans': z.array(z.string()).default([]) });
const words = (w: z.infer<typeof Words>) => [...new Set([...w.en, ...w['zh-Hant'], ...w['zh-Hans']])];
const File = z.object({
  measures: z.array(z.unknown()),
  ours: Words.default({ en: [], 'zh-Hant': [], 'zh-Hans': [] }),
  others: z.record(z.string(), Words).default({}),
  composed: z.array(z.object({ factor: z.string(), owners: Words, heads: Words })).default([]),
  per_head: Words.default({ en: [], 'zh-Hant': [], 'zh-Hans': [] }),
});
const FILE = File.parse(parse(readFileSync(new URL('./data/measure-vocabulary.yaml', import.meta.url), 'utf8')));

function load(): VocabularyMeasure[] {
  return FILE.measures.map((m) => {
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

/**
 * Owners that make a measure someone else's (data/measure-vocabulary.yaml, `others`): for each factor, the words
 * of `all` (other countries and their central banks) and of the factor's own list.
 */
export const OTHER_OWNERS: ReadonlyMap<string, readonly string[]> = new Map(
  MEASURE_VOCABULARY.filter((m) => !isUnshipped(m.id)).map((m) => [m.id, [...words(FILE.others['all'] ?? Words.parse({})), ...(FILE.others[m.id] ? words(FILE.others[m.id]!) : [])]]),
);

/** Owners of the measures we ship (`ours`): written before a measure's words, they keep it ours. */
export const OUR_OWNERS: readonly string[] = words(FILE.ours);

/** Measures named by an owner and a word of their own (`composed`): the Treasury's 現金, the Fed's 資產規模. */
export const COMPOSED_MEASURES: readonly { factorId: string; owners: readonly string[]; heads: readonly string[] }[] = FILE.composed.map((c) => ({
  factorId: c.factor,
  owners: words(c.owners),
  heads: words(c.heads),
}));

/** Words that make an amount one per person or household (`per_head`). */
export const PER_HEAD_WORDS: readonly string[] = words(FILE.per_head);
