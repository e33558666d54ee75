import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, getToken, gql } from './api.ts';
import { useShortcuts } from './keys.ts';
import { CONFIRM, DISCARD, REVIEW_CLAIM, REVIEW_FROM_CHECK, REVIEW_LINK, type ReviewItem, type SourceRef } from './queries.ts';
import { LOOK, needsEvidence, STATUSES, statusForKey, type Status } from './status.ts';

export interface Reviewable {
  id: string;
  version: number;
  status: Status;
  candidate: string | null;
  reviews: ReviewItem[];
}

/** Evidence a check against the record offers (issue 10's checks), to cite with one click. */
export interface OfferedEvidence {
  label: string;
  url: string;
  title: string;
  publisher?: string;
  rationale?: string;
}

interface Draft {
  status: Status;
  rationale: string;
  url: string;
  title: string;
  publisher: string;
  sourceId: string;
  /** The version the editor saw when starting this draft; sent as `expectedVersion`. */
  baseVersion: number;
}

// Drafts survive moving to another claim and back, and a CONFLICT.
const drafts = new Map<string, Draft>();

const fresh = (item: Reviewable): Draft => ({ status: item.status, rationale: '', url: '', title: '', publisher: '', sourceId: '', baseVersion: item.version });

export function ReviewForm(props: {
  kind: 'claim' | 'link';
  item: Reviewable;
  sources: SourceRef[];
  offered?: OfferedEvidence[];
  /** The claim has a check against a series: offer `reviewFromCheck` (the series becomes the evidence). */
  fromCheck?: boolean;
  announce: (msg: string) => void;
  /** Reload the item (after a save, a conflict, or on request). */
  reload: () => Promise<void>;
}) {
  const { item, kind, announce } = props;
  const [draft, setDraftState] = useState<Draft>(() => drafts.get(item.id) ?? fresh(item));
  const [error, setError] = useState<string>('');
  const [conflict, setConflict] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    setDraftState(drafts.get(item.id) ?? fresh(item));
    setError('');
    setConflict(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item.id]);

  const setDraft = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    drafts.set(item.id, next);
    setDraftState(next);
  };

  const saveFromCheck = async () => {
    if (saving) return;
    setError('');
    if (!getToken()) {
      setError('Saving needs an editor token: enter it at the top of the page.');
      return;
    }
    setSaving(true);
    try {
      const input = { claimId: item.id, expectedVersion: draft.baseVersion, ...(needsEvidence(draft.status) ? { status: draft.status } : {}), ...(draft.rationale.trim() ? { rationale: draft.rationale.trim() } : {}) };
      await gql(REVIEW_FROM_CHECK, { input });
      drafts.delete(item.id);
      announce(`Saved from the check, version ${draft.baseVersion + 1}.`);
      await props.reload();
      setDraftState({ ...fresh(item), baseVersion: draft.baseVersion + 1 });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        const current = Number(e.extensions['currentVersion']);
        setConflict(Number.isFinite(current) ? current : item.version);
        announce('Not saved: someone reviewed this item first. Your draft is kept.');
        await props.reload();
      } else setError(e instanceof ApiError ? `${e.message} (${e.code})` : 'The API could not be reached.');
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    if (saving) return;
    setError('');
    if (!getToken()) {
      setError('Saving needs an editor token: enter it at the top of the page.');
      return;
    }
    const evidence = draft.sourceId ? [{ sourceId: draft.sourceId }] : draft.url ? [{ url: draft.url.trim(), title: draft.title.trim() || draft.url.trim(), ...(draft.publisher.trim() ? { publisher: draft.publisher.trim() } : {}) }] : [];
    if (needsEvidence(draft.status) && (!draft.rationale.trim() || evidence.length === 0)) {
      setError(`A verdict of “${LOOK[draft.status].label}” needs a rationale and one piece of evidence (a URL or an existing source).`);
      return;
    }
    setSaving(true);
    try {
      const input = { id: item.id, status: draft.status, expectedVersion: draft.baseVersion, ...(draft.rationale.trim() ? { rationale: draft.rationale.trim() } : {}), ...(evidence.length ? { evidence } : {}) };
      await gql(kind === 'claim' ? REVIEW_CLAIM : REVIEW_LINK, { input });
      drafts.delete(item.id);
      announce(`Saved: ${LOOK[draft.status].label}, version ${draft.baseVersion + 1}.`);
      await props.reload();
      setDraftState({ ...fresh(item), status: draft.status, baseVersion: draft.baseVersion + 1 });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        const current = Number(e.extensions['currentVersion'] ?? NaN);
        setConflict(Number.isFinite(current) ? current : null);
        setError('');
        announce('Not saved: someone reviewed this item first. Your draft is kept.');
        await props.reload();
      } else {
        setError(e instanceof ApiError ? `${e.message} (${e.code})` : 'The API could not be reached.');
      }
    } finally {
      setSaving(false);
    }
  };

  useShortcuts(
    {
      ...Object.fromEntries(STATUSES.map((s) => [LOOK[s].key, () => { setDraft({ status: statusForKey(LOOK[s].key) as Status }); statusRef.current?.focus(); }])),
      r: () => rationaleRef.current?.focus(),
      e: () => urlRef.current?.focus(),
      s: () => void save(),
    },
    [draft, item.id, saving],
  );

  const latest = item.reviews[item.reviews.length - 1];
  const id = `rf-${item.id}`;
  return (
    <form
      class="review-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => { e.preventDefault(); void save(); }}
      onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); } }}
    >
      <h3 id={`${id}-h`}>Review</h3>
      {item.version !== draft.baseVersion && conflict === null && (
        <p class="notice" role="status">
          This item is now at version {item.version}{latest ? ` (${latest.editor}: ${LOOK[latest.toStatus].label})` : ''}; your form still targets version {draft.baseVersion}.{' '}
          <button type="button" onClick={() => setDraft({ baseVersion: item.version })}>Review version {item.version}</button>
        </p>
      )}
      {conflict !== null && (
        <div class="conflict" role="alert">
          <p><strong>Not saved — CONFLICT.</strong> Version {conflict} was recorded while you wrote this draft{latest ? `: ${latest.editor} set “${LOOK[latest.toStatus].label}”${latest.rationale ? ` — ${latest.rationale.replace(/[.。]$/, '')}` : ''}` : ''}. Your draft is kept below.</p>
          <button type="button" onClick={() => { setDraft({ baseVersion: conflict }); setConflict(null); }}>Keep my draft and review version {conflict}</button>
        </div>
      )}
      <div class="field">
        <label for={`${id}-status`}>Status</label>
        <select id={`${id}-status`} ref={statusRef} value={draft.status} onChange={(e) => setDraft({ status: (e.target as HTMLSelectElement).value as Status })}>
          {STATUSES.map((s) => <option value={s}>{LOOK[s].key} · {LOOK[s].glyph} {LOOK[s].label}</option>)}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-rationale`}>Rationale</label>
        <textarea id={`${id}-rationale`} ref={rationaleRef} rows={3} value={draft.rationale} onInput={(e) => setDraft({ rationale: (e.target as HTMLTextAreaElement).value })} />
      </div>
      <fieldset>
        <legend>Evidence</legend>
        {props.fromCheck && (
          <p>
            <button type="button" class="offered" onClick={() => void saveFromCheck()} disabled={saving}>Use this check as evidence and save</button>
            <span class="hint"> The check's series becomes the evidence and its explanation the rationale (unless you wrote one); the status is the one above if it is a verdict, else the check's suggestion.</span>
          </p>
        )}
        {props.offered?.map((o) => (
          <button type="button" class="offered" onClick={() => setDraft({ url: o.url, title: o.title, publisher: o.publisher ?? '', sourceId: '', rationale: draft.rationale || o.rationale || '' })}>
            Use this check as evidence: {o.label}
          </button>
        ))}
        <div class="field">
          <label for={`${id}-url`}>Evidence URL</label>
          <input id={`${id}-url`} ref={urlRef} type="url" inputMode="url" value={draft.url} onInput={(e) => setDraft({ url: (e.target as HTMLInputElement).value, sourceId: '' })} />
        </div>
        <div class="field">
          <label for={`${id}-title`}>Title</label>
          <input id={`${id}-title`} value={draft.title} onInput={(e) => setDraft({ title: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for={`${id}-publisher`}>Publisher</label>
          <input id={`${id}-publisher`} value={draft.publisher} onInput={(e) => setDraft({ publisher: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for={`${id}-source`}>Or an existing source</label>
          <select id={`${id}-source`} value={draft.sourceId} onChange={(e) => setDraft({ sourceId: (e.target as HTMLSelectElement).value })}>
            <option value="">—</option>
            {props.sources.map((s) => <option value={s.id}>{s.name}{s.url ? ` (${s.url})` : ''}</option>)}
          </select>
        </div>
      </fieldset>
      <p class="version">Saving as version {draft.baseVersion + 1} (expected version {draft.baseVersion}).</p>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save review'}</button>
      {item.candidate === 'PENDING' && <CandidateDecision kind={kind} item={item} announce={announce} reload={props.reload} />}
    </form>
  );
}

/**
 * Extracted candidates: confirm that the text really asserts this — correcting a causal link's polarity
 * or endpoints on the way — or discard it (both kept in history).
 */
function CandidateDecision(props: { kind: 'claim' | 'link'; item: Reviewable; announce: (m: string) => void; reload: () => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [polarity, setPolarity] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const decide = async (mutation: string, verb: string) => {
    setError('');
    const correction = mutation === CONFIRM && props.kind === 'link' && (polarity || from.trim() || to.trim())
      ? { ...(polarity ? { polarity } : {}), ...(from.trim() ? { from: from.trim() } : {}), ...(to.trim() ? { to: to.trim() } : {}) }
      : undefined;
    try {
      await gql(mutation, { input: { id: props.item.id, expectedVersion: props.item.version, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(correction ? { correction } : {}) } });
      props.announce(`Candidate ${verb}.`);
      await props.reload();
    } catch (e) {
      setError(e instanceof ApiError ? `${e.message} (${e.code})` : 'The API could not be reached.');
    }
  };
  return (
    <div class="candidate">
      <h4>Extracted candidate</h4>
      <div class="field">
        <label for={`cand-${props.item.id}`}>Reason (for the history)</label>
        <input id={`cand-${props.item.id}`} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </div>
      {props.kind === 'link' && (
        <fieldset>
          <legend>Corrections (applied when confirming)</legend>
          <div class="field">
            <label for={`cand-pol-${props.item.id}`}>Polarity</label>
            <select id={`cand-pol-${props.item.id}`} value={polarity} onChange={(e) => setPolarity((e.target as HTMLSelectElement).value)}>
              <option value="">as extracted</option>
              <option value="INCREASES">increases</option>
              <option value="DECREASES">decreases</option>
            </select>
          </div>
          <div class="field">
            <label for={`cand-from-${props.item.id}`}>Cause (factor id, name or alias)</label>
            <input id={`cand-from-${props.item.id}`} value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for={`cand-to-${props.item.id}`}>Effect (factor id, name or alias)</label>
            <input id={`cand-to-${props.item.id}`} value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
          </div>
        </fieldset>
      )}
      <button type="button" onClick={() => void decide(CONFIRM, 'confirmed')}>Confirm candidate</button>{' '}
      <button type="button" onClick={() => void decide(DISCARD, 'discarded')}>Discard candidate</button>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}

export function History(props: { reviews: ReviewItem[] }) {
  if (!props.reviews.length) return <p>No reviews yet.</p>;
  return (
    <ol class="history">
      {props.reviews.map((r) => (
        <li id={`review-${r.id}`}>
          <span class="when">{r.at.replace('T', ' ').slice(0, 16)} UTC</span> · <strong>{r.editor}</strong>{' '}
          {r.action === 'REVIEW' ? '' : `${r.action.toLowerCase()} · `}
          <StatusBadge status={r.fromStatus} /> → <StatusBadge status={r.toStatus} /> · v{r.version}
          {r.rationale && <p class="rationale">{r.rationale}</p>}
          {r.evidence.length > 0 && (
            <ul class="evidence">{r.evidence.map((s) => <li>{s.url ? <a href={s.url} rel="noopener noreferrer">{s.name}</a> : s.name}</li>)}</ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export function StatusBadge(props: { status: Status }) {
  const look = LOOK[props.status];
  return (
    <span class="badge" style={{ borderColor: look.colour }}>
      <span aria-hidden="true" style={{ color: look.colour }}>{look.glyph}</span> {look.label}
    </span>
  );
}
