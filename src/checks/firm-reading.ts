/**
 * Whether a reading is firm enough to call a figure INCONSISTENT (precision first, issue 18). Pure. A check may only
 * say a figure is wrong when each part of its reading rests on the claim's own words: the factor named in the
 * sentence, a window stated there (its year written, or plainly the document's own), a clear mode, and a statement
 * of fact. Each function here names one way a reading can rest on a guess, and says why in words an editor can
 * follow; the plan collects them and the evaluation turns an INCONSISTENT into INCONCLUSIVE when there is any.
 */
import { daysBetween } from './as-of.ts';
import { clauseAround, otherOwnerOfTime, writtenAt as at } from '../quantities/whose-time.ts';
import type { ClaimQuantity } from './check-types.ts';

/**
 * The time expression a frame used belongs to another figure (the reader's `otherOwnerOfTime` says whose), in words:
 * "自 2020 年 2 月約 4.2 兆美元，膨脹至 2022 年 4 月約 9 兆美元": 2022 年 4 月 is the 9 兆's. A time written twice is
 * asked at each place ("Fed在2022年啟動QT後…由2022年底2.6兆美元的高點，降至170億美元": the second 2022年 is the 2.6兆's),
 * since which one the reader took cannot be told. Null when the time is the figure's own, or not written in the quote.
 */
export function borrowedTime(quote: string, q: ClaimQuantity, timeText: string | null, amounts: readonly ClaimQuantity[]): string | null {
  if (!timeText) return null;
  let other = otherOwnerOfTime(quote, q, timeText, amounts);
  if (!other) {
    for (const t of occurrences(quote, timeText).slice(1)) {
      const masked = quote.slice(0, t).replaceAll(timeText, '\u25a1'.repeat(timeText.length)) + quote.slice(t);
      other = otherOwnerOfTime(masked, q, timeText, amounts);
      if (other) break;
    }
  }
  if (!other) return null;
  const read = `the time it was read with, "${timeText}",`;
  const figure = `("${other.owner.surface}")`;
  if (other.how === 'POSSESSIVE') return `${read} is written as the time of another figure ${figure}`;
  if (other.how === 'BESIDE') return `${read} is written beside another figure of the sentence ${figure}`;
  return `${read} is in another clause, with another figure ${figure}`;
}

function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(words); i >= 0 && words; i = text.indexOf(words, i + 1)) out.push(i);
  return out;
}

/** Time expressions read as quantities of a claim (a month, a date, a year, a time of day). */
const TIME_POINT_UNITS = new Set(['month', 'date', 'year', 'time']);

/**
 * Another time is written between the time a figure was read with and the figure: "截至 10 月初,…余额已达 8910 亿美元,
 * 高于 7 月预估的 8500 亿美元目标,甚至一度逼近 1 万亿美元" — 10 月初 heads the sentence, but 7 月 stands between it and the
 * 1 万亿, so the heading time no longer plainly governs it. Null when some occurrence of the time has none between.
 */
export function interveningTime(quote: string, q: ClaimQuantity, timeText: string | null, quantities: readonly ClaimQuantity[]): string | null {
  const f = at(quote, q.surface);
  if (!timeText || f < 0) return null;
  const points = quantities.filter((x) => TIME_POINT_UNITS.has(x.unit)).flatMap((x) => occurrences(quote, x.surface).map((i) => ({ i, surface: x.surface })));
  let found: string | null = null;
  for (const t of occurrences(quote, timeText)) {
    const [lo, hi] = t < f ? [t + timeText.length, f] : [f + q.surface.length, t];
    const inside = points.find((p) => p.i >= lo && p.i + p.surface.length <= hi);
    if (!inside) return null;
    found ??= inside.surface;
  }
  return found ? `another time, "${found}", is written between "${timeText}" and "${q.surface}"` : null;
}

/** A year written in a time expression, or words that fix it relative to the document (今年, last year…). */
const YEAR_WRITTEN = /(\d{4}|'\d{2}\b|今年|去年|前年|明年|本年|this year|last year|next year)/i;
/** A year taken from an earlier sentence: "that year", 當年. */
const THAT_YEAR = /(that year|the same year|當年|当年|同年|那年|該年|该年)/i;
/** A month or a day of the month, written without a year: "May", "Dec. 20", 9月末, 10月30日. */
const MONTH_NAMED = /(\d{1,2}\s*月|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b)/i;

/**
 * A year guessed for a bare month: the time names a month but no year, and the month read is not one of the document's
 * own recent months (the document's year, or the three months before its date). "May" in a March 2025 article read
 * as May 2024 is a guess ("by May of that year" meant 2023); "9月末" in a December article is its own September.
 */
export function guessedYear(timeText: string | null, window: { from: string; to: string }, documentDate: string | null): string | null {
  if (!timeText) return null;
  if (THAT_YEAR.test(timeText)) return `"${timeText}" takes its year from an earlier sentence`;
  if (YEAR_WRITTEN.test(timeText) || !MONTH_NAMED.test(timeText)) return null;
  if (!documentDate || !/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) return `"${timeText}" names no year`;
  if (window.from.slice(0, 4) === documentDate.slice(0, 4) && window.from <= documentDate) return null;
  if (window.to <= documentDate && daysBetween(window.to, documentDate) <= 92) return null;
  return `"${timeText}" names no year, and ${window.from.slice(0, 4)} is a guess`;
}

/** Words of the present in the figure's own clause: the document's date is then the time the sentence states. */
const NOW_WORDS = /(目前|當前|当前|現在|现在|現時|现时|如今|眼下|正在|\bnow\b|\bcurrent(?:ly)?\b|\btoday\b|\bas of now\b)/i;

/** A word of the present ("currently", 目前, "today") in a time expression; null when none. */
export function nowWord(text: string): string | null {
  return NOW_WORDS.exec(text)?.[1] ?? null;
}

/** The clause of the quote around a figure (to the nearest clause break either side). */
export function clauseOf(quote: string, surface: string): string {
  const f = at(quote, surface);
  return f < 0 ? quote : quote.slice(...clauseAround(quote, f, f + surface.length));
}

/** The present word ("目前", "now") written in the figure's own clause, before it; null when none. */
export function presentWord(quote: string, surface: string): string | null {
  const clause = clauseOf(quote, surface);
  const upTo = clause.slice(0, Math.max(0, clause.indexOf(surface)) + surface.length);
  return nowWord(upTo);
}

/**
 * A figure written as an attribute of what something holds now: "its massive $7.1 trillion balance sheet", "the Fed's
 * roughly $6.6 trillion portfolio". With no time in the sentence, the thing is described as it stands at the document's
 * date (a figure of the past is told in the past: "had drained reserves to $1.4 trillion"). Null when not so written.
 */
const POSSESSOR_BEFORE = /\b(its|their|the\s+Fed['’]s|Fed['’]s|the\s+Treasury['’]s|Treasury['’]s|the\s+central\s+bank['’]s)\s+(?:(?:massive|huge|enormous|giant|bloated|swollen|current|roughly|about|around|nearly|almost|some|over|more\s+than|still|now)\s+){0,3}(?:US)?\$?\s*$/i;
const HELD_AFTER = /^\s*(?:[a-z-]+\s+){0,2}?(balance\s+sheet|portfolio|holdings|asset\s+(?:portfolio|holdings|pile)|securities\s+(?:portfolio|holdings)|cash\s+(?:pile|balance|buffer)|war\s+chest|stockpile)\b/i;
const PAST_IN_CLAUSE = /\b(had|was|were|did|ago|then|back in|at the time|previously|once|used to|peaked|ballooned|swelled)\b/i;

/** The same in Chinese: "其约 6.6 万亿美元的资产负债表", "目前規模6.6兆美元的資產負債表" (the figure, 的, what is held). */
const ZH_POSSESSOR_BEFORE = /(?:其|目前|當前|当前|現時|现时|現有|现有)(?:的)?(?:規模|规模|總額|总额)?(?:約|约|近|逾|超過|超过)?\s*$/;
const ZH_HELD_AFTER = /^\s*的\s*(?:資產負債表|资产负债表|帳戶|账户|現金|现金)/;

/** What a measure holds, written as its attribute, in English or Chinese: the words, or null (see attributivePresent). */
export function attributiveHeld(quote: string, surface: string): string | null {
  const f = at(quote, surface);
  if (f < 0) return null;
  const zhBefore = ZH_POSSESSOR_BEFORE.exec(quote.slice(Math.max(0, f - 12), f));
  const zhAfter = ZH_HELD_AFTER.exec(quote.slice(f + surface.length, f + surface.length + 12));
  if (zhBefore && zhAfter && !/(曾|此前|當時|当时|昔日)/.test(clauseOf(quote, surface))) return `${zhBefore[0].trim()}${surface}${zhAfter[0].trim()}`;
  return attributivePresent(quote, surface);
}

export function attributivePresent(quote: string, surface: string): string | null {
  const f = at(quote, surface);
  if (f < 0) return null;
  const before = POSSESSOR_BEFORE.exec(quote.slice(Math.max(0, f - 60), f));
  const after = HELD_AFTER.exec(quote.slice(f + surface.length, f + surface.length + 40));
  if (!before || !after || PAST_IN_CLAUSE.test(clauseOf(quote, surface))) return null;
  // Told in the past ("When the Fed started shrinking its $9 trillion balance sheet"): the verb just before the
  // possessor dates it then, not now ("announced bill purchases while stabilizing its…" is not).
  const lead = quote.slice(Math.max(0, f - 60), f - before[0].length).trim().split(/\s+/).slice(-3);
  if (lead.some((w) => /^(?:[a-z]{2,}ed|began|begun|started|grew|shrank|drew|took|built|ran|cut)$/i.test(w))) return null;
  return `${before[0].trim()} ${surface} ${after[0].trim()}`;
}

/** Words just before a figure that make it a change or a flow ("by $375 billion", 增加了 460 億, 減少 340 亿, 融資4.3萬億, "borrowed $1 trillion"). */
const CHANGE_BEFORE = /(\bby|\bburn(?:ed|t)? through|\bdrain(?:ed)?|\blost|\badded|\bborrow(?:ed|ing)?|\bissued|\braised|融資|融资|發行|发行|借款|增加了?|增長了?|增长了?|減少了?|减少了?|鋭減|锐减|下降了?|上升了?|增|減|减|抽離|抽离|吸走|流失|蒸發|蒸发|支出|花費|花费|\bspen[dt]|\bspending|\boutlays? of)\s*(?:about|around|roughly|nearly|almost|more than|over|約|约|近|超過|超过|逾|超)?\s*\$?\s*$/i;
/** Words just before a figure that make it a level ("to $2.89 trillion", 至 9250 亿, 為 6.54 萬億). */
const LEVEL_BEFORE = /(\bto|至|到|為|为|達到?|达到?)\s*(?:about|around|roughly|nearly|almost|more than|over|約|约|近|超過|超过|逾)?\s*\$?\s*$/i;

/** Words of an amount moved, written earlier in the figure's clause: the figure after 达/"to" is the move's size. */
const MOVED_AMOUNT = /(累计|累計|合计|合計|總共|总共|共计|共計|虹吸|抽走|吸走|抽離|抽离|吸納|吸纳|净流出|淨流出|流出|cumulative|in total|a total of|drain(?:ed|ing)?|siphon(?:ed|ing)?)/i;

/**
 * The mode read contradicts the words just before the figure: a level or line read where the sentence says "by" (a
 * change), or a change read where it says "to" (a level). Null when the words agree or say nothing.
 */
export function unclearMode(quote: string, q: ClaimQuantity, mode: string): string | null {
  const f = at(quote, q.surface);
  if (f < 0) return null;
  const before = quote.slice(Math.max(0, f - 24), f);
  if ((mode === 'LEVEL' || mode === 'REACHED' || mode === 'CROSSED' || mode === 'EXTREMUM') && CHANGE_BEFORE.test(before)) {
    return `the words before "${q.surface}" ("${before.trim().split(/\s+/).slice(-3).join(' ')}") make it a change or an amount raised, while it was read as a level`;
  }
  // "全月累计虹吸规模达 7000 亿美元", "a cumulative drain totalling": 达/"to" after words of an amount moved is the size of
  // the move, not a level.
  const clauseBefore = clauseOf(quote, q.surface).split(q.surface)[0] ?? '';
  if (mode === 'CHANGE' && LEVEL_BEFORE.test(before) && !CHANGE_BEFORE.test(before) && !MOVED_AMOUNT.test(clauseBefore)) {
    return `the words before "${q.surface}" make it a level reached, while it was read as a change`;
  }
  return null;
}

/** Words that make a figure the sum of several measures: "Reserves and ON RRPs combined peaked … at $5.87 trillion", 兩者之和. */
const SUM_WORDS = /\b(?:combined|taken together|together)\b|總和|总和|之和|加總|加总|加起來|加起来/i;

/**
 * The figure's clause says it adds measures up ("Reserves and ON RRPs combined"): a sum is no level of the one measure
 * read, so it is not firm. Null when not said.
 */
export function sumOfMeasures(quote: string, surface: string): string | null {
  const m = SUM_WORDS.exec(clauseOf(quote, surface));
  return m ? `"${m[0]}" makes "${surface}" a sum of measures, not a level of one` : null;
}

/** A figure with "from" before it and "to" another figure after it, or the other way round: a change stated by both ends. */
export interface FromTo {
  from: ClaimQuantity;
  to: ClaimQuantity;
  /** The change between them, when the sentence states it too ("从 9590 亿美元减少 340 亿美元至 9250 亿美元"). */
  change: ClaimQuantity | null;
}

const FROM_BEFORE = /(\bfrom|从|從|由)\s*(?:the\s+)?(?:about|around|roughly|nearly|约|約|近)?\s*\$?\s*$/i;
const TO_BEFORE = /(\bto|至|到)\s*(?:about|around|roughly|nearly|约|約|近|超過|超过|逾)?\s*\$?\s*$/i;

/**
 * The figure is where a change starts: "from" is written just before it and "to" (至, 到) after it in its clause, even
 * when the figure after "to" was not read as a quantity of its own. Its date is then the change's end, not its own.
 */
export function startsChange(quote: string, q: ClaimQuantity): boolean {
  const f = at(quote, q.surface);
  if (f < 0 || !FROM_BEFORE.test(quote.slice(Math.max(0, f - 12), f))) return false;
  const rest = clauseOf(quote, q.surface);
  const after = rest.slice(rest.indexOf(q.surface) + q.surface.length);
  return /(\bto\b|至|到)/i.test(after);
}

/** The "from X (by Z) to Y" of a claim that holds the quantity, or null. Amounts must share a unit (USD). */
export function fromToOf(quote: string, q: ClaimQuantity, amounts: readonly ClaimQuantity[]): FromTo | null {
  const placed = amounts
    .filter((a) => a.unit === 'USD')
    .map((a) => ({ a, i: at(quote, a.surface) }))
    .filter((x) => x.i >= 0)
    .sort((x, y) => x.i - y.i);
  for (const [k, x] of placed.entries()) {
    if (!FROM_BEFORE.test(quote.slice(Math.max(0, x.i - 12), x.i))) continue;
    for (const y of placed.slice(k + 1)) {
      const gap = quote.slice(x.i + x.a.surface.length, y.i);
      if (gap.length > 40 || /[。；;.]/.test(gap)) break;
      if (!TO_BEFORE.test(quote.slice(Math.max(0, y.i - 8), y.i))) continue;
      const change = placed.find((z) => z.i > x.i && z.i < y.i)?.a ?? null;
      const ft = { from: x.a, to: y.a, change };
      if (q === x.a || q === y.a || q === change) return ft;
    }
  }
  return null;
}

/**
 * Words before a time that make it where a change started, or the base it is compared with: "since its peak in April
 * 2022", "Since the beginning of the “Reserve Management Purchases” (RMPs) in early December", 自2022年6月, "from March",
 * 相較於聯準會在 2022 年 6 月開始縮減資產負債表時的水準 ("compared with the level when…"), "nearly $1 trillion higher than it
 * was in July 2020" (the base's time: the change runs from then).
 */
const START_BEFORE = /(?:\bsince\b[^,.;]{0,80}|(?:相較於|相较于|相比於|相比于|比起|\bcompared (?:with|to)\b|\brelative to\b)[^，,；;。.]{0,24}|\b(?:higher|lower|more|less|larger|smaller|bigger|greater|above|below)\s+than\s+(?:(?:it|they|that|this|the\s+level|the\s+balance)\s+(?:was|were|had\s+been|stood)\s+)?(?:in|at|on|during|back\s+in)?\s*|\bfrom\s+(?:its\s+|the\s+)?(?:peak|high|low|trough)?\s*(?:in|of)?\s*|自\s*|從\s*|从\s*)$/i;

/**
 * A change read over the time its sentence names as its start ("a 26.5% reduction since its peak in April 2022"): the
 * window of the move runs from that time to a later day the words do not state, so a move within the time itself is
 * not the claim. Read in the claim's whole sentence (the claim may be the clause after "Since …,"). Null when the time
 * is not written after such words.
 */
export function startTimeAsWindow(sentence: string, timeText: string | null, mode: string): string | null {
  if (mode !== 'CHANGE' || !timeText) return null;
  const t = at(sentence, timeText);
  if (t < 0 || !START_BEFORE.test(sentence.slice(Math.max(0, t - 90), t))) return null;
  return `"${timeText}" is where the change started, not the span it happened over`;
}

/** A currency written: a sign, a code or a word (美元, 元, dollars, USD, yuan…). */
const CURRENCY_WRITTEN = /[$¥€£]|US\$|美元|美金|元|圓|dollars?\b|\bUSD\b|\beuros?\b|\bEUR\b|\byuan\b|\bRMB\b|\bHKD\b|\bTWD\b|\byen\b|\bJPY\b|\bpounds?\b/i;
const CURRENCY_UNITS = /^(USD|CNY|HKD|EUR|TWD|JPY)(\/|$)/;

/**
 * The figure's currency is not written in its sentence: a bare money-sized amount ("TGA掉到500亿") took the document's
 * currency from its other figures (quantities/unit-context.ts). A good guess, but a guess: another currency, or a
 * count, would read the same. Null when the currency is written in the figure or anywhere in its sentence (then the
 * figure shares it: "从8000亿美元掉到500亿"), or the figure is not money.
 */
export function inferredCurrency(sentence: string, q: ClaimQuantity): string | null {
  if (!CURRENCY_UNITS.test(q.unit) || CURRENCY_WRITTEN.test(q.surface) || CURRENCY_WRITTEN.test(sentence)) return null;
  return `its currency is not written in its sentence: "${q.surface}" was read as ${q.unit.split('/')[0]} from the document's other figures`;
}

/**
 * A document with no published date was dated at ingest by the latest full date its text writes: the earliest it can
 * be, not when it was written. A window taken from that date — the fallback, "now" / 目前, or a time written without
 * a year ("last week", 上周, "Wednesday") resolved against it — is then a guess. Null when the time is firm of itself.
 */
export function inferredDocumentDate(basis: string, frame: { window: { start: string; end: string } | null; timeText: string | null; timeSource: string | null }): string | null {
  if (!frame.window) return null;
  const relative = frame.timeSource === 'TEXT' && !!frame.timeText && !/\d{4}/.test(frame.timeText) && !MONTH_NAMED.test(frame.timeText);
  if (basis !== 'DOCUMENT_DATE' && !relative) return null;
  return `The document states no date: ${frame.window.end} was inferred from the dates its text writes (the earliest it can be), so ${relative ? `"${frame.timeText}"` : 'the present it speaks of'} may be a later day.`;
}
