import type { FrameMood } from './frame.ts';
import type { Span } from './sentences.ts';
import { nextStop, runStart, unitSet } from './unit-set.ts';

/**
 * The mood of a number (issue 18): whether its sentence states it as what the record held, or as a forecast, an
 * estimate, a condition or a target — none of which the record can contradict. Read from the words of the number's
 * own phrase (from the last comma or stop before it up to the number), so 多於目前的約4,900億美元 stays a statement in
 * a sentence whose other number 預料將達到8600億美元 is a forecast. A forecast verb that ends an earlier clause of the
 * sentence (花旗策略師預估，RRP使用量…; "analysts expect that, …") governs the clauses after it.
 */

/** Words of each mood, strongest first: a target or a condition outweighs the forecast words around it (目標…可能). */
const MOODS: [FrameMood, RegExp][] = [
  // A plan or an aim is a target too: "plans to boost its cash to $500 billion", "announced its intention to replenish
  // … up to $850 billion", 以将TGA账户重建至约8500亿美元 (以将: "so as to bring"), 計劃將.
  ['TARGET', /目標|目标|上限|下限|門檻|门槛|底線|底线|紅線|红线|充足水[平準准]|充裕水[平準准]|計劃將|计划将|計畫將|打算|擬將|拟将|旨在|以將|以将|力爭|力争|\btarget(?:s|ed|ing)?\b|\bgoal\b|\bfloor\b|\bceiling\b|(?<!market )\bcap(?:s|ped)?\b|\bthreshold\b|\bample level\b|\bplan(?:s|ned|ning)? to\b|\bintends? to\b|\bintention to\b|\baim(?:s|ed|ing)? to\b|\bseek(?:s|ing)? to\b/i],
  ['CONDITION', /倘若|假如|假若|假設|假设|如果|萬一|万一|一旦|只要|除非|要是|即便|即使|若(?!干)|\beven if\b|\bif\b|\bunless\b|(?<!than[- ])\bassum(?:e|es|ed|ing|ption|ptions)\b|\bsuppos(?:e|ing)\b|\bin case\b|\bprovided that\b|\bwere to\b/i],
  ['FORECAST', /(?:估計|估计|估算|推估)(?:將|将|會|会)|\bestimated to\b/i],
  ['ESTIMATE', /估計|估计|估算|推估|應能|应能|能夠|能够|可以(?=[^，,]{0,12}?(?:降|升|達|达|增|減|减|跌|漲|涨|回|縮|缩|擴|扩|到|至))|可(?=[降升達达增減减跌漲涨回縮缩擴扩])|\bestimate[sd]?\b|\ban estimated\b|\bcan\b|\bshould be able to\b|\bcould go as\b/i],
  // "may" in lower case only: May is a month.
  ['FORECAST', /\bmay\b/],
  ['FORECAST', /預計|预计|預期|预期|預料|预料|預估|预估|預測|预测|料將|料将|必然|勢必|势必|可能|或將|或将|或許|或许|也許|也许|有望|可望|恐將|恐将|恐怕|即將|即将|勢將|势将|將會|将会|(?:將|将|(?<![員员協协社機机])(?:會|会))(?:再|進一步|进一步|持續|持续)?(?=降|升|跌|漲|涨|增|減|减|達|达|突破|跌破|回|超|觸|触|維持|维持|保持|見|见|逼近|接近|擴|扩|縮|缩|買|买|賣|卖|啟動|启动|重啟|重启|結束|结束|停止|推出|拒絕|拒绝|用|完成|成為|成为|導致|导致|引發|引发|面臨|面临|出現|出现|進入|进入|迎來|迎来)|\bwill\b|\bwould\b|\bcould\b|\bmight\b|\bshall\b|\bexpect(?:s|ed)? to\b|(?<!than[- ])\bexpected\b|\bforecast(?:s|ed|ing)?\b|\bproject(?:s|ed|ing)?\b|\bpredict(?:s|ed|ing)?\b|\bexpecting\b|\banticipat(?:e|es|ed)\b|\blikely\b|\bset to\b|\bon track to\b|\bpoised to\b|\bgoing to\b/i],
];

/** A level of now right before the figure: "today's roughly", "the current", 目前的. */
const NOW_BEFORE = /(?:\btoday['’]s|\bthe current|\bcurrently|目前的?|當前的?|当前的?|現時的?|现时的?)\s*(?:roughly|about|around|nearly|some|約|约|近)?\s*(?:US)?\$?\s*$/i;
/** A noun, then "to hit"/"to reach" and the figure (a headline's future): not after a verb of motion ("climbed to hit"). */
const TO_REACH = /\b(?!(?:rose|fell|jumped|climbed|dropped|surged|plunged|slid|sank|soared|tumbled|declined|increased|decreased|grew|shrank|up|down|back|enough|how|way|able|going|set|expected|likely|poised|need|needs|needed)\b)[A-Za-z]+\s+to\s+(?:hit|reach|top|exceed|surpass|cross|breach|near)\s*(?:about|around|roughly|nearly|almost|more than|over|some)?\s*(?:US)?\$?\s*$/i;
/** Words every TO_REACH match holds ("to" and its verb): most phrases hold none, and TO_REACH tries its 30-word
 * lookahead at every word of an English phrase (issue 18, reading throughput). */
const TO_REACH_WORDS = /\sto\s+(?:hit|reach|top|exceed|surpass|cross|breach|near)/i;
/** A noun of a mood right after a figure, its modifiers between ("end-June cash-balance", 的). */
const HEAD_AFTER = /^\s*(?:(?:[A-Za-z]+-)*[A-Za-z]+\s+){0,3}?(targets?|goals?|assumptions?|projections?|forecasts?|estimates?)\b|^\s*的?(?:[\p{Script=Han}]{0,4}?)(目標|目标|預測|预测|預估|预估|假設|假设|估計|估计)(?![\p{Script=Han}]*(?:為|为|是|達|达))/iu;
const HEAD_MOODS: [FrameMood, RegExp][] = [['TARGET', /target|goal|目標|目标/i], ['CONDITION', /assumption|假設|假设/i], ['ESTIMATE', /estimate|估計|估计/i], ['FORECAST', /./]];
/** A forecast verb ending a clause: what follows it in the sentence is what is forecast (預估，…; "expects that"). */
const GOVERNS_AFTER = /(?:預估|预估|預計|预计|預期|预期|預料|预料|預測|预测|估計|估计|估算|推估|測算|测算|\bexpects?(?: that)?|\bforecasts?(?: that)?|\bprojects?(?: that)?|\bpredicts?(?: that)?|\bestimates?(?: that)?)\s*$/i;
/** "before reserves fall below $2.8 trillion", 在準備金跌破2.8兆美元之前: a line a condition names, not a level reached. */
const EVENT_BEFORE = /^\s*(?:美元|元|億|亿|兆|萬|万|trillion|billion)?\s*(?:大關|大关|關口|关口|水平|水準)?\s*(?:之前|以前|之後|之后|以後|以后|時|时)/;
const EVENT_VERB = /跌破|突破|降至|升至|跌至|達到|达到|低於|低于|高於|高于|\bfalls? below\b|\brises? above\b|\bdrops? below\b|\breach(?:es)?\b/i;
/** Where a phrase starts: the last comma, semicolon, colon or stop before the number (not brackets or quotes). */
const PHRASE_BREAK = unitSet(',，;；:：。!?！？—');
/** A modal verb and a copula right after a figure, in its phrase: the figure's phrase is its subject ("… would be strong"). */
const MODAL_AFTER = /^[^。；;]{0,48}?\b((?:would|could|might)\s+(?:be|prove|signal|mean|indicate|suggest))\b/i;

export interface Mood {
  mood: FrameMood;
  /** The words that set it, as written; null for STATED. */
  evidence: string | null;
}

/** The mood of the number at `q` in `sentence`: STATED unless its own phrase (or a forecast verb governing it) says otherwise. */
export function moodOf(text: string, sentence: Span, q: Span): Mood {
  const from = runStart(text, PHRASE_BREAK, q.start, sentence.start);
  const phrase = text.slice(from, q.start);
  for (const [mood, re] of MOODS) {
    const m = re.exec(phrase);
    // "a rapid increase from today's roughly $400 billion level" after "would": a level of now, named by a
    // possessive or "current" right before it, is stated whatever is forecast around it.
    if (m && (mood === 'FORECAST' || mood === 'ESTIMATE') && NOW_BEFORE.test(phrase)) return { mood: 'STATED', evidence: null };
    if (m) return { mood, evidence: m[0] };
  }
  // A headline's infinitive after its subject: "US Treasury cash balance to hit $500 billion by end-July".
  // (gated: most phrases hold no "to" and verb; TO_REACH_WORDS)
  const toReach = TO_REACH_WORDS.test(phrase) ? TO_REACH.exec(phrase) : null;
  if (toReach) return { mood: 'FORECAST', evidence: toReach[0].trim() };
  // "the $900 billion end-June cash-balance assumption", "the $500 billion target", 8500亿美元的目标: the noun the figure
  // modifies names its mood (a few modifiers between, no verb).
  const head = HEAD_AFTER.exec(text.slice(q.end, Math.min(sentence.end, q.end + 48)));
  if (head) return { mood: HEAD_MOODS.find(([, re]) => re.test(head[1]!))![0], evidence: head[1]! };
  // "an increase … of more than $200 billion following tax day would be strong": the figure's phrase is the subject of a
  // modal verb after it — a hypothetical, not a statement of what happened.
  const modal = MODAL_AFTER.exec(text.slice(q.end, nextStop(text, PHRASE_BREAK, q.end, sentence.end)));
  if (modal) return { mood: 'CONDITION', evidence: modal[1]! };
  // 在Fed準備金總餘額跌破2.8兆美元之前: the number is a line in a condition.
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 12));
  if (/(?:^|[^\p{Script=Han}])在|\bbefore\b|\bonce\b|\buntil\b/u.test(phrase) && EVENT_VERB.test(phrase) && EVENT_BEFORE.test(after)) {
    return { mood: 'CONDITION', evidence: `${/在|before|once|until/i.exec(phrase)![0]}…${EVENT_BEFORE.exec(after)![0].trim()}` };
  }
  // A forecast verb ending an earlier clause governs the rest of the sentence.
  let at = from - 1;
  while (at > sentence.start) {
    const start = runStart(text, PHRASE_BREAK, at, sentence.start);
    const clause = text.slice(start, at);
    const g = GOVERNS_AFTER.exec(clause);
    if (g) return { mood: /估計|估计|估算|推估|測算|测算|estimate/i.test(g[0]) ? 'ESTIMATE' : 'FORECAST', evidence: g[0].trim() };
    at = start - 1;
  }
  return { mood: 'STATED', evidence: null };
}

/**
 * Every mood whose words a text holds, strongest first (the same vocabulary as `moodOf`, read over the whole text
 * rather than one number's phrase): for what a claim says as a whole, such as whether it looks ahead of its document
 * (src/predictions/prediction-rule.ts). STATED when none.
 */
export function moodsOfWords(text: string): FrameMood[] {
  const found = MOODS.filter(([, re]) => re.test(text)).map(([mood]) => mood);
  return found.length ? [...new Set(found)] : ['STATED'];
}

/** The words of `mood` in a text, as written (the first of its vocabulary), or null. */
export function moodEvidenceIn(text: string, mood: FrameMood): string | null {
  for (const [m, re] of MOODS) {
    if (m !== mood) continue;
    const hit = re.exec(text);
    if (hit) return hit[0];
  }
  return null;
}
