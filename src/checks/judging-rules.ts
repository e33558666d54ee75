/**
 * The rules of the latest judging pass (issue 18, pass 9), each on by default. They are named here so that the pass's
 * measurement can switch each off once on the dev set and report what it moves (docs/checks.md, "Judging pass 9");
 * the product never switches them.
 */
export const JUDGING_RULES = {
  /** On a report's date, a weekly series' latest steps may confirm a change whose span is not written (never refute it). */
  reportStepConfirms: true,
  /** "For the first time since X" failing on the record before the document is a fact the claim states, whatever its mood. */
  pastHistoryOfForecast: true,
  /** A change from a start written as such ("since July 2022") that moved the other way from every day of that start fails. */
  sinceStartOtherWay: true,
  /** A line said to be approached by a date is near when the measure came within 5% of it in the two weeks to then. */
  nearLineApproach: true,
  /** Pass 10: a bare month's year guessed — a claim that fails in every year the page allows fails (not a guess). */
  everyYearAgrees: true,
};
