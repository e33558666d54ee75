import type { CheckVerdict, Polarity } from '../../src/vocabulary.ts';
import type { Status } from './status.ts';

export interface Span { start: number; end: number }
export interface FactorRef { id: string; name: string; namesZh?: string[]; aliases?: string[] }
export interface SourceRef { id: string; name: string; nameZh?: string | null; kind?: string; url?: string | null; publisher?: string | null }
export interface Quantity { surface: string; value: number; upper: number | null; unit: string; qualifier: string | null; date: string | null }
export interface ReviewItem {
  id: string; action: string; editor: string; at: string; fromStatus: Status; toStatus: Status;
  rationale: string | null; version: number; evidence: SourceRef[];
}
export interface LinkSummary { id: string; polarity: Polarity; status: Status; from: FactorRef; to: FactorRef }
export interface ClaimSummary {
  id: string; span: Span; quote: string; status: Status; version: number; candidate: string | null;
  factors?: FactorRef[]; quantities?: { unit: string }[];
}
export interface ClaimDetail extends ClaimSummary {
  sentence: string; gloss: string | null; subject: string | null; time: string | null; kind: string; origin: string;
  quantities: Quantity[]; factors: FactorRef[]; attributedTo: SourceRef[]; sources: SourceRef[];
  supports: LinkSummary[]; reviews: ReviewItem[]; document: { id: string; title: string; language: string };
  checks?: Check[];
  reading?: { version: number; current: EditorReadingItem[]; history: EditorReadingItem[] };
}
export interface CheckValue { date: string; value: number }
/** A claim held against the reference series (issue 10): the record's figure beside the claimed one. */
export interface Check {
  verdict: CheckVerdict;
  reason: string | null; mode: string | null; reading: string | null;
  claimed: number | null; recorded: number | null; recordedAs: string | null;
  deviation: number | null; relativeDeviation: number | null; explanation: string;
  quantity: { surface: string } | null; observation: CheckValue | null; inForce: CheckValue | null;
  window: { from: string; to: string; label: string } | null;
  series: { id: string; title: string; url: string; publisher: string } | null;
  /** Each part of what the claim says and whether the record bears it out (issue 18). */
  parts?: { kind: string; holds: boolean | null; text: string }[];
  readingBasis?: { factor: string; window: string; mode: string } | null;
}
/** An editor's reading of a claim (issue 18): factor, window, mode, with who and why. */
export interface EditorReadingItem {
  quantity: number | null; factorId: string | null; factor: { id: string; name: string } | null; mode: string | null; direction: string | null;
  window: { from: string; to: string } | null; assertions: string[]; notCheckable: string | null; note: string | null;
  editor: string; reason: string; at: string; version: number;
}
export interface DocumentFull {
  id: string; title: string; titleEn: string | null; language: string; text: string; published: string | null; url: string | null;
  claims: ClaimSummary[];
  causalLinks: (LinkSummary & { candidate: string | null })[];
}
export interface LinkDetail extends LinkSummary {
  quote: string; gloss: string | null; version: number; candidate: string | null; polarityStated: boolean; origin: string;
  span: Span; document: { id: string; title: string; language: string };
  supportedBy: { id: string; quote: string; status: Status }[]; reviews: ReviewItem[];
}

const REVIEW_FIELDS = 'id action editor at fromStatus toStatus rationale version evidence { id name url }';
const READING_FIELDS = 'quantity factorId factor { id name } mode direction window { from to } assertions notCheckable note editor reason at version';

export const DOCUMENTS = `query Documents { documents(first: 200) { edges { node { id title titleEn language } } } }`;

export const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) { id title titleEn language text published url
    claims { id span { start end } quote status version candidate factors { id name } quantities { unit } }
    causalLinks { id polarity status candidate from { id name } to { id name } } } }`;

export const CLAIM = `query Claim($id: ID!) {
  claim(id: $id) { id span { start end } quote status version candidate sentence gloss subject time kind origin
    quantities { surface value upper unit qualifier date }
    factors { id name } attributedTo { id name nameZh kind } sources { id name nameZh kind url }
    supports { id polarity status from { id name } to { id name } }
    reviews { ${REVIEW_FIELDS} }
    checks { verdict reason mode reading claimed recorded recordedAs deviation relativeDeviation explanation
      quantity { surface } observation { date value } inForce { date value } window { from to label }
      series { id title url publisher } parts { kind holds text } readingBasis { factor window mode } }
    reading { version current { ${READING_FIELDS} } history { ${READING_FIELDS} } }
    document { id title language } } }`;

export const SET_CLAIM_READING = `mutation SetClaimReading($input: ClaimReadingInput!) {
  setClaimReading(input: $input) { reading { version } checks { verdict } } }`;

export const DOCUMENT_CHECKS = `query DocumentChecks($id: ID!) { checkDocument(id: $id, includeNotCheckable: false) { claim { id } verdict } }`;

export const SERIES_OBSERVATIONS = `query Observations($id: ID!, $from: String, $to: String) { series(id: $id) { id title observations(from: $from, to: $to) { date valueInUnit } } }`;

export const REVIEW_FROM_CHECK = `mutation ReviewFromCheck($input: ReviewFromCheckInput!) {
  reviewFromCheck(input: $input) { review { id version toStatus } claim { id status version } } }`;

export const CLAIM_IDS = `query ClaimIds($filter: ClaimFilter, $after: String) {
  claims(filter: $filter, first: 200, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

export const FACTORS = `query Factors($search: String) { factors(search: $search) { id name namesZh aliases } }`;

export const SOURCES = `query Sources { sources { id name kind url } }`;

export const LINK = `query Link($id: ID!) {
  causalLink(id: $id) { id polarity polarityStated status version candidate quote gloss origin span { start end }
    from { id name } to { id name } document { id title language }
    supportedBy { id quote status } reviews { ${REVIEW_FIELDS} } } }`;

const PATH_LINK = 'id polarity status from { id name } to { id name }';

export const TRACE = `query Trace($from: String!, $to: String!, $maxHops: Int) {
  trace(from: $from, to: $to, maxHops: $maxHops, first: 10) {
    hops netPolarity weakLinks accountingBackedHops strength { weakestStatus score hasContestedHop }
    factors { id name } links { ${PATH_LINK} } } }`;

export const NEIGHBOURHOOD = (direction: 'upstream' | 'downstream') => `query Hood($factor: String!, $maxHops: Int) {
  hood: ${direction}(factor: $factor, maxHops: $maxHops) { truncated root { id name } factors { id name } links { ${PATH_LINK} } } }`;

export const REVIEW_CLAIM = `mutation ReviewClaim($input: ReviewInput!) {
  reviewClaim(input: $input) { review { id version toStatus } claim { id status version } } }`;

export const REVIEW_LINK = `mutation ReviewLink($input: ReviewInput!) {
  reviewCausalLink(input: $input) { review { id version toStatus } causalLink { id status version } } }`;

export const CONFIRM = `mutation Confirm($input: CandidateDecisionInput!) { confirmCandidate(input: $input) { review { id version } } }`;
export const DISCARD = `mutation Discard($input: CandidateDecisionInput!) { discardCandidate(input: $input) { review { id version } } }`;

export const REVIEW_EVENTS = `subscription Live { reviewEvents { sequence review { id itemId itemType editor toStatus version at } } }`;

/** A tally of claims (Document.scorecard, Source.scorecard). */
export interface Scorecard { claims: number; checked: number; consistent: number; inconsistent: number; misleading: number; inconclusive: number; reviewed: number }
const SCORECARD = 'scorecard { claims checked consistent inconsistent misleading inconclusive reviewed }';

export const DESK_DOCUMENTS = `query DeskDocuments {
  documents(first: 200) { edges { node { id title titleEn language published url origin ${SCORECARD} } } } }`;

/** Every factor with the ids of the series that measure it: the measures with a record are those with one. */
const MEASURES = 'factors { id name series { series { id } } }';

export const DESK_SOURCES = `query DeskSources {
  sources { id name nameZh kind publisher ${SCORECARD} }
  ${MEASURES} }`;

/** The measures with a record (a series measures them): the desk's list, and the way on from an unknown measure's address. */
export const MEASURES_WITH_RECORD = `query MeasuresWithRecord { ${MEASURES} }`;

/** A measure's view: the factor, its series, and every claim about it with the checks that place it. */
export const MEASURE = `query Measure($id: ID!) {
  factor(id: $id) { id name namesZh description
    series { how rank series { id title unit scale publisher url firstDate lastDate } }
    claims { id quote status candidate
      document { id title language published }
      checks { verdict mode claimed recorded reading window { from to label } factor { id } quantity { surface unit } series { id } } } } }`;
