import { ChecksSection } from './checks-section.tsx';
import { RelatedClaims } from './related-claims.tsx';
import { PredictionSection } from './prediction-section.tsx';
import { ReadingForm } from './reading-form.tsx';
import { formatQuantity } from './format.ts';
import type { ClaimDetail, SourceRef } from './queries.ts';
import { navigate } from './router.ts';
import { History, ReviewForm, StatusBadge } from './review-form.tsx';
import { LOOK } from './status.ts';

export function ClaimPanel(props: { claim: ClaimDetail; position: number; total: number; sources: SourceRef[]; announce: (m: string) => void; reload: () => Promise<void> }) {
  const c = props.claim;
  return (
    <div class="claim-panel" data-claim-id={c.id}>
      <h2 class="panel-title">
        Claim {props.position >= 0 ? `${props.position + 1} of ${props.total}` : ''} <StatusBadge status={c.status} />
        {c.candidate === 'PENDING' && <span class="badge">extracted candidate</span>}
      </h2>
      <blockquote lang={c.document.language} class="quote">{c.quote}</blockquote>
      {c.gloss && <p class="gloss" lang="en">{c.gloss}</p>}
      <dl class="facts">
        <dt>Quantities</dt>
        <dd>
          <ul class="quantities">
            {c.quantities.map((q) => <li><span lang={c.document.language}>{q.surface}</span> → <strong>{formatQuantity(q)}</strong></li>)}
          </ul>
        </dd>
        <dt>Subject</dt><dd>{c.subject ?? '—'}</dd>
        <dt>Time</dt><dd>{c.time ?? '—'}</dd>
        <dt>Kind</dt><dd>{c.kind.toLowerCase()}</dd>
        <dt>Factors</dt>
        <dd>
          {c.factors.length
            ? c.factors.map((f, i) => <>{i > 0 && ', '}<a href={`/measures/${encodeURIComponent(f.id)}`} title="What has been claimed about this measure" onClick={(e) => { e.preventDefault(); navigate(`/measures/${encodeURIComponent(f.id)}`); }}>{f.name}</a></>)
            : '—'}
        </dd>
        <dt>Attributed to</dt><dd>{c.attributedTo.length ? c.attributedTo.map((s) => `${s.name}${s.nameZh ? ` (${s.nameZh})` : ''}`).join(', ') : 'the document itself'}</dd>
        <dt>Sources</dt>
        <dd>{c.sources.map((s: SourceRef, i) => <>{i > 0 && ', '}{s.url ? <a href={s.url} rel="noopener noreferrer">{s.name}</a> : s.name}</>)}</dd>
        <dt>Supports</dt>
        <dd>
          {c.supports.length ? (
            <ul>
              {c.supports.map((l) => (
                <li>
                  <a href={`/causal-links/${encodeURIComponent(l.id)}`} onClick={(e) => { e.preventDefault(); navigate(`/causal-links/${encodeURIComponent(l.id)}`); }}>
                    {l.from.name} → {l.to.name}
                  </a>{' '}
                  ({l.polarity === 'INCREASES' ? 'increases' : 'decreases'}, <span aria-hidden="true">{LOOK[l.status].glyph}</span> {LOOK[l.status].label})
                </li>
              ))}
            </ul>
          ) : 'no causal link'}
        </dd>
        <dt>Id</dt><dd><code>{c.id}</code> · version {c.version}</dd>
      </dl>
      {c.checks && <ChecksSection checks={c.checks} />}
      <RelatedClaims claimId={c.id} announce={props.announce} />
      <PredictionSection claimId={c.id} />
      <ReadingForm claim={c} announce={props.announce} reload={props.reload} />
      <ReviewForm kind="claim" item={c} sources={props.sources} announce={props.announce} reload={props.reload} fromCheck={(c.checks ?? []).some((k) => k.series && k.verdict !== 'NOT_CHECKABLE')} />
      <h3>History</h3>
      <History reviews={c.reviews} />
    </div>
  );
}
