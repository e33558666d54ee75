// The as-announced scenarios held against what happened: part of `npm run eval:model`.
import { HORIZONS, MEASURE_LABELS, median, scoreProjection, type HorizonScore } from '../../src/liquidity/forecast-score.ts';
import { MEASURES, type Measure } from '../../src/liquidity/recorded-week.ts';
import { runScenario } from '../../src/liquidity/simulate.ts';
import type { Reference } from '../../src/liquidity/snapshot.ts';
import { readScenarioFiles } from '../../src/scenarios/scenario-files.ts';

const bn = (m: number) => m / 1000;
const f1 = (m: number | null) => (m === null ? '—' : bn(m).toFixed(1));
const err = (s: HorizonScore, v: number | null) => (s.recorded === null || v === null ? null : Math.abs(v - s.recorded));

export function printHorizonTables(reference: Reference): void {
  const scenarios = readScenarioFiles().filter((s) => s.name.startsWith('as-announced-'));
  const all: (HorizonScore & { scenario: string })[] = [];
  for (const scenario of scenarios) {
    const r = runScenario({ scenario, reference, keepPaths: false });
    const scores = scoreProjection(r, reference);
    all.push(...scores.map((s) => ({ ...s, scenario: scenario.name })));
    console.log(`\n${scenario.title} (${scenario.name}, opening week ${r.weeks[0]}): |forecast − record|, billions of USD, week averages`);
    if (r.fitted.length) console.log(r.fitted.map((f) => `  fitted ${f.driver}: ${f.perWeek.toFixed(2)} bn a week (${f.method})`).join('\n'));
    console.log('\n| horizon | week | measure | record | model | no change | trend | in 80% band |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of scores) {
      const inBand = s.recorded === null ? '—' : s.recorded >= s.lower && s.recorded <= s.upper ? 'yes' : 'no';
      console.log(`| ${s.horizon} | ${s.week} | ${MEASURE_LABELS[s.measure]} | ${f1(s.recorded)} | ${f1(err(s, s.model))} | ${f1(err(s, s.noChange))} | ${f1(err(s, s.trend))} | ${inBand} |`);
    }
  }
  console.log(`\nAll ${scenarios.length} as-announced scenarios: median |error| per horizon, billions of USD (n = scenarios whose record reaches the week)`);
  console.log('\n| horizon | measure | n | model | no change | trend | model beats both |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const verdicts: string[] = [];
  const ties: string[] = [];
  for (const measure of MEASURES) {
    for (const h of HORIZONS) {
      const rows = all.filter((s) => s.measure === measure && s.horizon === h && s.recorded !== null);
      if (!rows.length) {
        console.log(`| ${h} | ${MEASURE_LABELS[measure]} | 0 | — | — | — | no record |`);
        continue;
      }
      const m = median(rows.map((s) => err(s, s.model)!));
      const n0 = median(rows.map((s) => err(s, s.noChange)!));
      const tr = median(rows.map((s) => err(s, s.trend) ?? Number.NaN).filter((x) => !Number.isNaN(x)));
      const beats = m < n0 && m < tr;
      // Within 0.1 bn of the better naive forecast is a tie (ON RRP near zero: both say nothing is left).
      const tie = !beats && Math.abs(m - Math.min(n0, tr)) < 100 && m <= Math.max(n0, tr);
      console.log(`| ${h} | ${MEASURE_LABELS[measure]} | ${rows.length} | ${bn(m).toFixed(1)} | ${bn(n0).toFixed(1)} | ${bn(tr).toFixed(1)} | ${beats ? 'yes' : tie ? 'tie' : 'NO'} |`);
      if (tie) ties.push(`${MEASURE_LABELS[measure]} at ${h} weeks`);
      else if (!beats) verdicts.push(`${MEASURE_LABELS[measure]} at ${h} weeks`);
    }
  }
  const r13 = all.filter((s) => s.measure === 'reserves' && s.horizon === 13 && s.recorded !== null).map((s) => err(s, s.model)!);
  const inBand = all.filter((s) => s.recorded !== null && s.recorded >= s.lower && s.recorded <= s.upper).length;
  const scored = all.filter((s) => s.recorded !== null).length;
  console.log(`\nGoal 1, beats both naive forecasts at every horizon: ${verdicts.length || ties.length ? `missed${verdicts.length ? ` for ${verdicts.join('; ')}` : ''}${ties.length ? `; tied for ${ties.join('; ')}` : ''}` : 'met'}.`);
  console.log(`Goal 2, median reserves error 13 weeks ahead ≤ 60 bn: ${bn(median(r13)).toFixed(1)} bn, ${median(r13) <= 60_000 ? 'met' : 'missed'}.`);
  console.log(`Band: ${inBand} of ${scored} recorded values (${((100 * inBand) / Math.max(1, scored)).toFixed(0)}%) lie inside the 80% band.`);
}

export type { Measure };
