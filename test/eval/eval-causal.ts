// npm run eval:causal — precision and recall of extracted causal links on test/eval/causal-set.yaml (real sentences
// by others, labelled before the product ran on them), dev and held out, English and Chinese.
//
// Each sentence is read by the product's own reading of a text piece (`readPiece`: the links between factors the graph
// knows, and links to factors it proposes) with the factor matcher ingest builds on the seeded graph (the seed's
// factors, the reference measures and the vocabulary of measures). A link counts when its two ends are named inside
// the labelled cause's and effect's words; "with polarity" also needs the labelled polarity. Details of misses are
// printed for dev sentences only (`--show-heldout` prints the held-out ones too: do not tune on them).
import { readPiece } from '../../src/ingest/read-piece.ts';
import { seedMatcher } from '../support/seed-matcher.ts';
import { addCausalScores, emptyCausalScore, loadCausalSet, scoreSentence, type CausalScore, type FoundLink } from './score-causal.ts';

const showHeldout = process.argv.includes('--show-heldout');
const matcher = seedMatcher();
const totals = new Map<string, CausalScore>();
const add = (key: string, s: CausalScore) => totals.set(key, addCausalScores(totals.get(key) ?? emptyCausalScore(), s));

const set = loadCausalSet();
process.stderr.write(`eval:causal: ${set.length} sentences\n`);
for (const s of set) {
  const read = readPiece(s.text, matcher, undefined);
  const found: FoundLink[] = read.causalLinks.map((l) => ({
    causeSpans: [l.causeAt],
    effectSpans: [l.effectAt],
    polarity: l.polarity,
    label: `${l.fromId} → ${l.toId} (${l.polarity}, ${l.connective})`,
  }));
  const score = scoreSentence(s, found);
  const group = s.lang === 'en' ? 'en' : 'zh';
  add(`${s.split} all`, score);
  add(`${s.split} ${group}`, score);
  if ((s.split === 'dev' || showHeldout) && (score.misses.length || score.extras.length)) {
    process.stdout.write(`${s.split} ${s.id}\n${score.misses.map((m) => `  missed: ${m}\n`).join('')}${score.extras.map((e) => `  extra:  ${e}\n`).join('')}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
const rows = ['dev en', 'dev zh', 'dev all', 'heldout en', 'heldout zh', 'heldout all'];
process.stdout.write('\n| part | sentences | labelled links | found | precision | recall | precision with polarity | recall with polarity |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n');
for (const r of rows) {
  const t = totals.get(r) ?? emptyCausalScore();
  process.stdout.write(`| ${r} | ${t.sentences} | ${t.labelled} | ${t.found} | ${pct(t.matched, t.found)} | ${pct(t.matched, t.labelled)} | ${pct(t.matchedPolarity, t.found)} | ${pct(t.matchedPolarity, t.labelled)} |\n`);
}
