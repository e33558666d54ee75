import DataLoader from 'dataloader';
import { linksByDocuments, linksByIds, incomingByFactors, outgoingByFactors, supportedLinksByClaims } from '../causal/causal-link-store.ts';
import {
  assertionsByClaims,
  claimsByDocuments,
  claimsByFactors,
  claimsByIds,
  claimsBySources,
  factorsByClaims,
  quantitiesByClaims,
  supportingClaimsByLinks,
} from '../claims/claim-store.ts';
import { assertionsByLinks, attributionsByAssertions, reviewsByAssertions } from '../causal/link-merge-store.ts';
import { documentsByIds, documentTexts } from '../documents/document-store.ts';
import { factorsByIds } from '../factors/factor-store.ts';
import type { Graph } from '../graph/graph.ts';
import { evidenceByReviews, reviewsByItems } from '../reviews/review-store.ts';
import { attributionsByClaims, sourcesByClaims, sourcesByIds } from '../sources/source-store.ts';

/**
 * Per-request DataLoaders: every nested field of a resolver level is fetched in
 * one batched Cypher round trip (no N+1), and repeated ids are fetched once.
 */
export function createLoaders(graph: Graph) {
  const load = <V>(batch: (graph: Graph, keys: readonly string[]) => Promise<V[]>) =>
    new DataLoader<string, V>((keys) => batch(graph, keys), { maxBatchSize: 1000 });
  return {
    claim: load(claimsByIds),
    factor: load(factorsByIds),
    causalLink: load(linksByIds),
    document: load(documentsByIds),
    documentText: load(documentTexts),
    source: load(sourcesByIds),
    quantitiesOfClaim: load(quantitiesByClaims),
    assertionsOfClaim: load(assertionsByClaims),
    factorsOfClaim: load(factorsByClaims),
    sourcesOfClaim: load(sourcesByClaims),
    attributionsOfClaim: load(attributionsByClaims),
    linksSupportedByClaim: load(supportedLinksByClaims),
    claimsOfFactor: load(claimsByFactors),
    claimsOfDocument: load(claimsByDocuments),
    claimsOfSource: load(claimsBySources),
    linksOfDocument: load(linksByDocuments),
    claimsSupportingLink: load(supportingClaimsByLinks),
    outgoingOfFactor: load(outgoingByFactors),
    incomingOfFactor: load(incomingByFactors),
    reviewsOfItem: load(reviewsByItems),
    evidenceOfReview: load(evidenceByReviews),
    assertionsOfLink: load(assertionsByLinks),
    attributionsOfAssertion: load(attributionsByAssertions),
    reviewsOfAssertion: load(reviewsByAssertions),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
