import type { AppContext } from '../api/context.ts';
import type { ClaimRow } from '../claims/claim-store.ts';
import { Reference } from '../liquidity/snapshot.ts';
import type { FrameMood } from '../quantities/frame.ts';
import { readScenarioFiles } from '../scenarios/scenario-files.ts';
import { modelObservations } from '../scenarios/series-source.ts';
import { PredictionContext, predictClaim } from './predict-claim.ts';

// One reference and one run per scenario for every claim a request asks about.
const perRequest = new WeakMap<AppContext, Promise<PredictionContext>>();
function predictionContext(ctx: AppContext): Promise<PredictionContext> {
  let p = perRequest.get(ctx);
  if (!p) {
    p = modelObservations(ctx.graph).then(({ observations }) => new PredictionContext(readScenarioFiles(), new Reference(observations)));
    perRequest.set(ctx, p);
  }
  return p;
}

export const predictionResolvers = {
  Claim: {
    async prediction(c: ClaimRow, _: unknown, ctx: AppContext) {
      const [doc, factors, quantities] = await Promise.all([ctx.loaders.document.load(c.documentId), ctx.loaders.factorsOfClaim.load(c.id), ctx.loaders.quantitiesOfClaim.load(c.id)]);
      const factorNames = factors.flatMap((f) => [f.name, ...f.namesZh, ...f.aliases]);
      const usdAmounts = quantities.filter((q) => q.unit === 'USD').map((q) => q.value);
      // The moods ingest read for the claim's numbers (frames): one vocabulary with the checks.
      const moods = quantities.map((q) => (typeof q.frameMood === 'string' ? (q.frameMood as FrameMood) : null));
      return predictClaim({ quote: c.quote, sentence: c.sentence, kind: c.kind, time: c.time, moods }, doc?.published ?? null, { factorNames, usdAmounts }, await predictionContext(ctx));
    },
  },
};
