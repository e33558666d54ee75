import { isVerdict, type ReviewStatus } from '../vocabulary.ts';

/**
 * One passage asserting a causal link: the link's own first quote, or one merged into it from
 * another document (or another passage of the same one).
 */
export interface LinkAssertionRow {
  id: string;
  linkId: string;
  quote: string;
  start: number;
  end: number;
  gloss: string | null;
  documentId: string;
  origin: string;
  candidate: string | null;
  /** The status this passage's link had when it was merged (the link's own status for the first). */
  status: string;
  /** Who vouches for the passage: the document's publisher, else its URL's host, else the document itself. */
  publisher: string;
  mergedAt: string | null;
}

export interface LinkSupport {
  assertions: number;
  documents: number;
  independentSources: number;
  publishers: string[];
  pending: number;
}

/**
 * How well sourced a link is. Independent sources are distinct publishers of the documents that
 * assert it (two FOMC statements are one source, the Fed; two passages of one article are one),
 * so reprints and a publisher repeating itself do not look like corroboration.
 */
export function linkSupport(assertions: readonly LinkAssertionRow[]): LinkSupport {
  const publishers = [...new Set(assertions.map((a) => a.publisher))].sort();
  return {
    assertions: assertions.length,
    documents: new Set(assertions.map((a) => a.documentId)).size,
    independentSources: publishers.length,
    publishers,
    pending: assertions.filter((a) => a.candidate === 'PENDING').length,
  };
}

/**
 * The status of links merged into one. Editors' verdicts (not the workflow states) decide: none
 * → IN_REVIEW when any was in review, else UNREVIEWED; all the same → that verdict; verdicts
 * that disagree → IN_REVIEW, so an editor reconciles them instead of one silently winning.
 */
export function mergedStatus(statuses: readonly string[]): ReviewStatus {
  const verdicts = [...new Set(statuses.filter((s) => isVerdict(s as ReviewStatus)))];
  if (verdicts.length === 1) return verdicts[0] as ReviewStatus;
  if (verdicts.length > 1) return 'IN_REVIEW';
  return statuses.includes('IN_REVIEW') ? 'IN_REVIEW' : 'UNREVIEWED';
}
