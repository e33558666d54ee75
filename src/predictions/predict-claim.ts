import type { Scenario } from '../liquidity/scenario-input.ts';
import { runScenario, type SimulationResult } from '../liquidity/simulate.ts';
import type { Reference } from '../liquidity/snapshot.ts';
import { judgePrediction, type ClaimFacts, type PredictionCheck } from './judge-prediction.ts';
import { forwardLooking, type ClaimForPrediction } from './prediction-rule.ts';

/** A scenario is as-announced when it sources its drivers: the model's view from its start, and nothing later. */
export const isAsAnnounced = (s: Scenario) => s.announcements.length > 0;

/** The as-announced scenario in force on `day`: the latest to start on or before it. */
export function scenarioInForce(scenarios: readonly Scenario[], day: string): Scenario | null {
  return scenarios.filter((s) => isAsAnnounced(s) && s.start <= day).sort((a, b) => (a.start < b.start ? 1 : -1))[0] ?? null;
}

/** Runs each as-announced scenario once, however many claims ask. */
export class PredictionContext {
  private readonly runs = new Map<string, SimulationResult>();
  readonly scenarios: readonly Scenario[];
  readonly reference: Reference;

  constructor(scenarios: readonly Scenario[], reference: Reference) {
    this.scenarios = scenarios;
    this.reference = reference;
  }

  run(s: Scenario): SimulationResult {
    let r = this.runs.get(s.name);
    if (!r) {
      r = runScenario({ scenario: s, reference: this.reference });
      this.runs.set(s.name, r);
    }
    return r;
  }
}

/** The claim's prediction check, or null when the claim does not look ahead of its document. */
export function predictClaim(claim: ClaimForPrediction, published: string | null, facts: Omit<ClaimFacts, 'quote' | 'sentence'>, ctx: PredictionContext): PredictionCheck | null {
  const forward = forwardLooking(claim, published);
  if (!forward) return null;
  const scenario = scenarioInForce(ctx.scenarios, forward.asOf);
  const laterAnnouncements = ctx.scenarios.filter(isAsAnnounced).flatMap((s) => s.announcements);
  return judgePrediction({ forward, facts: { ...facts, quote: claim.quote, sentence: claim.sentence }, scenario, result: scenario ? ctx.run(scenario) : null, reference: ctx.reference, laterAnnouncements: dedupe(laterAnnouncements) });
}

function dedupe<T extends { summary: string; date: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(`${x.date}|${x.summary}`) ? false : (seen.add(`${x.date}|${x.summary}`), true)));
}
