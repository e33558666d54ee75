import { sentenceAround } from './before-18/sentence-around.ts';

/** Minimal shape of a found quantity that unit-context adjusts. */
interface Mention {
  start: number;
  end: number;
  surface: string;
  unit: string;
}

const CURRENCIES = new Set(['USD', 'CNY', 'HKD', 'EUR']);
const PERIOD = /(每月|每個月|每个月|每日|每天|每年|per month|a month|monthly|per day|a day|daily|per year|a year|annually)/i;
const PERIOD_UNIT: Record<string, string> = {
  每月: 'month', 每個月: 'month', 每个月: 'month', 'per month': 'month', 'a month': 'month', monthly: 'month',
  每日: 'day', 每天: 'day', 'per day': 'day', 'a day': 'day', daily: 'day',
  每年: 'year', 'per year': 'year', 'a year': 'year', annually: 'year',
};
const CLAUSE_BREAK = /[,，;；:：。！？!?\n]/;

/**
 * Units the surface leaves to its context, as a reader would resolve them:
 * - a bare money-sized amount (2.5萬億 next to 2.7萬億美元) takes the currency of the nearest
 *   currency amount in its sentence, else the document's most frequent currency;
 * - an amount or rate with a period word earlier in its clause (每月3000億美元, 每年衰減8.3%)
 *   becomes a flow: USD/month, %/year.
 */
export function resolveUnitsFromContext<M extends Mention>(text: string, mentions: M[]): M[] {
  const currencies = mentions.filter((m) => CURRENCIES.has(m.unit));
  const counts = new Map<string, number>();
  for (const m of currencies) counts.set(m.unit, (counts.get(m.unit) ?? 0) + 1);
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  return mentions.map((m) => {
    let unit = m.unit;
    if (unit === 'count' && /[萬万億亿]|trillion|billion|million/.test(m.surface) && (currencies.length > 0)) {
      const s = sentenceAround(text, m.start, m.end);
      const near = currencies
        .filter((c) => c.start >= s.start && c.end <= s.end)
        .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
      unit = near?.unit ?? dominant ?? unit;
    }
    if (CURRENCIES.has(unit) || unit === '%') {
      let from = m.start;
      while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] as string)) from--;
      const period = PERIOD.exec(text.slice(from, m.start));
      if (period) unit = `${unit}/${PERIOD_UNIT[period[1]!.toLowerCase()] ?? PERIOD_UNIT[period[1] as string]}`;
    }
    return unit === m.unit ? m : { ...m, unit };
  });
}
