/**
 * The words that say which way a cause or an effect moves, in English and Chinese: one place for causal extraction's
 * readings of direction (explicit connectives, opening clauses, carried causes).
 */
export const DECREASE = /(下降|下跌|減少|减少|萎縮|萎缩|縮減|缩减|凍結|冻结|失血|流失|跌破|降至|蒸發|蒸发|衰減|衰减|枯竭|下滑|收緊|收紧|緊縮|紧缩|收縮|收缩|失效|失靈|失灵|崩塌|崩潰|崩溃|瓦解|破產|破产|decrease|decline|fall|fell|drop|shrink|reduce|drain|lower)/i;
export const INCREASE = /(上升|上漲|上涨|增加|飆升|飙升|擴大|扩大|增長|增长|突破|加速|推高|寬鬆|宽松|rise|rose|increase|grow|surge|soar|boost|raise|higher)/i;
/** Direction words just before a factor: "lower reserves", "a fall in the TGA", 更少. */
export const DOWN_BEFORE = /(lower|less|fewer|smaller|falling|declining|shrinking|reduced|weaker|an? (?:fall|drop|decline|cut|reduction|decrease) in(?: the)?|更少|減少的|减少的|(?:失去|喪失|丧失)[^,，。;；]{0,6})\s*$/i;
export const UP_BEFORE = /(higher|more|greater|larger|rising|growing|increased|stronger|an? (?:rise|increase|surge|jump) in(?: the)?|更多|增加的)\s*$/i;
/**
 * Money moving between two named stocks: 資金從銀行準備金流向TGA — the stock it leaves falls (從, "out of"), the one it
 * reaches rises (流向, 流入, 回歸, "into"). 從…來看 ("as for …") is no flow.
 */
const FROM_BEFORE = /(從|从|out of)\s*$/i;
const NOT_FLOW_AFTER = /^\s*(?:來看|来看|的角度|角度|方面|開始|开始|而言|中)/;
const INTO_BEFORE = /(流向|流入|回歸|回归|湧向|涌向|湧入|涌入|注入|轉入|转入|\binto)\s*(?:the\s+)?$/i;

/** +1, −1, or 0 when the words before (`before`, ending at the factor) and after it (`after`) say nothing. */
export function directionOf(before: string, after: string): 1 | -1 | 0 {
  if (DOWN_BEFORE.test(before)) return -1;
  if (UP_BEFORE.test(before)) return 1;
  if (FROM_BEFORE.test(before) && !NOT_FLOW_AFTER.test(after)) return -1;
  if (INTO_BEFORE.test(before)) return 1;
  const d = DECREASE.test(after);
  const u = INCREASE.test(after);
  return d === u ? 0 : d ? -1 : 1;
}
