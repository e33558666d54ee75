import { useEffect, useState } from 'preact/hooks';
import { ApiError, getToken, gql } from './api.ts';
import type { ClaimDetail, EditorReadingItem, FactorRef } from './queries.ts';
import { FACTORS, SET_CLAIM_READING } from './queries.ts';
import { READING_MODES } from '../../src/vocabulary.ts';

const MODES = ['', ...READING_MODES] as const;

/**
 * How the claim is read (issue 18): an editor sets or corrects the factor its figure measures, its time window and
 * its mode; the check re-runs at once (the panel reloads); the history keeps who and why. A stale version is CONFLICT.
 */
export function ReadingForm(props: { claim: ClaimDetail; announce: (m: string) => void; reload: () => Promise<void> }) {
  const c = props.claim;
  const reading = c.reading ?? { version: 0, current: [], history: [] };
  const current: EditorReadingItem | undefined = reading.current.find((r) => r.quantity === null);
  const [factors, setFactors] = useState<FactorRef[]>([]);
  const [factorId, setFactorId] = useState(current?.factorId ?? '');
  const [mode, setMode] = useState(current?.mode ?? '');
  const [from, setFrom] = useState(current?.window?.from ?? '');
  const [to, setTo] = useState(current?.window?.to ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    gql<{ factors: FactorRef[] }>(FACTORS, {}).then((d) => setFactors(d.factors), () => setFactors([]));
  }, []);
  useEffect(() => {
    setFactorId(current?.factorId ?? '');
    setMode(current?.mode ?? '');
    setFrom(current?.window?.from ?? '');
    setTo(current?.window?.to ?? '');
    setReason('');
    setError(null);
  }, [c.id, reading.version]);

  async function save(e: Event) {
    e.preventDefault();
    if (!getToken()) return setError('Saving needs an editor token: enter it at the top of the page.');
    if (!reason.trim()) return setError('Say why: the reason is kept in the history.');
    setBusy(true);
    setError(null);
    try {
      const input = {
        claimId: c.id,
        reason: reason.trim(),
        expectedVersion: reading.version,
        ...(factorId ? { factorId } : {}),
        ...(mode ? { mode } : {}),
        ...(from && to ? { windowFrom: from, windowTo: to } : {}),
      };
      const r = await gql<{ setClaimReading: { reading: { version: number }; checks: { verdict: string }[] } }>(SET_CLAIM_READING, { input });
      props.announce(`Reading saved (version ${r.setClaimReading.reading.version}); the check now suggests ${r.setClaimReading.checks.map((k) => k.verdict).join(', ') || 'nothing'}.`);
      await props.reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') setError('Not saved — CONFLICT: the reading was corrected since you loaded it. Reload to see it.');
      else setError(err instanceof ApiError ? `${err.message} (${err.code})` : 'The API could not be reached.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="reading-form" aria-labelledby="reading-h">
      <h3 id="reading-h">How this claim is read</h3>
      <form onSubmit={save}>
        <div class="row">
          <div class="field">
            <label for="r-factor">Factor</label>
            <select id="r-factor" value={factorId} onChange={(e) => setFactorId((e.target as HTMLSelectElement).value)}>
              <option value="">— as read from the text —</option>
              {factors.map((f) => <option value={f.id}>{f.name}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="r-mode">Mode</label>
            <select id="r-mode" value={mode} onChange={(e) => setMode((e.target as HTMLSelectElement).value)}>
              {MODES.map((m) => <option value={m}>{m ? m.toLowerCase() : '— as read —'}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="r-from">From</label>
            <input id="r-from" type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
          </div>
          <div class="field">
            <label for="r-to">To</label>
            <input id="r-to" type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
          </div>
        </div>
        <div class="field">
          <label for="r-reason">Why</label>
          <input id="r-reason" type="text" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} placeholder="e.g. 余额 here is the TGA; the figure is of 30 October" />
        </div>
        <button type="submit" disabled={busy}>Save reading and re-check</button>
        {error && <p class="error" role="alert">{error}</p>}
      </form>
      {reading.history.length > 0 && (
        <ol class="reading-history" aria-label="Reading history">
          {reading.history.map((r) => (
            <li>
              v{r.version} · {r.editor} · {r.at.slice(0, 10)}: {[r.factor?.name ?? r.factorId, r.mode?.toLowerCase(), r.window ? `${r.window.from}–${r.window.to}` : null, r.assertions.length ? r.assertions.join(', ').toLowerCase() : null, r.notCheckable ? 'not checkable' : null].filter(Boolean).join('; ') || 'a note'} — {r.reason}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
