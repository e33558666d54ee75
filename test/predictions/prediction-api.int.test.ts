import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../../src/scenarios/reference-files.ts';
import { uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

/** WRESBAL straight from the shipped CSV, billions: the record the check must have read. */
const wresbal = new Map(
  readFileSync(`${REFERENCE_DIR}fred/WRESBAL.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => [l.split(',')[0]!, Number(l.split(',')[1]) / 1000] as const),
);
const lowestBetween = (from: string, to: string) => Math.min(...[...wresbal].filter(([d]) => d >= from && d <= to).map(([, v]) => v));

const PREDICTION = `query($id: ID!) { claim(id: $id) { id prediction { rule cue windowFrom windowTo measure scenarioName scenarioStart said happened verdict modelValue recordedValue probability series } } }`;
type P = { rule: string; cue: string; windowFrom: string; windowTo: string; measure: string | null; scenarioName: string | null; said: string; happened: string; verdict: string; modelValue: number | null; recordedValue: number | null; probability: number | null; series: string[] };
const prediction = async (id: string) => {
  const r = await gql<{ claim: { prediction: P | null } }>(server, PREDICTION, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.claim.prediction;
};

// A document of the test's own, in English, dated 30 July 2025: the rule is not the seed's.
const doc = uniquePrefix('pdoc');
const ahead = `${doc}-c1`;
beforeAll(async () => {
  await graph.write('test.predictionDoc', (tx) =>
    tx.rows(
      'test.predictionDoc',
      `CREATE (d:Document {id: $doc, title: 'test', language: 'en', text: 'Bank reserves will fall below $3 trillion in late 2025.', published: '2025-07-30', origin: 'curated'})
CREATE (c:Claim {id: $c1, quote: 'Bank reserves will fall below $3 trillion in late 2025', start: 0, end: 54, kind: 'COMPARISON', time: '2025', status: 'UNREVIEWED', version: 1, origin: 'curated', documentId: $doc, searchText: $c1})
CREATE (q:Quantity {id: $c1 + '-q1', surface: '$3 trillion', value: 3e12, unit: 'USD', qualifier: 'BELOW', position: 0})
CREATE (c)-[:STATED_IN]->(d), (c)-[:HAS_QUANTITY]->(q)
WITH c MATCH (r:Factor {id: 'f-bank-reserves'}) CREATE (c)-[:ABOUT]->(r)`,
      { doc, c1: ahead },
    ),
  );
});

describe('Claim.prediction', () => {
  it('"one step from the 2.5 trillion line": the model at the article\'s date and the record both keep reserves above it', async () => {
    const p = (await prediction('e9186e0b-c007'))!;
    expect(p.cue).toBe('一步之遙');
    expect(p.measure).toBe('RESERVES_LINE');
    expect(p.scenarioName).toBe('as-announced-2025-10-29');
    expect(p.recordedValue).toBe(lowestBetween('2025-11-05', p.windowTo));
    expect(p.recordedValue!).toBeGreaterThan(2500);
    expect(p.modelValue!).toBeGreaterThan(2500);
    expect(p.probability!).toBeLessThan(0.05);
    expect(p.verdict).toBe('INCONSISTENT');
  });

  it('the reopening\'s 7000億: the TGA released far less, in the model and in the record', async () => {
    const p = (await prediction('e9186e0b-c021'))!;
    expect(p.measure).toBe('TGA_RELEASE');
    expect(p.recordedValue!).toBeGreaterThan(0);
    expect(p.recordedValue!).toBeLessThan(350);
    expect(p.modelValue!).toBeLessThan(350);
    expect(p.verdict).toBe('INCONSISTENT');
  });

  it('"QE4 early 2026": the window is January–March 2026; growth of the Fed\'s assets cannot say it was QE', async () => {
    const p = (await prediction('e9186e0b-c038'))!;
    expect(p.measure).toBe('FED_ASSETS');
    expect([p.windowFrom, p.windowTo]).toEqual(['2026-01-01', '2026-03-31']);
    expect(p.series).toEqual(['FRED:WALCL']);
    expect(p.verdict).toBe('INCONCLUSIVE');
    expect(p.happened).toContain('WALCL');
  });

  it('a claim about the past has none; a forward claim the model cannot test says so', async () => {
    expect(await prediction('e9186e0b-c006')).toBeNull();
    const stocks = (await prediction('e9186e0b-c019'))!;
    expect(stocks.measure).toBeNull();
    expect(stocks.verdict).toBe('NOT_CHECKABLE');
  });

  it('works on a document of its own: an English forecast dated 30 July 2025, judged on late 2025', async () => {
    const p = (await prediction(ahead))!;
    expect(p.cue).toBe('will');
    expect([p.windowFrom, p.windowTo]).toEqual(['2025-10-01', '2025-12-31']);
    expect(p.scenarioName).toBe('as-announced-2025-07-30');
    expect(p.recordedValue).toBe(lowestBetween('2025-10-01', '2026-01-06'));
    expect(p.verdict).toBe(p.recordedValue! < 3000 ? 'CONSISTENT' : 'INCONSISTENT');
  });
});
