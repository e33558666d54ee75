/**
 * What a claim says beyond its number, held against the record. Pure: an assertion's plan and the observations in,
 * a `CheckPart` out (holds, fails, or the record cannot tell, with the evidence in words).
 */
import { addDays, daysBetween } from './as-of.ts';
import type { AssertionPlan, CheckPart, Observation } from './check-types.ts';
import { fmt, pct } from './format-usd.ts';
import { JUDGING_RULES } from './judging-rules.ts';

type Series = (id: string) => { obs: { date: string; periodEnd: string; value: number }[]; scale: number };

const inWindow = <T extends { periodEnd: string }>(obs: T[], from: string, to: string): T[] => obs.filter((o) => o.periodEnd >= from && o.periodEnd <= to);

/** Holds a flow said to have stopped against the DTS deposits and withdrawals over the claim's window. */
export function flowStopped(a: AssertionPlan, series: Series): CheckPart {
  const w = series('TREASURY:DTS_TGA_WITHDRAWALS');
  const d = series('TREASURY:DTS_TGA_DEPOSITS');
  const out = inWindow(w.obs, a.window.from, a.window.to);
  const inn = inWindow(d.obs, a.window.from, a.window.to);
  const seriesId = 'TREASURY:DTS_TGA_WITHDRAWALS';
  if (!a.window.from || out.length === 0) {
    return { kind: 'FLOW_STOPPED', holds: null, seriesId, text: `"${a.text}" says a flow stopped; the Daily Treasury Statement shipped has no withdrawals recorded for ${a.window.label}, so the record cannot tell.` };
  }
  const total = out.reduce((s, o) => s + o.value, 0) * w.scale;
  const deposits = inn.reduce((s, o) => s + o.value, 0) * d.scale;
  const days = out.length;
  const zeroDays = out.filter((o) => o.value === 0).length;
  const stopped = zeroDays > days / 2;
  return {
    kind: 'FLOW_STOPPED',
    holds: stopped,
    seriesId,
    text: `"${a.text}" says the money stopped moving; the Daily Treasury Statement records ${fmt(total)} of withdrawals from the TGA (${fmt(total / days)} per business day on average) and ${fmt(deposits)} of deposits over ${a.window.label} (${a.window.from} to ${a.window.to}, ${days} business days)${stopped ? '' : ': the account was being spent'}.`,
  };
}

/** A stock presented as an amount issued: the stock's level against its change over the window. */
export function stockAsFlow(a: AssertionPlan, series: Series): CheckPart {
  const debt = series('FRED:GFDEBTN');
  const seriesId = 'FRED:GFDEBTN';
  const claimed = a.figure ? Math.abs(a.figure.value) : null;
  // A claim with no date (none in its text, none for its document) has no window to compute a change of the stock over.
  if (!a.window.from || !a.window.to) {
    return { kind: 'STOCK_AS_FLOW', holds: null, seriesId, text: `"${a.text}" presents an amount as issued or added; the claim has no date, so the change of the stock of federal debt (GFDEBTN) cannot be computed.` };
  }
  const obs = debt.obs.map((o) => ({ ...o, value: o.value * debt.scale }));
  const before = obs.filter((o) => o.periodEnd <= a.window.from).at(-1);
  const end = obs.filter((o) => o.periodEnd <= addDays(a.window.to, 92)).at(-1);
  if (!claimed || !before || !end || before === end) {
    return { kind: 'STOCK_AS_FLOW', holds: null, seriesId, text: `"${a.text}" presents an amount as issued or added; the record of federal debt (GFDEBTN) does not cover ${a.window.label}, so the change of the stock cannot be computed.` };
  }
  const change = end.value - before.value;
  const isStock = Math.abs(end.value - claimed) / claimed < 0.1 || Math.abs(before.value - claimed) / claimed < 0.1;
  const fails = isStock && claimed > 3 * Math.abs(change);
  return {
    kind: 'STOCK_AS_FLOW',
    holds: fails ? false : isStock ? null : true,
    seriesId,
    text: `"${a.text}" presents ${fmt(claimed)} as an amount issued or added; ${fmt(claimed)} is ${isStock ? 'the stock of' : 'not the stock of'} federal debt outstanding (GFDEBTN: ${fmt(end.value)} at ${end.periodEnd}), which rose by ${fmt(change)} from ${before.periodEnd} to ${end.periodEnd} — that change is the amount added.`,
  };
}

/**
 * "The lowest / highest since X" against the series' history after X to the window: "the lowest since 2020" says
 * nothing was lower after 2020 (a lower value in 2020 itself is what "since" points back to), so the history starts
 * when the period named ends.
 */
export function extremumSince(kind: 'LOWEST' | 'HIGHEST', since: { start: string; end?: string }, sinceText: string | null, at: { periodEnd: string; value: number }, obs: { periodEnd: string; value: number }[], seriesId: string, firstDate: string | null, partKind: CheckPart['kind'] = 'EXTREMUM', claimed: ClaimedExtremum | null = null, backSlack = 0.005): CheckPart {
  const label = sinceText ?? `since ${since.start.slice(0, 4)}`;
  const after = since.end && since.end >= since.start ? since.end : since.start;
  if (firstDate && firstDate > after) {
    return { kind: partKind, holds: null, seriesId, text: `"${kind === 'LOWEST' ? 'The lowest' : 'The highest'} ${label}": the record of ${seriesId} starts on ${firstDate}, after ${after}, so it cannot tell.` };
  }
  // With the claimed figure, "the lowest since" fails only on values beyond both the figure (less its rounding) and the
  // value matched, before the earliest day the claim may speak of: so a date read loosely (the document's date as a
  // fallback) cannot make it fail on a dip that came after the claim's own day.
  const until = claimed && claimed.earliest < at.periodEnd ? claimed.earliest : at.periodEnd;
  const line = !claimed ? at.value : kind === 'LOWEST' ? Math.min(at.value, claimed.value * (1 - claimed.tolerance)) : Math.max(at.value, claimed.value * (1 + claimed.tolerance));
  const history = obs.filter((o) => o.periodEnd > after && o.periodEnd < until);
  if (history.length === 0) return { kind: partKind, holds: null, seriesId, text: `No observations of ${seriesId} between ${after} and ${until}.` };
  const beyond = history.filter((o) => (kind === 'LOWEST' ? o.value < line : o.value > line));
  if (beyond.length === 0) {
    // "The lowest since 2021" also points back: in 2021 the series was as low (the last time it was). The press writes
    // that period loosely ("since October 2020" of a low last seen on 30 September 2020), so a since written as a date
    // only (a year, a month: not an event, not "a 4-year low") fails only when the record covers it and the series was
    // never within 5% (or the figure's rounding, if wider; not the looser "about") of the figure in it or the month before it.
    const then = datedSince(label) ? obs.filter((o) => o.periodEnd >= addDays(since.start, -31) && o.periodEnd <= after) : [];
    const slack = Math.max(backSlack, 0.05);
    const figure = claimed ? [at.value, claimed.value] : [at.value];
    const back = kind === 'LOWEST' ? Math.max(...figure) * (1 + slack) : Math.min(...figure) * (1 - slack);
    const nearest = then.length ? then.reduce((x, y) => ((kind === 'LOWEST' ? y.value < x.value : y.value > x.value) ? y : x)) : null;
    if (nearest && (kind === 'LOWEST' ? nearest.value > back : nearest.value < back) && (!firstDate || firstDate <= addDays(since.start, -31))) {
      return { kind: partKind, holds: false, seriesId, text: `"${label}" does not hold: it says ${seriesId} was last this ${kind === 'LOWEST' ? 'low' : 'high'} then, but it never was — its ${kind === 'LOWEST' ? 'lowest' : 'highest'} from ${since.start} to ${after} was ${fmt(nearest.value)} (${nearest.periodEnd}), against ${fmt(at.value)} (${at.periodEnd}) now.` };
    }
    return { kind: partKind, holds: true, seriesId, text: `"${label}": ${fmt(at.value)} on ${at.periodEnd} is the ${kind === 'LOWEST' ? 'lowest' : 'highest'} value of ${seriesId} after ${after} (${history.length} observations).` };
  }
  const extreme = beyond.reduce((x, y) => ((kind === 'LOWEST' ? y.value < x.value : y.value > x.value) ? y : x));
  return {
    kind: partKind,
    holds: false,
    seriesId,
    text: `"${label}" does not hold: ${seriesId} was ${kind === 'LOWEST' ? 'lower' : 'higher'} than ${fmt(at.value)} (${at.periodEnd}) on ${beyond.length} of ${history.length} observations after ${after}, ${kind === 'LOWEST' ? 'lowest' : 'highest'} ${fmt(extreme.value)} on ${extreme.periodEnd}.`,
  };
}

/**
 * A since written as a date only ("since 2021", "since early 2021", 自2020年6月以来, "since October 2020"): not an event
 * ("since the pandemic", 自2019年危机以来), not a span back from now ("a 4-year low", 逾三年來最低).
 */
export function datedSince(text: string): boolean {
  const rest = text
    .replace(/\b(?:the|lowest|highest|level|levels|low|high|since|in|of|early|late|mid|the start|the end|the beginning|end|start|beginning|first|second|half|quarter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?/gi, '')
    .replace(/[\d\s,.'’-]|年|月|日|初|底|末|中|旬|上|下|半|季|度|自|從|从|以來|以来|來|来|最低|最高|水平|低點|低点|高點|高点|新低|新高|創|创|的|為|为/g, '');
  // A year must be written (19xx, 20xx): "4 年來最低", "a 4-year low" count back from now and do not point to a date.
  return /(?:19|20)\d\d/.test(text) && rest.length === 0;
}

/** The figure a claim calls an extremum, its rounding, and the earliest day the claim may speak of. */
export interface ClaimedExtremum {
  value: number;
  tolerance: number;
  earliest: string;
}

/** A named line said to be near ("one step away from 2.5 trillion"): the distance from the line at the window. */
export function nearLine(a: AssertionPlan, series: Series): CheckPart {
  const line = a.figure ? Math.abs(a.figure.value) : null;
  const id = a.measure?.series.id ?? null;
  if (!line || !id) return { kind: 'NEAR_LINE', holds: null, seriesId: id, text: `"${a.text}" names a line; no series of what it is about is shipped, so the distance cannot be computed.` };
  const s = series(id);
  const obs = s.obs.map((o) => ({ ...o, value: o.value * s.scale }));
  const found = obs.filter((o) => o.periodEnd <= a.window.to).at(-1);
  if (!found || (a.window.from && daysBetween(found.periodEnd, a.window.from) > 10)) return { kind: 'NEAR_LINE', holds: null, seriesId: id, text: `No observation of ${id} in force at ${a.window.label}.` };
  let at = found;
  let distance = (at.value - line) / line;
  let holds = Math.abs(distance) <= 0.05 ? true : Math.abs(distance) > 0.1 ? false : null;
  // "截至10月31日…首次逼近1万亿美元": a line approached by a date is near when the measure came within 5% of it in the two
  // weeks to then (the DTS closed at 1.0006 tn on the 30th, 926 bn on the 31st); it is far only when it never came
  // within 10% in them (judging pass 9).
  if (JUDGING_RULES.nearLineApproach && holds !== true) {
    const recent = obs.filter((o) => o.periodEnd <= a.window.to && o.periodEnd >= addDays(at.periodEnd, -14));
    const closest = recent.reduce((x, y) => (Math.abs(y.value - line) < Math.abs(x.value - line) ? y : x), at);
    const d = (closest.value - line) / line;
    if (Math.abs(d) <= 0.05) [at, distance, holds] = [closest, d, true];
    else if (holds === false && Math.abs(d) <= 0.1) [at, distance, holds] = [closest, d, null];
  }
  return {
    kind: 'NEAR_LINE',
    holds,
    seriesId: id,
    text: `"${a.text}": the line is ${fmt(line)}; ${id} stood at ${fmt(at.value)} on ${at.periodEnd}, ${fmt(Math.abs(at.value - line))} (${pct(Math.abs(distance))}) ${distance >= 0 ? 'above' : 'below'} it${holds === false ? ' — not one step away' : holds ? ', near it' : ''}.`,
  };
}

/** Every assertion of a plan, as parts. `at` is the level the number check found (for an extremum without a frame). */
export function assertionParts(assertions: readonly AssertionPlan[], series: Series, at: { periodEnd: string; value: number } | null, claimed: ClaimedExtremum | null = null): CheckPart[] {
  return assertions.map((a) => {
    switch (a.kind) {
      case 'FLOW_STOPPED':
        return flowStopped(a, series);
      case 'STOCK_AS_FLOW':
        return stockAsFlow(a, series);
      case 'NEAR_LINE':
        return nearLine(a, series);
      case 'EXTREMUM_SINCE': {
        const id = a.measure?.series.id;
        if (!a.since || !a.extremumKind || !id || !at) return { kind: 'EXTREMUM_SINCE', holds: null, seriesId: id ?? null, text: `"${a.text}": the words do not say since when, or of what, so the record cannot tell.` };
        const s = series(id);
        return extremumSince(a.extremumKind, a.since, a.text, at, s.obs.map((o) => ({ ...o, value: o.value * s.scale })), id, a.measure?.series.firstDate ?? null, 'EXTREMUM_SINCE', a.figure && claimed ? claimed : null);
      }
    }
  });
}

export type { Observation };
