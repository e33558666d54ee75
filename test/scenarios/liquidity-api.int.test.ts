import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../../src/scenarios/reference-files.ts';
import { loadCausalFixture } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

const wresbal = (date: string) => Number(readFileSync(`${REFERENCE_DIR}fred/WRESBAL.csv`, 'utf8').split('\n').find((l) => l.startsWith(`${date},`))!.split(',')[1]) / 1000;

const SIMULATE = `query($name: String, $definition: String) { simulate(name: $name, definition: $definition) {
  scenarioName basis dataSource weeks reserves reservesChange minimumReserves minimumWeek inputsHash warnings
  snapshot { week reserves { value } }
  accounts { id side values }
  crossings { name level claimId claim { id quote } crossed week atStart }
  attribution { driver label change } } }`;

describe('liquidity API', () => {
  it('liquidity(asOf) gives the week-average balance sheet of the week, and says which week and kind', async () => {
    const r = await gql<{ liquidity: Record<string, any> }>(server, `{ liquidity(asOf: "2025-10-31") { asOf week basis dataSource
      reserves { value basis series } tga { value basis method } onrrp { value } totalAssets { value approximate method } otherFactors { value }
      wednesdayTga { value basis } } }`);
    expect(r.errors).toBeUndefined();
    const s = r.data!.liquidity;
    expect(s.week).toBe('2025-10-29');
    expect(s.basis).toBe('WEEK_AVERAGE');
    expect(s.reserves.value).toBe(wresbal('2025-10-29'));
    expect(s.wednesdayTga.basis).toBe('WEDNESDAY_LEVEL');
    expect(s.otherFactors.value).toBeCloseTo(s.totalAssets.value - s.tga.value - s.onrrp.value - s.reserves.value, 6);
    expect(['SERIES_STORE', 'SHIPPED_FILES']).toContain(s.dataSource);
  });

  it('liquidity(asOf) refuses a malformed date and a date before the data', async () => {
    expect(errorCodes(await gql(server, '{ liquidity(asOf: "31/10/2025") { week } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, '{ liquidity(asOf: "2001-01-01") { week } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists the shipped scenarios with the lines tied to the seed claims', async () => {
    const r = await gql<{ scenarios: any[] }>(server, '{ scenarios { name drivers thresholds { level claimId claim { quote } } definition } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.scenarios.map((s) => s.name)).toContain('shutdown-until-thanksgiving');
    const t = r.data!.scenarios.find((s) => s.name === 'as-recorded').thresholds;
    expect(t[0].claim.quote).toContain('2.7萬億');
    expect(t[1].claim.quote).toContain('2.5萬億');
  });

  it('simulate(name) returns paths, crossings and an attribution that adds up to the change', async () => {
    const r = await gql<{ simulate: Record<string, any> }>(server, SIMULATE, { name: 'shutdown-until-thanksgiving' });
    expect(r.errors).toBeUndefined();
    const s = r.data!.simulate;
    expect(s.weeks).toHaveLength(27);
    expect(s.reserves[0]).toBe(s.snapshot.reserves.value);
    const sum = s.attribution.reduce((x: number, a: { change: number }) => x + a.change, 0);
    expect(sum).toBeCloseTo(s.reservesChange, 6);
    expect(s.reservesChange).toBeCloseTo(s.reserves.at(-1) - s.reserves[0], 6);
    expect(s.accounts.find((a: { id: string }) => a.id === 'fed.reserves').values).toEqual(s.reserves);
    expect(s.crossings.map((c: { claim: { id: string } }) => c.claim.id)).toEqual(['e9186e0b-c006', 'e9186e0b-c007']);
    for (const c of s.crossings) expect(c.crossed).toBe(s.reserves.some((v: number) => v < c.level));
    expect(Math.min(...s.reserves)).toBe(s.minimumReserves);
  });

  it('simulate(definition) runs an inline scenario; an invalid one is refused naming every wrong field', async () => {
    const ok = await gql<{ simulate: Record<string, any> }>(server, SIMULATE, {
      definition: JSON.stringify({ name: 'inline', title: 'QE only', start: '2025-12-31', horizonWeeks: 4, drivers: { qe: { perWeek: 10, start: '2025-12-01' } } }),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.simulate.reservesChange).toBeCloseTo(40, 6);

    const bad = await gql(server, SIMULATE, { definition: 'name: x\ntitle: t\nstart: 2025-12-31\nhorizonWeeks: 9999\ndrivers:\n  qe: { perWeek: -1, start: 2025-12-01 }\n  helicopter: { perWeek: 1 }\n' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const fields = (bad.errors![0]!.extensions!['fields'] as { path: string }[]).map((f) => f.path).sort();
    expect(fields).toEqual(['drivers.helicopter', 'drivers.qe.perWeek', 'horizonWeeks']);
    expect(errorCodes(await gql(server, SIMULATE, { name: 'no-such-scenario' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(server, SIMULATE, {}))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(server, SIMULATE, { name: 'as-recorded', definition: '{}' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a causal link the model covers carries its mechanism; trace tells accounting-backed hops', async () => {
    const r = await gql<{ a: any; b: any; c: any }>(server, `{
      a: causalLink(id: "e9186e0b-l006") { polarity mechanism { driver sign agrees condition postings { account direction } } }
      b: causalLink(id: "e9186e0b-l008") { mechanism { agrees condition } }
      c: causalLink(id: "e9186e0b-l020") { mechanism { agrees } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.a.mechanism).toMatchObject({ driver: 'fiscal', sign: 'DECREASES', agrees: true, condition: null });
    expect(r.data!.a.mechanism.postings).toContainEqual({ account: 'fed.reserves', direction: -1 });
    expect(r.data!.b.mechanism.condition).toMatch(/money funds/);
    expect(r.data!.c.mechanism).toBeNull();

    const t = await gql<{ trace: { links: { id: string }[]; accountingBackedHops: string[] }[] }>(server, '{ trace(from: "government shutdown", to: "bank reserves", maxHops: 3) { links { id } accountingBackedHops } }');
    expect(t.errors).toBeUndefined();
    const viaTga = t.data!.trace.find((p) => p.links.map((l) => l.id).join() === 'e9186e0b-l002,e9186e0b-l006');
    expect(viaTga?.accountingBackedHops).toEqual(['e9186e0b-l002', 'e9186e0b-l006']);
  });

  it('saves a run as a citable evidence source, once per inputs, and a review cites it', async () => {
    const prefix = uniquePrefix('run');
    const definition = JSON.stringify({ name: prefix, title: `Run ${prefix}`, start: '2025-09-24', horizonWeeks: 8, drivers: { fiscal: { receiptsPerWeek: 100, outlaysPerWeek: 134 }, shutdown: { start: '2025-10-01', end: '2025-11-12', frozenShare: 0.15 } } });
    const SAVE = 'mutation($d: String) { saveScenarioRun(definition: $d) { id created inputsHash savedBy description source { id kind name } } }';
    expect(errorCodes(await gql(server, SAVE, { d: definition }))).toEqual(['UNAUTHENTICATED']);
    const token = await testToken(graph, 'EDITOR', `${prefix}-editor`);
    const first = await gql<{ saveScenarioRun: Record<string, any> }>(server, SAVE, { d: definition }, token);
    expect(first.errors).toBeUndefined();
    const run = first.data!.saveScenarioRun;
    expect(run).toMatchObject({ created: true, savedBy: `${prefix}-editor`, source: { id: run.id, kind: 'MODEL' } });
    expect(run.description).toMatch(/Reserves \(week averages\)/);
    const again = await gql<{ saveScenarioRun: Record<string, any> }>(server, SAVE, { d: definition }, token);
    expect(again.data!.saveScenarioRun).toMatchObject({ id: run.id, created: false, inputsHash: run.inputsHash });

    await loadCausalFixture(graph, [{ id: `${prefix}-a`, name: `${prefix} A` }, { id: `${prefix}-b`, name: `${prefix} B` }], [{ id: `${prefix}-l`, from: `${prefix}-a`, to: `${prefix}-b` }]);
    const review = await gql<{ reviewCausalLink: any }>(
      server,
      'mutation($input: ReviewInput!) { reviewCausalLink(input: $input) { review { toStatus evidence { id kind } } } }',
      { input: { id: `${prefix}-l`, status: 'PARTLY_TRUE', expectedVersion: 1, rationale: 'The scenario run shows the drain is temporary.', evidence: [{ sourceId: run.id }] } },
      token,
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!.reviewCausalLink.review.evidence).toEqual([{ id: run.id, kind: 'MODEL' }]);
  });
});

describe('as-announced runs in the API (issue 23)', () => {
  const Q = `query { simulate(name: "as-announced-2025-07-30") { weeks reserves tga onrrp floorBreach { week }
    band { coverage method reservesLower reservesUpper tgaLower tgaUpper }
    crossings { level probability likeliestWeek } fitted { driver perWeek method }
    scores { measure horizon week recorded model lower upper noChange trend }
    attribution { driver label change largestWeeklyChange largestWeeklyWeek } } }`;

  it('gives a band around every week, crossing chances, fitted drivers and the scores against the record', async () => {
    const r = await gql<{ simulate: Record<string, any> }>(server, Q);
    expect(r.errors).toBeUndefined();
    const s = r.data!.simulate;
    expect(s.floorBreach).toBeNull();
    expect(s.band.coverage).toBe(0.8);
    s.reserves.forEach((v: number, k: number) => {
      expect(s.band.reservesLower[k]).toBeLessThanOrEqual(v);
      expect(s.band.reservesUpper[k]).toBeGreaterThanOrEqual(v);
    });
    for (const c of s.crossings) expect(c.probability).toBeGreaterThanOrEqual(0);
    expect(s.fitted.map((f: { driver: string }) => f.driver).sort()).toEqual(['otherFactors', 'runoff']);
    const r13 = s.scores.find((x: { measure: string; horizon: number }) => x.measure === 'reserves' && x.horizon === 13);
    expect(r13.week).toBe('2025-10-29');
    expect(r13.recorded).toBe(wresbal('2025-10-29'));
    expect(r13.noChange).toBe(wresbal('2025-07-30'));
    const sums = s.attribution.reduce((t: number, a: { change: number }) => t + a.change, 0);
    expect(sums).toBeCloseTo(s.reserves.at(-1) - s.reserves[0], 6);
  });

  it('the TGA record around a run continues past WTREGEN\'s end with the week average of the DTS closing balances', async () => {
    // Independent of the code under test: the shipped CSVs read here, each day Thursday..Wednesday taking the latest
    // closing balance on or before it (weekends and holidays carry the last business day), averaged and rounded.
    const lines = (file: string) => readFileSync(`${REFERENCE_DIR}${file}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const wtregen = new Map(lines('fred/WTREGEN.csv').map(([d, v]) => [d!, Number(v) / 1000]));
    const wtregenEnd = [...wtregen.keys()].sort().at(-1)!;
    const closing = new Map(lines('treasury/dts_operating_cash_balance_tga.csv').filter((f) => f[1] === 'Treasury General Account (TGA) Closing Balance').map((f) => [f[0]!, Number(f[2])]));
    const closingDays = [...closing.keys()].sort();
    const day = (iso: string, k: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);
    const dtsWeekAverage = (wednesday: string) => {
      let sum = 0;
      for (let k = -6; k <= 0; k++) sum += closing.get(closingDays.filter((d) => d <= day(wednesday, k)).at(-1)!)!;
      return Math.round(sum / 7) / 1000;
    };

    const r = await gql<{ simulate: { weeks: string[]; record: { tga: { week: string; value: number; series: string }[] }; scores: { measure: string; week: string; recorded: number | null }[] } }>(
      server,
      'query($name: String) { simulate(name: $name) { weeks record { tga { week value series } } scores { measure week recorded } } }',
      { name: 'as-announced-2025-12-10' },
    );
    expect(r.errors).toBeUndefined();
    const { weeks, record, scores } = r.data!.simulate;
    expect(wtregenEnd).toBe('2025-11-19');
    const before = record.tga.filter((w) => w.week <= wtregenEnd);
    const after = record.tga.filter((w) => w.week > wtregenEnd);
    expect(before.length).toBeGreaterThan(0);
    for (const w of before) expect(w).toEqual({ week: w.week, value: wtregen.get(w.week), series: 'FRED:WTREGEN' });
    // Every week from WTREGEN's end to the run's last week the daily statement covers, none skipped.
    const lastCovered = weeks.filter((w) => w <= closingDays.at(-1)!).at(-1)!;
    const expectedWeeks: string[] = [];
    for (let w = day(wtregenEnd, 7); w <= lastCovered; w = day(w, 7)) expectedWeeks.push(w);
    expect(after.map((w) => w.week)).toEqual(expectedWeeks);
    expect(after.length).toBeGreaterThan(20);
    for (const w of after) {
      expect(w.series).toBe('TREASURY:DTS_TGA_CLOSE');
      expect(w.value).toBeCloseTo(dtsWeekAverage(w.week), 6);
    }
    // The chart's record is the record the projection is scored against.
    for (const x of scores.filter((s) => s.measure === 'tga' && s.recorded !== null)) expect(record.tga.find((w) => w.week === x.week)?.value).toBe(x.recorded);
  });

  it('lists each scenario\'s announcements with their sources', async () => {
    const r = await gql<{ scenarios: { name: string; announcements: { driver: string; url: string; date: string }[] }[] }>(server, `{ scenarios { name announcements { driver url date } } }`);
    const s = r.data!.scenarios.find((x) => x.name === 'as-announced-2025-12-10')!;
    expect(s.announcements.map((a) => a.driver)).toContain('billPurchases');
    for (const a of s.announcements) expect(a.url).toMatch(/^https:/);
  });
});
