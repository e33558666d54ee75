import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { addMeasureVocabulary, factorMatcherBuilder, type FactorMatcher } from '../../src/ingest/match-factors.ts';

interface FactorEntry {
  id: string;
  name: string;
  namesZh?: string[];
  aliases?: string[];
}

/** The factor matcher ingest builds on the seeded graph (the seed's factors and the reference measures'), with the vocabulary of measures. */
export function seedMatcher(): FactorMatcher {
  const read = (path: string) => (parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as { factors: FactorEntry[] }).factors;
  const builder = factorMatcherBuilder();
  const known = new Set<string>();
  for (const f of [...read('seeds/000_e9186e0bdc09d771.seed.yaml'), ...read('seeds/reference/measures.yaml')]) {
    known.add(f.id);
    builder.add({ id: f.id, names: [f.name, ...(f.namesZh ?? []), ...(f.aliases ?? [])] });
  }
  addMeasureVocabulary(builder, (id) => known.has(id));
  return builder.build();
}
