/**
 * Words around a figure that say how it speaks of its measure, beyond the verbs right before it (read-frames.ts,
 * `modeOf`): an amount changed (a change noun, a drain verb, "cumulative"/累計, a window it happened over), a line
 * crossed (a motion verb and a line word: "below the $3 trillion mark", 攀升至1萬億美元關口), and a past level written
 * after the figure ("$3.2 trillion a year earlier", 去年同期). Lexicons in English, zh-Hant and zh-Hans.
 */
import type { FrameDirection, FrameMode } from './frame.ts';
import { DRAIN_VERBS } from './measure-vocabulary.ts';
import { alternation } from './whose-measure.ts';

const BOUND = String.raw`(?:約|约|近|逾|超過|超过|高達|高达|達|达|about|around|nearly|almost|roughly|more than|over|some|just over|just under|an estimated|a whopping|a total of)?`;

/** "a cumulative reduction of", "a drawdown of", "an increase of": a noun of change, then "of" (group 1: a fall, 2: a rise). */
const CHANGE_NOUN_OF = new RegExp(String.raw`\b(?:(reduction|decline|drop|decrease|drawdown|draw-down|contraction|runoff|run-off|outflow|shrinkage|loss)|(increase|rise|gain|jump|surge|expansion|build-up|buildup|inflow|injection|accumulation|rebuild|refill)|(drain|swing|change|move|movement|shift))s?\s+of\s+(?:about|around|approximately|nearly|almost|roughly|more than|over|some|just over|just under|an estimated)?\s*$`, 'i');
/** "an increase in the Treasury cash pile of more than", "a drop in reserves of": the noun of change, what changed, then "of" (group 1: a fall). */
const CHANGE_NOUN_IN_OF = new RegExp(String.raw`\b(?:(reduction|decline|drop|decrease|fall|drawdown|draw-down|contraction)|increase|rise|gain|jump|surge|expansion|build-up|buildup)s?\s+in\s+(?:[\w’'-]+\s+){1,5}?of\s+${BOUND}\s*$`, 'i');
/** A drain verb, then at most a few words that are neither a number nor "to": "burned through", 吸走, "drained … of". */
const DRAIN_BEFORE = new RegExp(String.raw`(?:${alternation(DRAIN_VERBS)}|burn(?:ed|t|s|ing)? through|spen[dt]|spending)(?:了|走|掉|出)?(?:(?!\bto\b)[^\d，,。；;:：至到]){0,12}?${BOUND}\s*$`, 'i');
/** 累計/cumulative in the figure's clause before it, with no other number between: the figure is an amount changed. */
const CUMULATIVE_BEFORE = /(?:累計|累计|累積|累积|cumulative(?:ly)?|in total|all told)[^\d，,。；;:：]{0,14}$/i;
/** Chinese: the amount, then the drain verb it is the object of (超过2000亿美元的资金被从市场中抽走, 约7000亿美元被视为"被抽离"). */
// (and money said to flow out: 7560亿美元的RRP余额从市场中流出, 資金流失)
const DRAINED_AFTER = new RegExp(`^[^，,。；;:：\\d]{0,16}?(?:${alternation(DRAIN_VERBS)}|流出|流失|撤出)`, 'i');
/** "$270 billion over six months", 20天內…: a window the amount accrued over, right after it. */
const OVER_WINDOW_AFTER = /^\s*(?:[^\s\d,.;]+\s+){0,3}?(?:over|within|in)\s+(?:the\s+(?:past|last|first)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:days|weeks|months|years)\b/i;
/** Group 1: lower, group 2: higher; neither: a difference of unstated sign. 高出X is higher by X; 高於X (than X) is not a difference. */
const DIFFERENCE_AFTER = /^\s*(?:(lower|less|smaller|below)|(higher|more|larger|bigger|greater|above))\s+than\b|^\s*(?:difference|gap|shortfall|swing)\b/i;
const DIFFERENCE_BEFORE = /(?:(低出|少了)|(高出|多出|多了))\s*(?:約|约|近|逾)?\s*$/;
const ROLLING_AVERAGE = /(?:滾動|滚动|\brolling\b)[^。；;]{0,24}(?:均值|平均|\baverag)/i;
const AVERAGE_BEFORE = /(?:averag\w*|平均|均值|日均|average of)[^\d]{0,12}$/i;

/** Words of a line ("the $3 trillion mark", 1萬億美元關口, 7万亿美元之下) right after the figure. */
const LINE_AFTER = /^\s*(?:(?:mark|threshold|milestone|barrier|line|level|handle)\b|的?(?:心理|整數|整数|重要)?(?:關口|关口|大關|大关|關卡|关卡|門檻|门槛|水位|之下|以下|之上|以上))/i;
/**
 * Words naming a line right after a figure (2.5萬億死亡線, 2.7万亿美元警戒线, "the $2.5 trillion red line"): with no verb
 * reaching or crossing it, and no comparison, the figure is the line's name, not a level the measure is said to have.
 */
const NAMED_LINE_AFTER = /^\s*(?:的)?(?:警戒線|警戒线|死亡線|死亡线|生死線|生死线|紅線|红线|底線|底线|生命線|生命线|防線|防线|安全線|安全线|警戒水位|臨界點|临界点)|^\s*(?:(?:red|warning|danger|death|safety|critical)\s+)(?:line|threshold|level)\b/i;
/**
 * A comparison or a verb before the figure that makes a named line a level claimed ("above the … line", 跌破, 守住).
 * Not "near" or 逼近: nearness to a line is an assertion of its own (NEAR_LINE), not a level.
 */
const LINE_CLAIMED_BEFORE = /\b(?:above|below|under|over|beneath|beyond|past|through|at|to)\s+(?:the\s+|a\s+|its\s+)?\S{0,3}$|(?:跌破|跌穿|跌落|擊穿|击穿|失守|守住|站上|突破|升至|降至|跌至|回落至|高於|高于|低於|低于|超過|超过)[^\d，,。；;]{0,12}$/i;
/** A verb of motion and a preposition of a line: "falling below the", "sink below", "climbed above" (group 1: down). */
const MOVE_PAST = new RegExp(String.raw`\b(?:fall|falls|fell|falling|fallen|drop|drops|dropped|dropping|slip|slips|slipped|slipping|sink|sinks|sank|sinking|sunk|dip|dips|dipped|dipping|slide|slides|slid|sliding|tumble|tumbles|tumbled|tumbling|plunge|plunges|plunged|plunging|decline|declines|declined|declining|go|goes|went|going|gone|move|moves|moved|moving|push|pushed|pushing|rise|rises|rose|rising|risen|climb|climbs|climbed|climbing|jump|jumps|jumped|jumping|surge|surges|surged|surging|soar|soars|soared|soaring|break|breaks|broke|breaking|broken|shoot|shot)\s+(?:(below|under|beneath|underneath)|above|past|through|beyond)\s+(?:the\s+|a\s+)?${BOUND}\s*$`, 'i');
/** A verb that moves its object past a line: "pushed its balance sheet past $5 trillion", "sent reserves below" (group 1: down). */
const MOVED_PAST = new RegExp(String.raw`\b(?:push|pushes|pushed|pushing|drive|drives|drove|driven|driving|send|sends|sent|sending|take|takes|took|taken|taking|lift|lifts|lifted|lifting|bring|brings|brought|bringing)\b[^,.;:\d$]{1,40}?\s(?:(below|under|beneath)|above|past|beyond|through|over)\s+(?:the\s+|a\s+)?${BOUND}\s*$`, 'i');
/** Chinese verbs of breaking a line in either direction (跌破 is read in read-frames.ts). */
const BREAK_ZH = /(?:(跌落|跌破|跌穿|擊穿|击穿|降破|失守)|飆破|飙破|漲破|涨破|攻破|升破|衝破|冲破|突破|站上|衝上|冲上|攻上)\s*(?:了)?\s*(?:約|约|近)?\s*$/;

/** A past level written after the figure: "$3.2 trillion a year earlier", "a year ago", "the year before". */
export const BASE_AFTER = /^\s*,?\s*(?:(?:a|one|two|three|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:earlier|ago|before|prior)|the\s+(?:year|month|week|day)\s+before|(?:at the same time|in the same (?:period|quarter|month|week)) last year)\b/i;
/** Chinese: a past period written right before the figure: 去年同期为X, 一年前的X, 上年同期X. */
export const BASE_BEFORE_ZH = /(?:去年同期|上年同期|前年同期|一年前|一年以前|一個月前|一个月前|一週前|一周前|上週同期|上周同期)(?:的|為|为|是|僅|仅|約|约|只有|則|则)*\s*$/;

export interface ModeRead { mode: FrameMode; direction: FrameDirection | null }

/**
 * The mode the words around a figure set, given the mode read from the verbs right before it; null to keep that one.
 * `before` is its clause up to it, `after` its clause after it.
 */
export function modeFromWords(before: string, after: string, read: ModeRead): ModeRead | null {
  // A line crossed: a motion verb and a preposition ("falling below the $3 trillion mark"), or a verb reaching a
  // level named as a line (攀升至1万亿美元关口, "rose to the $1 trillion mark", 回落至7万亿美元之下).
  const past = MOVE_PAST.exec(before) ?? MOVED_PAST.exec(before);
  if (past && read.mode !== 'CHANGE') return { mode: 'CROSSED', direction: past[1] ? 'DECREASE' : 'INCREASE' };
  const breakZh = BREAK_ZH.exec(before);
  if (breakZh && read.mode !== 'CROSSED' && read.mode !== 'CHANGE') return { mode: 'CROSSED', direction: breakZh[1] ? 'DECREASE' : 'INCREASE' };
  // A named line is a line too: 降至2.7萬億警戒線 reaches it as 跌破 would cross it (one reading for both lexicons).
  const line = LINE_AFTER.exec(after) ?? NAMED_LINE_AFTER.exec(after);
  if (line && read.mode === 'REACHED') {
    const under = /之下|以下/.test(line[0]) ? 'DECREASE' : /之上|以上/.test(line[0]) ? 'INCREASE' : read.direction;
    return { mode: 'CROSSED', direction: under };
  }
  if (read.mode === 'LEVEL' && NAMED_LINE_AFTER.test(after) && !LINE_CLAIMED_BEFORE.test(before)) return { mode: 'OTHER', direction: null };
  // A rolling average (財政部滾動5日資金流出均值, "the 5-day rolling average of outflows") is a statistic the series
  // does not record as such: not a level, change or flow held against it.
  if (read.mode === 'LEVEL' && ROLLING_AVERAGE.test(before)) return { mode: 'OTHER', direction: null };
  if (read.mode !== 'LEVEL' && !(read.mode === 'REACHED' && CUMULATIVE_BEFORE.test(before))) return null;
  // An amount changed, not a level.
  const noun = CHANGE_NOUN_OF.exec(before);
  if (noun) return { mode: 'CHANGE', direction: noun[1] ? 'DECREASE' : noun[2] ? 'INCREASE' : null };
  const nounIn = CHANGE_NOUN_IN_OF.exec(before);
  if (nounIn) return { mode: 'CHANGE', direction: nounIn[1] ? 'DECREASE' : 'INCREASE' };
  if (CUMULATIVE_BEFORE.test(before)) return { mode: 'CHANGE', direction: read.direction };
  const drain = DRAIN_BEFORE.exec(before);
  // What drains is the measure that loses it only when it is burned or spent; 吸走 (the TGA's) is said of the drainer.
  if (drain) return { mode: 'CHANGE', direction: /burn|spen[dt]/i.test(drain[0]) ? 'DECREASE' : null };
  if (DRAINED_AFTER.test(after)) return { mode: 'CHANGE', direction: null };
  // A difference: "$21 billion lower than announced", "the $50 billion difference", 較預估值高出800億美元.
  const diff = DIFFERENCE_AFTER.exec(after) ?? DIFFERENCE_BEFORE.exec(before);
  if (diff) return { mode: 'CHANGE', direction: diff[1] ? 'DECREASE' : diff[2] ? 'INCREASE' : null };
  // 縮表 (the Fed's balance sheet run down) before the amount in its clause: 本輪縮表已進行約2萬億美元.
  if (/(?:縮表|缩表)[^\d，,。；;:：]{0,10}$/.test(before)) return { mode: 'CHANGE', direction: 'DECREASE' };
  if (OVER_WINDOW_AFTER.test(after) && !AVERAGE_BEFORE.test(before)) return { mode: 'CHANGE', direction: null };
  return null;
}

/** Peak or trough words around a figure: "a peak of", "peaked at", "a record", "the $9T peak", 峰值的, 的高峰, 的低點. */
const PEAK_BEFORE = /(?:\b(?:(?:a|its|the)\s+(?:(?!of\b)[\w-]+\s+)?(?:record\s+)?(peak|high|(low|trough|bottom))\s+of|(peak|(bottom))ed\s+at|(?:a|the|its)\s+record(?:\s+(high|(low)))?(?:\s+of)?)|(?:峰值|峯值|高峰|高峯|高點|高点|最高點|最高点|(?:歷來|历来|歷史|历史)(?:新)?高位|(低點|低点|谷底))(?:的|為|为|是|達|达)?)\s*(?:約|约|近|about|around|approximately|nearly|almost|roughly|some|more than|over|just over|just under|just|only)?\s*$/i;
/** "dwindled to as little as $86.55 billion", "as high as": the figure is the extreme the measure reached (group 1: low). */
const AS_FAR_AS = /\bas\s+(?:(little|low)|high)\s+as\s*(?:US)?\s*$/i;
/** After the figure: "at the peak in December 2021", "at the respective low points", 的逆回購峰值 (group 1: low). */
const PEAK_AT_AFTER = /^\s*(?:,\s*)?(?:at|near)\s+(?:the|its|their)\s+(?:respective\s+|record\s+)*(?:peak|high|top|(low|trough|bottom))s?(?:\s+points?)?\b|^\s*的[\p{Script=Han}A-Za-z ]{1,6}?(?:峰值|峯值|高峰|高峯|高點|高点|(低點|低点|谷底))/iu;
// (纪录高位, 歷史新低: a record's word before 高位/低位 or 新高/新低 — a bare 高位 is only "a high level")
const PEAK_AFTER = /^\s*(?:(?:record\s+)?(peak|high|(low|trough))\b|的?(?:峰值|峯值|高峰|高峯|高點|高点|(低點|低点|谷底))|的?(?:紀錄|纪录|記錄|记录|歷史|历史|歷來|历来)(?:高位|新高|(低位|新低)))/i;

/** HIGHEST or LOWEST when the words right around a figure call it a peak or a trough; null otherwise. */
export function peakAround(before: string, after: string): 'HIGHEST' | 'LOWEST' | null {
  const b = PEAK_BEFORE.exec(before);
  if (b) return b[2] || b[4] || b[6] || b[7] ? 'LOWEST' : 'HIGHEST';
  const far = AS_FAR_AS.exec(before);
  if (far) return far[1] ? 'LOWEST' : 'HIGHEST';
  const at = PEAK_AT_AFTER.exec(after);
  if (at) return at[1] || at[2] ? 'LOWEST' : 'HIGHEST';
  const a = PEAK_AFTER.exec(after);
  if (a) return a[2] || a[3] || a[4] ? 'LOWEST' : 'HIGHEST';
  return null;
}
