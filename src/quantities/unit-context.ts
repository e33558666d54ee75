import { partitionPoint } from '../partition-point.ts';
import { segmentSentences, sentenceIndexAt, type Span } from './sentences.ts';
import { runStart, unitSet } from './unit-set.ts';

/** Minimal shape of a found quantity that unit-context adjusts. */
interface Mention {
  start: number;
  end: number;
  surface: string;
  value: number;
  unit: string;
  /** False when the text wrote a unit word (20多万民众 is bare, 上万间 is not). */
  bare?: boolean;
}

const CURRENCIES = new Set(['USD', 'CNY', 'HKD', 'EUR', 'TWD', 'JPY']);
/** "a year earlier", "a month ago" are past times, not periods of a flow. */
const PERIOD = /(每月|每個月|每个月|每日|每天|每年|每週|每周|每星期|日均|周均|週均|月均|per month|a month|monthly|per day|a day|daily|per year|a year|annually)(?![\s-]+(?:earlier|ago|before|prior|later|back)\b)/i;
const PERIOD_UNIT: Record<string, string> = {
  每月: 'month', 每個月: 'month', 每个月: 'month', 'per month': 'month', 'a month': 'month', monthly: 'month',
  每日: 'day', 每天: 'day', 'per day': 'day', 'a day': 'day', daily: 'day', 日均: 'day',
  每週: 'week', 每周: 'week', 每星期: 'week', 周均: 'week', 週均: 'week', 月均: 'month',
  每年: 'year', 'per year': 'year', 'a year': 'year', annually: 'year',
};
const CLAUSE_BREAK = unitSet(',，;；:：。！？!?\n');

/**
 * Units the surface leaves to its context, as a reader would resolve them:
 * - a bare money-sized amount (2.5萬億 next to 2.7萬億美元) takes the currency of the nearest
 *   currency amount in its sentence, else the document's most frequent currency;
 * - an amount or rate with a period word earlier in its clause (每月3000億美元, 每年衰減8.3%)
 *   becomes a flow: USD/month, %/year.
 */
export function resolveUnitsFromContext<M extends Mention>(text: string, mentions: M[], sentences?: readonly Span[]): M[] {
  let cut = sentences;
  const currencies = mentions.filter((m) => CURRENCIES.has(m.unit));
  const counts = new Map<string, number>();
  for (const m of currencies) counts.set(m.unit, (counts.get(m.unit) ?? 0) + 1);
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  // The amounts of one sentence: a binary search over the amounts (in text order, as the scanner finds them), not a
  // scan of every amount of the document per number — a long document has thousands of both.
  const ordered = currencies.every((c, i) => i === 0 || (currencies[i - 1] as M).start <= c.start);
  const inSentence = (s: Span): M[] => {
    if (!ordered) return currencies.filter((c) => c.start >= s.start && c.end <= s.end);
    const out: M[] = [];
    for (let i = partitionPoint(currencies, (c) => c.start < s.start); i < currencies.length && (currencies[i] as M).start < s.end; i++) if ((currencies[i] as M).end <= s.end) out.push(currencies[i] as M);
    return out;
  };
  return mentions.map((m) => {
    let unit = m.unit;
    // (an amount written with a bare B or T, "~800 B", "+65.9B", is in billions or trillions: the press's shorthand)
    if (unit === 'count' && m.bare !== false && /[萬万億亿兆]|trillion|billion|million|\d\s?[BT]$/.test(m.surface) && currencies.length > 0) {
      cut ??= segmentSentences(text);
      const s = cut[sentenceIndexAt(cut, m.start)] ?? { start: m.start, end: m.end };
      const near = inSentence(s)
        .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
      // Far from any amount, only a money-sized magnitude (萬億) takes the document's currency.
      // 500亿 in a dollar document (TGA掉到500亿) is an amount of money too: no count is written in 百億 without its noun.
      unit = near?.unit ?? (m.value >= 1e10 ? dominant : undefined) ?? unit;
    }
    if (CURRENCIES.has(unit) || unit === '%') {
      // The period word is in the same clause, close before the amount; look back a bounded window
      // so a long run of text without punctuation cannot make this quadratic.
      const from = runStart(text, CLAUSE_BREAK, m.start, Math.max(0, m.start - 80));
      const period = PERIOD.exec(text.slice(from, m.start));
      if (period) unit = `${unit}/${PERIOD_UNIT[period[1]!.toLowerCase()] ?? PERIOD_UNIT[period[1] as string]}`;
    }
    return unit === m.unit ? m : { ...m, unit };
  });
}
