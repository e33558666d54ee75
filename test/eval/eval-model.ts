// npm run eval:model — how well the "as recorded" scenario reproduces recorded reserves (WRESBAL).
// Nothing is tuned on these weeks: the model has no free parameter in this scenario except the
// residual "other factors", held constant (decided before the first run), and a variant with the
// trend of 2023, which lies before the evaluation window.
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { shippedScenario } from '../../src/scenarios/scenario-files.ts';
import { parseScenario, type Scenario } from '../../src/liquidity/scenario-input.ts';
import { runScenario } from '../../src/liquidity/simulate.ts';
import { addDays } from '../../src/liquidity/observations.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';
import { printHorizonTables } from './eval-model-horizons.ts';

const reference = new Reference(readReferenceFiles());
const bn = (millions: number) => millions / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const recorded = (week: string) => reference.series['FRED:WRESBAL'].on(week);

function weeks(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = from; w <= to; w = addDays(w, 7)) out.push(w);
  return out;
}

/** One step from the recorded balance sheet of the week before: the model's weekly change against the record's. */
function oneStepErrors(list: string[]): { model: number[]; noChange: number[]; skipped: string[] } {
  const model: number[] = [];
  const noChange: number[] = [];
  const skipped: string[] = [];
  for (const week of list) {
    const scenario = parseScenario({ name: 'step', title: 'one week', start: addDays(week, -7), horizonWeeks: 1, drivers: { recorded: { tga: true, onrrp: true, totalAssets: true } } });
    const r = runScenario({ scenario, reference, keepPaths: false });
    const actual = recorded(week);
    if (r.warnings.length || actual === undefined || r.weeks[1] !== week) {
      skipped.push(week);
      continue;
    }
    model.push(Math.abs(bn(r.reserves[1]! - actual)));
    noChange.push(Math.abs(bn(r.reserves[0]! - actual)));
  }
  return { model, noChange, skipped };
}

function row(name: string, errs: { model: number[]; noChange: number[] }) {
  return `| ${name} | ${errs.model.length} | ${median(errs.model).toFixed(1)} | ${Math.max(...errs.model).toFixed(1)} | ${median(errs.noChange).toFixed(1)} | ${Math.max(...errs.noChange).toFixed(1)} |`;
}

function pathErrors(scenario: Scenario) {
  const r = runScenario({ scenario, reference });
  const errs = r.weeks.map((w, k) => {
    const actual = recorded(w);
    return actual === undefined ? Number.NaN : bn(r.reserves[k]! - actual);
  }).filter((e) => !Number.isNaN(e));
  return { median: median(errs.map(Math.abs)), max: Math.max(...errs.map(Math.abs)), final: errs.at(-1)!, weeks: errs.length, warnings: r.warnings };
}

const all = oneStepErrors(weeks('2024-01-10', '2025-12-31'));
// Weeks ending Wednesday that hold a day of the shutdown (1 October – 12 November 2025).
const shutdown = oneStepErrors(weeks('2025-10-01', '2025-11-12'));

console.log('\nWeekly error of the "as recorded" model: each week starts from the recorded balance sheet of the week before');
console.log('and applies the recorded weekly changes of the TGA, ON RRP and total assets (week averages); |model − WRESBAL|, billions of USD.');
console.log('"No change" is the naive forecast (reserves as last week), for scale.\n');
console.log('| weeks | n | model median | model largest | no-change median | no-change largest |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(row('2024–2025', all));
console.log(row('shutdown weeks (to 2025-11-12)', shutdown));
if (all.skipped.length) console.log(`\nSkipped (data incomplete): ${all.skipped.join(', ')}`);

const asRecorded = shippedScenario('as-recorded');
const trend = (() => {
  // Mean weekly change of the residual in 2023, before the evaluation window.
  const list = weeks('2023-01-04', '2023-12-27').map((w) => reference.snapshot(w)).filter((s) => !('missing' in s));
  const first = list[0] as Exclude<(typeof list)[number], { missing: string[] }>;
  const last = list.at(-1) as typeof first;
  return bn(last.otherFactors.value - first.otherFactors.value) / (list.length - 1);
})();
const withTrend = { ...asRecorded, drivers: { ...asRecorded.drivers, otherFactors: { perWeek: Math.round(trend * 1000) / 1000 } } };
const p0 = pathErrors(asRecorded);
const p1 = pathErrors(withTrend);
console.log(`\nPath error of the shipped "as-recorded" scenario (${asRecorded.start}, ${asRecorded.horizonWeeks} weeks, never re-anchored), billions of USD:\n`);
console.log('| other factors | weeks | median | largest | at the end |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| held constant (the shipped file) | ${p0.weeks} | ${p0.median.toFixed(1)} | ${p0.max.toFixed(1)} | ${p0.final.toFixed(1)} |`);
console.log(`| 2023 trend (${trend.toFixed(2)} a week) | ${p1.weeks} | ${p1.median.toFixed(1)} | ${p1.max.toFixed(1)} | ${p1.final.toFixed(1)} |`);
for (const w of p0.warnings) console.log(`warning: ${w}`);

const caseRun = runScenario({ scenario: parseScenario({ name: 'case', title: 'case', start: '2025-07-09', horizonWeeks: 16, drivers: { recorded: { tga: true, onrrp: true, totalAssets: true } } }), reference });
const by = Object.fromEntries(caseRun.attribution.map((a) => [a.driver, bn(a.change)]));
const actualCase = bn(recorded('2025-10-29')! - recorded('2025-07-09')!);
console.log('\nThe record case 2025-07-09 → 2025-10-29 (week averages), billions of USD:');
console.log(`  reserves: model ${bn(caseRun.reservesChange).toFixed(1)}, recorded ${actualCase.toFixed(1)}, error ${(bn(caseRun.reservesChange) - actualCase).toFixed(1)}`);
console.log(`  from the TGA ${by['recordedTga']!.toFixed(1)}, ON RRP ${by['recordedOnrrp']!.toFixed(1)}, total assets ${by['recordedTotalAssets']!.toFixed(1)}`);

printHorizonTables(reference);
