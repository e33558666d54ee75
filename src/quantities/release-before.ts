/**
 * The words that name the release before the one reported — "the previous figure", "$7.13 trillion a week earlier",
 * 前值, 上周的 — in one place. Two stages read them: the time reader dates a figure by them (time-expressions.ts: the
 * patterns below resolve to the week or the day before the day named last), and the checks hold a figure they name
 * against the release before the one in force, when the reader did not already date it by them (plan-check.ts). Kept
 * together so that a word added for one is seen by the other: the checks must never count back a second time from a
 * figure the reader has already dated as the release before.
 */

/** "$7.13 trillion a week earlier", "from a week before": seven days before the day named last (time-expressions.ts). */
export const WEEK_BEFORE_PATTERN = /\b(?:a|one)\s+week\s+(?:earlier|before)\b/gi;

/**
 * "from the previous figure of $3.062 trillion", "the previous level", "the prior reading": the release before the
 * one reported — on a weekly release, the week 13 to 7 days before the day named last (time-expressions.ts).
 */
export const PREVIOUS_RELEASE_PATTERN = /\b(?:the|a)\s+(?:previous|prior)\s+(?:recorded\s+|reported\s+)?(?:figure|level|standing|reading|print)\b/gi;

/**
 * Words of a time the reader read that count back from another time: the release before ("the previous figure", "a
 * week earlier", 前值), the week before (上周, 前一周, "the previous week"), the day before ("the prior day"). A figure
 * dated by such a time is dated already; the checks do not count back from it again.
 */
const COUNTS_BACK = /previous|prior|preceding|week (?:earlier|before|ago)|前值|上周|上週|前一?周|前一?週/i;
export const countsBack = (timeText: string): boolean => COUNTS_BACK.test(timeText);

/** Written just before a figure: "the previous (recorded) figure of", "the prior week's level", 前值为, 上周的. */
const BEFORE_FIGURE = /(?:\b(?:previous|prior|preceding)\s+(?:recorded\s+|weekly\s+)?(?:figure|level|reading|week(?:'s)?(?:\s+level)?)\s+(?:of\s+)?|前值(?:为|為)?\s*|(?:上周|上週|前一?周|前一?週)(?:的|为|為)\s*)$/i;
/** Written just after a figure: "$7.13 trillion a week earlier", "one week ago". */
const AFTER_FIGURE = /^\s*(?:a|one)\s+week\s+(?:earlier|before|ago)\b/i;

/**
 * The words naming the figure written at `at` in `sentence` as the release before ("the previous figure of", "a week
 * earlier", 前值, 上周的), or null. Only words beside the figure count: a sentence may name the release before for
 * another figure of it.
 */
export function releaseBeforeWords(sentence: string, at: number, surface: string): string | null {
  if (at < 0) return null;
  const before = BEFORE_FIGURE.exec(sentence.slice(Math.max(0, at - 48), at));
  if (before) return before[0].trim();
  const after = AFTER_FIGURE.exec(sentence.slice(at + surface.length, at + surface.length + 24));
  return after ? after[0].trim() : null;
}
