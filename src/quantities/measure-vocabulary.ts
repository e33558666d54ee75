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
  /** The range of USD levels the measure has held in the shipped record (data file, `levels`). */
  levels: z.tuple([z.number(), z.number()]).optional(),
  stock: z.boolean().default(false),
  /** An overnight facility: an amount of it "per day" is its level that day (data file, `overnight`). */
  overnight: z.boolean().default(false),
  /** What a word referring back can name it as (data file, `anaphors`): a balance, an account, a facility, a size. */
  refers: z.array(z.string()).default([]),
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
  /** An overnight facility (the ON RRP): its take-up "per day" is its level. */
  overnight: boolean;
  /** The range of USD levels the record has held, when the vocabulary says. */
  levels: readonly [number, number] | null;
  /** What a word referring back can name it as: `balance`, `account`, `facility`, `size`. */
  refers: readonly string[];
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
  composed: z.array(z.object({ factor: z.string(), owners: Words, heads: Words, holds: Words.optional(), owner_in_clause: z.boolean().optional() })).default([]),
  per_head: Words.default({ en: [], 'zh-Hant': [], 'zh-Hans': [] }),
  other_money: Words.default({ en: [], 'zh-Hant': [], 'zh-Hans': [] }),
  anaphors: z
    .object({ heads: z.record(z.string(), Words), determiners: Words, modifiers: Words, bare: Words.optional(), pronouns: Words, zero_subject: Words.optional(), zero_subject_after_time: Words.optional() })
    .default({ heads: {}, determiners: { en: [], 'zh-Hant': [], 'zh-Hans': [] }, modifiers: { en: [], 'zh-Hant': [], 'zh-Hans': [] }, pronouns: { en: [], 'zh-Hant': [], 'zh-Hans': [] } }),
  drains: Words.default({ en: [], 'zh-Hant': [], 'zh-Hans': [] }),
  parked: z.object({ factor: z.string(), verbs: Words, places: Words, not_by: Words }).optional(),
  loose: z.array(z.object({ factor: z.string(), modes: z.array(z.string()), as_change: z.boolean().default(false), rise: z.boolean().default(false), firm: z.boolean().default(false), en: z.array(z.string()).default([]), 'zh-Hant': z.array(z.string()).default([]), 'zh-Hans': z.array(z.string()).default([]) })).default([]),
});
const FILE = File.parse(parse(readFileSync(new URL('./data/measure-vocabulary.yaml', import.meta.url), 'utf8')));

function load(): VocabularyMeasure[] {
  return FILE.measures.map((m) => {
    const e = Entry.parse(m);
    return {
      id: e.factor ?? `${UNSHIPPED_PREFIX}${slug(e.name ?? 'unnamed')}`,
      kinds: e.kinds,
      stock: e.stock,
      overnight: e.overnight,
      levels: e.levels ?? null,
      refers: e.refers,
      terms: [...new Set([...e.en, ...e['zh-Hant'], ...e['zh-Hans']])],
    };
  });
}

/**
 * Loose words (data file, `loose`): "the debt", 債務, QT name a measure we ship only for a figure of its scale or mode.
 * They are matched as measures the record does not ship (ids `~loose:<factor>`), so a figure they govern takes no
 * factor unless read-frames.ts finds it fits (`looseReading`); an amount of a word marked `rise` (擴表, the balance
 * sheet expanded) is a rise, of the others (QT, 縮表) a fall. Such a reading is not firm — except for words marked
 * `firm` (国债/國債: the national debt or Treasury securities; a figure of the debt's scale is the debt, firmly).
 */
export const LOOSE_PREFIX = `${UNSHIPPED_PREFIX}loose:`;
const LOOSE = FILE.loose.map((l) => ({ id: `${LOOSE_PREFIX}${l.firm ? 'firm:' : ''}${l.rise ? 'rise:' : ''}${l.factor}`, factorId: l.factor, modes: l.modes, asChange: l.as_change, rise: l.rise, firm: l.firm, terms: [...new Set([...l.en, ...l['zh-Hant'], ...l['zh-Hans']])] }));

export const MEASURE_VOCABULARY: readonly VocabularyMeasure[] = [
  ...load(),
  ...LOOSE.map((l) => ({ id: l.id, kinds: [] as string[], stock: false, overnight: false, levels: null, refers: [] as string[], terms: l.terms })),
];

/** The factor a loose word's id (`~loose:[firm:]<factor>`) can resolve to, or null for any other id. */
export const looseTarget = (id: string): string | null => (id.startsWith(LOOSE_PREFIX) ? id.slice(LOOSE_PREFIX.length).replace(/^(?:firm:)?(?:rise:)?/, '') : null);

/** The measure a loose word names for a figure of this mode and USD value, or null (see `LOOSE_PREFIX`). */
export function looseReading(id: string, mode: string, value: number, unit: string, reachedTo = false): { factorId: string; mode: string | null; firm: boolean; rise: boolean } | null {
  const l = LOOSE.find((x) => x.id === id);
  if (!l || !/^USD$/.test(unit) || !l.modes.includes(mode)) return null;
  const range = LEVELS.get(l.factorId);
  const v = Math.abs(value);
  // (a figure after "to", 至: the level a move reached, "QT … to $6.54 trillion", is no amount of it)
  // ("QT … has already reached $864 billion": an amount of QT reached, below any level of its measure, is its cumulative change)
  const reachedAmount = l.asChange && mode === 'REACHED' && !reachedTo && !!range && v < range[0] * 0.9;
  const change = mode === 'CHANGE' || (l.asChange && mode === 'LEVEL' && !reachedTo) || reachedAmount;
  // (a change of at least a ten-thousandth of the lowest level: "$2.4 of new debt" per dollar is no change of the US debt)
  if (range && (change ? !(v >= range[0] * 1e-4 && v <= range[1]) : !(v >= range[0] * 0.9 && v <= range[1] * 1.1))) return null;
  return { factorId: l.factorId, mode: (l.asChange && mode === 'LEVEL' && !reachedTo) || reachedAmount ? 'CHANGE' : null, firm: l.firm, rise: l.rise };
}
const KINDS = new Map(MEASURE_VOCABULARY.map((m) => [m.id, m.kinds]));

/** The kinds of number a level of this factor is written in (empty when the vocabulary does not say). */
export const kindsOfMeasure = (factorId: string): readonly string[] => KINDS.get(factorId) ?? [];

const LEVELS = new Map(MEASURE_VOCABULARY.filter((m) => m.levels).map((m) => [m.id, m.levels as readonly [number, number]]));
/**
 * Whether a USD amount fits the scale of a measure (`levels`): a level within a third of the range's ends, a change
 * or a flow no larger than three times its top. A figure whose measure is read from its context takes it only then:
 * "$28.8 billion" after a sentence on reserves is another measure's. True when the vocabulary gives no range.
 */
export function fitsScale(factorId: string, value: number, mode: string): boolean {
  const range = LEVELS.get(factorId);
  if (!range) return true;
  const v = Math.abs(value);
  if (mode === 'CHANGE' || mode === 'FLOW') return v > 0 && v <= range[1] * 3;
  return v >= range[0] / 3 && v <= range[1] * 3;
}

const STOCKS = new Set(MEASURE_VOCABULARY.filter((m) => m.stock).map((m) => m.id));
/** Whether the factor is a stock outstanding (federal debt), so an amount of it is not an amount issued. */
export const isStock = (factorId: string): boolean => STOCKS.has(factorId);

const OVERNIGHT = new Set(MEASURE_VOCABULARY.filter((m) => m.overnight).map((m) => m.id));
/** Whether the factor is an overnight facility's take-up, whose amount "per day" is its level that day. */
export const isOvernight = (factorId: string): boolean => OVERNIGHT.has(factorId);

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
export const COMPOSED_MEASURES: readonly { factorId: string; owners: readonly string[]; heads: readonly string[]; holds: readonly string[]; ownerInClause: boolean }[] = FILE.composed.map((c) => ({
  factorId: c.factor,
  owners: words(c.owners),
  heads: words(c.heads),
  holds: c.holds ? words(c.holds) : [],
  ownerInClause: c.owner_in_clause ?? false,
}));

/** Money that is not a measure of anyone's balance (`other_money`): spending, receipts, revenue, an auction. */
export const OTHER_MONEY_WORDS: readonly string[] = words(FILE.other_money);

/**
 * Whether a USD amount is on the scale of a measure, strictly: a level within a tenth of the range the record has held,
 * a change or a flow no larger than its top. For the page's one subject, a reading weaker than the headline's.
 */
export function onScale(factorId: string, value: number, mode: string): boolean {
  const range = LEVELS.get(factorId);
  if (!range) return false;
  const v = Math.abs(value);
  if (mode === 'CHANGE' || mode === 'FLOW') return v > 0 && v <= range[1];
  return v >= range[0] * 0.9 && v <= range[1] * 1.1;
}

/** Words that make an amount one per person or household (`per_head`). */
export const PER_HEAD_WORDS: readonly string[] = words(FILE.per_head);

const REFERS = new Map(MEASURE_VOCABULARY.map((m) => [m.id, m.refers]));
/** What a word referring back can name this measure as (`balance`, `facility`…); empty for a factor the vocabulary does not list. */
export const refersOf = (factorId: string): readonly string[] => REFERS.get(factorId) ?? [];

/** Whether the vocabulary lists the factor as a measure the record ships (a series can be checked against it). */
export const isShippedMeasure = (factorId: string): boolean => !isUnshipped(factorId) && KINDS.has(factorId);

/** Words that refer back to a measure of the sentence before (`anaphors`): head nouns by class, determiners, modifiers, pronouns. */
export const ANAPHOR_WORDS = {
  heads: Object.entries(FILE.anaphors.heads).map(([cls, w]) => ({ cls, words: words(w) })),
  determiners: words(FILE.anaphors.determiners),
  modifiers: words(FILE.anaphors.modifiers),
  bare: FILE.anaphors.bare ? words(FILE.anaphors.bare) : [],
  pronouns: words(FILE.anaphors.pronouns),
  zeroSubject: FILE.anaphors.zero_subject ? words(FILE.anaphors.zero_subject) : [],
  zeroSubjectAfterTime: FILE.anaphors.zero_subject_after_time ? words(FILE.anaphors.zero_subject_after_time) : [],
};

/** Verbs whose object is drained or absorbed (`drains`): 抽離市場流動性, "drained liquidity from the market". */
export const DRAIN_VERBS: readonly string[] = words(FILE.drains);

/** Money parked at the Fed by those who are not banks (`parked`): the reverse repo facility's take-up. */
export const PARKED_AT_FED: { factorId: string; verbs: readonly string[]; places: readonly string[]; notBy: readonly string[] } | null = FILE.parked
  ? { factorId: FILE.parked.factor, verbs: words(FILE.parked.verbs), places: words(FILE.parked.places), notBy: words(FILE.parked.not_by) }
  : null;
