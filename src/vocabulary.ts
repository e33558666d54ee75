/**
 * The product's vocabulary — statuses, kinds, verdicts — declared once and used by the server, the
 * CLI and the review page (web/ bundles this file). It imports nothing, so any module can use it
 * without pulling in a feature. The SDL's enums (schema/*.graphql) spell the same values for API
 * clients; test/vocabulary.test.ts holds the two equal, in the same order.
 */

/** Review state shared by claims and causal links (SDL `ReviewStatus`), in the order the page lists them. */
export const REVIEW_STATUSES = ['UNREVIEWED', 'IN_REVIEW', 'VERIFIED', 'PARTLY_TRUE', 'MISLEADING', 'FALSE', 'DISPUTED', 'UNVERIFIABLE'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Statuses that record where the work is, not a finding: they need no rationale or evidence. */
export const WORKFLOW_STATUSES = ['UNREVIEWED', 'IN_REVIEW'] as const satisfies readonly ReviewStatus[];

/** A verdict (every status but the workflow ones) needs a rationale and at least one evidence source. */
export const isVerdict = (status: ReviewStatus): boolean => !(WORKFLOW_STATUSES as readonly ReviewStatus[]).includes(status);

/** What kind of quantitative statement a claim is, after QuanTemp's taxonomy (SDL `ClaimKind`). */
export const CLAIM_KINDS = ['LEVEL', 'CHANGE', 'SHARE', 'RATIO', 'COMPARISON', 'PROJECTION', 'DATE', 'DURATION'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** What a source is (SDL `SourceKind`). */
export const SOURCE_KINDS = ['DOCUMENT', 'PERSON', 'ORGANIZATION', 'MODEL', 'MEMO', 'REPORT', 'DATASET', 'WEB_PAGE'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The direction of a causal link: more of the cause means more, or less, of the effect (SDL `Polarity`). */
export const POLARITIES = ['INCREASES', 'DECREASES'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** What a check against the record suggests; never set as a claim's status (SDL `CheckVerdict`). */
export const CHECK_VERDICTS = ['CONSISTENT', 'INCONSISTENT', 'MISLEADING', 'INCONCLUSIVE', 'NOT_CHECKABLE'] as const;
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];

/** How often a reference series is published (SDL `SeriesFrequency`). */
export const SERIES_FREQUENCIES = ['DAILY', 'WEEKLY', 'QUARTERLY'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

/** What one observation of a reference series is; kinds are never mixed in a check (SDL `ObservationKind`). */
export const OBSERVATION_KINDS = ['WEEK_AVERAGE', 'WEDNESDAY_LEVEL', 'DAILY', 'DAILY_FLOW', 'END_OF_PERIOD'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** How a series measures a factor (SDL `MeasureHow`). */
export const MEASURE_HOWS = ['LEVEL', 'WEEK_AVERAGE', 'DAILY_CLOSE', 'DAILY', 'DAILY_FLOW', 'END_OF_PERIOD'] as const;
export type MeasureHow = (typeof MEASURE_HOWS)[number];

/**
 * Where an extracted claim, link or factor stands with the editors (the SDL's `candidate: String`):
 * PENDING until confirmed or discarded. Curated items have none.
 */
export const CANDIDATE_STATES = ['PENDING', 'CONFIRMED', 'DISCARDED'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

/**
 * What a history entry records (the SDL's `Review.action: String`): a verdict, a decision on a
 * candidate, or links asserting the same thing merged into one (status changed by the merge).
 */
export const REVIEW_ACTIONS = ['REVIEW', 'CONFIRM', 'DISCARD', 'MERGE'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * How two claims from different documents relate (SDL `RelationKind`, issue 19): the same figure within rounding,
 * figures that cannot both hold, or a later figure of the same measure that supersedes an earlier one.
 */
export const RELATION_KINDS = ['SAME_FIGURE', 'CONTRADICTS', 'UPDATES'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Where a computed relation stands with the editors (SDL `RelationStatus`): a candidate until confirmed or rejected. */
export const RELATION_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];
/**
 * A relation is stored as a candidate (its `candidate` property), so the one review writer decides on it as on any
 * candidate; a rejection is the candidate's DISCARDED state.
 */
export const RELATION_STATUS_CANDIDATE: Record<RelationStatus, CandidateState> = { PENDING: 'PENDING', CONFIRMED: 'CONFIRMED', REJECTED: 'DISCARDED' };

/**
 * How a quantity speaks of its measure (SDL `ReadingMode`); the same values as `FrameMode` in
 * src/quantities/frame.ts, the contract between reading and checking (issue 18).
 */
export const READING_MODES = ['LEVEL', 'CHANGE', 'FLOW', 'REACHED', 'CROSSED', 'EXTREMUM', 'SHARE', 'OTHER'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** A direction stated for a change, a level reached or a line crossed (SDL `ReadingDirection`). */
export const READING_DIRECTIONS = ['INCREASE', 'DECREASE'] as const;

/** The period of a flow (SDL `ReadingPeriod`). */
export const READING_PERIODS = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;

/** Assertions a claim makes beyond its number that the record can test (SDL `AssertionKind`; frame.ts `AssertionKind`). */
export const ASSERTION_KINDS = ['FLOW_STOPPED', 'STOCK_AS_FLOW', 'EXTREMUM_SINCE', 'NEAR_LINE'] as const;

/** Where a quantity's time window came from (SDL `TimeSource`; frame.ts `TimeSource`). */
export const TIME_SOURCES = ['TEXT', 'DOCUMENT_DATE', 'SENTENCE_BEFORE'] as const;

/** Where a quantity's factor came from (SDL `FactorSource`; frame.ts `FactorSource`): its sentence, or its context. */
export const FACTOR_SOURCES = ['TEXT', 'SENTENCE_BEFORE', 'HEADLINE', 'LOOSE', 'PAGE'] as const;

/** How a sentence puts a number: as what happened, or not (SDL `FrameMood`; frame.ts `FrameMood`). */
export const FRAME_MOODS = ['STATED', 'FORECAST', 'ESTIMATE', 'CONDITION', 'TARGET'] as const;

/** Which extremum a quantity is said to be (SDL `ExtremumKind`; frame.ts `QuantityFrame.extremum.kind`). */
export const EXTREMUM_KINDS = ['LOWEST', 'HIGHEST'] as const;

/** A background job's lifecycle as clients see it, BullMQ's finer states folded in (SDL `JobState`). */
export const JOB_STATES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** What became of one document of a batch ingest (SDL `IngestStatus`): created, the same text again, a new version, or skipped. */
export const INGEST_STATUSES = ['CREATED', 'UNCHANGED', 'NEW_VERSION', 'SKIPPED'] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];
