/**
 * Which claims are predictions: a general rule over the claim's own words and dates, never a list of ids.
 *
 * A claim looks ahead when it carries a cue — nearness to a line (一步之遙, 逼近, near, approaching…); a forecast or a
 * condition in the one mood vocabulary of the numbers' frames (quantities/mood.ts: 將…, 預計, 必然, will, expected…;
 * 若, 即便, if, even if…), as ingest read it for the claim's numbers or as the quote's words say it; a later time written
 * without a verb (明年, 年初, "early 2026") — or the reader classed it as a PROJECTION; and when what it is about is not wholly before the document's own date. The window it
 * speaks of comes from the first year in the quote on or after the document's (with 年初 / early → Jan–Mar, 年中 /
 * mid → Apr–Sep, 年底 / late → Oct–Dec, read in the quote or its sentence); without a year, the 13 weeks after the
 * document ("near", "one step away", a reopening to come). Pure: plain values in, plain values out.
 */

import type { FrameMood } from '../quantities/frame.ts';
import { moodEvidenceIn, moodsOfWords } from '../quantities/mood.ts';

export type CueKind = 'FUTURE' | 'CONDITIONAL' | 'PROXIMITY' | 'PROJECTION_KIND';

export interface ForwardLooking {
  cue: { kind: CueKind; word: string };
  /** The period the claim speaks of: ISO dates, inclusive. */
  window: { from: string; to: string };
  /** The document's date as a day: the first day of what `published` names. */
  asOf: string;
  /** The rule, in words, as applied to this claim. */
  rule: string;
}

/** The claim as the rule reads it: its words, its kind and time, and the moods ingest read for its numbers (frames). */
export interface ClaimForPrediction {
  quote: string;
  sentence: string;
  kind: string;
  time: string | null;
  /** Each quantity's frame mood (quantities/mood.ts); null or absent on quantities read without one (the seed). */
  moods?: readonly (FrameMood | null)[];
}

/** Nearness to a line: not a mood (the sentence states where the measure is), but it looks ahead to the line. */
const PROXIMITY = /一步之遙|一步之遥|逼近|瀕臨|濒临|臨近|临近|\bnear(?:ing)?\b|\bapproaching\b|\bon the verge of\b|\bclose to\b|\bone step (?:away )?from\b/i;
/** A time after the document's date written without a forecast verb (明年, 年初, "early 2026"): the window below dates it. */
const LATER_TIME = /明年|年初|年底|\bnext year\b|\b(?:early|mid|late)[- ]20\d\d\b/i;

/**
 * The cue that makes a claim look ahead: nearness to a line; else its mood — a condition or a forecast, read by the
 * one mood vocabulary of the numbers' frames (quantities/mood.ts), from the frames ingest stored and from the quote's
 * own words; else a later time written without a verb. Null when none.
 */
function cueOf(claim: ClaimForPrediction): ForwardLooking['cue'] | null {
  const near = PROXIMITY.exec(claim.quote);
  if (near) return { kind: 'PROXIMITY', word: near[0] };
  const moods = new Set<FrameMood>([...(claim.moods ?? []).filter((m): m is FrameMood => m !== null), ...moodsOfWords(claim.quote)]);
  // A planning assumption ("assuming a cash balance of $850 billion") conditions a number, not what will happen.
  const condition = moodEvidenceIn(claim.quote, 'CONDITION');
  if (moods.has('CONDITION') && !(condition && /^assum/i.test(condition))) return { kind: 'CONDITIONAL', word: moodWord(claim.quote, 'CONDITION') };
  if (moods.has('FORECAST')) return { kind: 'FUTURE', word: moodWord(claim.quote, 'FORECAST') };
  const later = LATER_TIME.exec(claim.quote);
  return later ? { kind: 'FUTURE', word: later[0] } : null;
}

/** The words that set a mood in the quote, as written, or the mood's name when it came from a frame of the sentence. */
function moodWord(quote: string, mood: FrameMood): string {
  return moodEvidenceIn(quote, mood) ?? mood.toLowerCase();
}

const WEEKS_NEAR = 13;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `2025-11` → 2025-11-01, `2025` → 2025-01-01, `2025-11-05` stays; null when it is not a date. */
export function documentDay(published: string | null): string | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** The latest year a claim's `time` names, when it names one ("2025", "2025-11", "until 2033"). */
function latestYear(time: string | null): number | null {
  const ys = [...(time ?? '').matchAll(/(?:19|20)\d\d/g)].map((m) => Number(m[0]));
  return ys.length ? Math.max(...ys) : null;
}

function partOfYear(text: string): { from: string; to: string; word: string } | null {
  if (/年初|\bearly[- ]/i.test(text)) return { from: '01-01', to: '03-31', word: /年初/.test(text) ? '年初' : 'early' };
  if (/年中|\bmid[- ]/i.test(text)) return { from: '04-01', to: '09-30', word: /年中/.test(text) ? '年中' : 'mid' };
  if (/年底|年末|\blate[- ]|\bend of\b/i.test(text)) return { from: '10-01', to: '12-31', word: /年底|年末/.test(text) ? '年底' : 'late' };
  return null;
}

/** The claim as a prediction, or null when it does not look ahead of its document. */
export function forwardLooking(claim: ClaimForPrediction, published: string | null): ForwardLooking | null {
  const asOf = documentDay(published);
  if (!asOf) return null;
  const docYear = Number(asOf.slice(0, 4));
  let cue = cueOf(claim);
  if (!cue && claim.kind === 'PROJECTION') cue = { kind: 'PROJECTION_KIND', word: 'PROJECTION' };
  if (!cue) return null;
  // About a time wholly before the document: a report of the past, whatever its words.
  const timeYear = latestYear(claim.time);
  if (timeYear !== null && timeYear < docYear) return null;
  // A later year, or the document's own year with a part of it still to come ("late 2025" in July 2025).
  const part = partOfYear(claim.quote) ?? partOfYear(claim.sentence);
  const years = [...claim.quote.matchAll(/(20\d\d)\s*年?/g)].map((m) => Number(m[1]));
  if (timeYear !== null) years.push(timeYear);
  const futureYear = years.find((y) => y > docYear) ?? years.find((y) => y === docYear && part !== null && `${y}-${part.from}` > asOf) ?? null;
  if (futureYear !== null) {
    const window = part ? { from: `${futureYear}-${part.from}`, to: `${futureYear}-${part.to}` } : { from: `${futureYear}-01-01`, to: `${futureYear}-12-31` };
    return { cue, window, asOf, rule: `"${cue.word}" with ${futureYear}${part ? ` (${part.word})` : ''}, after the document's date ${published}: the claim speaks of ${window.from}..${window.to}` };
  }
  if (cue.kind === 'FUTURE' && claim.kind !== 'PROJECTION' && timeYear === null) return null;
  const to = addDays(asOf, 7 * WEEKS_NEAR);
  return { cue, window: { from: asOf, to }, asOf, rule: `"${cue.word}" (${cue.kind === 'PROXIMITY' ? 'near a line' : cue.kind === 'CONDITIONAL' ? 'a condition yet to be met' : 'future'}) with no later date: the claim speaks of the ${WEEKS_NEAR} weeks after the document's date ${published} (${asOf}..${to})` };
}

