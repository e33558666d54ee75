import { matchesOf } from './matches-of.ts';
import { COMPOSED_MEASURES, OTHER_OWNERS, OUR_OWNERS, PARKED_AT_FED, PER_HEAD_WORDS, UNSHIPPED_PREFIX, isUnshipped } from './measure-vocabulary.ts';
import type { Span } from './sentences.ts';

/**
 * Whose measure a sentence names (issue 18): the words for a measure name ours only when no one else owns them
 * ("the ECB's balance sheet", 日本國債, 交易商的資產負債表 are not the Fed's or the US debt), and a generic word names
 * ours when its owner is ours (財政部…現金 is the Treasury's cash, Fed 的資產規模 the Fed's balance sheet). Words are
 * data (data/measure-vocabulary.yaml: `ours`, `others`, `composed`, `per_head`); both Chinese scripts are listed, so
 * nothing here folds the text.
 */

/** A measure named in a sentence (`~…` ids are measures the record does not ship, or someone else's). */
export interface MeasureMention extends Span {
  factorId: string;
  /** The words that named it when they are not one span (an owner and its head: `財政部…現金`). */
  evidence?: string;
  /** A possessive pronoun read as referring to the owner ("its cash pile"): the reading rests on it, so it is not firm. */
  anaphor?: string;
  /** A verb of holding or shedding ("the Fed has shed"): it names the measure of the amount right after it only. */
  verb?: boolean;
}

/** The id a measure of ours gets when someone else owns it: recognised, never checked. */
export const SOMEONE_ELSES = `${UNSHIPPED_PREFIX}someone-else's`;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latin = (w: string) => /^[\x20-\x7e’]+$/.test(w);
/** A word as a pattern: Latin words on word boundaries, "'s" written either way. */
const pattern = (w: string) => (latin(w) ? `(?<![A-Za-z])${escape(w).replace(/'/g, "['’]").replace(/ /g, '\\s+')}(?![A-Za-z])` : escape(w));
export const alternation = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map(pattern).join('|');

/** What may stand between an owner and the measure's words: a possessive, "holdings of", 持有的, "total", 總. */
// A time written between an owner and its measure with 的 is a possessive too (美国财政部上周五的现金余额, 日本7月所持美國國債).
const TIME_LINK_ZH = String.raw`(?:上週|上周|本週|本周|這週|这周|週|周|星期|禮拜|礼拜)[一二三四五六日天]?|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|初)?|\d{4}年(?:底|末|初)?|\d{1,2}日|今年|去年|昨日|昨天|今日|今天|當日|当日|目前|當前|当前`;
const TIME_BEFORE_HEAD = new RegExp(`(?:${TIME_LINK_ZH})的$`);
const LINK = String.raw`(?:\s*(?:['’]s?|的|之|所?持(?:有)?的?|holdings of|'s holdings of|total|總|总|(?:${TIME_LINK_ZH})(?=的|所持)的?)\s*)*\s*`;
/** For each factor: the owner written last before the measure's words, with whether it is ours. */
const OWNER_BEFORE = new Map(
  [...OTHER_OWNERS].map(([factorId, others]) => {
    const own = new Set(others);
    const ours = OUR_OWNERS.filter((w) => !own.has(w));
    return [factorId, { re: new RegExp(`(${alternation([...others, ...ours])})${LINK}$`, 'i'), ours: new Set(ours.map((w) => w.toLowerCase())) }] as const;
  }),
);

/** Whether the words right before a measure of ours (within its clause) name another owner: 日本央行, "the ECB's", 交易商的. */
export function ownedByOthers(text: string, m: Span & { factorId: string }, from: number): string | null {
  const owners = OWNER_BEFORE.get(m.factorId);
  if (!owners) return null;
  const before = text.slice(Math.max(from, m.start - 40), m.start);
  const hit = owners.re.exec(before);
  if (!hit) return null;
  const owner = (hit[1] as string).toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  return owners.ours.has(owner) ? null : (hit[1] as string);
}

/** An amount right after a verb (its qualifiers first): "$704 billion", 約9000億美元, "more than $1 trillion". */
const AMOUNT_AFTER = String.raw`\s*(?:about|around|roughly|nearly|almost|just|only|more than|over|some|an estimated|約|约|近|逾|超過|超过|高達|高达)?\s*(?:US\s*)?(?:\$|美元|USD\s*)?\s*[0-9０-９一二三四五六七八九十百千萬万億亿兩两]`;
/** The amount held, then what it is an amount of, when that is not cash: "$400 billion in gold", 5000億美元的國債. */
const HELD_OTHER = /^\s*(?:about|around|roughly|nearly|almost|just|only|more than|over|some|約|约|近|逾|超過|超过)?\s*(?:US\s*)?\$?\s*[0-9０-９.,，]+\s*(?:trillion|billion|million|tn|bn|[萬万億亿兆千百])*\s*(?:美元|dollars|USD)?\s*(?:(?:in|of|worth of)\s+(?!cash\b)[A-Za-z]|的(?!現金|现金))/i;
/** Between an owner and its verb: auxiliaries and adverbs only ("the Treasury was still", 財政部目前仍). */
const SUBJECT_GAP = String.raw`(?:['’]s)?(?:\s+(?:is|was|has|had|have|been|still|now|already|currently|then|only|just|reportedly|again|once))*\s*(?:目前|當前|当前|仍然|仍|還|还|已經|已经|已|現在|现在|共|總共|总共|帳上|账上)*\s*`;

const COMPOSED = COMPOSED_MEASURES.map((c) => ({
  factorId: c.factorId,
  ownerInClause: c.ownerInClause,
  owner: new RegExp(alternation(c.owners), 'gi'),
  head: new RegExp(alternation(c.heads), 'gi'),
  /** A verb of holding right before an amount ("flush with $704 billion", 手握9000億美元). */
  holds: c.holds.length ? new RegExp(`(?:${alternation(c.holds)})(?=${AMOUNT_AFTER})`, 'gi') : null,
  /** The owner as the verb's subject: nothing between but auxiliaries and adverbs ("the Treasury was still"). */
  ownerSubject: new RegExp(`(?:${alternation(c.owners)})${SUBJECT_GAP}$`, 'i'),
  /** The owner right before the head: 財政部的現金, "the Treasury's cash", Fed 的資產規模. */
  ownerRightBefore: new RegExp(`(?:${alternation(c.owners)})${LINK}$`, 'i'),
}));
/** Words of time that may open a clause before its subject: 目前資產規模, "now its holdings". */
const TIME_OPENING = /^(?:目前|當前|当前|如今|現在|现在|現時|现时|眼下|截至[^，,]{0,12}|至今|now|currently|today|as of [^,]{0,20})?\s*(?:的|其|its|the)?\s*$/i;
/** An amount right before the head (7000亿美元现金, "$900 billion in cash", "$50 billion of cash"). */
const AMOUNT_BEFORE = /(?:\d|[萬万億亿兆]|trillion|billion|million|bn|tn)\s*(?:美元|元|dollars?)?\s*(?:的|in|of)?\s*$/i;
/** A possessive pronoun right before a head, referring to the owner named earlier in its clause: "its", "their", 其. */
const ITS_BEFORE = /(?:\b(?:its|their)\s+|其)$/i;
/** Clauses about paying out or buying are flows, not the balance (支出1000億美元現金, "paid $50 billion in cash", 每月购买400亿美元资产). */
const PAYING = /支出|支付|付出|花掉|花了|退稅|退税|撥款|拨款|購買|购买|買入|买入|購入|购入|\bspen[dt]\b|\bspending\b|\bpa(?:y|id|ys|ying)\b|\bdisburs|\brefund|\bbuy(?:s|ing)?\b|\bbought\b|\bpurchas/i;

/**
 * The measures of a sentence, whose they are: mentions of ours owned by someone else become `SOMEONE_ELSES`, and an
 * owner of ours with a word of its own (`composed`) adds a mention at the head's place. `knows` says whether the graph
 * knows a factor (a composed measure of a factor it does not know is not added).
 */
export function whoseMeasures(text: string, sentence: Span, clauses: readonly Span[], mentions: readonly MeasureMention[], knows: (factorId: string) => boolean = () => true): MeasureMention[] {
  const clauseOf = (at: number) => clauses.findLast((c) => c.start <= at) ?? sentence;
  const out: MeasureMention[] = mentions.map((m) => (isUnshipped(m.factorId) || !ownedByOthers(text, m, clauseOf(m.start).start) ? m : { ...m, factorId: SOMEONE_ELSES }));
  const body = text.slice(sentence.start, sentence.end);
  for (const c of COMPOSED) {
    if (!knows(c.factorId)) continue;
    // Both readings need the owner in the sentence: most sentences have none.
    c.owner.lastIndex = 0;
    const owned = c.owner.test(body);
    // matchesOf below starts from the pattern's lastIndex: start it from the beginning again.
    c.owner.lastIndex = 0;
    if (!owned) continue;
    // Where a pattern matches in the sentence outside every mention, with the clause and the words before it there.
    // (`within`: a mention of a measure we do not ship inside the words, "cash reserves" of anyone, gives way to them)
    const free = function* (re: RegExp, within = false) {
      re.lastIndex = 0;
      for (const h of matchesOf(re, body)) {
        const start = sentence.start + h.index;
        const end = start + h[0].length;
        if (out.some((m) => m.start < end && start < m.end && !(within && isUnshipped(m.factorId) && m.start >= start && m.end <= end))) continue;
        const clause = clauseOf(start);
        yield { words: h[0], start, end, clause, lead: text.slice(clause.start, start) };
      }
    };
    for (const { words: head, start, end, clause, lead } of free(c.head, true)) {
      const owners = matchesOf(c.owner, text.slice(sentence.start, start)).map((o) => ({ start: sentence.start + o.index, text: o[0] }));
      const inClause = owners.filter((o) => o.start >= clause.start).at(-1);
      let owner: { start: number; text: string } | undefined;
      let anaphor: string | undefined;
      if (c.ownerRightBefore.test(lead)) owner = inClause;
      else if (inClause && AMOUNT_BEFORE.test(lead) && !PAYING.test(text.slice(clause.start, clause.end))) owner = inClause;
      // A time of its own and 的 right before the head, the owner earlier in the clause (美国财政部曾预计6月底的现金余额).
      else if (inClause && TIME_BEFORE_HEAD.test(lead)) owner = inClause;
      // A head that is the owner's whatever stands between (財政部滾動5日資金流出: the Treasury's outflows).
      else if (inClause && c.ownerInClause) owner = inClause;
      // "its" right before the head, the owner earlier in the clause: "the Treasury plans to boost its cash reserves",
      // "the Fed has reduced its assets by $632 billion".
      else if (inClause && ITS_BEFORE.test(lead)) {
        owner = inClause;
        anaphor = `${ITS_BEFORE.exec(lead)![0].trim()} ${head}`;
      }
      else if (!inClause && TIME_OPENING.test(lead)) owner = owners.at(-1);
      if (!owner) continue;
      // No other measure named between the owner and its head in their clause (財政部發行國庫券的現金 is not the
      // Treasury's balance), and none of ours between them across clauses (Fed升息，準備金下降，目前規模…).
      const sameClause = owner.start >= clause.start;
      // A measure between them with an amount of its own right before it is a sibling in a list, not in the way
      // (美國財政部共有740億美元的特別措施額度以及5230億美元的現金).
      const sibling = (m: MeasureMention) => AMOUNT_BEFORE.test(text.slice(Math.max(owner.start, m.start - 12), m.start));
      if (out.some((m) => m.start >= owner.start + owner.text.length && m.end <= start && (sameClause || !isUnshipped(m.factorId)) && !sibling(m))) continue;
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
      out.push({ factorId: c.factorId, start, end, evidence: `${owner.text}…${head}`, ...(anaphor ? { anaphor } : {}) });
    }
    if (!c.holds) continue;
    for (const { words: verb, start, end, clause, lead } of free(c.holds)) {
      const owner = c.ownerSubject.exec(lead);
      if (!owner || PAYING.test(text.slice(clause.start, clause.end))) continue;
      // An amount of something else held ("holds $400 billion in gold", 持有5000億美元的國債) is not its cash.
      if (HELD_OTHER.test(text.slice(end, clause.end))) continue;
      out.push({ factorId: c.factorId, start, end, evidence: `${owner[0].trim()} ${verb}`.replace(/\s+/g, ' '), verb: true });
    }
  }
  if (PARKED && knows(PARKED.factorId)) out.push(...parkedAtFed(text, sentence, clauses, out));
  return out.sort((a, b) => a.start - b.start);
}

const PARKED = PARKED_AT_FED && {
  factorId: PARKED_AT_FED.factorId,
  /** A parking verb, a few words with no stop, then a place at the Fed ("parked $473.5 billion on the Fed's books"). */
  verbThenPlace: new RegExp(`(?:${alternation(PARKED_AT_FED.verbs)})(?:[^.;。；!?]|\\.(?=\\d)){0,48}?(?:${alternation(PARKED_AT_FED.places)})`, 'gi'),
  /** Chinese: the place before the verb (在美联储停放了…). */
  placeThenVerb: new RegExp(`(?:${alternation(PARKED_AT_FED.places)})[^，,。；;]{0,12}?(?:${alternation(PARKED_AT_FED.verbs)})`, 'g'),
  verb: new RegExp(`^(?:${alternation(PARKED_AT_FED.verbs)})`, 'i'),
  gate: new RegExp(alternation(PARKED_AT_FED.verbs), 'i'),
  banks: new RegExp(`(?:${alternation(PARKED_AT_FED.notBy)})`, 'i'),
};

/**
 * Money parked at the Fed by those who are not banks: a mention of the reverse repo facility at the parking verb
 * (`parked` in the data file), when no measure is named between the verb and the place and no bank parks it.
 */
function parkedAtFed(text: string, sentence: Span, clauses: readonly Span[], mentions: readonly MeasureMention[]): MeasureMention[] {
  if (!PARKED) return [];
  const body = text.slice(sentence.start, sentence.end);
  // Most sentences hold no parking verb: one test, then the patterns.
  if (!PARKED.gate.test(body)) return [];
  const out: MeasureMention[] = [];
  for (const re of [PARKED.verbThenPlace, PARKED.placeThenVerb]) {
    re.lastIndex = 0;
    for (const h of matchesOf(re, body)) {
      const start = sentence.start + h.index;
      const end = start + h[0].length;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      const clause = clauses.findLast((c) => c.start <= start) ?? sentence;
      if (PARKED.banks.test(text.slice(clause.start, start))) continue;
      // The mention stands at the verb, where a subject would: before the amount parked.
      const verb = re === PARKED.verbThenPlace ? PARKED.verb.exec(h[0])![0] : h[0];
      out.push({ factorId: PARKED.factorId, start, end: start + verb.length, evidence: h[0].replace(/\s+/g, ' ') });
    }
  }
  return out;
}

const PER_HEAD = new RegExp(`(?:${alternation(PER_HEAD_WORDS)})`, 'i');
/** "for every American", 人均, 美國人「平均」: an amount per head in the words of a number's phrase (`from`..`to`). */
export function perHeadBefore(text: string, from: number, at: number): string | null {
  const before = text.slice(from, at).replace(/[「」“”"『』]/g, '');
  return PER_HEAD.exec(before)?.[0] ?? null;
}
