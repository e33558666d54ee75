import { matchesOf } from './matches-of.ts';
import type { QuantityMention } from './extract-quantities.ts';
import type { ClaimAssertion, FrameDirection, FrameMode, FramePeriod, QuantityFrame, TimeWindow } from './frame.ts';
import { DRAIN_VERBS, LOOSE_PREFIX, isOvernight, isShippedMeasure, isStock, isUnshipped, kindsOfMeasure, looseReading, looseTarget } from './measure-vocabulary.ts';
import { moodOf } from './mood.ts';
import { refersBackIn } from './anaphora.ts';
import { BASE_AFTER, BASE_BEFORE_ZH, modeFromWords, peakAround } from './mode-words.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';
import type { Span } from './sentences.ts';
import type { TimeExpression } from './time-expressions.ts';
import { governingTimes, opensMove, settleWindow } from './bind-times.ts';
import { previousBusinessDay } from './business-days.ts';
import { datesFigureAfter } from './whose-time.ts';
import { alternation, ownedByOthers, perHeadBefore, type MeasureMention } from './whose-measure.ts';
import { nextStop, runStart, unitSet } from './unit-set.ts';

export type { MeasureMention } from './whose-measure.ts';

/** One sentence, read: its clauses, quantities, the measures and times it names. */
export interface SentenceReading {
  sentence: Span;
  clauses: readonly Span[];
  quantities: readonly QuantityMention[];
  measures: readonly MeasureMention[];
  times: readonly TimeExpression[];
}

export interface FramedQuantity {
  quantity: QuantityMention;
  frame: QuantityFrame;
  /** The quantity is the comparison base of another (index into the sentence's quantities). */
  baseOf: number | null;
  /** The time expression that governs it, when one in the sentence does. */
  time: TimeExpression | null;
  /** Other spans of the sentence its frame was read from (an extremum's "since", a change's "within two weeks"). */
  uses: Span[];
  /** The measure that governs it in its sentence, shipped or not (null when none does): what the next sentence may refer back to. */
  measure: MeasureMention | null;
}

const RISE_TO = /(?:觸及|触及|升至|增至|漲至|涨至|攀升至|回升至|增加至|增加到|上升至|上升到|擴大至|扩大至|擴張至|扩张至|擴張到|扩张到|膨脹至|膨胀至|飆升至|飙升至|飆升到|飙升到|猛增至|猛增到|激增至|激增到|暴增至|暴增到|大增至|躍升至|跃升至|達到|达到|rose to|risen to|climbed to|jumped to|surged to|swelled to|increased to|grew to|rebounded to|back up to|back to|up to|reached|hit|touched|飆到|飙到|漲到|涨到|升到|增到|衝到|冲到)\s*(?:約|约|近|逾|不足|不到|超過|超过|about|around|nearly|almost|roughly|more than|over|some|just over|just under|just|only|as little as|as much as)?\s*$/i;
const FALL_TO = /(?:降至|跌至|減至|减至|下降至|下降到|減少至|减少至|減少到|减少到|降低至|降低到|回落至|回落到|縮減到|缩减到|縮減至|缩减至|萎縮至|萎缩至|縮水至|缩水至|降到|跌到|fell to|dropped to|declined to|slid to|sank to|shrank to|decreased to|tumbled to|plunged to|was drawn down to|drawn down to|down to)\s*(?:約|约|近|逾|不足|不到|超過|超过|about|around|nearly|almost|roughly|more than|over|some|just over|just under|just|only|as little as|as much as)?\s*$/i;
/** "rose on Wednesday to", "fell in the week to": the verb, a few words of time, then "to". */
const RISE_LATER_TO = /\b(?:rose|climbed|jumped|surged|increased|grew|rebounded|swelled)\b[^,;.]{1,40}\bto\s*(?:about|around|nearly|almost|roughly|more than|over|some|just over|just under)?\s*$/i;
const FALL_LATER_TO = /\b(?:fell|dropped|declined|slid|sank|shrank|decreased|tumbled|plunged)\b[^,;.]{1,40}\bto\s*(?:about|around|nearly|almost|roughly|more than|over|some|just over|just under)?\s*$/i;
const QUAL_EN = String.raw`(?:about|around|nearly|almost|roughly|more than|over|some|just over|just under|just|only)?`;
/** English verbs of reaching a level the lists above lack: other tenses ("reaching", "hits"), motion verbs of the press ("ballooned to", "mushroomed to", "shot up to"), an infinitive ("caused the balance sheet to mushroom to"). */
const RISE_TO_MORE = new RegExp(String.raw`\b(?:(?:ballooned|mushroomed|soared|spiked|rocketed|skyrocketed|leapt|leaped|expanded|shot up|swelled|ballooning|mushrooming|soaring|to (?:rise|climb|grow|swell|balloon|mushroom|soar|jump|surge|increase|expand|rebound))\s+to|reaching|reaches|hitting|hits)\s*${QUAL_EN}\s*$`, 'i');
const FALL_TO_MORE = new RegExp(String.raw`\b(?:plummeted|dwindled|slumped|contracted|dipped|retreated|shrunk|to (?:fall|drop|decline|shrink|sink|dwindle))\s+to\s*${QUAL_EN}\s*$`, 'i');
/** "hit the $36 trillion threshold", "reached a record": a verb of reaching, an article (the figure names a line or a level). */
const REACH_THE = /\b(?:hit|hits|hitting|reached|reaches|reaching|touched|touches)\s+(?:the|a|its)\s+(?:(?:new|key|symbolic|grim|psychological)\s+)?$/i;
// (the line may be named before its figure: "passed milestones of $37 trillion", "crossed the threshold of $X")
const CROSS_UP = /(?:突破|升破|站上|衝破|冲破|超越|(?:broke through|broke above|broke|crossed above|crossed|topped|surpassed|passed|exceeded|climbed above|rose above|rose past|breached|eclipsed|cleared|breaks through|breaks above|crosses|crossing|tops|topping|surpasses|exceeds|exceeding|breaches|eclipses)(?:\s+the)?(?:\s+(?:(?:new|key|symbolic|grim|psychological)\s+)?(?:milestones?|marks?|thresholds?)\s+of)?)\s*(?:了)?\s*$/i;
const CROSS_DOWN = /(?:跌破|跌穿|失守|降破|fell below|dropped below|slipped below|sank below|fell under|dipped below|broke below)\s*(?:了)?\s*$/i;
const MARK_REACHED = /^\s*(?:mark|threshold|milestone|level|line)\s+(?:was|has been|had been|is)\s+(?:reached|crossed|breached|passed|hit|topped|surpassed|eclipsed)\b/i;
const FIRST_TIME = /(?:首次|首度|第一次)[^，,。；;\d]{0,6}$/;
/** 首次超過33萬億美元, 首度超越: a line passed (a first time names a crossing). */
const CROSS_UP_MORE = /(?:(?:首次|首度|第一次|首回)\s*(?:超過|超过|超越|高於|高于|逾越|越過|越过|站上|突破))\s*$/i;
/** 两年来首次低于1万亿美元: a line passed downward for the first time. */
const CROSS_DOWN_MORE = /(?:首次|首度|第一次|首回)\s*(?:低於|低于|跌落|降破|跌破|跌穿|跌至)\s*(?:了)?\s*$/;
/** "below the $3T mark", 以下 — a position named against a line ("the second week in a row below the $3T mark"). */
const BELOW_ABOVE_LINE = /\b(?:(below|under|beneath)|above|over)\s+the\s*$/i;
const CHANGE_UP = /(?:增加了?|增長了?|增长了?|上升了?|上漲了?|上涨了?|增發了?|增发了?|多了|擴大了?|扩大了?|飆升了?|飙升了?|回升了?|rose by|increased by|grew by|climbed by|jumped by|swelled by|soared by|surged by|added|gained|up by|up another|up a further|rose|increased|grew|climbed|jumped|surged|swelled|soared|rises|increases|grows|climbs|jumps|surges|swells|soars|gains|adds)\s*(?:約|约|近|逾|超過|超过|超|about|around|approximately|nearly|almost|roughly|more than|over|some|just|only|a further|another)?\s*$/i;
const CHANGE_DOWN = /(?:減少了?|减少了?|下降了?|下跌了?|縮減了?|缩减了?|萎縮了?|萎缩了?|縮水了?|缩水了?|提取了|提走了|流失了?|蒸發了?|蒸发了?|抽走了?|抽乾了?|抽干了?|fell by|dropped by|declined by|decreased by|shrank by|down by|down another|down a further|lost|shed|drained|fell|dropped|declined|decreased|shrank|slid|falls|drops|declines|decreases|shrinks|slides|loses|sheds|sinks|tumbles|plunges)\s*(?:約|约|近|逾|超過|超过|超|about|around|approximately|nearly|almost|roughly|more than|over|some|just|only|a further|another)?\s*$/i;
/**
 * English verbs of moving up or down, by lemma, every form generated (`verbForms`): the press's motion verbs ("eased by
 * nearly $30 billion", "to soar by approximately $300 billion", "mushroomed by roughly $300 billion") as one lexicon
 * rather than a list of the forms seen. Irregular forms are listed with their lemma.
 */
const UP_LEMMAS = ['rise rose risen', 'increase', 'grow grew grown', 'climb', 'jump', 'surge', 'soar', 'swell swelled swollen', 'balloon', 'mushroom', 'expand', 'rebound', 'spike', 'rocket', 'skyrocket', 'leap leapt leaped', 'gain', 'advance', 'widen', 'shoot shot'];
const DOWN_LEMMAS = ['fall fell fallen', 'drop', 'decline', 'decrease', 'shrink shrank shrunk', 'slide slid', 'sink sank sunk', 'plunge', 'tumble', 'ease', 'slip', 'dip', 'dwindle', 'contract', 'retreat', 'slump', 'plummet', 'narrow', 'lose lost', 'shed'];
/** Every form of a lemma ("drop dropped…": the lemma, then irregular forms): -s, -ed, -ing with e-drop and a doubled final consonant. */
function verbForms(entry: string): string[] {
  const [lemma, ...irregular] = entry.split(' ') as [string, ...string[]];
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(lemma) && (lemma.match(/[aeiou]+/g) ?? []).length === 1 ? lemma + lemma.at(-1) : lemma;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : doubled;
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ing`, ...(irregular.length ? irregular : [lemma.endsWith('e') ? `${lemma}d` : `${doubled}ed`])];
}
const formsOf = (lemmas: readonly string[]) => [...new Set(lemmas.flatMap(verbForms))].sort((a, b) => b.length - a.length).join('|');
const DOWN_FORMS = formsOf(DOWN_LEMMAS);
const UP_FORMS = formsOf(UP_LEMMAS);
/** "has fallen by an unprecedented 60 percent", "had risen by a record", "before decreasing by", "edged down by": a motion verb (any form), "by", an article and up to two words. Group 1: a fall. */
const CHANGE_BY_WORDS = new RegExp(String.raw`\b(?:(${DOWN_FORMS}|(?:edg|tick|inch|creep|crept)\w*\s+(?:down|lower))|(?:${UP_FORMS})|(?:edg|tick|inch|creep|crept)\w*\s+(?:up|higher))\s+by\s+(?:an?\s+|the\s+)?(?:(?!(?:end|close|time|middle|start)\b)[a-z-]+\s+){0,2}$`, 'i');
/** A list item opened by "by" (after a comma or "and"): "…, by $63 billion", "and by $206 billion". */
const BY_ITEM = /^\s*(?:and\s+)?by\s*(?:about|around|nearly|almost|roughly|more than|over|some|another|a further)?\s*(?:US)?\$?\s*$/i;
/** A change verb and "by" anywhere before (group 1: a fall): the verb a list of "by" items repeats. */
const CHANGE_BY_WORDS_ANYWHERE = /\b(?:(fallen|fell|dropped|declined|decreased|shrunk|shrank|slid|plunged|tumbled|sank|trimmed|cut|reduced)|risen|rose|increased|grown|grew|climbed|jumped|surged|soared|swelled|expanded)\s+by\b/i;
/** "drew the TGA down by $150 billion": a verb and its particle around the measure, then "by". */
const CHANGE_BY = /\b(?:(drew|drawn|pulled|brought|ran|run|cut|pushed|driven|drove)\b[^.;]{0,40}\b(down|up)|(lifted|raised|boosted|lowered|reduced|increased|decreased|drained|trimmed|pared|slashed|shrunk|shrank|cut|expanded|grown|grew|swelled|whittled))[^.;]{0,40}\bby\s*(?:about|around|nearly|almost|roughly|more than|over|some)?\s*$/i;
const BASE_BEFORE = /(?:down from|up from|from|compared with(?: the)?|compared to(?: the)?|versus|vs\.?|比|較|较|從|从|(?<![經经理藉借])由)\s*(?:(?:a|the|its|their)\s+(?:peak|high|low|level)\s+of\s+)?(?:約|约|近|逾|about|around|approximately|nearly|almost|roughly|more than|over|some|just over|just under|just|only|(?:a|the|its|their) record|a peak of)?\s*$/i;
/** 從/从/由 right before a figure (after its own time: 由2022年底2.6兆美元). */
const FROM_ZH = /(?:從|从|(?<![經经理藉借])由)\s*$/;
/** Between a move's first figure and its end in the next clause: 的高點，降至 (a short noun, one comma, a verb and 至). */
const MOVE_NEXT_CLAUSE_ZH = /^[^，,；;。\d]{0,8}[，,]\s*(?:再|又|則|则|已|已經|已经)?[^，,；;。\d]{0,4}(?:至|到)\s*(?:約|约|近|逾|不足|不到|超過|超过)?\s*$/;
/** "compared to the peak range of around $2.3 trillion": a comparison whose noun phrase names the base ("… of"); not a change's ("compared with a rise of 0.2%": another change). */
const COMPARED_OF = /\bcompared\s+(?:to|with)(?:\s+(?:the|a|an|its|their))?(?:\s+(?!(?:rise|rises|increase|increases|gain|gains|decline|declines|drop|drops|fall|falls|decrease|decreases|change|changes)\b)[\w-]+){0,3}\s+of\s*(?:about|around|nearly|almost|roughly|more than|over|some)?\s*$/i;
const PERIOD_WORDS: [RegExp, FramePeriod][] = [[/day|日/i, 'DAY'], [/week|週|周/i, 'WEEK'], [/month|月/i, 'MONTH'], [/quarter|季/i, 'QUARTER'], [/year|annum|年/i, 'YEAR']];
const EXTREMUM = /(?:(lowest|highest|smallest|largest|weakest|strongest)(?:\s+(?:level|point|reading|since|in))?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|multi)[-\s]years?[-\s](?:low|high)s?\b|(?:創|创)(?:下)?(?:[^，。,]{0,12})?新(低|高)|(最低|最高)(?:水平|水準|點|点)?|(?:以來|以来|(?<=年)來|(?<=年)来)(?:的)?(?:低點|低点|高點|高点|低位|高位|新低|新高))/i;
/** "a 4-year low", 逾4年來最低, 近五年新高: the extremum over the years before the document's date. */
const YEARS_EXTREMUM = /(\d+|two|three|four|five|six|seven|eight|nine|ten)[-\s]years?[-\s](?:low|high)|(\d+|[一二两兩三四五六七八九十]+)\s*多?\s*年(?:來|来|以來|以来)?(?:的)?(?:最低|最高|新低|新高|低點|低点|高點|高点)/i;
const EXTREMUMS = new RegExp(EXTREMUM.source, 'gi');
/** Every extremum a sentence states, in text order (one pattern for every sentence, not one compiled per call). */
function extremumsIn(sentenceText: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  EXTREMUMS.lastIndex = 0;
  for (let m = EXTREMUMS.exec(sentenceText); m; m = EXTREMUMS.exec(sentenceText)) out.push(m);
  return out;
}
const YEAR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** The window "N years before the document's date" names, as a since (the extremum holds over what came after it). */
function yearsBack(sentenceText: string, documentDate: string | null): { window: TimeWindow; text: string } | null {
  const m = YEARS_EXTREMUM.exec(sentenceText);
  if (!m || !documentDate || !/^\d{4}-\d{2}-\d{2}/.test(documentDate)) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : YEAR_WORDS[word] ?? parseChineseNumeral(word);
  if (!n || n > 50) return null;
  const day = `${Number(documentDate.slice(0, 4)) - n}${documentDate.slice(4, 10)}`;
  return { window: { start: day, end: day }, text: m[0] };
}
const DAYS_OF: Record<string, number> = { days: 1, weeks: 7, months: 30, years: 365, hours: 1 / 24 };

/** The clause (index) holding offset `at`, or the last one before it. */
function clauseIndex(clauses: readonly Span[], at: number): number {
  let i = 0;
  while (i + 1 < clauses.length && (clauses[i + 1] as Span).start <= at) i++;
  return i;
}

const LATIN_LETTER = /[A-Za-z]/;
const wordsBefore = (text: string, from: number, at: number, n = 40) => text.slice(Math.max(from, at - n), at);

/** What the words right before a number say about how it speaks of its measure. */
function modeOf(text: string, clause: Span, q: QuantityMention, sentenceStart: number): { mode: FrameMode; direction: FrameDirection | null } {
  const before = wordsBefore(text, clause.start, q.start);
  // The English-only patterns below (a verb, then "to" or "by") need a Latin letter before the figure.
  const latin = LATIN_LETTER.test(before);
  if (CROSS_DOWN.test(before) || CROSS_DOWN_MORE.test(before)) return { mode: 'CROSSED', direction: 'DECREASE' };
  if (CROSS_UP.test(before) || CROSS_UP_MORE.test(before)) return { mode: 'CROSSED', direction: 'INCREASE' };
  // A level reached for the first time is a line crossed (首次攀升至36兆美元, "hit $35 trillion for the first time").
  const riseTo = RISE_TO.test(before) || (latin && (RISE_TO_MORE.test(before) || REACH_THE.test(before)));
  const fallTo = !riseTo && (FALL_TO.test(before) || (latin && FALL_TO_MORE.test(before)));
  const firstTime = (riseTo || fallTo) && (FIRST_TIME.test(before) || /^[^,，;；。]{0,30}\bfor the first time\b/i.test(text.slice(q.end, Math.min(clause.end, q.end + 48))));
  if (firstTime) return { mode: 'CROSSED', direction: riseTo ? 'INCREASE' : 'DECREASE' };
  // "the US$33 trillion mark was reached": a line named, then reached or passed.
  if (MARK_REACHED.test(text.slice(q.end, Math.min(clause.end, q.end + 48)))) return { mode: 'CROSSED', direction: 'INCREASE' };
  // "below the $3T mark": the figure named as a line, the measure on one side of it.
  const side = latin ? BELOW_ABOVE_LINE.exec(before) : null;
  if (side && /^\s*(?:mark|line|threshold|level|barrier|handle)\b/i.test(text.slice(q.end, Math.min(clause.end, q.end + 16)))) return { mode: 'CROSSED', direction: side[1] ? 'DECREASE' : 'INCREASE' };
  // "↓ $45.7 billion", "(↑ 12)": an arrow before a figure is its change.
  const arrow = ARROW_BEFORE.exec(before);
  if (arrow) return { mode: 'CHANGE', direction: /[↓▼⬇]/.test(arrow[0]) ? 'DECREASE' : 'INCREASE' };
  // "+$3.7B", "+65.9B": a plus written before an amount states a change (a minus is read as a negative value below).
  if (/^\+/.test(q.surface) || /(?<![/±])\+\s?$/.test(text.slice(Math.max(clause.start, q.start - 3), q.start))) return { mode: 'CHANGE', direction: 'INCREASE' };
  if (fallTo || (latin && FALL_LATER_TO.test(before))) return { mode: 'REACHED', direction: 'DECREASE' };
  if (riseTo || (latin && RISE_LATER_TO.test(before))) return { mode: 'REACHED', direction: 'INCREASE' };
  const by = latin ? CHANGE_BY.exec(before) : null;
  if (by) {
    const word = (by[2] ?? by[3] ?? '').toLowerCase();
    return { mode: 'CHANGE', direction: /down|lowered|reduced|decreased|drained|trimmed|pared|slashed|shr[au]nk|cut|whittled/.test(word) ? 'DECREASE' : 'INCREASE' };
  }
  // "down by 45%, or by $1.152 trillion": an amount in apposition to a change is the same change.
  if (latin && /\bor\s+by\s*(?:about|around|nearly|almost|roughly|some)?\s*$/i.test(before)) {
    const lead = text.slice(Math.max(0, q.start - 60), q.start);
    return { mode: 'CHANGE', direction: /\bdown\b|\bfell\b|\bdropped\b|\bdeclined\b|\bdecreased\b|\blower\b|減|减|降|跌/i.test(lead) ? 'DECREASE' : 'INCREASE' };
  }
  const byWords = latin ? CHANGE_BY_WORDS.exec(before) : null;
  if (byWords) return { mode: 'CHANGE', direction: byWords[1] ? 'DECREASE' : 'INCREASE' };
  // "dropped by $37 billion from the prior week, by $63 billion from …, and by $206 billion from the peak": a "by" opening
  // a list item repeats the change verb of the item before it in the sentence.
  if (latin && sentenceStart < clause.start && BY_ITEM.test(before)) {
    const lead = CHANGE_BY_WORDS_ANYWHERE.exec(text.slice(sentenceStart, clause.start));
    if (lead) return { mode: 'CHANGE', direction: lead[1] ? 'DECREASE' : 'INCREASE' };
  }
  if (CHANGE_DOWN.test(before)) return { mode: 'CHANGE', direction: 'DECREASE' };
  if (CHANGE_UP.test(before)) return { mode: 'CHANGE', direction: 'INCREASE' };
  // "减少了3400亿美元至2.83万亿美元", "fell by $59 billion to $2.93 trillion": the figure after 至/"to" is the level reached.
  if (LEVEL_TO.test(before) && /\d/.test(before)) {
    const direction = q.direction ? (q.direction === 'RISE' ? 'INCREASE' : 'DECREASE') : FALL_ANY.test(before) ? 'DECREASE' : RISE_ANY.test(before) ? 'INCREASE' : null;
    if (direction) return { mode: 'REACHED', direction };
  }
  // "trimmed its balance sheet by $1.03 Trillion since May 2022", "dropped by $37 billion from the prior week, by $63
  // billion from the balance sheet released on September 8": an amount after "by" that runs from a time or a base (a
  // since or a from right after it) is a change, whatever the verb; its way is the one the words before it say (time18).
  if (latin && /\bby\s*(?:about|around|nearly|almost|roughly|more than|over|some)?\s*$/i.test(before) && /^\s*(?:since|from)\b/i.test(text.slice(q.end, q.end + 8))) {
    const lead = text.slice(Math.max(0, q.start - 120), q.start);
    return { mode: 'CHANGE', direction: FALL_ANY.test(lead) || /\btrimm|\bshed\b|\bcut\b|\bslash/i.test(lead) ? 'DECREASE' : RISE_ANY.test(lead) ? 'INCREASE' : null };
  }
  // "the $4.81 trillion accumulated during QE", "a 26.5% reduction": words right after the figure make it a change.
  const after = CHANGE_AFTER.exec(text.slice(q.end, Math.min(clause.end, q.end + 24))) ?? CHANGE_AFTER_ZH.exec(text.slice(q.end, Math.min(clause.end, q.end + 12)));
  if (after) return { mode: 'CHANGE', direction: after[1] ? 'DECREASE' : 'INCREASE' };
  if (latin && ADDED_BEFORE.test(before)) return { mode: 'CHANGE', direction: 'INCREASE' };
  if (q.direction) return { mode: 'CHANGE', direction: q.direction === 'RISE' ? 'INCREASE' : 'DECREASE' };
  if (q.value < 0) return { mode: 'CHANGE', direction: 'DECREASE' };
  return { mode: 'LEVEL', direction: null };
}

/** A ratio named before a percent: 美国债务与GDP之比约为123%, "the debt-to-GDP ratio of 123%", 比率. */
const RATIO_BEFORE = /(?:之比|比率|比值|ratio|-to-GDP|to GDP)[^\d，,。；;]{0,10}$/i;
/** "the statutory ceiling of roughly $31.4 trillion", 上限為31.4兆美元: a limit named before its figure. */
const LIMIT_BEFORE = /\b(?:ceiling|cap|limit)\s+(?:of|at)\s*(?:about|around|roughly|nearly|some|approximately)?\s*(?:US)?\s*$|(?:上限|限額|限额)(?:為|为|是|在)?\s*(?:約|约|近)?\s*$/i;
const LIMIT_AFTER = /^\s*(?:的)?(?:債務|债务|舉債|举债|借款)?(?:上限|限額|限额|天花板)|^\s*(?:debt\s+|borrowing\s+)?(?:ceiling|cap|limit)\b/i;
/** GDP right after a measure: its ratio to GDP (与GDP之比, 佔GDP的). */
const TO_GDP_AFTER = /^[^，,。；;\d]{0,6}?(?:GDP|國內生產總值|国内生产总值)/i;
/** Between a figure and the noun it modifies: hyphenated or time adjectives only ("end-of-quarter", "weekly"). */
const PREMODIFIER = /^\s*(?:(?:[A-Za-z]+(?:-[A-Za-z]+)+|weekly|daily|monthly|record|closing|opening|average|current)\s+){0,2}$/i;
const ARTICLE_BEFORE = /\b(?:a|an|the|its|their)\s+(?:US|U\.S\.)?\$?\s*$/i;
/** A word of holding that ends a measure's words ("the Fed's holdings", "its assets"): "of" after it names what is held. */
const HOLDING_HEAD = /(?:holdings|assets|portfolio|stash)$/i;
/** A sum of the measures named before: "combined", 合計. */
const COMBINED_ANYWHERE = /combined|together|合計|合计|加總|加总|合共|之和|總和|总和/i;
const OF_ANYWHERE = /\s(?:on|of|for)\s/i;
const COMBINED_AFTER = /^\s*(?:combined|together|taken together|合計|合计|加總|加总|合共|之和|總和|总和)/i;
const JOINED = /^\s*(?:and|plus|和|與|与|及|加上|、)\s*(?:the\s+)?$/i;
/** Around a measure that is a ratio's whole: 与GDP之比, 對GDP比率, 占GDP的. */
const RATIO_WITH = /(?:与|與|和|對|对|占|佔|to)\s*$/i;
const RATIO_AFTER = /^\s*(?:之比|的比|比率|比值|的比例|的比重|的|ratio)/i;
/** An arrow right before a figure (its qualifiers and currency between): "(↓ $45.7 billion)", ▲12%. */
const ARROW_BEFORE = /[↑↓▲▼⬆⬇]\s*(?:約|约|about|around|nearly|almost|roughly)?\s*(?:US)?\$?\s*$/;
/** "至", "to" right before a figure (after an amount and its change verb: "减少了3400亿美元至2.83万亿美元"). */
const LEVEL_TO = /(?:至|到|\bto)\s*(?:約|约|近|逾|about|around|nearly|almost|roughly)?\s*\$?\s*$/i;
const FALL_ANY = /(?:減少|减少|下降|下跌|縮減|缩减|回落|萎縮|萎缩|\bfell\b|\bdropped\b|\bdeclined\b|\bdecreased\b|\bshrank\b)/i;
const RISE_ANY = /(?:增加|上升|上漲|上涨|增長|增长|擴大|扩大|回升|\brose\b|\bincreased\b|\bgrew\b|\bclimbed\b|\bjumped\b)/i;
/** Words right after a figure that make it an amount changed: a participle ("$4.81 trillion accumulated during QE",
 * "$300 billion drained from") or a noun of change ("a 26.5% reduction"). Group 1: a fall. */
const CHANGE_AFTER = /^\s*(?:(?:in\s+|(?:that|which|it|they|the Fed)\s+(?:had\s+|has\s+|have\s+)?)?(?:(lost|shed|drained|withdrawn|removed|reduction|decline|drop|decrease|fall|cut|contraction|runoff)|accumulated|amassed|added|built up|piled on|injected|pumped in|increase|rise|gain|jump|expansion|addition|additions|increment)\b)/i;
/** "an additional $3 trillion", "an extra $100 billion": an amount added, a change up. */
const ADDED_BEFORE = /\b(?:additional|extra)\s*(?:US)?\s*$/i;

/** 5000亿至6000亿美元现金回补, 800億美元的重建: a noun of refilling right after the figure (never a verb: 比…的X增加了Y). */
const CHANGE_AFTER_ZH = /^\s*(?:的)?(?:現金|现金|資金|资金)?()(?:回補|回补|重建|補充|补充)/;
/** Between a number and the measure it is an amount of: "$569 billion in marketable debt", "$286BN of its cash balance", 600亿美元国债, "$400 billion at the Fed's reverse repo facility". */
const ATTACHED = /^\s*(?:[（(][^）)\n]{0,30}[）)]\s*)?(?:(?:at the (?:Fed|Federal Reserve|New York Fed)\s+)?(?:in|of|worth of|at|into|via|through|(?:just\s+|only\s+)?on)\s+(?:(?:the|its|their|new|net|total|privately-held|privately held)\s+)*(?:(?:Fed|Federal Reserve|New York Fed|central bank|Treasury)['’]s\s+)?|的?\s*)$/i;
/** "of the $4.81 trillion", 的4.8萬億美元: a percent followed by an amount it is a part of. */
const SHARE_OF_AMOUNT = /^\s*(?:of\s+(?:the\s+|its\s+|their\s+|some\s+|about\s+|roughly\s+)*(?:US)?\$\s?\d)/i;
/** Between the noun of an amount and the facility it sits at: "in reserves at the Fed's Reverse Repo Facility". */
const PLACED_AT = /^\s+(?:at|with|in|into)\s+(?:the\s+)?(?:(?:Fed|Federal Reserve|New York Fed)['’]s\s+)?$/i;
/** A clause that stands aside from its sentence's subject: ", a key factor in …,", ", which …,". */
const PARENTHETICAL = /^(?:a|an|which|who|whose|including|such as|like|itself)\b/i;
/** Nothing but the number and its bounds in a clause: 2.93万亿美元，这是…准备金余额的最新数字. */
const BARE = /^\s*(?:約|约|近|逾|超過|超过|about|around|nearly|over|some|roughly|more than)?\s*$/i;

/** A drain verb, then at most a few words (the amount drained, "of", "the"), right before a measure: its object. */
const DRAINED = new RegExp(`(?:${alternation(DRAIN_VERBS)})(?:了|走|掉)?[^，,。；;:：]{0,30}?$`, 'i');
const DRAIN_RIGHT_BEFORE = new RegExp(`(?:${alternation(DRAIN_VERBS)})(?:了|走|掉)?\\s*(?:(?:the|of|from|out of)\\s+)*$`, 'i');

/**
 * A measure the record does not ship, written as the object of a drain verb (抽離市場流動性超2000億美元, "drained $200
 * billion of liquidity from the market"): the amount is the drainer's, so the measure is never the number's subject.
 * The amount may stand between the verb and the measure, with no other measure.
 */
function drainedObject(text: string, clause: Span, m: MeasureMention, measures: readonly MeasureMention[]): boolean {
  if (isShippedMeasure(m.factorId)) return false;
  const lead = text.slice(clause.start, m.start);
  const hit = DRAINED.exec(lead);
  if (!hit) return false;
  const verbAt = clause.start + hit.index;
  if (measures.some((o) => o !== m && o.start >= verbAt && o.end <= m.start)) return false;
  return DRAIN_RIGHT_BEFORE.test(lead) || /\d|[萬万億亿兆]|trillion|billion|million/i.test(hit[0]);
}

const DRAIN_ANYWHERE = new RegExp(`(?:${alternation(DRAIN_VERBS)})`, 'i');
/** A verb of paying and its object's determiner right before a measure's words: "(money the government has) to pay its bills" — an object, never the subject. */
const PAID_OBJECT = /\b(?:pay|pays|paid|paying|cover|covers|covered|covering)\s+(?:its|their|the|our|his|her|all|some|any)\s+$/i;
// The last sentence's subjects: its numbers are framed one after another, so one entry serves them all (a WeakMap
// entry per sentence cost more than the reading it saved: its set was 1% of reading the seed).
let subjectsFor: { reading: SentenceReading; out: readonly MeasureMention[] } | null = null;
/** The measures of a sentence that can be a number's subject: not the object of a drain verb (read once a sentence). */
function subjectsOf(text: string, reading: SentenceReading, clauses: readonly Span[]): readonly MeasureMention[] {
  let out = subjectsFor?.reading === reading ? subjectsFor.out : undefined;
  if (!out) {
    // The object of a drain verb is not what the number measures: 抽離市場流動性超2000億美元 is the TGA's drain.
    // Only a measure the record does not ship can be a drain's object (drainedObject): most sentences name none.
    out = reading.measures.every((m) => isShippedMeasure(m.factorId)) || !DRAIN_ANYWHERE.test(text.slice(reading.sentence.start, reading.sentence.end)) ? reading.measures
      : reading.measures.filter((m) => !drainedObject(text, clauses[clauseIndex(clauses, m.start)] as Span, m, reading.measures));
    // (a measure we do not ship paid or covered, "to pay its bills", is the object of that verb)
    if (out.some((m) => !isShippedMeasure(m.factorId) && PAID_OBJECT.test(text.slice(Math.max(reading.sentence.start, m.start - 20), m.start)))) out = out.filter((m) => isShippedMeasure(m.factorId) || !PAID_OBJECT.test(text.slice(Math.max(reading.sentence.start, m.start - 20), m.start)));
    subjectsFor = { reading, out };
  }
  return out;
}

/**
 * The measure a number speaks of, on evidence in its own sentence only, the one that governs it:
 * 1. the measure it is an amount of, written right after it ("$N in marketable debt", 600亿美元国债);
 * 2. its subject: the nearest measure named before it in its clause ("reserves fell to $N", 準備金降至N);
 * 3. the measure after it in its clause when the number opens the clause ("$300 billion flowed into the TGA");
 * 4. the subject of an earlier clause of its sentence, passing over parentheticals (", a key factor in … its balance sheet,");
 * 5. for a number standing alone at the head of its sentence, the measure of the clause that says what it is.
 * None otherwise. Only a measure written in this kind of number can be its subject (a shutdown's length is in days).
 */
function measureOf(text: string, reading: SentenceReading, clauses: readonly Span[], q: QuantityMention): MeasureMention | null {
  const ci = clauseIndex(clauses, q.start);
  const clause = clauses[ci] as Span;
  const fits = (m: MeasureMention) => {
    const kinds = kindsOfMeasure(m.factorId);
    // A percent speaks of an amount (its change, its share); a shutdown's length has no percent level.
    return !kinds.length || kinds.includes(q.kind) || (q.kind === 'percent' && (kinds.includes('money') || kinds.includes('percent')));
  };
  // A percent's whole when it is a measure we do not ship ("22% of GDP", 与GDP之比, 占GDP的): the share is of the
  // measure named before it, not of the whole.
  const percent = q.kind === 'percent';
  const wholeOfShare = (m: MeasureMention) => percent && !isShippedMeasure(m.factorId)
    && (RATIO_WITH.test(text.slice(Math.max(clause.start, m.start - 2), m.start)) && RATIO_AFTER.test(text.slice(m.end, m.end + 4)));
  const subjects = subjectsOf(text, reading, clauses);
  const after = subjects.filter((m) => m.start >= q.end && m.end <= clause.end && fits(m) && !eventNamed(text, clauses[clauseIndex(clauses, m.start)] as Span, m, subjects, q.start));
  // "a $457 billion end-of-quarter cash balance": the figure as a modifier of the measure's noun, after an article.
  const attached = after.find((m) => ATTACHED.test(text.slice(q.end, m.start)) || (PREMODIFIER.test(text.slice(q.end, m.start)) && ARTICLE_BEFORE.test(text.slice(Math.max(clause.start, q.start - 8), q.start))));
  // 37萬億美元（約290.45萬億港元）國債: an aside in brackets (a clause of its own) between the figure and its measure.
  const aside = /^\s*[（(][^）)\n]{0,30}[）)]/.exec(text.slice(q.end, Math.min(reading.sentence.end, q.end + 40)));
  const pastAside = aside ? subjects.find((m) => m.start >= q.end + aside[0].length && m.start <= q.end + aside[0].length + 8 && fits(m) && ATTACHED.test(text.slice(q.end, m.start))) : undefined;
  if (pastAside && !attached) return pastAside;
  // "parked over $1 trillion in reserves at the Fed's Reverse Repo Facility": the facility the money sits at, named right
  // after the noun of the amount, is what it measures.
  // (the first term may hold the place's owner: "reserves at the Fed" + "'s Reverse Repo Facility")
  const placed = attached ? after.find((m) => m.start >= attached.end && m.factorId !== attached.factorId && isShippedMeasure(m.factorId) && (PLACED_AT.test(text.slice(attached.end, m.start)) || (/(?:Fed|Federal Reserve)$/i.test(text.slice(attached.start, attached.end)) && /^['’]s\s+$/.test(text.slice(attached.end, m.start))))) : undefined;
  if (placed) return placed;
  if (attached && !(percent && !isShippedMeasure(attached.factorId) && /^\s*of\b/i.test(text.slice(q.end, attached.start)))) return attached;
  // "Reserves and ON RRPs combined", 準備金與逆回購合計: a sum of two measures is neither.
  if (subjects.length > 1 && COMBINED_ANYWHERE.test(text.slice(clause.start, q.start)) && subjects.some((m) => m.end <= q.start && m.start >= clause.start && COMBINED_AFTER.test(text.slice(m.end, m.end + 12)) && subjects.some((o) => o !== m && o.end <= m.start && JOINED.test(text.slice(o.end, m.start))))) return null;
  // "Interest payments on the national debt": the head of "X on/of the Y" is X.
  // (but "the Fed's holdings of mortgage-backed securities": a word of holding before "of" names the part held, a measure
  // we do not ship, not the whole)
  const headOf = (m: MeasureMention): MeasureMention => subjects.find((o) => o.end <= m.start && /^\s+(?:on|of|for)\s+(?:the\s+|its\s+)?$/i.test(text.slice(o.end, m.start)) && !(isUnshipped(m.factorId) && HOLDING_HEAD.test(text.slice(o.start, o.end)))) ?? m;
  const ofs = subjects.length > 1 && OF_ANYWHERE.test(text.slice(reading.sentence.start, q.start));
  // (a verb of holding or shedding names the measure of the amount right after it only: "the Fed has shed 49.5% of the
  // $4.81 trillion accumulated during QE" — the 4.81 is what QE added, not an amount shed)
  const verbNext = (m: MeasureMention) => !m.verb || !reading.quantities.some((p) => p !== q && p.start >= m.end && p.end <= q.start);
  const before = subjects.filter((m) => m.end <= q.start && fits(m) && !wholeOfShare(m) && verbNext(m) && !eventNamed(text, clauses[clauseIndex(clauses, m.start)] as Span, m, subjects, q.start)).map((m) => (ofs ? headOf(m) : m));
  const inClause = before.filter((m) => m.start >= clause.start).at(-1);
  if (inClause) return inClause;
  if (after[0] && BARE.test(text.slice(clause.start, q.start))) return after[0];
  const parenthetical = (m: MeasureMention) => {
    const c = clauses[clauseIndex(clauses, m.start)] as Span;
    return c !== clause && PARENTHETICAL.test(text.slice(c.start, c.end));
  };
  const earlier = before.filter((m) => !parenthetical(m)).at(-1) ?? before.at(-1);
  // "During the two Debt Ceiling Farces of 2021, …, the balance dropped to $46 billion": a measure we do not ship in an
  // earlier clause is not the subject of a clause that opens with a word referring back (left to anaphora.ts).
  if (earlier && !isShippedMeasure(earlier.factorId) && refersBackIn(text, { start: clause.start, end: q.start }, reading.measures)) return null;
  if (earlier) return earlier;
  if (after[0]) return after[0];
  const next = clauses[ci + 1];
  if (ci === 0 && next && BARE.test(text.slice(clause.start, q.start) + text.slice(q.end, clause.end))) {
    return reading.measures.find((m) => m.start >= next.start && m.end <= next.end && fits(m)) ?? null;
  }
  return null;
}

/** An event's preposition right before a measure's words: "since the beginning of QT", "under QT", 自縮表. */
const EVENT_BEFORE = /(?:\b(?:since|during|under|amid|throughout)\s+(?:the\s+)?(?:(?:beginning|start|end|onset|launch|advent|height)\s+of\s+(?:the\s+)?)?|(?:自|從|从)\s*)$/i;
/** Chinese: an event's words right after a measure's (縮表以來, 縮表開始後). */
const EVENT_AFTER_ZH = /^(?:開始|开始|啟動|启动|結束|结束)?(?:以來|以来|之後|之后|以後|以后|期間|期间)/;
/**
 * A measure the record does not ship (QT, the debt ceiling, a loose word) named as an event a time is reckoned from or
 * within ("Reserves: -$265 billion since the beginning of QT in July 2022", 自縮表以來): a time, not the number's subject.
 */
function eventNamed(text: string, clause: Span, m: MeasureMention, measures: readonly MeasureMention[], at: number): boolean {
  // (only when the sentence names a measure we ship before the figure: with none, the event's measure is its measure,
  // 自…Fed開始縮表以來，已把超過2兆美元的資金抽離)
  // (or a measure of any kind named before the event's words: "Fed Liabilities under QT Drop $1.71 Trillion")
  if (!isUnshipped(m.factorId) || !measures.some((o) => (isShippedMeasure(o.factorId) && o.end <= at) || (o !== m && !o.factorId.startsWith(LOOSE_PREFIX) && o.end <= m.start))) return false;
  return EVENT_BEFORE.test(text.slice(Math.max(clause.start, m.start - 30), m.start)) || EVENT_AFTER_ZH.test(text.slice(m.end, m.end + 4));
}

const RESPECTIVELY = /分別|分别|\brespectively\b/i;
/**
 * The measures listed before "respectively" (分別), each joined to the next by 、/和/"and" (an aside in brackets
 * between), paired in order with as many figures of one unit listed after the first measure: each figure takes its
 * measure (none for a measure the record does not ship).
 */
function pairRespectively(text: string, reading: SentenceReading, framed: FramedQuantity[], at: number): void {
  // The figures: after 分別, before "respectively"; one unit, in order.
  const english = /^respectively/i.test(text.slice(at, at + 12));
  const amounts = framed.filter((f) => /money|percent/.test(f.quantity.kind) && (english ? f.quantity.end <= at : f.quantity.start >= at));
  const list = amounts.filter((f) => f.quantity.unit === amounts[0]?.quantity.unit);
  const first = list[0];
  if (!first || list.length < 2 || list.length !== amounts.length) return;
  // (not a measure inside an aside in brackets: 准备金余额(存款机构))
  const inAside = (m: MeasureMention) => Math.max(text.lastIndexOf('(', m.start), text.lastIndexOf('（', m.start)) > Math.max(text.lastIndexOf(')', m.start), text.lastIndexOf('）', m.start), reading.sentence.start - 1);
  const before = reading.measures.filter((m) => m.end <= first.quantity.start && !inAside(m));
  const run: MeasureMention[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as MeasureMention;
    const next = run[0];
    if (next && !/^[^，,。；;\d]{0,14}?(?:、|和|及|與|与|,|\band\b)\s*(?:the\s+)?$/i.test(text.slice(m.end, next.start))) break;
    if (!next && /[，,。；;]/.test(text.slice(m.end, first.quantity.start).replace(/\([^)]*\)|（[^）]*）/g, ''))) break;
    run.unshift(m);
  }
  if (run.length !== list.length) return;
  list.forEach((f, k) => {
    const m = run[k] as MeasureMention;
    const shipped = isShippedMeasure(m.factorId);
    f.frame.factorId = shipped ? m.factorId : null;
    f.frame.factorEvidence = shipped ? text.slice(m.start, m.end) : null;
    f.frame.factorSource = shipped ? 'TEXT' : null;
    f.measure = m;
  });
}

/** Between two items of one list: separators and "and", with the first item's own time ("in January 2024,"). */
const LIST_GAP = /^\s*(?:(?:in|on|at|by|during)\s*)?(?:[,，、]\s*(?:and\s+)?|\s+and\s+|及|以及|和|與|与)\s*$/i;
function listSiblings(text: string, a: QuantityMention, b: QuantityMention, spans: readonly Span[]): boolean {
  if (b.start - a.end > 60) return false;
  // (the first item's time and the measure it is an amount of left out: "$34 trillion in debt in January 2024, ")
  return LIST_GAP.test(withoutTimes(text, a.end, b.start, spans).replace(/\b(?:in|of|on|at|by|during)\s+(?=[,，]|and\b|(?:in|of|on|at|by|during)\b)/gi, ''));
}

/** The text between two offsets with the time expressions (or other spans, in text order) in it left out. */
function withoutTimes(text: string, from: number, to: number, times: readonly Span[]): string {
  let out = '';
  let at = from;
  for (const t of times) {
    if (t.end <= at || t.start >= to) continue;
    out += text.slice(at, Math.max(at, t.start));
    at = Math.min(to, t.end);
  }
  return out + text.slice(at, to);
}

/** Every number of one sentence framed: what it measures, how, when, against what base. */
export function readFrames(text: string, reading: SentenceReading, documentDate: string | null): FramedQuantity[] {
  const { clauses, quantities, times } = reading;
  const docWindow: TimeWindow | null = documentDate ? { start: documentDate.slice(0, 10), end: documentDate.slice(0, 10) } : null;
  // A time read inside an amount is not a time; a duration inside a time is part of it (截至10月1日的一週).
  // (likewise an occurrence's number inside a named period: "QT #1")
  const overlapsQuantity = (t: Span) => quantities.some((q) => q.start < t.end && t.start < q.end && !/date|year/.test(q.kind) && !((q.kind === 'duration' || q.kind === 'ordinal') && q.start >= t.start && q.end <= t.end));
  const usableTimes = times.filter((t) => !overlapsQuantity(t));

  // Comparison bases: "down from more than $2 trillion in 2022", 較去年同期的X: the number after "from" is a past
  // level of the measure the number before it speaks of; "from X to Y" makes X the base of Y.
  const baseOf = new Map<number, number>();
  quantities.forEach((q, i) => {
    if (!/money|percent|measure|count/.test(q.kind)) return;
    const clause = clauses[clauseIndex(clauses, q.start)] as Span;
    // 從2022年4月峰值的8.96萬億美元: the base's own time may stand between the word and the number.
    const from = Math.max(clause.start - 30, reading.sentence.start);
    const lead = times.filter((t) => t.start >= from && t.end <= q.start).at(-1);
    const words = lead && datesFigureAfter(text.slice(lead.end, q.start)) ? text.slice(Math.max(from, lead.start - 24), lead.start) : wordsBefore(text, from, q.start, 24);
    // "$3.2 trillion a year earlier", 去年同期的X: a past level of the measure the figure before it speaks of.
    const baseAfter = BASE_AFTER.test(text.slice(q.end, Math.min(reading.sentence.end, q.end + 40)));
    if (!BASE_BEFORE.test(words) && !BASE_BEFORE_ZH.test(words) && !baseAfter && !COMPARED_OF.test(wordsBefore(text, reading.sentence.start, q.start, 60))) return;
    const prev = quantities.slice(0, i).reverse().find((p) => p.kind === q.kind || (p.unit === q.unit));
    // "from a peak of $8.97 trillion in April 2022 to $6.56 trillion": the base's own time stands between it and "to".
    const toWord = /^\s*(?:to|至|到|降至|升至)\s*/i;
    const next = quantities.slice(i + 1).find((p) => p.unit === q.unit && (toWord.test(text.slice(q.end, p.start).replace(/\s*(?:in|on)\s+\S+\s*/i, ' ')) || toWord.test(withoutTimes(text, q.end, p.start, times).replace(/^\s*(?:in|on|during|at|of)\s+/i, ''))))
    // "从约4万亿美元迅速扩张至近9万亿美元", "从2.5万亿美元减少到不足100亿美元": a verb between the base and 至/到, in its clause.
      ?? quantities.slice(i + 1).find((p, k, rest) => p.unit === q.unit && p.start <= clause.end && !rest.slice(0, k).some((o) => o.unit === q.unit) && !/[，,；;。]/.test(text.slice(q.end, p.start)) && /(?:至|到)\s*(?:約|约|近|逾|不足|不到|超過|超过)?\s*$/.test(text.slice(Math.max(q.end, p.start - 8), p.start)))
    // "由2022年底2.6兆美元的高點，降至170億美元": the move's verb and 至 open the next clause, after a comma.
      ?? (/^(?:從|从|由)/.test(words.trim().slice(-1)) || FROM_ZH.test(words) ? quantities.slice(i + 1).find((p, k, rest) => p.unit === q.unit && !rest.slice(0, k).some((o) => o.unit === q.unit) && MOVE_NEXT_CLAUSE_ZH.test(text.slice(q.end, p.start))) : undefined);
    const head = next ?? prev;
    if (head) baseOf.set(i, quantities.indexOf(head));
  });
  // A base's own time: the expression right after it ("in 2022"), which governs no other number.
  const baseTimes = new Map<number, TimeExpression>();
  for (const i of baseOf.keys()) {
    const q = quantities[i] as QuantityMention;
    // Its time: right after it ("$300 billion during the 2018-2019 shutdown"), or between its word and it (從2022年…).
    // "$3.5 trillion earlier this year", "$4.27T (2021)"; before it, "from Friday's $20.34 billion".
    // "(from $4.25 trillion at the peak in December 2021)", "around $2.3 trillion that prevailed from May 2022 through June 2023".
    const t = usableTimes.find((x) => x.start >= q.end && /^\s*(?:\(|（)?\s*(?:(?:at|near)\s+(?:the|its|a)\s+(?:[\w-]+\s+)?(?:peak|high|low|top|bottom|record)\s+)?(?:(?:that|which)\s+[a-z]+\s+)?(?:(?:in|during|at|on|as of|of|for|by|from|earlier|later)\s+)?(?:the\s+)?$/i.test(text.slice(q.end, x.start)))
      ?? usableTimes.find((x) => x.end <= q.start && datesFigureAfter(text.slice(x.end, q.start)) && BASE_BEFORE.test(text.slice(Math.max(reading.sentence.start, x.start - 24), x.start)));
    if (t) baseTimes.set(i, t);
  }
  const reserved = new Set(baseTimes.values());
  const sinceTimes = new Set(usableTimes.filter((t) => t.since));

  // The time governing each number (bind-times.ts): its own clause's, else a time standing alone, else none.
  // A "since" time dates the figures after it as a span to the document's date (今年以來…一度升至, "since July,
  // reserves have stayed above…"), unless the sentence has an extremum, whose "since" it is ("the lowest since 2020").
  const sentenceText = text.slice(reading.sentence.start, reading.sentence.end);
  const statesExtremum = EXTREMUM.test(sentenceText);
  // (or a named event's since written after the figure in its clause: "back to over $800 billion since the debt ceiling
  // was lifted in July")
  const spanSince = statesExtremum ? new Set<TimeExpression>() : new Set([...sinceTimes].filter((t) => t.window && (!quantities.some((q) => q.start >= reading.sentence.start && q.end <= t.start && /money|percent|measure/.test(q.kind)) || (t.period && clauses[clauseIndex(clauses, t.start)] === clauses[clauseIndex(clauses, quantities.filter((q) => q.end <= t.start).at(-1)?.start ?? -1)]))));
  const governing = governingTimes(text, reading.sentence, quantities, usableTimes.filter((t) => !reserved.has(t) && (!sinceTimes.has(t) || spanSince.has(t))), times, documentDate, new Set(baseTimes.keys()));
  // "the lowest since June 3, 2021, when the facility took in $479.1 billion", 自…以來最低，當時為…: the figure of a clause
  // opened by "when" (當時) right after a since is the level on that since's day, not a span to now.
  if (sinceTimes.size) {
    quantities.forEach((q, i) => {
      if (governing[i] || !/money|percent/.test(q.kind)) return;
      const t = [...sinceTimes].filter((x) => x.window && x.end <= q.start).at(-1);
      if (t && WHEN_CLAUSE.test(text.slice(t.end, q.start))) governing[i] = { ...t, since: false };
    });
  }
  const timeOf = (q: QuantityMention): TimeExpression | null => governing[quantities.indexOf(q)] ?? null;

  // Every extremum the sentence states ("創近五年新高,…準備金降至約2.85兆美元、為2021年初以來低點" has two): each figure
  // takes the first one written after it.
  const extremums = statesExtremum ? extremumsIn(sentenceText) : [];

  const framed: FramedQuantity[] = quantities.map((q) => {
    const clause = clauses[clauseIndex(clauses, q.start)] as Span;
    const amount = /money|percent|measure|count|fraction/.test(q.kind);
    let { mode, direction } = amount ? modeOf(text, clause, q, reading.sentence.start) : { mode: 'OTHER' as FrameMode, direction: null };
    // The words around it (mode-words.ts): a change noun or drain verb, a line crossed, "cumulative".
    const worded = amount ? modeFromWords(wordsBefore(text, clause.start, q.start, 64), text.slice(q.end, Math.min(clause.end, q.end + 40)), { mode, direction }) : null;
    if (worded) ({ mode, direction } = worded);
    let period: FramePeriod | null = null;
    if (amount && q.unit.includes('/')) {
      mode = 'FLOW';
      const p = q.unit.split('/')[1] as string;
      period = PERIOD_WORDS.find(([re]) => re.test(p))?.[1] ?? null;
    }
    // "shed 49.5% of the $4.81 trillion": a percent of an amount written after it is a share of that amount.
    if (amount && q.kind === 'percent' && SHARE_OF_AMOUNT.test(text.slice(q.end, Math.min(clause.end, q.end + 40)))) mode = 'SHARE';
    if (amount && q.kind === 'percent' && mode === 'LEVEL') mode = /\bof\b|佔|占|比例|比重/.test(text.slice(q.end, q.end + 12)) || /佔|占/.test(wordsBefore(text, clause.start, q.start, 8)) || RATIO_BEFORE.test(wordsBefore(text, clause.start, q.start, 24)) ? 'SHARE' : 'LEVEL';
    if (q.kind === 'count' && mode === 'LEVEL') mode = 'OTHER';
    let measure = amount ? measureOf(text, reading, clauses, q) : null;
    let factorId = measure && !isUnshipped(measure.factorId) ? measure.factorId : null;
    // A loose word ("the debt", 債務, QT) names a measure we ship only for a figure of its scale or mode, and no one
    // else's (household debt): not firm (factorSource LOOSE). An amount of QT is the balance sheet's fall.
    let loose = false;
    if (measure && measure.factorId.startsWith(LOOSE_PREFIX)) {
      const read = looseReading(measure.factorId, mode, q.value, q.unit, LEVEL_TO.test(wordsBefore(text, clause.start, q.start, 12)));
      // A firm loose word's ratio to GDP (美国债务与GDP之比, 國債佔GDP的120%) is that measure's share.
      const firmId = measure.factorId.startsWith(`${LOOSE_PREFIX}firm:`) ? measure.factorId.slice(LOOSE_PREFIX.length + 5) : null;
      if (!read && firmId && mode === 'SHARE' && q.kind === 'percent' && TO_GDP_AFTER.test(text.slice(measure.end, Math.min(reading.sentence.end, measure.end + 16)))) factorId = firmId;
      if (read && !ownedByOthers(text, { ...measure, factorId: read.factorId }, (clauses[clauseIndex(clauses, measure.start)] as Span).start)) {
        factorId = read.factorId;
        loose = !read.firm;
        // (an amount of QT "reached" is a cumulative fall: the verb's rise is QT's, not the balance sheet's)
        // (擴表 "the balance sheet expanded" by an amount is its rise)
        if (read.mode === 'CHANGE') ({ mode, direction } = { mode: 'CHANGE', direction: read.rise ? 'INCREASE' : mode === 'REACHED' ? 'DECREASE' : direction ?? 'DECREASE' });
      }
    }
    // A figure followed by a limit word names the limit, not a level (国会规定的31.4万亿美元上限, "a $41.1 trillion ceiling"),
    // and so does one after "a ceiling of" — unless the measure is said to reach or pass it: 债务…已触及31.4万亿美元的债务上限,
    // "the debt had surpassed the $37 trillion ceiling" is the debt at that level (the subject before the figure).
    const limitAfter = amount && LIMIT_AFTER.test(text.slice(q.end, Math.min(reading.sentence.end, q.end + 16)));
    if (limitAfter && (mode === 'REACHED' || mode === 'CROSSED')) {
      const stockOf = (m: MeasureMention) => looseTarget(m.factorId) ?? m.factorId;
      const subject = reading.measures.filter((m) => m.end <= q.start && m.start >= clause.start && isShippedMeasure(stockOf(m)) && isStock(stockOf(m))).at(-1);
      const id = subject ? stockOf(subject) : null;
      if (subject && id) {
        factorId = id;
        loose = subject.factorId.startsWith(LOOSE_PREFIX) && !subject.factorId.startsWith(`${LOOSE_PREFIX}firm:`);
        measure = subject;
      } else factorId = null;
    } else if (factorId && (limitAfter || LIMIT_BEFORE.test(wordsBefore(text, clause.start, q.start, 30)))) factorId = null;
    // An overnight facility's amount "per day" (每天存入近2.2万亿美元) is its level that day, not a flow.
    if (factorId && mode === 'FLOW' && period === 'DAY' && isOvernight(factorId)) {
      mode = 'LEVEL';
      period = null;
    }
    // An amount per person is not a level of an aggregate (美國人「平均」揹債近9萬美元, "$90,000 for every American").
    if (factorId && perHeadBefore(text, phraseStart(text, reading.sentence, q.start), phraseEnd(text, reading.sentence, q.end))) factorId = null;
    // A percent or a count speaks of a balance only as its change ("reserves fell 5%").
    const kinds = factorId ? kindsOfMeasure(factorId) : [];
    // A share or ratio of it (占44.94%, "22% of GDP", 与GDP之比) is about it too: not held against its series (the
    // checks leave a SHARE unchecked), but attributed to the measure it is a share of.
    if (factorId && kinds.length && !kinds.includes(q.kind) && mode !== 'CHANGE' && mode !== 'SHARE') factorId = null;
    if (factorId && q.kind === 'percent' && mode !== 'CHANGE' && mode !== 'SHARE' && !kinds.includes('percent')) factorId = null;
    let time = amount ? timeOf(q) : null;
    // "shed 49.5% of the $4.81 trillion accumulated during the pandemic-era QE": the time after the whole is the whole's.
    if (time && mode === 'SHARE' && quantities.some((p) => p.start >= q.end && p.end <= time!.start && /money/.test(p.kind))) {
      time = null;
      governing[quantities.indexOf(q)] = null;
    }
    const uses: Span[] = [];
    const window = time?.window ?? (amount && docWindow ? docWindow : null);
    const timeSource = time?.window ? 'TEXT' : window ? 'DOCUMENT_DATE' : null;
    // Built field by field, in the order it is printed and stored: an object literal with spreads in its middle cost
    // about 2 µs a number (issue 18, reading throughput).
    const frame = {
      factorId,
      factorEvidence: factorId && measure ? (measure.evidence ?? text.slice(measure.start, measure.end)) : null,
      factorSource: factorId ? (loose ? 'LOOSE' : 'TEXT') : null,
    } as QuantityFrame;
    // ("its cash pile": the owner a pronoun refers to named the measure, a reading that is not firm)
    if (factorId && measure?.anaphor) frame.factorAnaphor = measure.anaphor;
    frame.mode = mode;
    const mood = amount ? moodOf(text, reading.sentence, q) : null;
    frame.mood = mood ? mood.mood : 'STATED';
    frame.moodEvidence = mood ? mood.evidence : null;
    frame.direction = direction;
    frame.period = period;
    frame.window = window;
    frame.timeText = time?.window ? time.text : null;
    frame.timeSource = timeSource;
    frame.spanDays = null;
    frame.base = null;
    frame.extremum = null;
    // A comparison base ("down from $3.5 trillion earlier this year — the lowest since 2021") never owns the extremum:
    // it is the figure the base is compared with that the words are about.
    const isBase = baseOf.has(quantities.indexOf(q));
    const nextAmount = quantities.find((p, k) => p.start >= q.end && /money|percent|measure/.test(p.kind) && !baseOf.has(k));
    const extremumMatch = extremums.find((m) => reading.sentence.start + m.index >= q.end) ?? null;
    const extremumAt = extremumMatch ? reading.sentence.start + extremumMatch.index : -1;
    if (amount && !isBase && extremumMatch && extremumAt >= q.end && extremumAt - q.end < 90 && !(nextAmount && nextAmount.start < extremumAt)) {
      // Its since: after the words ("the lowest since 2021"), or right before them in Chinese (2021年初以來低點, 创2020年10月以来最低).
      const since = [...sinceTimes].find((t) => t.start < extremumAt && t.end >= extremumAt - 4 && t.start >= q.end)
        ?? [...sinceTimes].find((t) => t.start > extremumAt) ?? usableTimes.find((t) => t.start > extremumAt && t.start - extremumAt < 30) ?? null;
      if (since) uses.push(since);
      const back = since ? null : yearsBack(sentenceText, documentDate);
      frame.extremum = { kind: /low|small|weak|低/i.test(extremumMatch[0]) ? 'LOWEST' : 'HIGHEST', since: since?.window ?? back?.window ?? null, sinceText: since?.text ?? back?.text ?? null };
    }
    // "a peak of $8.97 trillion", "the $9T peak", 峰值的8.96萬億美元, "peaked at": the figure is the measure's extremum.
    if (amount && !frame.extremum) {
      const peak = peakAround(wordsBefore(text, clause.start, q.start, 48), text.slice(q.end, Math.min(clause.end, q.end + 32)));
      if (peak) frame.extremum = { kind: peak, since: null, sinceText: null };
    }
    if (mode === 'CHANGE') {
      // A move counted from a peak is a fall, from a trough a rise ("pushed down … by $1.45 trillion from the peak in
      // April 2022"): the start the window runs from says the way when no verb does.
      if (!frame.direction) {
        const from = FROM_EXTREME.exec(text.slice(q.end, Math.min(clause.end, q.end + 24)));
        if (from) frame.direction = /peak|high|top|峰|高/i.test(from[1]!) ? 'DECREASE' : 'INCREASE';
      }
      const span = spanOf(text, reading, q, quantities);
      if (span) {
        frame.spanDays = span.days;
        uses.push(span.quantity);
      }
    }
    return { quantity: q, frame, baseOf: null, time: time?.window ? time : null, uses, measure };
  });
  // Items of a list after one verb take its mode ("hit $34 trillion in January, $35 trillion in July and $36 trillion
  // in November"; 分別下降0.5、1.9萬億美元), and items before "at the respective low points" its extremum.
  framed.forEach((f, i) => {
    if (i === 0 || baseOf.has(i)) return;
    let k = i - 1;
    while (k >= 0 && ((framed[k] as FramedQuantity).quantity.unit !== f.quantity.unit || baseOf.has(k))) k--;
    const prev = k >= 0 ? (framed[k] as FramedQuantity) : undefined;
    if (!prev || f.quantity.start - prev.quantity.end > 60) return;
    const attachedMeasures = reading.measures.filter((m) => m.start >= prev.quantity.end && m.end <= f.quantity.start && /\b(?:in|of)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));
    if (!listSiblings(text, prev.quantity, f.quantity, attachedMeasures.length ? [...times, ...attachedMeasures].sort((x, y) => x.start - y.start) : times)) return;
    if (f.frame.mode === 'LEVEL' && f.frame.mood === prev.frame.mood && /^(?:REACHED|CROSSED|CHANGE)$/.test(prev.frame.mode)) {
      f.frame.mode = prev.frame.mode;
      f.frame.direction = prev.frame.direction;
    }
    if (f.frame.extremum && !prev.frame.extremum && /\brespective\b|分別|分别/i.test(text.slice(f.quantity.end, Math.min(reading.sentence.end, f.quantity.end + 40)))) prev.frame.extremum = { ...f.frame.extremum };
  });
  // "A、B分別下降0.5、1.9萬億美元", "A and B rose 3% and 5%, respectively": the i-th figure is the i-th measure's.
  const respectively = RESPECTIVELY.exec(text.slice(reading.sentence.start, reading.sentence.end));
  if (respectively) pairRespectively(text, reading, framed, reading.sentence.start + respectively.index);
  // Each figure's window from the time governing it (bind-times.ts): a change runs from its start to its end, a
  // weekly figure is dated by its week's end, a "now" is the document's date.
  const baseTimeSet = new Set(baseTimes.values());
  const moveStarts = times.filter((t) => t.window && (baseTimeSet.has(t) || opensMove(text, t)));
  framed.forEach((f, i) => {
    if (baseOf.has(i) || !/money|percent|measure|count|fraction/.test(f.quantity.kind)) return;
    const q = f.quantity;
    // A change's start: a "since" or 自 in its own clause ("fell by $300 billion since July"), else a base's or a
    // from-time before it in the sentence ("較2022年4月峰值的8.96萬億美元已累計縮減2.42萬億美元").
    const clause = clauses[clauseIndex(clauses, q.start)] as Span;
    const startTime = f.frame.mode !== 'CHANGE' ? null
      // (not a span that dates another figure: "from December 20 to December 31, 2024, the RRP balance rose by $375
      // billion, before decreasing by $234 billion on Thursday")
      : (times.find((t) => t.window && (t.since || t.from) && t.start >= clause.start && t.end <= clause.end && t !== governing[i]) ?? moveStarts.filter((t) => t.end <= q.start && !(t.grain === 'RANGE' && governing.some((g, k) => g === t && k !== i))).at(-1) ?? null);
    if (startTime) f.uses.push(startTime);
    const baseIndex = startTime ? [...baseTimes.entries()].find(([, t]) => t === startTime)?.[0] : undefined;
    const head = baseIndex !== undefined ? baseOf.get(baseIndex) : undefined;
    const endTime = head !== undefined && head !== i ? (governing[head] ?? null) : null;
    const settled = settleWindow({ text, sentence: reading.sentence, quantity: q, mode: f.frame.mode, time: governing[i] ?? null, startTime, endTime, spanDays: f.frame.spanDays, documentDate, stated: f.frame.mood === 'STATED' });
    f.frame.window = settled.window;
    // (a time that refers back to a span named before, "over the same period", 同期: a reading, not firm)
    f.frame.timeSource = settled.source === 'TEXT' && governing[i]?.referred ? 'SENTENCE_BEFORE' : settled.source;
    f.frame.timeText = settled.timeText;
  });
  for (const [i, h] of baseOf) {
    const base = framed[i] as FramedQuantity;
    const head = framed[h] as FramedQuantity;
    const bt = baseTimes.get(i) ?? null;
    base.baseOf = h;
    // A base with no time of its own, of a figure the sentence does not date either: the document's date, a fallback.
    const fallback = !bt?.window && head.frame.timeSource === 'DOCUMENT_DATE' && docWindow ? docWindow : null;
    // A time written before the whole "from X to Y" ("2020年时,TGA从4000亿飙到16000亿") dates both ends.
    // The first figure of a move since an event ("2025 年债务上限解决后,…余额从 3000 亿美元增至 8300 亿美元") is the level then.
    const shared = !bt?.window && head.time?.window && head.time.end <= base.quantity.start && (head.frame.timeSource === 'TEXT' || head.time.since) ? head.time : null;
    // "2008年至2022年間,…從9,000億美元成長至9兆美元": a span before a move between two levels gives each end its own part.
    const parts = shared?.parts && shared.grain === 'RANGE' && !shared.since && head.time === shared && head.frame.mode !== 'CHANGE' && head.frame.mode !== 'FLOW' ? shared.parts : null;
    if (parts) {
      head.frame.window = parts[1];
      base.frame = { ...base.frame, window: parts[0] };
    }
    const own = bt?.window ? bt : shared;
    // "For the week ending March 30, … eased by nearly $30 billion to $8.706 trillion, down from $8.734 trillion": a base
    // with no time of its own, of a figure dated by a week's end or a day, is the figure before — the week before, the
    // business day before — as a change dated by its end runs from it (bind-times.ts settleWindow).
    const before = !bt?.window && shared && !shared.since && !shared.from && !shared.now && shared.window && !parts ? (shared.weekEnding ? shiftDay(shared.window.end, -7) : shared.grain === 'DAY' ? previousBusinessDay(shared.window.start) : null) : null;
    base.frame = { ...base.frame, factorId: head.frame.factorId, factorEvidence: head.frame.factorEvidence, factorSource: head.frame.factorSource ?? null, mode: 'LEVEL', direction: null, window: parts?.[0] ?? (before ? { start: before, end: before } : null) ?? own?.window ?? fallback, timeText: own?.text ?? null, timeSource: own?.window ? 'TEXT' : fallback ? 'DOCUMENT_DATE' : null, spanDays: null };
    base.time = own;
    head.frame.base = { value: base.quantity.value, unit: base.quantity.unit, window: bt?.window ?? null, timeText: bt?.text ?? null };
  }
  return framed;
}

const shiftDay = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A move's start right after its amount, named by an extreme: "from the peak", "since its record high", 自峰值. */
const FROM_EXTREME = /^\s*(?:from|since)\s+(?:the|its|their|a)\s+(?:record\s+|all-time\s+)?(peak|high|top|low|trough|bottom)\b/i;

/** A clause opened by "when" (當時, 当时) right after a since's time, up to a figure: the figure is of that day. */
const WHEN_CLAUSE = /^\s*(?:以來|以来)?[^，,。；;.!?！？]{0,12}[,，]\s*(?:when\b[^;；.!?。]*|(?:當時|当时)[^，,。；;]{0,12})$/i;

/** Between an amount and a figure in apposition to it: "$150.7 billion, or nearly 18 percent", "$1.1 trillion (or 12%)". */
const APPOSED = /^\s*(?:,\s*|\(\s*|（\s*)(?:or|or by|或|即)\s*(?:about|around|nearly|almost|roughly|some|approximately|more than|over|just over|just under|約|约|近|逾)?\s*$/i;

/**
 * A percent in apposition to a change in dollars ("an increase of $150.7 billion, or nearly 18 percent, from
 * yesterday") restates that change: it takes the change's measure, its way, its mode and its window (in place). Run after every
 * reading of a measure (the sentence's own, the sentence before's, the headline's, the page's), so the percent takes
 * whatever the amount was read as, with the same source.
 */
export function apposedPercents(text: string, framed: FramedQuantity[]): void {
  framed.forEach((f, i) => {
    const q = f.quantity;
    if (q.kind !== 'percent' || f.frame.factorId || f.baseOf !== null || i === 0) return;
    const amount = framed[i - 1] as FramedQuantity;
    if (amount.quantity.kind !== 'money' || amount.frame.mode !== 'CHANGE' || !amount.frame.factorId || !APPOSED.test(text.slice(amount.quantity.end, q.start))) return;
    f.frame = { ...f.frame, factorId: amount.frame.factorId, factorEvidence: amount.frame.factorEvidence, factorSource: amount.frame.factorSource, factorAnaphor: amount.frame.factorAnaphor ?? null, mode: 'CHANGE', direction: amount.frame.direction, window: amount.frame.window, timeText: amount.frame.timeText, timeSource: amount.frame.timeSource, spanDays: amount.frame.spanDays };
    f.measure = amount.measure;
  });
}

/** Where the phrase holding `at` starts: after the last comma, semicolon or stop before it (not brackets or quotes). */
function phraseStart(text: string, sentence: Span, at: number): number {
  return runStart(text, PHRASE_STOPS, at, sentence.start);
}

/** Where the phrase holding `at` ends: at the next comma, semicolon or stop. */
function phraseEnd(text: string, sentence: Span, at: number): number {
  return nextStop(text, PHRASE_STOPS, at, sentence.end);
}
const PHRASE_STOPS = unitSet(',，;；:：。!?！？');

/** "within two weeks", 兩週內, "over the past month": the length of the window a change happened over. */
function spanOf(text: string, reading: SentenceReading, q: QuantityMention, quantities: readonly QuantityMention[]): { days: number; quantity: QuantityMention } | null {
  for (const d of quantities) {
    if (d.kind !== 'duration' || !(d.unit in DAYS_OF)) continue;
    const before = text.slice(Math.max(reading.sentence.start, d.start - 16), d.start);
    const after = text.slice(d.end, d.end + 3);
    if (/(?:within|in|over|during|across|(?:in|over|during|within) the(?: (?:past|last|first|next))?|the (?:past|last))\s+(?:(?:just|only|barely)\s+)?$/i.test(before) || /^[內内裡里間间來来]/.test(after) || /(?:近|過去|过去|短短)\s*$/.test(before)) {
      if (Math.abs(d.start - q.start) < 80) return { days: Math.round(d.value * (DAYS_OF[d.unit] as number)), quantity: d };
    }
  }
  return null;
}

const FLOW_STOPPED = /frozen|freezes?|freezing|cannot be spent|can't be spent|could not be spent|unable to (?:be )?spen[dt]|inability to spend|locked (?:up|away)|sits idle|sitting idle|凍結|冻结|無法支出|无法支出|無法動用|无法动用|不能動用|不能动用|無法花|无法花|停止支出|躺在帳上|躺在账上/gi;
const ISSUED = /(增發|增发|發行|发行|新發|新发|新增|印出|印了|借了|舉債|举债|issued|issuing|has issued|added|borrowed|new)\s*(?:的|了)?\s*(?:約|约|近|逾|about|around|nearly|over|more than)?\s*$/i;
const NEAR_LINE = /一步之遙|一步之遥|咫尺之遙|咫尺之遥|近在咫尺|逼近|臨近|临近|just shy of|within (?:striking|touching) distance|one step (?:away )?from|a step away from|inches (?:away )?from|close to breaking|on the verge of/gi;

/** Assertions of the sentence beyond its numbers that the record can test (frame.ts, `ClaimAssertion`). */
export function readAssertions(text: string, reading: SentenceReading, framed: readonly FramedQuantity[]): ClaimAssertion[] {
  const { sentence } = reading;
  const body = text.slice(sentence.start, sentence.end);
  const shipped = reading.measures.filter((m) => !isUnshipped(m.factorId));
  const nearestFactor = (at: number) => shipped.slice().sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.factorId ?? null;
  const out: ClaimAssertion[] = [];
  const add = (kind: ClaimAssertion['kind'], start: number, end: number, factorId: string | null) => out.push({ kind, text: text.slice(start, end), start, end, factorId });
  for (const m of matchesOf(FLOW_STOPPED, body)) add('FLOW_STOPPED', sentence.start + m.index, sentence.start + m.index + m[0].length, nearestFactor(sentence.start + m.index));
  // Near a line: the line is the amount written right after the words (逼近1万亿美元); "利差逼近年內高" names no line.
  const amountAt = (at: number) => framed.some((f) => /money|percent/.test(f.quantity.kind) && f.quantity.start >= at && f.quantity.start - at <= 12 && !/[，,；;。]/.test(text.slice(at, f.quantity.start)));
  for (const m of matchesOf(NEAR_LINE, body)) {
    const end = sentence.start + m.index + m[0].length;
    if (amountAt(end)) add('NEAR_LINE', sentence.start + m.index, end, nearestFactor(sentence.start + m.index));
  }
  for (const f of framed) {
    const q = f.quantity;
    if (q.kind !== 'money') continue;
    const issued = ISSUED.exec(wordsBefore(text, sentence.start, q.start, 16));
    if (issued) {
      const start = q.start - (wordsBefore(text, sentence.start, q.start, 16).length - issued.index);
      // The stock named right after the amount (的38萬億美元國債) or the number's own measure.
      // (a loose word there, 的38萬億美元國債, names it through the figure's own reading)
      const tail = reading.measures.find((m) => m.start >= q.end && m.start - q.end <= 3 && (!isUnshipped(m.factorId) || m.factorId.startsWith(LOOSE_PREFIX)));
      const factorId = (tail && !isUnshipped(tail.factorId) ? tail.factorId : null) ?? f.frame.factorId;
      if (factorId && isStock(factorId)) add('STOCK_AS_FLOW', start, tail ? tail.end : q.end, factorId);
    }
    if (f.frame.extremum) {
      // The extremum written after the figure (the sentence may state another before it).
      const m = extremumsIn(body).find((x) => sentence.start + x.index >= q.end);
      if (m) {
        const s = sentence.start + m.index;
        // Its since may be written before the words (2021年初以來低點): the assertion's text then starts there.
        const written = f.frame.extremum.sinceText;
        const before = written ? text.lastIndexOf(written, s) : -1;
        const sinceAt = !written ? -1 : before >= q.end && before + written.length >= s - 4 ? before : text.indexOf(written, s);
        const from = sinceAt >= q.end && sinceAt < s ? sinceAt : s;
        const sinceEnd = sinceAt >= 0 ? sinceAt + (f.frame.extremum.sinceText?.length ?? 0) : s + m[0].length;
        add('EXTREMUM_SINCE', from, Math.max(s + m[0].length, sinceEnd), f.frame.factorId);
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((a) => (seen.has(`${a.kind}@${a.start}`) ? false : (seen.add(`${a.kind}@${a.start}`), true)));
}
