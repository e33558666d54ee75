import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/api/load-schema.ts';
import * as vocabulary from '../src/vocabulary.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));
const sdlEnums = Object.values(schema.getTypeMap()).filter((t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith('__'));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

/** Each SDL enum the code shares, and the vocabulary list that must spell it the same way. */
const HELD: Record<string, readonly string[]> = {
  ReviewStatus: vocabulary.REVIEW_STATUSES,
  ClaimKind: vocabulary.CLAIM_KINDS,
  SourceKind: vocabulary.SOURCE_KINDS,
  Polarity: vocabulary.POLARITIES,
  CheckVerdict: vocabulary.CHECK_VERDICTS,
  SeriesFrequency: vocabulary.SERIES_FREQUENCIES,
  ObservationKind: vocabulary.OBSERVATION_KINDS,
  MeasureHow: vocabulary.MEASURE_HOWS,
  RelationKind: vocabulary.RELATION_KINDS,
  RelationStatus: vocabulary.RELATION_STATUSES,
  ReadingMode: vocabulary.READING_MODES,
  ReadingDirection: vocabulary.READING_DIRECTIONS,
  ReadingPeriod: vocabulary.READING_PERIODS,
  AssertionKind: vocabulary.ASSERTION_KINDS,
  TimeSource: vocabulary.TIME_SOURCES,
  FactorSource: vocabulary.FACTOR_SOURCES,
  FrameMood: vocabulary.FRAME_MOODS,
  ExtremumKind: vocabulary.EXTREMUM_KINDS,
  JobState: vocabulary.JOB_STATES,
  IngestStatus: vocabulary.INGEST_STATUSES,
};

/** SDL enums that one feature's model owns and no other code spells: they stay in that feature. */
const FEATURE_ENUMS = ['CheckMode', 'LiquidityBasis', 'LiquidityDataSource', 'LedgerSide', 'MatchingState', 'PredictionMeasure'];

describe('the vocabulary', () => {
  it.each(Object.entries(HELD))('spells %s as the SDL does, in the same order', (name, list) => {
    expect([...list]).toEqual(values(name));
  });

  it('covers every SDL enum, or the enum is named as one feature’s own', () => {
    expect(sdlEnums.map((e) => e.name).sort()).toEqual([...Object.keys(HELD), ...FEATURE_ENUMS].sort());
  });

  it('imports nothing, so the page and every feature can use it', () => {
    const source = readFileSync(new URL('../src/vocabulary.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
  });

  it('names the workflow statuses as the ones that are not verdicts', () => {
    expect(vocabulary.REVIEW_STATUSES.filter((s) => !vocabulary.isVerdict(s))).toEqual(['UNREVIEWED', 'IN_REVIEW']);
  });
});

describe('features that share the vocabulary', () => {
  /** Which of these feature folders each one imports (values, not types), from its files' import lines. */
  const FEATURES = ['claims', 'reviews', 'sources', 'seed'];
  const imports = (feature: string) => {
    const dir = new URL(`../src/${feature}/`, import.meta.url);
    const found = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'\.\.\/([a-z-]+)\//gms)) if (FEATURES.includes(m[1] as string)) found.add(m[1] as string);
    }
    return found;
  };

  it('import one another without a cycle (a shared constant lives in the vocabulary, not in a feature)', () => {
    const edges = new Map(FEATURES.map((f) => [f, imports(f)]));
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
    expect(FEATURES.filter((f) => reaches(f, f))).toEqual([]);
  });
});
