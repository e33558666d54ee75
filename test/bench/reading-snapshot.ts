// node test/bench/reading-snapshot.ts OUT.json [--against BEFORE.json]
// Writes what the product reads from each text (readPiece with the seeded graph's matcher: claims with their
// quantities, frames and assertions, causal links, proposed factors) for the seed article, test/eval/real-text.yaml
// and every test/eval/checks-set/*.yaml text, keyed by a hash of the text, so a speed change can be shown to change no
// output: write a snapshot before, one after, and compare them byte for byte (--against). Nothing is printed claim by
// claim; held-out texts are compared only as whole outputs (same or not). Output goes where you say, outside the tree.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readPiece } from '../../src/ingest/read-piece.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { readAllSets } from '../eval/checks-set-file.ts';
import { loadRealText } from '../eval/real-text.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

const [out, flag, against] = process.argv.slice(2);
if (!out || (flag && flag !== '--against') || (flag && !against)) throw new Error('usage: reading-snapshot.ts OUT.json [--against BEFORE.json]');
const texts: { key: string; text: string; published: string | undefined }[] = [];
const add = (key: string, text: string, published: string | undefined) => texts.push({ key: `${key} ${createHash('sha256').update(`${published}\n${text}`).digest('hex').slice(0, 16)}`, text, published });
add('seed', readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8'), '2025-11-06');
for (const d of loadRealText()) add('real-text', d.text, undefined);
for (const d of await readAllSets(new URL('../eval/', import.meta.url).pathname)) {
  const doc = d as unknown as { text: string; published?: string | Date };
  const published = doc.published instanceof Date ? doc.published.toISOString().slice(0, 10) : doc.published;
  add(`checks-set ${d.set}`, doc.text, published);
}
const matcher = seedMatcher();
const snapshot: Record<string, string> = {};
for (const t of texts) snapshot[t.key] = JSON.stringify(readPiece(t.text, matcher, t.published));
writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${texts.length} texts read → ${out}`);
if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as Record<string, string>;
  const keys = Object.keys(snapshot).filter((k) => k in before);
  const differ = keys.filter((k) => before[k] !== snapshot[k]);
  const missing = Object.keys(snapshot).length - keys.length;
  console.log(`${keys.length} texts in both: ${keys.length - differ.length} identical, ${differ.length} differ${missing ? ` (${missing} texts new since ${against}, not compared)` : ''}`);
  for (const k of differ) console.log(`  differs: ${k.split(' ').slice(0, -1).join(' ')} (${k.split(' ').at(-1)})`);
  if (differ.length) process.exitCode = 1;
}
