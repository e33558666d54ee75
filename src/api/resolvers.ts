import { causalLinkResolvers } from '../causal/causal-link-resolvers.ts';
import { linkSupportResolvers } from '../causal/link-support-resolvers.ts';
import { claimResolvers } from '../claims/claim-resolvers.ts';
import { documentResolvers } from '../documents/document-resolvers.ts';
import { scorecardResolvers } from '../documents/scorecard-resolvers.ts';
import { factorResolvers } from '../factors/factor-resolvers.ts';
import { exportResolvers } from '../export/export-resolvers.ts';
import { aboutResolvers } from '../health/about-resolvers.ts';
import { ingestResolvers } from '../ingest/ingest-resolvers.ts';
import { liquidityResolvers } from '../scenarios/liquidity-resolvers.ts';
import { pathResolvers } from '../paths/path-resolvers.ts';
import { reviewResolvers } from '../reviews/review-resolvers.ts';
import { sourceResolvers } from '../sources/source-resolvers.ts';
import type { Resolvers } from './load-schema.ts';
import { guardMutations } from '../auth/require-role.ts';
import { seriesResolvers } from '../series/series-resolvers.ts';
import { checkResolvers } from '../checks/check-resolvers.ts';
import { matchingResolvers } from '../matching/matching-resolvers.ts';
import { predictionResolvers } from '../predictions/prediction-resolvers.ts';
import { jobResolvers } from '../jobs/job-resolvers.ts';

/** Every feature's resolvers; the SDL lives in `schema/`. */
export const resolvers: Resolvers = guardMutations([
  aboutResolvers,
  documentResolvers,
  scorecardResolvers,
  claimResolvers,
  factorResolvers,
  causalLinkResolvers,
  linkSupportResolvers,
  sourceResolvers,
  pathResolvers,
  reviewResolvers,
  ingestResolvers,
  exportResolvers,
  seriesResolvers,
  checkResolvers,
  liquidityResolvers,
  matchingResolvers,
  predictionResolvers,
  jobResolvers,
]);
