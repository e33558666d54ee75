export type Qualifier = 'ABOUT' | 'ABOVE' | 'BELOW' | 'ONLY' | 'NEARLY' | 'AT_LEAST' | 'AT_MOST';

/** Words right before a number that say how the number bounds the truth; longest first. */
const WORDS: [string, Qualifier][] = [
  ['至少', 'AT_LEAST'], ['最少', 'AT_LEAST'], ['at least', 'AT_LEAST'],
  ['至多', 'AT_MOST'], ['最多', 'AT_MOST'], ['at most', 'AT_MOST'], ['up to', 'AT_MOST'],
  ['approximately', 'ABOUT'], ['roughly', 'ABOUT'], ['around', 'ABOUT'], ['about', 'ABOUT'], ['大約', 'ABOUT'], ['大约', 'ABOUT'], ['約', 'ABOUT'], ['约', 'ABOUT'],
  ['more than', 'ABOVE'], ['over', 'ABOVE'], ['above', 'ABOVE'], ['超過', 'ABOVE'], ['超过', 'ABOVE'], ['突破', 'ABOVE'], ['逾', 'ABOVE'], ['超', 'ABOVE'],
  ['less than', 'BELOW'], ['below', 'BELOW'], ['under', 'BELOW'], ['跌破', 'BELOW'], ['不到', 'BELOW'], ['低於', 'BELOW'], ['低于', 'BELOW'],
  ['nearly', 'NEARLY'], ['almost', 'NEARLY'], ['將近', 'NEARLY'], ['将近', 'NEARLY'], ['近', 'NEARLY'],
  ['only', 'ONLY'], ['僅', 'ONLY'], ['仅', 'ONLY'], ['只有', 'ONLY'], ['只', 'ONLY'],
];

/** The qualifier written immediately before `start` (spaces allowed in English), if any. */
export function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, start - 16), start);
  for (const [word, q] of WORDS) {
    const ascii = /^[a-z ]+$/.test(word);
    const re = ascii ? new RegExp(`(?:^|[^A-Za-z])${word}\\s+$`, 'i') : new RegExp(`${word}$`);
    if (re.test(before)) return q;
  }
  return undefined;
}
