import type { Config } from '../../config.ts';
import type { ReportClaim } from '../export-store.ts';

/** Our statuses as schema.org ratings: an ordinal value only where the verdict is ordinal. */
export const RATINGS: Record<string, { alternateName: string; ratingValue?: number }> = {
  VERIFIED: { alternateName: 'True', ratingValue: 5 },
  PARTLY_TRUE: { alternateName: 'Partly true', ratingValue: 3 },
  MISLEADING: { alternateName: 'Misleading', ratingValue: 2 },
  FALSE: { alternateName: 'False', ratingValue: 1 },
  DISPUTED: { alternateName: 'Disputed' },
  UNVERIFIABLE: { alternateName: 'Unverifiable' },
};

/** A relation an editor confirmed, as schema.org properties of the reviewed Claim. */
function relatedOf(x: ReportClaim, config: Pick<Config, 'publicUrl'>): Record<string, unknown> {
  const confirmed = (x.related ?? []).filter((m) => m.status === 'CONFIRMED');
  const work = (m: NonNullable<ReportClaim['related']>[number]) => ({
    '@type': 'Claim',
    url: `${config.publicUrl}/claims/${encodeURIComponent(m.otherId)}`,
    text: m.otherQuote,
    ...(m.otherUrl ? { appearance: { '@type': 'CreativeWork', url: m.otherUrl } } : {}),
    description: `${m.kind}: ${m.why}`,
  });
  const same = confirmed.filter((m) => m.kind === 'SAME_FIGURE');
  const other = confirmed.filter((m) => m.kind !== 'SAME_FIGURE');
  return {
    ...(same.length ? { sameAs: same.map((m) => `${config.publicUrl}/claims/${encodeURIComponent(m.otherId)}`) } : {}),
    ...(other.length ? { isRelatedTo: other.map(work) } : {}),
  };
}

/**
 * schema.org ClaimReview JSON-LD: one ClaimReview per claim or causal link that has a verdict
 * (UNREVIEWED and IN_REVIEW have none), as fact-checking tools and search engines read it.
 */
export function toClaimReviews(items: ReportClaim[], config: Pick<Config, 'publicUrl' | 'reviewOrganization'>): Record<string, unknown> {
  const reviews = items
    .filter((x) => RATINGS[x.status] && x.lastReview)
    .map((x) => {
      const rating = RATINGS[x.status]!;
      const review = x.lastReview!;
      const documentUrl = x.documentUrl ?? `${config.publicUrl}/documents/${encodeURIComponent(x.documentId)}`;
      return {
        '@type': 'ClaimReview',
        url: `${config.publicUrl}/${x.kind === 'Claim' ? 'claims' : 'causal-links'}/${encodeURIComponent(x.id)}#review-${review.id}`,
        claimReviewed: x.kind === 'Claim' ? x.quote : `${x.from} ${x.polarity === 'DECREASES' ? 'reduces' : 'increases'} ${x.to}: ${x.quote}`,
        datePublished: review.at.slice(0, 10),
        author: { '@type': 'Organization', name: config.reviewOrganization, url: config.publicUrl },
        reviewRating: {
          '@type': 'Rating',
          alternateName: rating.alternateName,
          ...(rating.ratingValue !== undefined ? { ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1 } : {}),
          ...(review.rationale ? { ratingExplanation: review.rationale } : {}),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(x.documentPublished ? { datePublished: x.documentPublished } : {}),
          appearance: { '@type': 'CreativeWork', url: documentUrl, ...(x.documentTitle ? { headline: x.documentTitle } : {}) },
          ...(x.attributedTo.length ? { author: x.attributedTo.map((a) => ({ '@type': a.kind === 'PERSON' ? 'Person' : 'Organization', name: a.name })) } : {}),
          // Confirmed relations to claims of other documents (src/matching/): the same figure elsewhere is another
          // appearance of the claim; a contradiction or an update is a claim it should be read with.
          ...relatedOf(x, config),
        },
        ...(review.evidence.length ? { citation: review.evidence.map((e) => ({ '@type': 'CreativeWork', name: e.name, ...(e.url ? { url: e.url } : {}) })) } : {}),
      };
    });
  return { '@context': 'https://schema.org', '@graph': reviews };
}
