import { useEffect, useState } from 'preact/hooks';
import { gql } from './api.ts';
import { navigate } from './router.ts';
import { LOOK, type Status } from './status.ts';

interface Related {
  id: string; kind: string; status: string; why: string;
  other: { id: string; quote: string; status: Status; document: { id: string; title: string; language: string } } | null;
}

/** `Claim.related` (matching, issue 19), asked on its own so a server without it only hides this section. */
const RELATED = `query Related($id: ID!) { claim(id: $id) { id related { id kind status why other { id quote status document { id title language } } } } }`;

const KIND: Record<string, { label: string; glyph: string }> = {
  SAME_FIGURE: { label: 'Same figure', glyph: '=' },
  CONTRADICTS: { label: 'Contradicts', glyph: '≠' },
  UPDATES: { label: 'Updates', glyph: '↻' },
};
const RELATION_STATUS: Record<string, string> = { PENDING: 'candidate', CONFIRMED: 'confirmed', REJECTED: 'rejected' };

/** Claims of other documents related to this one: the relation, its status with the editors, and the other claim. */
export function RelatedClaims(props: { claimId: string }) {
  const [related, setRelated] = useState<Related[] | null>(null);
  useEffect(() => {
    setRelated(null);
    gql<{ claim: { related: Related[] } | null }>(RELATED, { id: props.claimId }).then(
      (d) => setRelated(d.claim?.related ?? []),
      () => setRelated(null),
    );
  }, [props.claimId]);
  if (!related) return null;
  return (
    <section class="related" aria-labelledby="related-h">
      <h3 id="related-h">Related claims in other documents</h3>
      {related.length === 0 ? (
        <p class="hint">None found: no other document gives a figure for the same measure over an overlapping window.</p>
      ) : (
        <ul class="related-list">
          {related.map((r) => {
            const kind = KIND[r.kind] ?? { label: r.kind, glyph: '?' };
            const other = r.other;
            return (
              <li data-relation={r.id} data-kind={r.kind} data-other={other?.id}>
                <span class="badge"><span aria-hidden="true">{kind.glyph}</span> {kind.label}</span>{' '}
                <span class="hint">({RELATION_STATUS[r.status] ?? r.status.toLowerCase()})</span>{' '}
                {other && (
                  <>
                    <a href={`/claims/${encodeURIComponent(other.id)}`} lang={other.document.language} onClick={(e) => { e.preventDefault(); navigate(`/claims/${encodeURIComponent(other.id)}`); }}>{other.quote}</a>{' '}
                    <span class="hint">— {other.document.title}; <span aria-hidden="true">{LOOK[other.status]?.glyph}</span> {LOOK[other.status]?.label ?? other.status}</span>
                  </>
                )}
                <details><summary>Why</summary><p>{r.why}</p></details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
