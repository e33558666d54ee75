/**
 * Which claims are predictions: a general rule over the claim's own words and dates, never a list of ids.
 *
 * A claim looks ahead when its quote carries a cue — a future or modal word (將, 預計, 必然, will, expected…), a
 * condition (若, 即便, if, even if…), nearness to a line (一步之遙, 逼近, near, approaching…) — or the reader
 * classed it as a PROJECTION; and when what it is about is not wholly before the document's own date. The window it
 * speaks of comes from the first year in the quote on or after the document's (with 年初 / early → Jan–Mar, 年中 /
 * mid → Apr–Sep, 年底 / late → Oct–Dec, read in the quote or its sentence); without a year, the 13 weeks after the
 * document ("near", "one step away", a reopening to come). Pure: plain values in, plain values out.
 */

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

const CUES: [CueKind, RegExp][] = [
  ['PROXIMITY', /一步之遙|一步之遥|逼近|瀕臨|濒临|臨近|临近|\bnear(?:ing)?\b|\bapproaching\b|\bon the verge of\b|\bclose to\b|\bone step (?:away )?from\b/i],
  ['CONDITIONAL', /即便|即使|倘若|若|如果|一旦|\beven if\b|\bif\b|\bunless\b|\bshould the\b/i],
  ['FUTURE', /即將|即将|將|将|預計|预计|預期|预期|預估|预估|必然|勢必|势必|有望|明年|年初|年底|\bwill\b|\bexpected to\b|\bexpects?\b|\bforecasts?\b|\bprojected\b|\bis set to\b|\bgoing to\b|\bnext year\b|\b(?:early|mid|late)[- ]20\d\d\b/i],
];

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
export function forwardLooking(claim: { quote: string; sentence: string; kind: string; time: string | null }, published: string | null): ForwardLooking | null {
  const asOf = documentDay(published);
  if (!asOf) return null;
  const docYear = Number(asOf.slice(0, 4));
  let cue: ForwardLooking['cue'] | null = null;
  for (const [kind, re] of CUES) {
    const m = re.exec(claim.quote);
    if (m) {
      cue = { kind, word: m[0] };
      break;
    }
  }
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

