import { crossingProbability } from '../liquidity/band.ts';
import type { CheckVerdict } from '../vocabulary.ts';
import { addDays, wednesdayOnOrBefore } from '../liquidity/observations.ts';
import type { Scenario } from '../liquidity/scenario-input.ts';
import type { SimulationResult } from '../liquidity/simulate.ts';
import type { Reference } from '../liquidity/snapshot.ts';
import { recordedWeekAverage } from '../liquidity/recorded-week.ts';
import type { ForwardLooking } from './prediction-rule.ts';

/**
 * A prediction held against the model and the record: what the as-announced model said at the document's date, and
 * what the record shows happened in the window the claim speaks of. Pure. The verdict is a suggestion, on the
 * checks' scale (CONSISTENT, INCONSISTENT, INCONCLUSIVE, NOT_CHECKABLE), precision first: when the words leave the
 * test open (what counts as "QE4"), it is INCONCLUSIVE and says why.
 */

/** What the model can test a prediction on. */
export type PredictionMeasure = 'RESERVES_LINE' | 'TGA_RELEASE' | 'FED_ASSETS';
/** Suggested on the checks' scale (SDL `CheckVerdict`). */
export type PredictionVerdict = CheckVerdict;

const RESERVES = /reserve balances|bank reserves|\breserves\b|準備金|准备金/i;
const PURCHASES = /quantitative easing|\bQE\d*\b|asset purchases|bill purchases|量化寬鬆|量化宽松|購債|购债|資產購買|资产购买/i;
const TGA = /\bTGA\b|Treasury General Account|財政部一般帳戶|财政部一般账户|shutdown|停擺|停摆|重新開門|重新开门|reopen/i;

export interface ClaimFacts {
  quote: string;
  sentence: string;
  /** Names and aliases of the claim's own factors (not of those its causal links reach: a cause is not the claim). */
  factorNames: string[];
  /** The claim's numbers in USD (normalised: 2.5萬億 → 2.5e12). */
  usdAmounts: number[];
}

/** Which measure a prediction is about, read from its words and factors; null when the model covers none. */
export function predictionMeasure(c: ClaimFacts): { measure: PredictionMeasure; amount: number | null } | null {
  const text = [c.quote, ...c.factorNames].join(' | ');
  const big = c.usdAmounts.filter((v) => v >= 1e10).map((v) => Math.round(v / 1e6));
  if (RESERVES.test(text) && big.length) return { measure: 'RESERVES_LINE', amount: Math.min(...big) };
  if (PURCHASES.test(text) || PURCHASES.test(c.sentence)) return { measure: 'FED_ASSETS', amount: big[0] ?? null };
  if (TGA.test(text) && big.length) return { measure: 'TGA_RELEASE', amount: big[0]! };
  return null;
}

export interface PredictionCheck {
  rule: string;
  cue: string;
  windowFrom: string;
  windowTo: string;
  measure: PredictionMeasure | null;
  /** The as-announced scenario in force at the document's date. */
  scenarioName: string | null;
  scenarioStart: string | null;
  said: string;
  happened: string;
  verdict: PredictionVerdict;
  /** Billions of USD, what the model gave for the measure; null when it could not. */
  modelValue: number | null;
  recordedValue: number | null;
  /** For a line: the chance under the band that reserves are below it in some week of the window (a lower bound). */
  probability: number | null;
  /** What the record values are, for the reader to check. */
  series: string[];
}

const bn = (millions: number) => `${Math.round(millions / 1000).toLocaleString('en')} bn`;

/** The weeks (Wednesdays) of the window, clipped to the run's weeks. */
function runWeeks(result: SimulationResult, from: string, to: string): number[] {
  const out: number[] = [];
  result.weeks.forEach((w, k) => {
    if (k > 0 && w >= from && addDays(w, -6) <= to) out.push(k);
  });
  return out;
}

function recordWeeks(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = wednesdayOnOrBefore(addDays(from, 6)); addDays(w, -6) <= to; w = addDays(w, 7)) out.push(w);
  return out;
}

export interface JudgeInput {
  forward: ForwardLooking;
  facts: ClaimFacts;
  scenario: Scenario | null;
  result: SimulationResult | null;
  reference: Reference;
  /** Announcements of the shipped scenarios, for what was announced after the document's date. */
  laterAnnouncements: { driver: string; summary: string; publisher: string; date: string }[];
}

export function judgePrediction({ forward, facts, scenario, result, reference, laterAnnouncements }: JudgeInput): PredictionCheck {
  const base = { rule: forward.rule, cue: forward.cue.word, windowFrom: forward.window.from, windowTo: forward.window.to, scenarioName: scenario?.name ?? null, scenarioStart: result?.weeks[0] ?? null };
  const m = predictionMeasure(facts);
  const none = (said: string, happened: string, measure: PredictionMeasure | null = m?.measure ?? null): PredictionCheck => ({ ...base, measure, said, happened, verdict: measure ? 'INCONCLUSIVE' : 'NOT_CHECKABLE', modelValue: null, recordedValue: null, probability: null, series: [] });
  if (!m) return none('The model covers reserves, the TGA, ON RRP and the Fed’s assets; this prediction is about none of them.', 'Not checked against the record.', null);
  if (!scenario || !result) return none(`No as-announced scenario starts on or before the document's date (${forward.asOf}).`, 'Not checked against the record.');
  const weeks = runWeeks(result, forward.window.from, forward.window.to);
  const recWeeks = recordWeeks(forward.window.from, forward.window.to);
  const opening = result.weeks[0]!;
  const fromRun = `From the week ending ${opening} (scenario ${scenario.name})`;

  if (m.measure === 'RESERVES_LINE') {
    const line = m.amount!;
    const recorded = recWeeks.map((w) => ({ w, v: recordedWeekAverage(reference, 'reserves', w) })).filter((x): x is { w: string; v: number } => x.v !== undefined);
    const lowRec = recorded.reduce<{ w: string; v: number } | null>((lo, x) => (!lo || x.v < lo.v ? x : lo), null);
    const lowRun = weeks.reduce<number | null>((lo, k) => (lo === null || result.reserves[k]! < result.reserves[lo]! ? k : lo), null);
    const p = weeks.length ? crossingProbability(weeks.map((k) => result.reserves[k]!), weeks.map((k) => result.band.sd.reserves[k]!), line) : null;
    const said = lowRun === null ? `${fromRun}, the run does not reach ${forward.window.from}.` : `${fromRun}, the model projected reserves no lower than ${bn(result.reserves[lowRun]!)} (week ending ${result.weeks[lowRun]}; 80% band ${bn(result.band.reserves.lower[lowRun]!)}–${bn(result.band.reserves.upper[lowRun]!)}) over ${forward.window.from}..${forward.window.to}: a ${(100 * (p?.probability ?? 0)).toFixed(p && p.probability < 0.01 ? 2 : 0)}% chance of being below the ${bn(line)} line in any week.`;
    const complete = recorded.length === recWeeks.length;
    const crossed = recorded.find((x) => x.v < line);
    const happened = !lowRec ? `The record does not reach ${forward.window.from}.` : crossed ? `Recorded reserves fell below ${bn(line)} in the week ending ${crossed.w} (${bn(crossed.v)}).` : `Recorded reserves stayed above ${bn(line)}: lowest ${bn(lowRec.v)} in the week ending ${lowRec.w}${complete ? '' : ` (the record covers ${recorded.length} of ${recWeeks.length} weeks)`}.`;
    const verdict: PredictionVerdict = crossed ? 'CONSISTENT' : lowRec && complete ? 'INCONSISTENT' : 'INCONCLUSIVE';
    return { ...base, measure: m.measure, said, happened, verdict, modelValue: lowRun === null ? null : result.reserves[lowRun]! / 1000, recordedValue: lowRec ? lowRec.v / 1000 : null, probability: p?.probability ?? null, series: ['FRED:WRESBAL'] };
  }

  if (m.measure === 'TGA_RELEASE') {
    const amount = m.amount!;
    const tga0 = recordedWeekAverage(reference, 'tga', opening);
    const recorded = recWeeks.map((w) => ({ w, v: recordedWeekAverage(reference, 'tga', w) })).filter((x): x is { w: string; v: number } => x.v !== undefined);
    const lowRec = recorded.reduce<{ w: string; v: number } | null>((lo, x) => (!lo || x.v < lo.v ? x : lo), null);
    const lowRun = weeks.reduce<number | null>((lo, k) => (lo === null || result.tga[k]! < result.tga[lo]! ? k : lo), null);
    const modelRelease = lowRun === null ? null : result.tga[0]! - result.tga[lowRun]!;
    const recRelease = lowRec && tga0 !== undefined ? tga0 - lowRec.v : null;
    const said = modelRelease === null ? `${fromRun}, the run does not reach ${forward.window.from}.` : `${fromRun}, the model projected the TGA to fall by at most ${bn(modelRelease)} (from ${bn(result.tga[0]!)} to ${bn(result.tga[lowRun!]!)}, week ending ${result.weeks[lowRun!]}), against the ${bn(amount)} claimed.`;
    const happened = recRelease === null ? `The record does not reach ${forward.window.from}.` : `The recorded TGA fell by at most ${bn(recRelease)} (from ${bn(tga0!)} in the week ending ${opening} to ${bn(lowRec!.v)} in the week ending ${lowRec!.w}).`;
    // Within a half either way of the claimed amount bears it out; under half of it does not; anything else is left open.
    const verdict: PredictionVerdict = recRelease === null ? 'INCONCLUSIVE' : recRelease >= amount * 0.5 && recRelease <= amount * 1.5 ? 'CONSISTENT' : recRelease < amount * 0.5 ? 'INCONSISTENT' : 'INCONCLUSIVE';
    return { ...base, measure: m.measure, said, happened, verdict, modelValue: modelRelease === null ? null : modelRelease / 1000, recordedValue: recRelease === null ? null : recRelease / 1000, probability: null, series: ['FRED:WTREGEN', 'TREASURY:DTS_TGA_CLOSE'] };
  }

  // FED_ASSETS: purchases by the Fed in the window, read as the change in its total assets.
  const walcl = reference.series['FRED:WALCL'];
  const start = walcl.atOrBefore(forward.window.from);
  const end = walcl.atOrBefore(forward.window.to);
  const recChange = start && end && end.date >= addDays(forward.window.to, -7) ? end.value - start.value : null;
  const securities = result.accounts.find((a) => a.account.id === 'fed.securities')?.values;
  const k0 = result.weeks.findIndex((w) => w >= forward.window.from);
  const k1 = [...result.weeks].reverse().findIndex((w) => w <= forward.window.to);
  const kEnd = k1 < 0 ? -1 : result.weeks.length - 1 - k1;
  const modelChange = securities && k0 > 0 && kEnd >= k0 && result.weeks[result.weeks.length - 1]! >= addDays(forward.window.to, -7) ? securities[kEnd]! - securities[k0 - 1]! : null;
  const announced = laterAnnouncements.filter((a) => a.date > forward.asOf && a.date <= forward.window.to && (a.driver === 'billPurchases' || a.driver === 'qe'));
  const said = modelChange === null ? `${fromRun}, the run does not cover ${forward.window.from}..${forward.window.to}.` : `${fromRun}, with the purchases announced by then, the model projected the Fed's assets to change by ${modelChange >= 0 ? '+' : ''}${bn(modelChange)} over ${forward.window.from}..${forward.window.to}.`;
  const happened = recChange === null ? `The record of total assets (WALCL) does not cover ${forward.window.from}..${forward.window.to}.` : `Recorded total assets changed by ${recChange >= 0 ? '+' : ''}${bn(recChange)} (WALCL ${start!.date} → ${end!.date})${announced.length ? `; announced after the document: ${announced.map((a) => `${a.summary} (${a.publisher}, ${a.date})`).join('; ')}` : ''}.`;
  // Growth shows purchases, not which kind: "QE" is a policy label the balance sheet cannot confirm, so at best INCONCLUSIVE.
  const verdict: PredictionVerdict = recChange === null ? 'INCONCLUSIVE' : recChange <= 0 ? 'INCONSISTENT' : 'INCONCLUSIVE';
  return { ...base, measure: m.measure, said, happened: verdict === 'INCONCLUSIVE' && recChange !== null ? `${happened} Growth of total assets does not show what was bought, nor whether it is the QE the claim names.` : happened, verdict, modelValue: modelChange === null ? null : modelChange / 1000, recordedValue: recChange === null ? null : recChange / 1000, probability: null, series: ['FRED:WALCL'] };
}
