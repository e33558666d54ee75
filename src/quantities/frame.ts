/**
 * What a quantity says about its measure: the contract between reading (ingest) and checking (issue 18).
 * Types only; imports nothing. Ingest fills a `QuantityFrame` for every quantity it reads; the store keeps it as flat
 * properties of the `:Quantity` node (`FRAME_PROPERTIES` below, since Neo4j properties cannot be maps); the checks
 * read it back, and an editor's reading (a correction of factor, window or mode) takes precedence over it.
 */

/** How a quantity speaks of its measure. */
export type FrameMode =
  /** A level at a time: "reserves were $2.85 trillion on 29 October". */
  | 'LEVEL'
  /** A change over a window: "fell by $150 billion within two weeks", 增加了近1900亿美元. */
  | 'CHANGE'
  /** A flow per period: "$20 billion per month", 每月減持950億. */
  | 'FLOW'
  /** A level reached within a window: "rose to $1 trillion", 升至1萬億. */
  | 'REACHED'
  /** A line crossed: "broke through $1 trillion", 突破1兆美元, 跌破3萬億. */
  | 'CROSSED'
  /** An extremum: "the lowest since early 2021", 創新高. */
  | 'EXTREMUM'
  /** A share or ratio: "12% of banks' assets". */
  | 'SHARE'
  /** Anything else (a count, a duration, a date): not held against a series. */
  | 'OTHER';

export type FrameDirection = 'INCREASE' | 'DECREASE';
/**
 * Whether the sentence states the number as what happened, or as something the record cannot contradict: a forecast
 * ("could fall to", 預計將達到), an estimate (估計, "an estimated", 應能降至), a condition ("if", "assuming", 若,
 * 在…跌破…之前) or a target (目標, "target", 上限). Only a STATED number can be INCONSISTENT.
 */
export type FrameMood = 'STATED' | 'FORECAST' | 'ESTIMATE' | 'CONDITION' | 'TARGET';
export type FramePeriod = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
/**
 * Where a window came from: the quantity's own sentence, the document's date as a stated fallback, or — when its own
 * sentence names no time — the one time of the sentence before it in its paragraph (not firm: a reading of context).
 */
export type TimeSource = 'TEXT' | 'DOCUMENT_DATE' | 'SENTENCE_BEFORE';
/**
 * Where a factor came from (issue 18): the quantity's own sentence, the sentence before it in its paragraph (a word
 * referring back, `factorAnaphor`), or the document's headline, whose one measure a figure in the lead with no measure
 * of its own speaks of, or the page's one subject (PAGE), for a figure whose sentence names no measure on a page that names
 * one measure we ship. Anything but TEXT is a reading of context, not firm: the check never calls it INCONSISTENT.
 */
export type FactorSource = 'TEXT' | 'SENTENCE_BEFORE' | 'HEADLINE' | 'LOOSE' | 'PAGE';

/** Inclusive ISO dates (`2025-10-30`); a day is start = end. */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface QuantityFrame {
  /** The factor measured, chosen only on evidence in the quantity's own sentence; null when the sentence names none. */
  factorId: string | null;
  /** The words that named the factor, as written; null with `factorId` null. */
  factorEvidence: string | null;
  /**
   * When the factor was named in the sentence before and this sentence refers back to it ("the figure", 該數字, "It"):
   * those words, as written (`factorEvidence` then holds the words of the sentence before). Such a reading is not firm.
   * Null when the quantity's own sentence names the factor, or none.
   */
  factorAnaphor?: string | null;
  /**
   * Where the factor was read: TEXT (the quantity's own sentence), SENTENCE_BEFORE (referred back to), HEADLINE (the
   * headline's one measure). Null with `factorId` null, and on frames read before sources were recorded (then
   * `factorAnaphor` set means SENTENCE_BEFORE).
   */
  factorSource?: FactorSource | null;
  mode: FrameMode;
  /** Stated as fact, or forecast, estimated, supposed, targeted (src/quantities/mood.ts); null on frames read before moods were. */
  mood: FrameMood | null;
  /** The words that set a mood other than STATED, as written; null for STATED. */
  moodEvidence: string | null;
  /** CHANGE, REACHED, CROSSED: the direction stated; null when the text does not state one. */
  direction: FrameDirection | null;
  /** FLOW: the period of the rate. */
  period: FramePeriod | null;
  /** When: the window the quantity speaks of, resolved against the document's date. */
  window: TimeWindow | null;
  /** The time expression as written (`10月30日`, "the week ending October 29"), or null. */
  timeText: string | null;
  timeSource: TimeSource | null;
  /** CHANGE: the length of the window the change happened over, in days ("within two weeks" → 14), when stated. */
  spanDays: number | null;
  /** A comparison base: "down from more than $2 trillion in 2022" is a past level of the same measure. */
  base: { value: number; unit: string; window: TimeWindow | null; timeText: string | null } | null;
  /** EXTREMUM: "the lowest since early 2021". */
  extremum: { kind: 'LOWEST' | 'HIGHEST'; since: TimeWindow | null; sinceText: string | null } | null;
}

/** Assertions a claim makes beyond its numbers that the record can test. */
export type AssertionKind =
  /** A flow said to have stopped: "frozen", "cannot be spent", 凍結, 無法支出. */
  | 'FLOW_STOPPED'
  /** A stock presented as an amount issued or added: 增發的38萬億美元國債 (38T is the stock of debt). */
  | 'STOCK_AS_FLOW'
  /** "lowest / highest since …". */
  | 'EXTREMUM_SINCE'
  /** A named line said to be near: "one step away from 2.5 trillion", 一步之遙. */
  | 'NEAR_LINE';

export interface ClaimAssertion {
  kind: AssertionKind;
  /** The words that assert it, verbatim, and their UTF-16 span in the document. */
  text: string;
  start: number;
  end: number;
  /** The factor the assertion is about, from the same sentence; null when none is named. */
  factorId: string | null;
}

/**
 * The `:Quantity` node's properties that hold its frame (flat: Neo4j properties cannot be maps). Dates are ISO
 * strings; absent parts are absent properties (null). `frameFactorId` duplicates the `(:Quantity)-[:MEASURES]->(:Factor)`
 * relationship the store also writes, so a row can be read without a join.
 */
export const FRAME_PROPERTIES = [
  'frameFactorId', 'frameFactorEvidence', 'frameMode', 'frameDirection', 'framePeriod',
  'frameWindowStart', 'frameWindowEnd', 'frameTimeText', 'frameTimeSource', 'frameSpanDays',
  'frameBaseValue', 'frameBaseUnit', 'frameBaseWindowStart', 'frameBaseWindowEnd', 'frameBaseTimeText',
  'frameExtremumKind', 'frameExtremumSinceStart', 'frameExtremumSinceEnd', 'frameExtremumSinceText',
  'frameMood', 'frameMoodEvidence', 'frameFactorAnaphor', 'frameFactorSource',
] as const;
