import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, seriesInfo, type SeriesInfo } from '../../src/series/catalogue.ts';
import { parseFredCsv } from '../../src/series/fred-csv.ts';
import { importSeriesText } from '../../src/series/import-series.ts';
import { prepareImport } from '../../src/series/prepare-import.ts';
import { importObservations, listSeries, observations } from '../../src/series/series-store.ts';
import { SEEDS_DIR, seedsCurrent } from '../../src/seed/load-seed.ts';
import { loadReference } from '../../src/series/load-reference.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

const REFERENCE = `${SEEDS_DIR}reference/`;
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A series of the test's own, shaped like WRESBAL, so revisions do not touch the shipped one. */
function ownSeries(): SeriesInfo {
  return { ...seriesInfo('FRED:WRESBAL')!, id: `TEST:${uniquePrefix('wresbal')}`, url: `https://example.test/${uniquePrefix('series')}` };
}

async function counts() {
  const [row] = await graph.rows<{ observations: number; vintages: number }>(
    'test.seriesCounts',
    'MATCH (o:Observation) WITH count(o) AS observations MATCH (v:SeriesVintage) RETURN observations, count(v) AS vintages',
  );
  return row!;
}

describe('the shipped series, loaded with the seed', () => {
  it('every catalogue series is in the graph with the shipped file\'s sha256, and the observations equal the file', async () => {
    const listed = new Map((await listSeries(graph)).map((s) => [s.id, s]));
    for (const info of CATALOGUE) {
      const text = readFileSync(`${REFERENCE}${info.file}`, 'utf8');
      const s = listed.get(info.id);
      expect(s, info.id).toBeDefined();
      expect(s!.sha256).toBe(sha(text));
      expect(s!.origin).toBe(`seeds/reference/${info.file}`);
      if (info.format === 'FRED_CSV') {
        const fromFile = parseFredCsv(text).observations.filter((o) => o.value !== null);
        const stored = await observations(graph, info.id);
        expect(stored.map((o) => [o.date, o.value])).toEqual(fromFile.map((o) => [o.date, o.value]));
        expect(s!.missingCount).toBe(parseFredCsv(text).observations.length - fromFile.length);
      }
    }
  });

  it('matches the checksums in SOURCES.md (the provenance shipped with the files)', () => {
    const sources = readFileSync(`${REFERENCE}SOURCES.md`, 'utf8');
    for (const info of CATALOGUE) expect(sources).toContain(`${sha(readFileSync(`${REFERENCE}${info.file}`, 'utf8'))}  ${info.file}`);
  });

  it('loading the reference again changes nothing, and the seed counts as current', async () => {
    const before = await counts();
    const again = await loadReference(graph, REFERENCE);
    expect(again.series.every((s) => s.alreadyCurrent)).toBe(true);
    expect(await counts()).toEqual(before);
    expect(await seedsCurrent(graph)).toBe(true);
  });

  it('DTS closing balances equal WDTGAL on the same Wednesday (SOURCES.md)', async () => {
    const dts = new Map((await observations(graph, 'TREASURY:DTS_TGA_CLOSE', '2025-01-01', '2025-12-31')).map((o) => [o.date, o.value]));
    const wednesdays = await observations(graph, 'FRED:WDTGAL', '2025-01-01', '2025-12-31');
    const common = wednesdays.filter((w) => dts.has(w.date));
    expect(common.length).toBeGreaterThan(40);
    for (const w of common) expect(dts.get(w.date)).toBe(w.value);
  });

  it('an unknown series is NOT_FOUND', async () => {
    await expect(observations(graph, 'FRED:NOPE')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('importing: idempotent, vintages kept, bad files write nothing', () => {
  it('a newer vintage updates values and keeps what it replaced; the same file twice changes nothing', async () => {
    const info = ownSeries();
    const rows = [
      { date: '2025-10-29', periodEnd: '2025-10-29', value: 2_848_021 },
      { date: '2025-11-05', periodEnd: '2025-11-05', value: 2_862_569 },
    ];
    const first = await importObservations(graph, info, rows, { sha256: 'a'.repeat(64), origin: 'vintage 1' });
    expect(first).toMatchObject({ added: 2, changed: 0, alreadyCurrent: false });
    expect(await importObservations(graph, info, rows, { sha256: 'a'.repeat(64), origin: 'vintage 1' })).toMatchObject({ alreadyCurrent: true, added: 0 });

    const revised = [rows[0]!, { ...rows[1]!, value: 2_862_000 }, { date: '2025-11-12', periodEnd: '2025-11-12', value: 2_855_030 }];
    expect(await importObservations(graph, info, revised, { sha256: 'b'.repeat(64), origin: 'vintage 2' })).toMatchObject({ added: 1, changed: 1, unchanged: 1 });
    const [row] = await graph.rows<{ value: number; previous: string[]; vintages: string[]; count: number }>(
      'test.revised',
      `MATCH (o:Observation {id: $id}) MATCH (:Series {id: $series})-[:HAS_VINTAGE]->(v)
RETURN o.value AS value, o.previousValues AS previous, o.previousVintages AS vintages, count(v) AS count`,
      { id: `${info.id}@2025-11-05`, series: info.id },
    );
    expect(row).toEqual({ value: 2_862_000, previous: ['2862569'], vintages: ['a'.repeat(64)], count: 2 });
    expect((await observations(graph, info.id)).map((o) => o.value)).toEqual([2_848_021, 2_862_000, 2_855_030]);
  });

  it.each([
    ['a billions vintage without --convert', (t: string) => t.split('\n').map((l, i) => (i === 0 || !l ? l : l.replace(/,(\d+)$/, (_, v: string) => `,${(Number(v) / 1000).toFixed(3)}`))).join('\n'), /re-run with --convert/],
    ['a duplicate date at the end', (t: string) => `${t}2026-09-02,2894531\n`, /duplicate date 2026-09-02/],
    ['a non-numeric value in the middle', (t: string) => t.replace('2025-11-05,2862569', '2025-11-05,n/a'), /line \d+, column 2 \(WRESBAL\): "n\/a" is not a number/],
  ])('refuses %s and writes nothing', async (_, spoil, message) => {
    const text = spoil(readFileSync(`${REFERENCE}fred/WRESBAL.csv`, 'utf8'));
    const before = await counts();
    await expect(importSeriesText(graph, text, { origin: 'test' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    expect(await counts()).toEqual(before);
    expect((await listSeries(graph)).find((s) => s.id === 'FRED:WRESBAL')?.origin).toBe('seeds/reference/fred/WRESBAL.csv');
  });

  it('converts a billions vintage when asked, into the same values (nothing changes but the vintage)', async () => {
    const info = ownSeries();
    const text = readFileSync(`${REFERENCE}fred/WRESBAL.csv`, 'utf8').split('\n').slice(0, 30).join('\n');
    const millions = prepareImport(info, parseFredCsv(text).observations).rows;
    await importObservations(graph, info, millions, { sha256: sha(text), origin: 'millions' });
    const billions = parseFredCsv(text).observations.map((o) => ({ ...o, value: o.value! / 1000 }));
    const converted = prepareImport(info, billions, { convert: true });
    const outcome = await importObservations(graph, info, converted.rows, { sha256: 'c'.repeat(64), origin: 'billions', convertedFromScale: converted.fileScale });
    expect(outcome).toMatchObject({ added: 0, changed: 0, converted: true });
  });
});

describe('series through the API', () => {
  it('series, series(id) { observations(from, to) } with values in USD and provenance', async () => {
    const r = await gql<{ series: { id: string; scale: number; observationKind: string; sha256: string; vintages: { origin: string }[]; observations: { date: string; periodEnd: string; value: number; valueInUnit: number }[] }[] }>(
      server,
      `{ series(id: "GFDEBTN") { id scale observationKind sha256 vintages { origin } observations(from: "2025-01-01", to: "2025-12-31") { date periodEnd value valueInUnit } } }`,
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.series[0]!;
    expect(s).toMatchObject({ id: 'FRED:GFDEBTN', scale: 1e6, observationKind: 'END_OF_PERIOD', sha256: sha(readFileSync(`${REFERENCE}fred/GFDEBTN.csv`, 'utf8')) });
    const fromFile = parseFredCsv(readFileSync(`${REFERENCE}fred/GFDEBTN.csv`, 'utf8')).observations.filter((o) => o.date.startsWith('2025'));
    expect(s.observations.map((o) => [o.date, o.value, o.valueInUnit])).toEqual(fromFile.map((o) => [o.date, o.value, o.value! * 1e6]));
    expect(s.observations.map((o) => o.periodEnd)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    const all = await gql<{ series: { id: string }[] }>(server, '{ series { id } }');
    expect(all.data!.series.map((x) => x.id)).toEqual(expect.arrayContaining(CATALOGUE.map((c) => c.id)));
  });

  it('an unknown series is NOT_FOUND; a malformed date is BAD_USER_INPUT', async () => {
    expect(errorCodes(await gql(server, '{ series(id: "FRED:SP500") { id } }'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, '{ series(id: "WRESBAL") { observations(from: "Nov 2025") { date } } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('Factor.series shows the curated links; editors add and remove links, each change kept in history', async () => {
    const token = await testToken(graph);
    const factor = uniquePrefix('factor');
    await graph.write('test.factor', (tx) => tx.rows('test.factor', 'CREATE (:Factor {id: $id, name: $id, namesZh: [], aliases: [], matchKeys: [], searchText: $id})', { id: factor }));
    const tga = await gql<{ factor: { series: { series: { id: string }; how: string; rank: number }[] } }>(server, '{ factor(id: "f-tga-balance") { series { series { id } how rank } } }');
    expect(tga.errors).toBeUndefined();
    expect(tga.data!.factor.series.map((m) => [m.series.id, m.how, m.rank])).toEqual([
      ['TREASURY:DTS_TGA_CLOSE', 'DAILY_CLOSE', 1],
      ['FRED:WDTGAL', 'LEVEL', 2],
      ['FRED:WTREGEN', 'WEEK_AVERAGE', 3],
    ]);

    const wrongHow = await gql(server, 'mutation($f: ID!) { linkFactorSeries(input: { factor: $f, series: "WRESBAL", how: LEVEL }) { how } }', { f: factor }, token);
    expect(errorCodes(wrongHow)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, 'mutation { linkFactorSeries(input: { factor: "f-nope-x", series: "WRESBAL", how: WEEK_AVERAGE }) { how } }', {}, token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, 'mutation { linkFactorSeries(input: { factor: "f-tga-balance", series: "FRED:SP500", how: LEVEL }) { how } }', {}, token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, 'mutation($f: ID!) { linkFactorSeries(input: { factor: $f, series: "WRESBAL", how: WEEK_AVERAGE }) { how } }', { f: factor }))).toEqual(['UNAUTHENTICATED']);

    const linked = await gql<{ linkFactorSeries: { series: { id: string }; how: string; origin: string } }>(
      server,
      'mutation($f: ID!) { linkFactorSeries(input: { factor: $f, series: "WRESBAL", how: WEEK_AVERAGE, rationale: "reserves" }) { series { id } how origin } }',
      { f: factor },
      token,
    );
    expect(linked.data!.linkFactorSeries).toEqual({ series: { id: 'FRED:WRESBAL' }, how: 'WEEK_AVERAGE', origin: 'editor' });
    const unlinked = await gql(server, 'mutation($f: ID!) { unlinkFactorSeries(input: { factor: $f, series: "FRED:WRESBAL", rationale: "wrong factor" }) { action } }', { f: factor }, token);
    expect(unlinked.errors).toBeUndefined();
    expect(errorCodes(await gql(server, 'mutation($f: ID!) { unlinkFactorSeries(input: { factor: $f, series: "FRED:WRESBAL" }) { action } }', { f: factor }, token))).toEqual(['NOT_FOUND']);

    const after = await gql<{ factor: { series: unknown[]; seriesHistory: { action: string; seriesId: string; how: string; rationale: string }[] } }>(
      server,
      '{ factor(id: "' + factor + '") { series { how } seriesHistory { action seriesId how rationale } } }',
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.factor.series).toEqual([]);
    expect(after.data!.factor.seriesHistory).toEqual([
      { action: 'LINK', seriesId: 'FRED:WRESBAL', how: 'WEEK_AVERAGE', rationale: 'reserves' },
      { action: 'UNLINK', seriesId: 'FRED:WRESBAL', how: 'WEEK_AVERAGE', rationale: 'wrong factor' },
    ]);
  });
});
