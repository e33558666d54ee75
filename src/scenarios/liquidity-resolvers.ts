import type { AppContext } from '../api/context.ts';
import type { CausalLinkRow } from '../causal/causal-link-store.ts';
import { badInput } from '../errors.ts';
import type { RankedPath } from '../paths/rank-paths.ts';
import { SECTOR_NAMES } from '../liquidity/ledger.ts';
import { backedBy, MECHANISMS, type Mechanism } from '../liquidity/mechanisms.ts';
import { readScenarioFiles, shippedScenario } from './scenario-files.ts';
import { parseScenarioText, type Scenario } from '../liquidity/scenario-input.ts';
import { mappingModelErrors } from './model-errors.ts';
import { parseSimulateArgs } from './simulate-args.ts';
import { saveScenarioRun } from './scenario-run-store.ts';
import { modelObservations, type DataSource } from './series-source.ts';
import { recordAround, scoreProjection, type HorizonScore } from '../liquidity/forecast-score.ts';
import type { RecordedWeek } from '../liquidity/recorded-week.ts';
import { canonical, runScenario, type SimulationResult } from '../liquidity/simulate.ts';
import { Reference, type Snapshot, type Term } from '../liquidity/snapshot.ts';

const bn = (millions: number) => millions / 1000;
const term = (t: Term | null) => (t ? { ...t, value: bn(t.value) } : null);

function snapshotView(s: Snapshot, dataSource: DataSource) {
  return {
    asOf: s.asOf,
    week: s.week,
    basis: s.basis,
    dataSource,
    reserves: term(s.reserves),
    tga: term(s.tga),
    onrrp: term(s.onrrp),
    totalAssets: term(s.totalAssets),
    otherFactors: term(s.otherFactors),
    federalDebt: term(s.federalDebt),
    wednesdayTga: term(s.wednesdayLevels.tga),
    wednesdayOnrrp: term(s.wednesdayLevels.onrrp),
    wednesdayTotalAssets: term(s.wednesdayLevels.totalAssets),
  };
}

function simulationView(r: SimulationResult, dataSource: DataSource, scores: HorizonScore[], record: ReturnType<typeof recordAround>) {
  const recorded = (ws: RecordedWeek[]) => ws.map((w) => ({ ...w, value: bn(w.value) }));
  return {
    scenarioName: r.scenario.name,
    title: r.scenario.title,
    basis: r.basis,
    dataSource,
    snapshot: snapshotView(r.snapshot, dataSource),
    weeks: r.weeks,
    reserves: r.reserves.map(bn),
    accounts: r.accounts.map((p) => ({ ...p.account, sectorName: SECTOR_NAMES[p.account.sector], values: p.values.map(bn) })),
    crossings: r.crossings.map((c) => ({ ...c, level: bn(c.level) })),
    attribution: r.attribution.map((a) => ({ driver: a.driver, label: a.label, change: bn(a.change), largestChange: bn(a.largest.change), largestWeek: a.largest.week, largestWeeklyChange: bn(a.largestWeek.change), largestWeeklyWeek: a.largestWeek.week })),
    reservesChange: bn(r.reservesChange),
    minimumReserves: bn(r.minimum.value),
    minimumWeek: r.minimum.week,
    floorBreach: r.floorBreach ? { week: r.floorBreach.week, shortfall: bn(r.floorBreach.shortfall) } : null,
    tga: r.tga.map(bn),
    onrrp: r.onrrp.map(bn),
    band: {
      coverage: r.band.coverage,
      method: r.band.method,
      reservesLower: r.band.reserves.lower.map(bn),
      reservesUpper: r.band.reserves.upper.map(bn),
      tgaLower: r.band.tga.lower.map(bn),
      tgaUpper: r.band.tga.upper.map(bn),
      onrrpLower: r.band.onrrp.lower.map(bn),
      onrrpUpper: r.band.onrrp.upper.map(bn),
    },
    fitted: r.fitted,
    scores: scores.map((x) => ({ ...x, recorded: x.recorded === null ? null : bn(x.recorded), model: bn(x.model), lower: bn(x.lower), upper: bn(x.upper), noChange: bn(x.noChange), trend: x.trend === null ? null : bn(x.trend) })),
    record: { reserves: recorded(record.reserves), tga: recorded(record.tga), onrrp: recorded(record.onrrp) },
    warnings: r.warnings,
    inputsHash: r.inputsHash,
    modelVersion: r.modelVersion,
  };
}

/** The scenario asked for, its series, and the run. */
async function run(args: unknown, ctx: AppContext): Promise<{ scenario: Scenario; reference: Reference; result: SimulationResult; dataSource: DataSource }> {
  const which = parseSimulateArgs(args);
  const scenario = 'name' in which ? shippedScenario(which.name) : mappingModelErrors(() => parseScenarioText(which.definition, 'definition'));
  const { observations, source } = await modelObservations(ctx.graph);
  const reference = new Reference(observations);
  return { scenario, reference, result: mappingModelErrors(() => runScenario({ scenario, reference })), dataSource: source };
}

const mechanismView = (m: Mechanism) => m;

export const liquidityResolvers = {
  Query: {
    async liquidity(_: unknown, args: { asOf: string }, ctx: AppContext) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.asOf) || Number.isNaN(Date.parse(`${args.asOf}T00:00:00Z`))) throw badInput('asOf must be a date yyyy-mm-dd', [{ path: 'asOf', message: 'must be a date yyyy-mm-dd' }]);
      const { observations, source } = await modelObservations(ctx.graph);
      const s = new Reference(observations).snapshot(args.asOf);
      if ('missing' in s) throw badInput(`Data incomplete for the week of ${args.asOf}: ${s.missing.join('; ')}`, [{ path: 'asOf', message: 'no complete reference data for this week' }]);
      return snapshotView(s, source);
    },
    scenarios: () =>
      readScenarioFiles().map((s) => ({ ...s, description: s.description ?? null, drivers: Object.keys(s.drivers), thresholds: s.thresholds.map((t) => ({ ...t, claimId: t.claim ?? null })), definition: JSON.stringify(s, null, 2) })),
    simulate: async (_: unknown, args: unknown, ctx: AppContext) => {
      const { result, dataSource, reference } = await run(args, ctx);
      return simulationView(result, dataSource, scoreProjection(result, reference), recordAround(result, reference));
    },
    liquidityMechanisms: () => MECHANISMS.map(mechanismView),
  },
  Mutation: {
    async saveScenarioRun(_: unknown, args: unknown, ctx: AppContext) {
      const { scenario, result } = await run(args, ctx);
      const { run: saved, created } = await saveScenarioRun(ctx.graph, result, canonical(scenario), (ctx.viewer as NonNullable<AppContext['viewer']>).name);
      return { ...saved, created };
    },
  },
  SavedScenarioRun: {
    source: (r: { id: string }, _: unknown, ctx: AppContext) => ctx.loaders.source.load(r.id),
  },
  LiquidityThreshold: {
    claim: (t: { claimId: string | null }, _: unknown, ctx: AppContext) => (t.claimId ? ctx.loaders.claim.load(t.claimId) : null),
  },
  ThresholdCrossing: {
    claim: (t: { claimId: string | null }, _: unknown, ctx: AppContext) => (t.claimId ? ctx.loaders.claim.load(t.claimId) : null),
  },
  LiquidityMechanism: {
    from: (m: Mechanism, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(m.from),
    to: (m: Mechanism, _: unknown, ctx: AppContext) => ctx.loaders.factor.load(m.to),
  },
  CausalLink: {
    mechanism(l: CausalLinkRow) {
      const found = backedBy(l.fromId, l.toId, l.polarity);
      return found ? { ...found.mechanism, agrees: found.agrees } : null;
    },
  },
  CausalPath: {
    accountingBackedHops: (p: RankedPath) => p.hops.filter((h, i) => backedBy(p.factorIds[i]!, p.factorIds[i + 1]!, h.polarity)?.agrees === true).map((h) => h.linkId),
  },
};
