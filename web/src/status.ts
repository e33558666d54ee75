/**
 * Review statuses as the page shows them: an Okabe–Ito colour (colour-blind safe; underlines at
 * least 3:1 against the page) and a second cue that does not depend on colour — an underline
 * style and a glyph.
 */
import { isVerdict, REVIEW_STATUSES, type ReviewStatus } from '../../src/vocabulary.ts';

/** The statuses in the order the legend and the review form list them: the server's own list. */
export const STATUSES = REVIEW_STATUSES;
export type Status = ReviewStatus;

export interface StatusLook {
  label: string;
  colour: string;
  line: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
  glyph: string;
  /** Number key that sets this status in the review form. */
  key: string;
}

export const LOOK: Record<Status, StatusLook> = {
  UNREVIEWED: { label: 'Unreviewed', colour: '#767676', line: 'dotted', glyph: '○', key: '1' },
  IN_REVIEW: { label: 'In review', colour: '#2C7FB8', line: 'dashed', glyph: '…', key: '2' },
  VERIFIED: { label: 'Verified', colour: '#009E73', line: 'solid', glyph: '✓', key: '3' },
  PARTLY_TRUE: { label: 'Partly true', colour: '#0072B2', line: 'double', glyph: '◐', key: '4' },
  MISLEADING: { label: 'Misleading', colour: '#CC79A7', line: 'dashed', glyph: '!', key: '5' },
  FALSE: { label: 'False', colour: '#D55E00', line: 'wavy', glyph: '✗', key: '6' },
  DISPUTED: { label: 'Disputed', colour: '#A66F00', line: 'dotted', glyph: '⇄', key: '7' },
  UNVERIFIABLE: { label: 'Unverifiable', colour: '#5F5F5F', line: 'double', glyph: '∅', key: '8' },
};

export const statusForKey = (key: string): Status | undefined => STATUSES.find((s) => LOOK[s].key === key);

/** Statuses that are verdicts: they need a rationale and evidence (the server's rule). */
export const needsEvidence = isVerdict;
