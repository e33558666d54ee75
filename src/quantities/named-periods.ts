import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { TimeWindow } from './frame.ts';
import type { Span } from './sentences.ts';
import { CharsPresent } from './chars-present.ts';

/**
 * Times named by an event or a period rather than a date (issue 18, time attribution): "during the shutdown",
 * 停擺期間, "since QT began", 本轮缩表, 自縮表以來, "since the debt ceiling was lifted", 2025 年债务上限解决后, 川普上任周年,
 * "比他宣誓就職時". The periods and their dates, each with its source, are data (data/named-periods.yaml); the words
 * around the name say how it dates a figure:
 *   - a since: "since …", 自…以來, …以來, …後/后, "after …", 比…時 (a change compared with then), …周年: the span from the
 *     event (a period's start) to the document's date;
 *   - a period: "during …", "amid …", …期間, …期间: the period itself, up to the document's date when it is still on;
 *   - the current one: 本轮/本次/這一輪 …, "the current …": a since from the start of the occurrence under way.
 * The name alone is the event, not a time (停擺迫使財政部…, "the shutdown drained…"): it dates nothing.
 *
 * Resolved against the document's date: the latest occurrence that began on or before it, or the one whose year is
 * written right before the name ("the 2018-2019 shutdown", 2025 年债务上限解决后). A period that ended more than its
 * `stale_days` before the document, named without a year, is ambiguous and not read; so is any name when the document
 * has no date. A written time right before the name in its phrase (自2022年6月Fed開始縮表以來) dates it instead: the
 * name is left to it.
 */

const Occurrence = z.object({ from: z.string(), to: z.string().optional(), source: z.string() });
const Period = z.object({
  id: z.string(),
  label: z.string(),
  words: z.array(z.string()).min(1),
  person: z.array(z.string()).optional(),
  stale_days: z.number(),
  /** A process under way (QT): 本轮缩表, "the current round of QT" name the occurrence under way, from its start. */
  current: z.boolean().default(false),
  occurrences: z.array(Occurrence).min(1),
});
const File = z.object({ periods: z.array(Period) });
type PeriodEntry = z.infer<typeof Period>;

const FILE = File.parse(parse(readFileSync(new URL('./data/named-periods.yaml', import.meta.url), 'utf8')));
const PERIODS = FILE.periods.map((p) => ({ ...p, lower: [...new Set(p.words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length) }));
/** Every word of every period, for the cheap look before reading a sentence. */
const ALL_WORDS = [...new Set(PERIODS.flatMap((p) => p.lower))];
const LATIN_WORDS = ALL_WORDS.filter((w) => /^[a-z]/.test(w));
const HAN_WORDS = ALL_WORDS.filter((w) => !/^[a-z]/.test(w));
const LATIN = /[A-Za-z]/;

export interface NamedTime extends Span {
  text: string;
  window: TimeWindow;
  grain: 'DAY' | 'RANGE';
  since: boolean;
  /** The period's id and the cited source of its dates. */
  period: string;
  source: string;
  /** A year written right before the name chose the occurrence. */
  yearWritten: boolean;
}

/** Words before the name that make it a since: "since (the)", "after (the)", 自, 從, 从. */
const SINCE_BEFORE = /(?:\bsince|\bafter|自|從|从)\s*(?:the\s+|its\s+|his\s+|her\s+)?(?:(?:US|U\.S\.|federal|government|Fed['’]s|Fed|美國|美国|聯邦|联邦|政府|美聯儲|美联储|聯準會|联准会|Fed)\s*)?["“「]?$/i;
/** Words after the name that make it a since: 以來, "began", 周年 (the year since); 後/后 after an event (not a period: "after the shutdown" is after its end, 疫情後 either). */
const SINCE_AFTER = /^\s*["”」]?\s*(?:開始|开始|啟動|启动)?\s*(?:以來|以来|周年|週年|\s+(?:began|started|begun|kicked off))/i;
const AFTER_EVENT = /^\s*["”」]?\s*(?:之後|之后|後|后)/;
/** A period's start named before it: 啟動QT後, 开始缩表后, "after QT began" (its start, a since). */
const STARTED_BEFORE = /(?:啟動|启动|開始|开始|實施|实施|展開|展开)\s*$/;
/** 比…時 / 相較於…時: a change compared with the level then, a since. */
const THEN_AFTER = /^\s*["”」]?\s*(?:時|时)/;
const COMPARED_BEFORE = /(?:比|相較於|相较于|較|较)[^，,。；;]{0,12}$/;
/** Words around the name that make it the period: "during the", "amid", "throughout", 在…期間, …期间, …中. */
const DURING_BEFORE = /\b(?:during|amid|throughout|over)\s+(?:the\s+)?(?:(?:US|U\.S\.|federal|government|record|recent|last|latest)\s+)*["“]?$/i;
/** "on Tax Day": an event's own day. */
const ON_BEFORE = /\b(?:on|by)\s+(?:the\s+)?["“]?$/i;
const DURING_AFTER = /^\s*["”」]?\s*(?:期間|期间|時期|时期|\s+period\b)/i;
/** 政府停摆在一个月内, 停擺20天內: the period's first days, months or weeks (counted from its start). */
const FIRST_SPAN_AFTER = /^\s*(?:在|的)?\s*(?:短短|僅|仅|不到)?\s*(\d{1,3}|[一兩两二三四五六七八九十])\s?(?:(?:個|个)\s?(月)|(天|日|週|周|星期))\s?(?:內|内|之內|之内)/;
const SPAN_COUNT: Record<string, number> = { 一: 1, 兩: 2, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 本轮缩表, 本次縮表, "the current QT": the occurrence under way, from its start. */
const CURRENT_BEFORE = /(?:本輪|本轮|本次|這一輪|这一轮|這輪|这轮|\bthe\s+current\s+(?:round\s+of\s+)?|\bthis\s+round\s+of\s+)$/i;
/** A year written right before the name: "the 2018-2019 shutdown", 2025 年债务上限解决后. */
const YEAR_BEFORE = /((?:19|20)\d{2})(?:\s*[-–—至到~]\s*(?:(?:19|20)?\d{2}))?\s*(?:年)?\s*(?:的)?\s*$/;
/** A written time before the name in its phrase (a month, a day, a year with more): that time dates the event. */
const WRITTEN_TIME_BEFORE = /(?:(?:19|20)\d{2}|\d\s*月|\d\s*[日號号]|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[^，,。；;]{0,14}$/i;

/** An occurrence's number written after the name: "QT #1", "QT-2", QT1, "QT No. 2". */
const ORDINAL_AFTER = /^\s?(?:#|-|no\.\s?)?\s?([1-9])(?!\d|[.,]\d|%)/i;

const DAY = 86_400_000;
const dayDiff = (a: string, b: string) => (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY;

/** The occurrence a name speaks of: the one in the year written, else the latest begun by the document's date. */
function occurrenceOf(p: PeriodEntry, doc: string, year: string | null): PeriodEntry['occurrences'][number] | null {
  if (year) return p.occurrences.find((o) => o.from.slice(0, 4) <= year && (o.to ?? o.from).slice(0, 4) >= year && o.from <= doc) ?? null;
  const begun = p.occurrences.filter((o) => o.from <= doc).at(-1);
  if (!begun) return null;
  // Named without a year, long after it ended: which one is meant is a guess.
  if (dayDiff(doc, begun.to ?? begun.from) > p.stale_days) return null;
  return begun;
}

/** The sentence read, asked for the periods' words (chars-present.ts): most sentences hold none. */
const CHARS = new CharsPresent();

const isLatin = (w: string) => /^[a-z]/.test(w);

/** The first `n` days, weeks or months of a period from its start (to the day before the same day `n` months on), not past `last`. */
function firstDays(from: string, m: RegExpExecArray, last: string): TimeWindow {
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : (SPAN_COUNT[m[1]!] ?? 1);
  const [y, mo, d] = from.split('-').map(Number) as [number, number, number];
  const end = m[2] ? new Date(Date.UTC(y, mo - 1 + n, d - 1)) : new Date(Date.UTC(y, mo - 1, d - 1 + n * (/[週周]|星期/.test(m[3]!) ? 7 : 1)));
  const e = end.toISOString().slice(0, 10);
  return { start: from, end: e < last ? e : last };
}

/**
 * The named periods and events of one sentence used as times, resolved against the document's date (`doc`, ISO), in
 * text order; none without a document's date.
 */
export function namedTimesIn(text: string, sentence: Span, doc: string | null): NamedTime[] {
  if (!doc) return [];
  const body = text.slice(sentence.start, sentence.end);
  const latin = LATIN.test(body);
  // (most sentences name none: a look for the words first, in lower case only where there are Latin letters)
  const lower = latin ? body.toLowerCase() : body;
  if (!CHARS.load(body).holdsAny(HAN_WORDS) && !(latin && CHARS.load(lower).holdsAny(LATIN_WORDS))) return [];
  CHARS.load(lower);
  const out: NamedTime[] = [];
  for (const p of PERIODS) {
    if (!CHARS.holdsAny(p.lower)) continue;
    for (const word of p.lower) {
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
        const start = sentence.start + at;
        const end = start + word.length;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        // "QT #1", "QT-2", QT1: which occurrence, counted from the first in the table.
        const nth = ORDINAL_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 6)));
        // A Latin word is a whole word ("QT", not "QTR"; "shutdown", not "shutdowns'" halves).
        if (isLatin(word) && (/[a-z0-9]/i.test(text[start - 1] ?? '') || (/[a-z0-9]/i.test(text[end] ?? '') && !nth))) continue;
        const before = text.slice(Math.max(sentence.start, start - 40), start);
        const nameEnd = end + (nth?.[0].length ?? 0);
        const after = text.slice(nameEnd, Math.min(sentence.end, nameEnd + 16));
        if (p.person && !p.person.some((w) => lower.slice(0, at).includes(w)) && !/(?:他|她|\bhe\b|\bshe\b)\s*$/i.test(before)) continue;
        const yearM = YEAR_BEFORE.exec(before);
        const year = yearM ? yearM[1]! : null;
        const beforeYear = yearM ? before.slice(0, before.length - yearM[0].length) : before;
        // 自2022年6月Fed開始縮表以來: the written month dates the event; the name is left to it.
        if (!year && WRITTEN_TIME_BEFORE.test(before)) continue;
        const current = p.current && CURRENT_BEFORE.test(beforeYear);
        const afterEvent = AFTER_EVENT.test(after) && (!p.occurrences.some((x) => x.to) || STARTED_BEFORE.test(before));
        // "after the shutdown", 停擺後: after its end or since its start, a guess either way; "after (the)" likewise.
        const afterPeriod = /\bafter\s*(?:the\s+)?$/i.test(beforeYear) && p.occurrences.some((x) => x.to);
        // 从疫情时期的近9万亿美元缩减至…: 从 opens a move from the period's figure, the period itself (not a since).
        const fromPeriod = /[從从自]\s*$/.test(beforeYear) && DURING_AFTER.test(after) && !SINCE_AFTER.test(after.replace(DURING_AFTER, ''));
        const since = !current && !afterPeriod && !fromPeriod && (SINCE_BEFORE.test(beforeYear) || SINCE_AFTER.test(after) || afterEvent || (THEN_AFTER.test(after) && COMPARED_BEFORE.test(before)));
        const firstSpan = !since && !current && !afterPeriod && p.occurrences.some((x) => x.to) ? FIRST_SPAN_AFTER.exec(text.slice(nameEnd, Math.min(sentence.end, nameEnd + 16))) : null;
        const during = !since && !current && !afterPeriod && (DURING_BEFORE.test(beforeYear) || DURING_AFTER.test(after) || !!firstSpan);
        const onDay = !since && !during && !current && !p.occurrences.some((x) => x.to) && ON_BEFORE.test(beforeYear);
        if (!since && !during && !current && !onDay) continue;
        const o = nth ? p.occurrences[Number(nth[1]) - 1] : occurrenceOf(p, doc, year);
        if (!o || o.from > doc) continue;
        // The current one must be under way (or just over) on the document's date.
        if (current && o.to && dayDiff(doc, o.to) > 31) continue;
        const from = start - (yearM ? yearM[0].length : 0);
        const tail = (since ? SINCE_AFTER.exec(after) ?? (afterEvent ? AFTER_EVENT.exec(after) : null) ?? THEN_AFTER.exec(after) : during ? DURING_AFTER.exec(after) ?? firstSpan : null)?.[0] ?? '';
        const last = o.to && o.to < doc ? o.to : doc;
        const window: TimeWindow = since || current || !o.to ? { start: o.from, end: o.from } : firstSpan ? firstDays(o.from, firstSpan, last) : { start: o.from, end: last };
        out.push({
          start: from,
          end: nameEnd + tail.length,
          text: text.slice(from, nameEnd + tail.length),
          window,
          grain: since || current || !o.to ? 'DAY' : 'RANGE',
          since: !onDay && (since || current || (!o.to && during)),
          period: p.id,
          source: o.source,
          yearWritten: !!year,
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The table, for the test that holds every occurrence to its period (ids, dates in order, a source each). */
export const namedPeriods = (): readonly PeriodEntry[] => FILE.periods;
