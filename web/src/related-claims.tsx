import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, getToken, gql } from './api.ts';
import { latestOnly } from './latest.ts';
import { navigate } from './router.ts';
import { LOOK, type Status } from './status.ts';

interface Related {
  id: string; kind: string; status: string; version: number; why: string;
  history: { action: string; editor: string; at: string; rationale: string | null }[];
  other: { id: string; quote: string; status: Status; document: { id: string; title: string; language: string } } | null;
}

/** `Claim.related` (matching, issue 19), asked on its own so a server without it only hides this section. */
const RELATED = `query Related($id: ID!) { claim(id: $id) { id related { id kind status version why history { action editor at rationale } other { id quote status document { id title language } } } } }`;
const CONFIRM_RELATION = `mutation ConfirmRelation($input: ClaimRelationDecisionInput!) { confirmClaimRelation(input: $input) { id status version } }`;
const REJECT_RELATION = `mutation RejectRelation($input: ClaimRelationDecisionInput!) { rejectClaimRelation(input: $input) { id status version } }`;

const KIND: Record<string, { label: string; glyph: string }> = {
  SAME_FIGURE: { label: 'Same figure', glyph: '=' },
  CONTRADICTS: { label: 'Contradicts', glyph: '≠' },
  UPDATES: { label: 'Updates', glyph: '↻' },
};
const RELATION_STATUS: Record<string, string> = { PENDING: 'candidate', CONFIRMED: 'confirmed', REJECTED: 'rejected' };
const ACTION: Record<string, string> = { CONFIRM: 'confirmed', DISCARD: 'rejected' };
/** What an editor weighs first: a contradiction, then the same figure elsewhere, then later figures; undecided first. */
const KIND_ORDER = ['CONTRADICTS', 'SAME_FIGURE', 'UPDATES'];
const ordered = (rs: Related[]) =>
  [...rs].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || Number(a.status !== 'PENDING') - Number(b.status !== 'PENDING'));

/**
 * Claims of other documents related to this one: the relation, its status with the editors, and the other claim. A
 * candidate is confirmed or rejected here (the editor's token, the version seen as `expectedVersion`: someone who
 * decided first makes it a CONFLICT, and the list is reloaded); decisions show as the relation's history.
 */
export function RelatedClaims(props: { claimId: string; announce?: (m: string) => void }) {
  const [related, setRelated] = useState<Related[] | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');
  // The claim shown changes under this section (a related claim's link, a live event's reload): only the answer for
  // the latest request is shown, never the previous claim's relations under this claim.
  const latest = useMemo(latestOnly, []);
  const load = useCallback(
    (retry = false): Promise<void> =>
      latest(
        gql<{ claim: { id: string; related: Related[] } | null }>(RELATED, { id: props.claimId }),
        (d) => {
          setUnavailable(false);
          setRelated(d.claim?.id === props.claimId ? ordered(d.claim.related) : []);
        },
        (e) => {
          // A server without matching answers a validation error: the section stays hidden. A busy server may cancel
          // a slow request: try once more, then say so with a way to retry, rather than show nothing.
          if (e instanceof ApiError && e.code === 'GRAPHQL_VALIDATION_FAILED') return;
          if (retry) setTimeout(() => void load(false), 2000);
          else setUnavailable(true);
        },
      ),
    [props.claimId],
  );
  useEffect(() => {
    setRelated(null);
    setUnavailable(false);
    setError('');
    void load(true);
  }, [load]);

  const decide = async (r: Related, confirm: boolean) => {
    if (busy) return;
    setError('');
    if (!getToken()) {
      setError('Deciding needs an editor token: enter it at the top of the page.');
      return;
    }
    setBusy(r.id);
    const label = (KIND[r.kind]?.label ?? r.kind).toLowerCase();
    try {
      await gql(confirm ? CONFIRM_RELATION : REJECT_RELATION, { input: { id: r.id, expectedVersion: r.version } });
      props.announce?.(`${confirm ? 'Confirmed' : 'Rejected'}: ${label} relation.`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        setError('Not saved: another editor decided this relation first. It has been reloaded.');
        props.announce?.('Not saved: another editor decided this relation first.');
      } else setError(e instanceof ApiError ? `${e.message} (${e.code})` : 'The API could not be reached.');
    } finally {
      setBusy(null);
      await load(false);
    }
  };

  if (!related && unavailable)
    return (
      <section class="related" aria-labelledby="related-h">
        <h3 id="related-h">Related claims in other documents</h3>
        <p class="hint">Related claims could not be loaded. <button type="button" onClick={() => { setUnavailable(false); void load(false); }}>Try again</button></p>
      </section>
    );
  if (!related) return null;
  return (
    <section class="related" aria-labelledby="related-h">
      <h3 id="related-h">Related claims in other documents</h3>
      {error && <p class="error" role="alert">{error}</p>}
      {related.length === 0 ? (
        <p class="hint">None found: no other document gives a figure for the same measure over an overlapping window.</p>
      ) : (
        <ul class="related-list">
          {related.map((r) => {
            const kind = KIND[r.kind] ?? { label: r.kind, glyph: '?' };
            const other = r.other;
            const last = r.history[r.history.length - 1];
            return (
              <li data-relation={r.id} data-kind={r.kind} data-other={other?.id} data-status={r.status}>
                <span class="badge"><span aria-hidden="true">{kind.glyph}</span> {kind.label}</span>{' '}
                <span class="hint relation-status">({RELATION_STATUS[r.status] ?? r.status.toLowerCase()}{last ? ` by ${last.editor}` : ''})</span>{' '}
                {other && (
                  <>
                    <a href={`/claims/${encodeURIComponent(other.id)}`} lang={other.document.language} onClick={(e) => { e.preventDefault(); navigate(`/claims/${encodeURIComponent(other.id)}`); }}>{other.quote}</a>{' '}
                    <span class="hint">— {other.document.title}; <span aria-hidden="true">{LOOK[other.status]?.glyph}</span> {LOOK[other.status]?.label ?? other.status}</span>
                  </>
                )}
                <details><summary>Why</summary><p>{r.why}</p></details>
                {r.status === 'PENDING' ? (
                  <div class="relation-actions" role="group" aria-label={`Decide: ${kind.label.toLowerCase()} — ${other?.document.title ?? 'other document'}`}>
                    <button type="button" disabled={busy !== null} onClick={() => void decide(r, true)}>Confirm</button>{' '}
                    <button type="button" disabled={busy !== null} onClick={() => void decide(r, false)}>Reject</button>
                  </div>
                ) : (
                  r.history.length > 0 && (
                    <ul class="relation-history">
                      {r.history.map((h) => <li>{ACTION[h.action] ?? h.action.toLowerCase()} by {h.editor}, {h.at.slice(0, 16).replace('T', ' ')}{h.rationale ? `: ${h.rationale}` : ''}</li>)}
                    </ul>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
