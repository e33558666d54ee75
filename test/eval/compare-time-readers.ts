// npm run eval:times — the time reader (src/quantities/time-expressions.ts) against chrono-node on the time expressions
// issue 18 and shared/design/claim-reading.md list, each with the window a fact-checker would read, resolved against
// a document dated 2025-11-06 (a Thursday). The expressions were written down from the issue before either reader ran.
import * as chrono from 'chrono-node';
import { timeExpressionsIn } from '../../src/quantities/time-expressions.ts';

const DOC = '2025-11-06';
/** Sentence, the expression in it, and the window [start, end] it means. */
const CASES: [string, string, string, string][] = [
  ['余额在10月30日升至1万亿美元', '10月30日', '2025-10-30', '2025-10-30'],
  ['上周六(4日)，全社会跨区域人员流动量为3亿人次', '(4日)', '2025-11-04', '2025-11-04'],
  ['Reserves fell on Wednesday to $2.8 trillion', 'Wednesday', '2025-11-05', '2025-11-05'],
  ['上周准备金下降', '上周', '2025-10-27', '2025-11-02'],
  ['上週三準備金跌至2.8兆美元', '上週三', '2025-10-29', '2025-10-29'],
  ['10月底TGA突破1兆美元', '10月底', '2025-10-27', '2025-10-31'],
  ['本月初逆回購降至500億美元', '本月初', '2025-11-01', '2025-11-10'],
  ['The TGA rose in late October', 'late October', '2025-10-21', '2025-10-31'],
  ['Reserves fell to $2.85 trillion in the week ending October 29', 'the week ending October 29', '2025-10-23', '2025-10-29'],
  ['as of Nov. 6, the TGA held $943 billion', 'Nov. 6', '2025-11-06', '2025-11-06'],
  ['In September reserves were $3 trillion', 'September', '2025-09-01', '2025-09-30'],
  ['the lowest since early 2021', 'early 2021', '2021-01-01', '2021-04-30'],
  ['2025年10月9日，约有7940.5亿美元', '2025年10月9日', '2025-10-09', '2025-10-09'],
  ['Bank reserves on Oct. 30 were $2.83 trillion', 'Oct. 30', '2025-10-30', '2025-10-30'],
  ['去年底国债为36万亿美元', '去年', '2024-01-01', '2024-12-31'],
  ['The TGA fell last week', 'last week', '2025-10-27', '2025-11-02'],
  ['In the third quarter of 2025 the Treasury borrowed $1 trillion', 'the third quarter of 2025', '2025-07-01', '2025-09-30'],
  ['昨天TGA余额为9400亿美元', '昨天', '2025-11-05', '2025-11-05'],
];

const ref = new Date(`${DOC}T12:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
function chronoWindow(sentence: string): [string, string] | null {
  const zh = /[\u4e00-\u9fff]/.test(sentence);
  const parsers = zh ? [chrono.zh.hant, chrono.zh.hans] : [chrono.en];
  for (const p of parsers) {
    const [r] = p.parse(sentence, ref);
    if (!r) continue;
    // chrono gives a moment; a month or year it could not narrow stays a day, as a reader of its output would take it.
    const start = r.start.date();
    const end = r.end?.date() ?? start;
    return [iso(start), iso(end)];
  }
  return null;
}
function handWindow(sentence: string): [string, string] | null {
  const [t] = timeExpressionsIn(sentence, { start: 0, end: sentence.length }, DOC);
  return t?.window ? [t.window.start, t.window.end] : null;
}

let hand = 0;
let lib = 0;
const rows: string[] = [];
for (const [sentence, expr, start, end] of CASES) {
  const h = handWindow(sentence);
  const c = chronoWindow(sentence);
  const ok = (w: [string, string] | null) => w !== null && w[0] === start && w[1] === end;
  if (ok(h)) hand++;
  if (ok(c)) lib++;
  rows.push(`| ${expr} | ${start}…${end} | ${h ? `${h[0]}…${h[1]}` : '—'}${ok(h) ? ' ✓' : ''} | ${c ? `${c[0]}…${c[1]}` : '—'}${ok(c) ? ' ✓' : ''} |`);
}
process.stdout.write(`| expression | expected | hand rules | chrono-node |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\nwindows right: hand rules ${hand}/${CASES.length}, chrono-node ${lib}/${CASES.length}\n`);
