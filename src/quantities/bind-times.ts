import { matchesOf } from './matches-of.ts';
import { isBusinessDay, previousBusinessDay } from './business-days.ts';
import type { FrameMode, TimeSource, TimeWindow } from './frame.ts';
import type { Span } from './sentences.ts';
import type { TimeExpression } from './time-expressions.ts';

/**
 * Which time expression of a sentence governs which number, and the window that makes for the number's frame.
 *
 * A time expression governs the figure it is written with: in Chinese the 時間狀語 stands before the number
 * (`2020年2月約4.2兆美元`), in English the time follows it ("$4.2 trillion in February 2020") or opens the clause
 * ("On January 21, 2025 the TGA held …"). Clauses end at `，；、,;:` and dashes, and in English at the conjunctions
 * that join two clauses ("… between Dec. 20 and Dec. 31 before falling by $234 billion on Thursday"). A figure with
 * no time in its own clause takes a time that stands in a clause of its own ("9月末，準備金餘額首次跌破3萬億美元",
 * "In July 2025, Treasury …"), or the sentence's only time; never a time another figure's clause holds — that date is
 * that figure's ("… over $1 trillion in cash, … compared to the $300 billion during the 2018-2019 shutdown").
 */

const AMOUNT = /money|percent|measure|count|fraction/;

export interface BindingQuantity extends Span {
  kind: string;
}

/** Clause cuts for binding: punctuation and dashes, and in English the conjunctions that start a clause. */
const CUT_MARK = /[,，;；、:：—]|\s(?:and|but|while|whereas|before|after|although|though)\s/gi;

function bindingClauses(text: string, sentence: Span, times: readonly TimeExpression[]): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  for (const m of matchesOf(CUT_MARK, body)) {
    const at = sentence.start + m.index;
    // Not inside a time expression ("between Dec. 20 and Dec. 31", "October 29, 2025") nor a number (1,000).
    if (times.some((t) => t.start <= at && at < t.end)) continue;
    if (m[0] === ',' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    cuts.push(at);
  }
  const out: Span[] = [];
  let from = sentence.start;
  for (const c of cuts) {
    out.push({ start: from, end: c });
    from = c + 1;
  }
  out.push({ start: from, end: sentence.end });
  return out;
}

const clauseAt = (clauses: readonly Span[], at: number) => {
  let i = 0;
  while (i + 1 < clauses.length && (clauses[i + 1] as Span).start <= at) i++;
  return i;
};

const CJK = /[\u3400-\u9fff]/;
/** Words of a clause that says something is already so: 已, 已經, "has", "already". */
const DONE = /已|\b(?:has|have|had)\s+(?:\w+ed|been|hit|risen|fallen|grown|reached)\b|\balready\b/i;
/** Words of a clause that looks ahead: a schedule, a forecast, an estimate or a target. */
const AHEAD = /將|将|預計|预计|預估|预估|預期|预期|預料|预料|計劃|计划|有望|可能|\bwill\b|\bexpect|\bestimat|\bproject|\bforecast|\bscheduled\b|\bplan|\btarget|\bcould\b|\bmay\b|\bwould\b/i;
/** Words joining a clause that states a fact of its own: "and", "but", 而, 並, 同時; ", down another $59 billion" (the move to the figure before). */
const JOINED = /\s(?:and|but|while|whereas|as)\s|[而並并且]|同時|同时|[,，]\s*(?:down|up)\s+(?:another|a further)\b/i;
/** A clause comparing with another figure: 与…相比, 相較於, "compared with / to", "versus". */
const COMPARED_CLAUSE = /[与與和跟].{0,30}?(?:相比|相較|相较|比較|比较)|相較於|相较于|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?\s/i;
/** The words opening a move's first figure: "from", 從, 从 (and an approximation after them). */
const FROM_FIGURE = /(?:\bfrom|從|从|(?<![經经理藉借])由)\s*(?:約|约|近|逾|about|around|approximately|nearly|roughly)?\s*$/i;

/** "On March 31, there was $194 billion…": a day opened by "on" dates the clause's fact, it is not a dateline. */
const ON_DAY = /\bon\s+$/i;

/**
 * The cleft "上一次它突破36兆美元的時間，是去年即2024年11月15日" / "突破34兆與35兆美元的時間，分別是2023年12月29日，以及2024年7月26日":
 * the figures before 的時間 (the time when …) are dated by the times after 是 — the last of the first stretch (去年即
 * 2024年11月15日: the day), or with 分別 one each, in order. Its words run from the figure to 是.
 */
const CLEFT_AFTER = /^[^，,。；;！？!?]{0,12}?的(?:時間|时间|日子|時候|时候)\s*[，,]?\s*(分別|分别)?\s*(?:是|為|为)/;
/** Between two times of a cleft's list: a comma, 以及, 和, 及, 與, 、. */
const CLEFT_LIST_GAP = /^\s*[，,、]?\s*(?:以及|及|和|與|与|跟)?\s*$/;

function cleftTimes(text: string, sentence: Span, quantities: readonly BindingQuantity[], amounts: readonly boolean[], times: readonly TimeExpression[]): Map<number, TimeExpression> {
  const out = new Map<number, TimeExpression>();
  const body = text.slice(sentence.start, sentence.end);
  if (!/的(?:時間|时间|日子|時候|时候)/.test(body)) return out;
  for (let i = 0; i < quantities.length; i++) {
    if (!amounts[i] || out.has(i)) continue;
    const q = quantities[i]!;
    const m = CLEFT_AFTER.exec(text.slice(q.end, sentence.end));
    if (!m) continue;
    const at = q.end + m[0].length;
    // The figures of the cleft's subject: this one and the amounts after it up to 的時間 ("34兆與35兆美元").
    const figures = quantities.map((_, k) => k).filter((k) => amounts[k] && quantities[k]!.start >= q.start && quantities[k]!.end <= at);
    const after = times.filter((t) => t.start >= at && !t.since).sort((a, b) => a.start - b.start);
    const first = after[0];
    if (!first || /[，,。；;]/.test(text.slice(at, first.start))) continue;
    if (m[1]) {
      // 分別是 D1，以及 D2: one time each, in order; the list stops at anything else.
      const list = [first];
      for (const t of after.slice(1)) {
        if (!CLEFT_LIST_GAP.test(text.slice(list.at(-1)!.end, t.start))) break;
        list.push(t);
      }
      if (list.length !== figures.length) continue;
      figures.forEach((k, j) => out.set(k, list[j]!));
    } else {
      // 是去年即2024年11月15日: the last time of the stretch after 是 (within its clause).
      let last = first;
      for (const t of after.slice(1)) {
        if (/[，,。；;]/.test(text.slice(last.end, t.start))) break;
        last = t;
      }
      for (const k of figures) out.set(k, last);
    }
  }
  return out;
}

/**
 * The time expression governing each quantity of a sentence (null: none; the document's date is the fallback).
 * `times` are the expressions a figure may take (not those reserved for comparison bases or an extremum's "since").
 */
export function governingTimes(text: string, sentence: Span, quantities: readonly BindingQuantity[], times: readonly TimeExpression[], all: readonly TimeExpression[], documentDate: string | null, datedBases: ReadonlySet<number> = new Set()): (TimeExpression | null)[] {
  const clauses = bindingClauses(text, sentence, all);
  const amounts = quantities.map((q) => AMOUNT.test(q.kind));
  const clauseOfQ = quantities.map((q) => clauseAt(clauses, q.start));
  const zh = CJK.test(text.slice(sentence.start, sentence.end));
  // "Since" times come only as spans the caller lets date figures (not an extremum's "since").
  const governs = [...times];
  // Who owns each time: in Chinese the first figure after it in its clause, else the last before it; in English the
  // last figure before it in its clause, else the first after it.
  const owner = new Map<TimeExpression, number>();
  for (const t of governs) {
    const c = clauseAt(clauses, t.start);
    // A comparison base dated by its own time owns no other (在12日由2022年底2.6兆美元的高點，降至170億美元: 12日 is 170億's).
    const inClause = quantities.map((q, i) => i).filter((i) => amounts[i] && !datedBases.has(i) && clauseOfQ[i] === c && !(quantities[i]!.start < t.end && t.start < quantities[i]!.end));
    const after = inClause.filter((i) => quantities[i]!.start >= t.end);
    const before = inClause.filter((i) => quantities[i]!.end <= t.start);
    const o = zh ? (after[0] ?? before.at(-1)) : (before.at(-1) ?? after[0]);
    if (o !== undefined) owner.set(t, o);
  }
  // A dateline ("BlockBeats 消息，11月19日，…", "WASHINGTON, Nov. 3 —") dates the report, not its figures.
  const doc = documentDate?.slice(0, 10) ?? null;
  const firstAmount = quantities.find((q, i) => amounts[i])?.start ?? sentence.end;
  const free = governs.filter((t) => !owner.has(t)).map((t) => (doc && t.grain === 'DAY' && t.window?.start === doc && t.window.end === doc && t.end <= firstAmount && /^\s*[,，]/.test(text.slice(t.end, t.end + 2)) && !ON_DAY.test(text.slice(Math.max(sentence.start, t.start - 4), t.start)) ? { ...t, now: true } : t));
  const cleft = cleftTimes(text, sentence, quantities, amounts, governs);
  return quantities.map((q, i) => {
    if (!amounts[i]) return null;
    const byCleft = cleft.get(i);
    if (byCleft) return byCleft;
    const nearest = (xs: readonly TimeExpression[]) => [...xs].sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0] ?? null;
    const owned = governs.filter((t) => owner.get(t) === i);
    if (owned.length) return nearest(owned);
    // A from-time another figure owns (從三個月前的3000億美元推高至突破1兆美元) is that figure's: the move's start.
    const sameClause = governs.filter((t) => clauseAt(clauses, t.start) === clauseOfQ[i] && !(q.start < t.end && t.start < q.end) && !(t.from && owner.has(t)));
    // A move's start ("从约8000亿美元膨胀到10月30日突破1万亿美元") is not dated by the time its end is written with.
    const opensMove = FROM_FIGURE.test(text.slice(Math.max(sentence.start, q.start - 14), q.start));
    const shared = opensMove ? sameClause.filter((t) => t.end <= q.start || !owner.has(t)) : sameClause;
    if (shared.length) {
      // Shared with another figure of the clause: the one before the number in Chinese, after it in English first.
      const before = shared.filter((t) => t.end <= q.start);
      const after = shared.filter((t) => t.start >= q.end);
      return (zh ? (before.at(-1) ?? after[0]) : (after[0] ?? before.at(-1))) ?? null;
    }
    // A time after the document's date does not date, from another clause, a figure its clause says is already so
    // ("…已将债务上限暂停至2025年1月1日,但美国联邦债务总额已达到36万亿美元" in December 2024: 已 is done, not to come).
    const clauseText = text.slice(clauses[clauseOfQ[i]!]!.start, clauses[clauseOfQ[i]!]!.end);
    const laterForFact = (t: TimeExpression) => !!(doc && t.window && t.window.start > doc && DONE.test(clauseText) && !AHEAD.test(clauseText));
    // Nor a time of another clause that looks ahead, for a figure whose clause does not ("plummeted by $53 billion,
    // increasing the chances that the government will run out of cash by early June": June is the forecast's).
    const aheadElsewhere = (t: TimeExpression) => {
      const c = clauseAt(clauses, t.start);
      // (the time's own words aside: "By May of that year")
      return c !== clauseOfQ[i] && AHEAD.test(text.slice(clauses[c]!.start, t.start) + ' ' + text.slice(t.end, clauses[c]!.end)) && !AHEAD.test(clauseText);
    };
    const freeBefore = free.filter((t) => t.end <= q.start && !laterForFact(t) && !aheadElsewhere(t)).at(-1);
    // A time standing alone after the figure dates it only in English ("$2.9 trillion, as of Oct. 29"): in Chinese a
    // time opening a clause dates what follows it.
    const freeAfter = zh ? undefined : free.find((t) => t.start >= q.end && !/[;；]/.test(text.slice(q.end, t.start)) && !laterForFact(t) && !aheadElsewhere(t));
    // In English the one after wins when another figure with a time of its own stands between the one before and this
    // figure ("But in November, … declined by $37 billion in November, to $6.53 trillion, according to the Fed's weekly
    // balance sheet today": the level is today's).
    if (freeBefore && freeAfter && quantities.some((p, k) => k !== i && amounts[k] && p.start >= freeBefore.end && p.end <= q.start && governs.some((t) => owner.get(t) === k))) return freeAfter;
    if (freeBefore) return freeBefore;
    if (freeAfter) return freeAfter;
    // The sentence's only time, unless it dates a comparison (較上月, "from July"): that is the base's time.
    // Nor when it is written after the figure that owns it, in that figure's clause, and this figure's clause only
    // goes on about it ("-$15 Billion in September, -$2.38 Trillion from Peak, to $6.59 Trillion"; "decreased by $15
    // billion in September, totaling $6.59 trillion"). A clause joined by "and" states its own fact at that time
    // ("Reserves fell to $2.8 trillion on Oct. 29, and the TGA rose to $1 trillion"); a time heading its owner's
    // clause (當天共有17家機構參與，合計投入210.7億美元) dates what follows it.
    const only = governs[0];
    const ownedAfter = only && owner.has(only) && quantities[owner.get(only)!]!.end <= only.start && only.end <= q.start && !JOINED.test(text.slice(only.end, q.start));
    // Nor a time after the document's date for a figure its clause states as fact.
    // Nor a time another figure owns in a clause that compares with it (与2023年2.5万亿美元的峰值相比, "compared with").
    const comparedOwner = only && owner.has(only) && owner.get(only) !== i && COMPARED_CLAUSE.test(text.slice(clauses[clauseAt(clauses, only.start)]!.start, clauses[clauseAt(clauses, only.start)]!.end));
    // Nor across a semicolon: what follows it is a statement of its own (近月…逾7,000億美元現金…;一旦…形塑類似2021年初的…).
    const acrossStop = only && /[;；]/.test(text.slice(Math.min(only.end, q.end), Math.max(only.start, q.start)));
    if (all.filter((t) => !t.since).length === 1 && governs.length === 1 && !only!.from && !ownedAfter && !comparedOwner && !acrossStop && !laterForFact(only!) && !aheadElsewhere(only!)) return only!;
    return null;
  });
}

export interface SettledWindow {
  window: TimeWindow | null;
  source: TimeSource | null;
  timeText: string | null;
}

const MOVE_FROM = /(?:from|從|从|(?<![經经理藉借])由|自)\s*$/i;
/** The words before a move's end figure: 至, 到, 降至, "to". */
const MOVE_TO = /(?:至|到|\bto)\s*(?:約|约|近|逾|about|around|approximately|nearly|roughly)?\s*$/i;
/** The figure at a period's close: "ended the quarter with …", 季末, an "end-of-…" balance. */
const CLOSING = /\bend(?:ed|s|ing)?\s+(?:the|its|this|that)\s+(?:quarter|month|year|fiscal year|week)\b|\bat the (?:close|end) of the (?:quarter|month|year)\b|季末|期末/i;
/** Words right after a figure that put it at a period's close: "$457 billion end-of-quarter cash balance", "quarter-end". */
const CLOSING_AFTER = /^\s*(?:(?:an?|the)\s+)?(?:end-of-(?:the-)?(?:quarter|month|year)|(?:quarter|month|year)[- ]end)\b/i;
/** A month's end as written: 月底, 月末, "the end of September", end-September. */
const MONTH_END = /底|末|\bend\b/i;

/**
 * The window of one framed figure from the time governing it. A change dated by its start and end runs between them;
 * a change dated only by its end runs from the figure before: the previous business day for a day, the week before
 * for a week (the weekly figures compared); a month, quarter or year is the change over it. A level in "the week
 * ending D" is the weekly figure dated D; a figure at a period's close is its last day.
 */
export function settleWindow(opts: {
  text: string;
  sentence: Span;
  quantity: Span;
  mode: FrameMode;
  time: TimeExpression | null;
  /** The time of the move's start: a base's ("from $3.2 trillion at the end of June"), a "since" or 自 before it. */
  startTime: TimeExpression | null;
  /** The time the move ends at when the figure's own time is its start (the head of its base). */
  endTime: TimeExpression | null;
  spanDays: number | null;
  documentDate: string | null;
  /** Whether the figure is stated as fact (frame.mood STATED): then a period holding the document's date ends there. */
  stated?: boolean;
}): SettledWindow {
  const settled = settleOwnWindow(opts);
  return opts.stated ? toDocumentDate(settled, opts.documentDate) : settled;
}

/**
 * A period that holds the document's date ("this month", 本月來, 今年, "in the month of March" in an article of 30
 * March) is spoken of up to that date: a figure stated as fact cannot be about what the record shows after the
 * document was written, so its window ends on the document's date (the check then holds it against what was known).
 */
export function toDocumentDate(settled: SettledWindow, documentDate: string | null): SettledWindow {
  const doc = documentDate ? documentDate.slice(0, 10) : null;
  const w = settled.window;
  if (!doc || !w || settled.source !== 'TEXT' || !(w.start <= doc && doc < w.end)) return settled;
  return { ...settled, window: { start: w.start, end: doc } };
}

function settleOwnWindow(opts: Parameters<typeof settleWindow>[0]): SettledWindow {
  const { time, mode, documentDate } = opts;
  const doc = documentDate ? documentDate.slice(0, 10) : null;
  const own = time?.window ? time : null;
  const source = (t: TimeExpression | null): TimeSource | null => (t?.now ? 'DOCUMENT_DATE' : t ? 'TEXT' : doc ? 'DOCUMENT_DATE' : null);
  if (mode === 'CHANGE') {
    const start = opts.startTime?.window ? opts.startTime : null;
    if (start && start !== own) {
      const end = own ?? (opts.endTime?.window ? opts.endTime : null);
      const to = end?.window?.end ?? doc;
      if (to && start.window!.start <= to) return { window: { start: start.window!.start, end: end?.now && doc ? doc : to }, source: 'TEXT', timeText: end ? `${start.text} … ${end.text}` : start.text };
    }
    if (!own) return { window: doc ? { start: doc, end: doc } : null, source: source(null), timeText: null };
    const w = own.window!;
    if (own.now) return { window: doc ? { start: doc, end: doc } : w, source: 'DOCUMENT_DATE', timeText: own.text };
    if (own.since || (own.from && own.grain !== 'RANGE')) return { window: { start: w.start, end: doc && doc > w.end ? doc : w.end }, source: 'TEXT', timeText: own.text };
    // A stated span ("within two weeks") is counted back from the end by the check; within a named period (停摆期间…20
    // 天内) it is some stretch of the period, which the check finds in the whole of it.
    if (opts.spanDays && own.period && own.grain === 'RANGE') return { window: w, source: 'TEXT', timeText: own.text };
    if (opts.spanDays) return { window: { start: w.end, end: w.end }, source: 'TEXT', timeText: own.text };
    if (own.weekEnding) return { window: { start: shift(w.end, -7), end: w.end }, source: 'TEXT', timeText: own.text };
    // 比上一年減少3921億美元, "up $200 billion from a year earlier": the change over the period before the day.
    const prior = PRIOR_PERIOD.find(([re]) => re.test(opts.text.slice(Math.max(opts.sentence.start, opts.quantity.start - 24), Math.min(opts.sentence.end, opts.quantity.end + 24))));
    if ((own.grain === 'DAY' || own.grain === 'PART') && prior) return { window: { start: shiftMonths(w.end, -prior[1]), end: w.end }, source: 'TEXT', timeText: own.text };
    if (own.grain === 'DAY') return { window: { start: previousBusinessDay(w.start), end: w.end }, source: 'TEXT', timeText: own.text };
    if (own.grain === 'WEEK') return { window: { start: shift(w.start, -1), end: w.end }, source: 'TEXT', timeText: own.text };
    return { window: w, source: 'TEXT', timeText: own.text };
  }
  if (!own) return { window: doc ? { start: doc, end: doc } : null, source: source(null), timeText: null };
  if (own.now) return { window: doc ? { start: doc, end: doc } : own.window, source: 'DOCUMENT_DATE', timeText: own.text };
  const w = own.window!;
  // 今年以來, "since July": from the time to the document's date; the level a move since then ended at
  // ("9月以来减少了3400亿美元至2.83万亿美元") is the figure now, the span's end.
  if (own.since && doc && doc > w.end) {
    // (a move from one level to another since then reached its end somewhere in the span: 2025 年债务上限解决后,…余额从
    // 3000 亿美元增至 8300 亿美元; a level after a change's amount, 减少了3400亿美元至2.83万亿美元, is where it stands now)
    const fromTo = mode === 'REACHED' && /(?:从|從|由|\bfrom\b)[^，,。；;]*$/i.test(opts.text.slice(Math.max(opts.sentence.start, opts.quantity.start - 30), opts.quantity.start));
    // (the first figure of a move since then is the level then: 自2022年起,…將資產負債表從9兆美元縮減至目前的6.5兆美元)
    if (FROM_FIGURE.test(opts.text.slice(Math.max(opts.sentence.start, opts.quantity.start - 14), opts.quantity.start))) return { window: w, source: 'TEXT', timeText: own.text };
    if (!fromTo && MOVE_TO.test(opts.text.slice(Math.max(opts.sentence.start, opts.quantity.start - 8), opts.quantity.start))) return { window: { start: doc, end: doc }, source: 'DOCUMENT_DATE', timeText: own.text };
    return { window: { start: w.start, end: doc }, source: 'TEXT', timeText: own.text };
  }
  const clauseHead = opts.text.slice(Math.max(opts.sentence.start, opts.quantity.start - 60), opts.quantity.start);
  // A figure at a period's close: "ended the quarter with", "a $457 billion end-of-quarter cash balance"; and a target,
  // forecast or estimate for a month's end (预计12月底…, "$850 billion for the end of September") is for its last day,
  // where a figure stated as fact "at the end of October" may be any of its last days.
  const closing = CLOSING.test(clauseHead) || CLOSING_AFTER.test(opts.text.slice(opts.quantity.end, Math.min(opts.sentence.end, opts.quantity.end + 40)));
  const aheadAtEnd = opts.stated === false && own.grain === 'PART' && MONTH_END.test(own.text);
  // (the Treasury's month-end figure is its last business day's: 12月底 of 2023 is Friday 29 December)
  if (aheadAtEnd) {
    const day = isBusinessDay(w.end) ? w.end : previousBusinessDay(w.end);
    return { window: { start: day, end: day }, source: 'TEXT', timeText: own.text };
  }
  if (own.weekEnding || (mode !== 'FLOW' && own.grain !== 'DAY' && closing)) return { window: { start: w.end, end: w.end }, source: 'TEXT', timeText: own.text };
  return { window: w, source: 'TEXT', timeText: own.text };
}

/** Comparisons with the period before a day, and its length in months (a week is a quarter of one: see shiftMonths). */
const PRIOR_PERIOD: [RegExp, number][] = [
  [/比上一?年|[較较](?:上一?年|前一年)|[比較较]去年同期|同比|year[- ]on[- ]year|from a year (?:earlier|ago|before)|than a year (?:earlier|ago|before)/i, 12],
  [/比上一?(?:個|个)?月|[較较]上一?(?:個|个)?月|[環环]比|month[- ]on[- ]month|from a month (?:earlier|ago|before)/i, 1],
];
/** The same day `months` months away (the month's last day when it has none). */
const shiftMonths = (day: string, months: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};
const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Whether a time expression opens a move ("from July", 從2022年, 自9月底) rather than dating a level. */
export const opensMove = (text: string, t: TimeExpression) => t.from === true || t.since || MOVE_FROM.test(text.slice(Math.max(0, t.start - 6), t.start));
