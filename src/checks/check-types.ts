/**
 * What a check is made of: the claim as the checks read it, the series that measure its factors, the plan and the
 * result. Types only (plus one constant); the jobs live beside it: `plan-check.ts` decides what to compare,
 * `evaluate-check.ts` does the arithmetic, `check-assertions.ts` tests what a claim says beyond its number, and
 * `explain.ts` puts it in words.
 */
import type { AssertionKind, ClaimAssertion, FrameDirection, FrameMode, FrameMood, FramePeriod, QuantityFrame, TimeWindow } from '../quantities/frame.ts';
import type { SeriesRow } from '../series/series-store.ts';
import type { CheckVerdict } from '../vocabulary.ts';
import type { NamedWindow, Window } from './as-of.ts';
import type { Reading } from './check-rules.ts';

/**
 * What a check suggests. MISLEADING: the number holds, but something else the claim says about it (a direction, a
 * base, "the lowest since", a flow said to have stopped, a stock presented as an amount issued) fails on the record.
 */
export type Verdict = CheckVerdict;
export type Direction = FrameDirection;
/** A rate's period; WINDOW is a lump sum over the whole window. */
export type Period = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR' | 'WINDOW';
/** The modes a check can hold a figure in (a frame's SHARE and OTHER are not held against a series). */
export type CheckMode = Exclude<FrameMode, 'SHARE' | 'OTHER'>;

export interface ClaimQuantity {
  surface: string;
  value: number;
  upper: number | null;
  unit: string;
  qualifier: string | null;
  /** 0-based position in the claim; editor readings of one quantity name it. */
  position?: number;
  /** What ingest read about the quantity (issue 18); null for quantities loaded without one (the curated seed). */
  frame?: QuantityFrame | null;
}

/**
 * An editor's reading of a claim (position null) or of one of its quantities: what it measures, when, and how. It
 * takes precedence over the frame ingest read. Kept with its history (who, why, when); the seed's curated readings
 * are recorded the same way, by the seed.
 */
export interface EditorReading {
  position: number | null;
  factorId: string | null;
  mode: FrameMode | null;
  direction: FrameDirection | null;
  period: FramePeriod | null;
  window: TimeWindow | null;
  /** Assertions the editor says the claim makes (added to those ingest found). */
  assertions: AssertionKind[];
  /** Set when the editor rules the figure out of the record's reach, with the reason. */
  notCheckable: string | null;
  note: string | null;
  editor: string;
  reason: string;
  at: string;
  version: number;
}

export interface ClaimInput {
  id: string;
  quote: string;
  /**
   * The sentence the claim was cut from (the quote is one clause of it); null or absent when it is the quote. Time
   * words, named periods and "since…" written in the sentence's other clauses are read from it (see plan-check.ts).
   */
  sentence?: string | null;
  kind: string;
  /** The claim's own time as curated (the seed: `2025-11`); null for extracted claims, whose quantities carry frames. */
  time: string | null;
  documentDate: string | null;
  factorIds: string[];
  factorNames: Record<string, string>;
  quantities: ClaimQuantity[];
  assertions?: ClaimAssertion[];
  readings?: EditorReading[];
}

/** What a check needs to know of a series: the stored row's description, without its import bookkeeping. */
export type SeriesMeta = Pick<SeriesRow, 'id' | 'title' | 'unit' | 'scale' | 'frequency' | 'observationKind' | 'publisher' | 'url' | 'firstDate' | 'lastDate' | 'sourceId'>;

export interface Measure {
  factorId: string;
  factorName?: string | null;
  how: string;
  /** Lower is preferred when several series measure a factor. */
  rank: number;
  note: string | null;
  series: SeriesMeta;
}

export interface CheckContext {
  windows: readonly NamedWindow[];
  /** Why a factor has no series ("equity indices are not redistributable"). */
  unmeasured: ReadonlyMap<string, string>;
  /** False to check without editor readings (the eval's "without curated readings" column). */
  useReadings?: boolean;
}

export interface Observation {
  date: string;
  periodEnd: string;
  /** In the series' scale (as stored). */
  value: number;
}

/** Where each part of a reading came from, said in the explanation. */
export type Basis = 'EDITOR' | 'TEXT' | 'DOCUMENT_DATE' | 'CURATED_CLAIM' | 'INFERRED';

export interface Fetch {
  seriesId: string;
  from: string;
  to: string;
}

/** A testable assertion of the claim, planned: which series, which window. */
export interface AssertionPlan {
  kind: AssertionKind;
  text: string;
  window: Window;
  /** For NEAR_LINE and STOCK_AS_FLOW: the figure the assertion is about. */
  figure: ClaimQuantity | null;
  /** For NEAR_LINE: the series the line is held against. */
  measure: Measure | null;
  /** For EXTREMUM_SINCE without a frame: the year "since". */
  since: TimeWindow | null;
  extremumKind: 'LOWEST' | 'HIGHEST' | null;
}

/**
 * The ways a reading can rest on a guess (plan-check.ts names one with each reason in `unfirm`): the document's date
 * as a fallback, a date another figure's (or cut short), a year not written, a measure read from elsewhere…
 */
export type UnfirmKind =
  | 'MOOD' | 'DOCUMENT_DATE' | 'INFERRED_DOCUMENT_DATE' | 'NOT_ITS_OWN_DATE' | 'CUT_SHORT' | 'APPROXIMATE_TIME' | 'CHANGE_WINDOW'
  | 'NO_YEAR' | 'DEADLINE_ONLY' | 'SENTENCE_BEFORE' | 'SUM_OF_MEASURES' | 'INFERRED_CURRENCY' | 'ANAPHOR' | 'HEADLINE'
  | 'PAGE_SUBJECT' | 'LOOSE_WORD' | 'UNCLEAR_MODE' | 'CHANGE_START' | 'FROM_PEAK';

export type Plan =
  | { claimId: string; checkable: false; quantity: ClaimQuantity | null; reason: string; verdict?: 'INCONCLUSIVE' | 'NOT_CHECKABLE'; assertions: AssertionPlan[]; fetch: Fetch[]; note: string | null }
  | {
      claimId: string;
      checkable: true;
      quantity: ClaimQuantity;
      factorId: string;
      factorName: string;
      /** The series, preferred first, that cover the window; the check holds the figure against each kind. */
      measures: Measure[];
      /** The factor has a series of a finer kind (a Wednesday level, a daily value) that does not cover the window. */
      finerKindMissing: string | null;
      window: Window;
      windowBasis: Basis;
      mode: CheckMode;
      modeBasis: Basis;
      factorBasis: Basis;
      reading: Reading;
      tolerance: number;
      direction: Direction | null;
      period: Period;
      spanDays: number | null;
      percent: boolean;
      base: QuantityFrame['base'];
      extremum: QuantityFrame['extremum'];
      assertions: AssertionPlan[];
      /** The claim is a projection or a hypothesis ("could fall to", 預計): it can never be INCONSISTENT. */
      projection: boolean;
      /** The frame's mood: only a STATED figure is judged (a forecast of a covered window says whether it came true, INCONCLUSIVE); null when not read. */
      mood: FrameMood | null;
      /** The words that set the mood. */
      moodEvidence: string | null;
      /** The document's date (yyyy-mm-dd). */
      documentDate: string | null;
      /**
       * Why the reading is not firm enough to call the figure INCONSISTENT (a time borrowed from another figure, a year
       * guessed, a mode the words contradict, the document's date as a fallback…); empty when it is firm.
       */
      unfirm: string[];
      /** The kind of each of `unfirm`'s reasons, in the same order: the rules test the kind, never the words. */
      unfirmKinds: UnfirmKind[];
      /** The window is the document's date (a fallback, or "now" in the sentence): the latest figures published by then. */
      latestPublished: boolean;
      /**
       * The words that tell the figure as current ("目前", "Currently,", "today"), when the sentence says so: then it is
       * the latest figure published, not any of the two weeks before (a stale figure fails). Null otherwise.
       */
      present: string | null;
      /** The time is a deadline ("截至上周五", "as of", "by"): a level reached or a line crossed in the days before it holds. */
      byDate: boolean;
      /** "From X (by Z) to Y": the change's two ends, checked together on one step of the series. */
      fromTo: { from: number; to: number; change: number | null; fromSurface: string; toSurface: string; fromTolerance: number; toTolerance: number } | null;
      /**
       * A change dated by one day: the series' own step ending there — the day or the week the sentence names (DAY,
       * WEEK), or only its end dated (END: the step can confirm the figure, never refute it, except on a weekly release).
       */
      step: 'DAY' | 'WEEK' | 'END' | null;
      /** "For the first time since X" (首次…以來, 為疫情以來首見) said of a line crossed: the period X, as written. */
      firstSince?: { start: string; end: string; text: string } | null;
      /** Read as a level where the words before the figure say a change: the change is tried too (it may only confirm). */
      asChange?: { direction: Direction | null; words: string } | null;
      /**
       * The figure is where the series peaked (or bottomed) in its window: "a peak of $959 billion on November 14",
       * "peaked at $8.9 trillion in June 2022", "$4.25 trillion at the peak in December 2021".
       */
      peak?: 'HIGHEST' | 'LOWEST' | null;
      /** A "from" figure of a move over the period written before it: a level at the period's start (and the two weeks before). */
      startOfPeriod?: boolean;
      /** A move said to be the largest ever ("an unprecedented 60 percent", 史上最大): tested on the series' whole record. */
      recordMove?: string | null;
      /** "Doubled to", 翻倍, "halved": the figure against the level its window started from. */
      ratioMove?: { ratio: 2 | 0.5; text: string } | null;
      /** The window is written from a start to now ("6月以来", "since June"): where the move started is the words', not any low in it. */
      openStart?: boolean;
      /**
       * A level told as past with no date of its own ("from $4.1 trillion to $7.1 trillion", "此前2.5万亿美元的逆回购峰值",
       * "once a $2.5 trillion cushion"): the record before the document may confirm it (a peak: the record's extreme;
       * else any value), never refute it. Null otherwise.
       */
      pastLevel?: { peak: 'HIGHEST' | 'LOWEST' | null; words: string } | null;
      /** "up from a previous figure of $2.853 trillion", "versus $7.13 trillion a week earlier": the release before the one the window reads; null otherwise. */
      previousStep?: string | null;
      /** A change whose time is where it started ("Since … in early December, total assets have risen by $93 billion"): the span from then to the document's date, tried as well (it may confirm the claim, never refute it). */
      sinceStart?: { from: string; to: string } | null;
      /** A bare month whose year is guessed: the window read, moved to each other year the page allows (plan-check.ts `otherYears`); null otherwise. */
      yearCandidates?: Window[] | null;
      /**
       * A change counted from the series' extreme with no date ("-$2.38 Trillion from Peak", 较峰值减少): the move from the
       * record's peak (or trough) to the figure in force at the window, tried as well (it may confirm, never refute: the
       * peak may be another series', or before the record).
       */
      fromPeak?: { kind: 'HIGHEST' | 'LOWEST'; text: string } | null;
      /**
       * A value dated by a part of a month ("in mid-June", "late October", 6月中旬, 10月底): the words. The span read
       * (11 to 20 June) is a convention, not the writer's: a value the record held within half a week of its edges (the
       * Wednesday of 10 June) may confirm the figure, and refutes it only when it fails there too. Null otherwise.
       */
      approximateSpan?: string | null;
      /**
       * The figure said to be the extreme of all time ("a record total of $1.04 trillion", 歷史新高, 歷來高位, "for the
       * first time ever"): the words. Every shipped record starts in 2019 or later, long after the measures began, so
       * the figure may hold while the record it claims cannot be tested. Null otherwise.
       */
      allTime?: string | null;
      /** The figure's move on the week ("较上周回升", "down from the previous week"): tested on the series' own step. */
      weekMove?: { direction: 'INCREASE' | 'DECREASE'; text: string } | null;
      /** A run of moves said of the figure ("连续第八周下降", "a third straight weekly fall"): tested on the series' steps. */
      streak?: { count: number; step: 'WEEK' | 'DAY'; direction: 'INCREASE' | 'DECREASE'; text: string } | null;
      note: string | null;
      /** The observations to fetch. */
      fetch: Fetch[];
    };

export interface ValueAt {
  date: string;
  periodEnd: string;
  /** USD (or % for a percentage change). */
  value: number;
}

export interface ChangeFigures {
  period: Period;
  baseline: ValueAt;
  end: ValueAt;
  total: number;
  totalPerPeriod: number;
  largest: number;
  largestFrom: ValueAt;
  largestTo: ValueAt;
  typical: number;
}

/** One part of what a claim says, held against the record: its number, direction, base, extremum, or an assertion. */
export interface CheckPart {
  kind: 'NUMBER' | 'DIRECTION' | 'BASE' | 'CROSSING' | 'EXTREMUM' | 'FLOW_STOPPED' | 'STOCK_AS_FLOW' | 'EXTREMUM_SINCE' | 'NEAR_LINE';
  /** true: holds on the record; false: fails; null: the record cannot tell. */
  holds: boolean | null;
  /** What was tested and the evidence, in one or two sentences. */
  text: string;
  /** The series the evidence comes from, when one. */
  seriesId: string | null;
  /**
   * Which test of a line crossed this part is (CROSSING parts only): BEFORE_THE_WINDOW, on the other side of the line in
   * the 92 days before the window; FIRST_SINCE, "for the first time since X". The verdict reads it, never the text.
   */
  crossingTest?: 'BEFORE_THE_WINDOW' | 'FIRST_SINCE';
  /** The part fails on observations dated before the document: what the claim says of the past, whatever its mood. */
  failsBeforeDocument?: boolean;
}

export interface Check {
  claimId: string;
  quantity: ClaimQuantity | null;
  verdict: Verdict;
  reason: string | null;
  factorId: string | null;
  factorName: string | null;
  series: SeriesMeta | null;
  how: string | null;
  window: Window | null;
  mode: CheckMode | null;
  reading: Reading | null;
  tolerance: number | null;
  toleranceAbsolute: number | null;
  claimed: number | null;
  recorded: number | null;
  recordedAs: string | null;
  observation: ValueAt | null;
  inForce: ValueAt | null;
  next: ValueAt | null;
  range: { min: ValueAt; max: ValueAt; count: number } | null;
  change: ChangeFigures | null;
  deviation: number | null;
  relativeDeviation: number | null;
  formula: string | null;
  note: string | null;
  /** Each part of what the claim says and whether the record bears it out. */
  parts: CheckPart[];
  /** Where the reading came from: EDITOR (a correction, the seed's included), TEXT, DOCUMENT_DATE… */
  readingBasis: { factor: Basis; window: Basis; mode: Basis } | null;
  explanation: string;
}
