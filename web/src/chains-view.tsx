import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, gql } from './api.ts';
import { Exports } from './exports.tsx';
import { GraphCanvas } from './graph-canvas.tsx';
import { latestOnly } from './latest.ts';
import { onResync, onReview } from './live.ts';
import { FACTORS, LINK, NEIGHBOURHOOD, TRACE, type FactorRef, type LinkDetail, type LinkSummary, type SourceRef } from './queries.ts';
import { navigate } from './router.ts';
import { History, ReviewForm, StatusBadge } from './review-form.tsx';
import { LOOK, type Status } from './status.ts';
import { count } from '../../src/plural.ts';

interface Path {
  hops: number;
  netPolarity: string;
  weakLinks: string[];
  /** Hops the liquidity model realises with its own postings (issue 11). */
  accountingBackedHops: string[];
  strength: { weakestStatus: Status; score: number; hasContestedHop: boolean };
  factors: FactorRef[];
  links: LinkSummary[];
}
interface Hood { truncated: boolean; root: FactorRef; factors: FactorRef[]; links: LinkSummary[] }

/** A type-ahead over factor names and aliases (both Chinese scripts and English), via the API's factor search. */
function FactorInput(props: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  const [options, setOptions] = useState<FactorRef[]>([]);
  useEffect(() => {
    const t = setTimeout(() => {
      gql<{ factors: FactorRef[] }>(FACTORS, props.value.trim() ? { search: props.value.trim() } : {}).then((d) => setOptions(d.factors.slice(0, 50)), () => setOptions([]));
    }, 150);
    return () => clearTimeout(t);
  }, [props.value]);
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input id={props.id} list={`${props.id}-list`} autoComplete="off" value={props.value} onInput={(e) => props.onChange((e.target as HTMLInputElement).value)} />
      <datalist id={`${props.id}-list`}>
        {options.flatMap((f) => [f.name, ...(f.namesZh ?? []), ...(f.aliases ?? [])].filter((n, i, a) => a.indexOf(n) === i).map((n) => <option value={n}>{n === f.name ? '' : f.name}</option>))}
      </datalist>
    </div>
  );
}

const hopText = (l: LinkSummary) => `${l.from.name} → ${l.to.name}`;

export function ChainsView(props: { linkId?: string; sources: SourceRef[]; announce: (m: string) => void }) {
  const { announce } = props;
  const [from, setFrom] = useState('政府停擺');
  const [to, setTo] = useState('cross-asset selloff');
  const [maxHops, setMaxHops] = useState(6);
  const [paths, setPaths] = useState<Path[] | null>(null);
  const [error, setError] = useState('');
  const [chosen, setChosen] = useState(0);
  const [linkId, setLinkId] = useState<string | undefined>(props.linkId);
  const [link, setLink] = useState<LinkDetail | null>(null);
  const [hoodFactor, setHoodFactor] = useState('TGA');
  const [direction, setDirection] = useState<'upstream' | 'downstream'>('downstream');
  const [hoodHops, setHoodHops] = useState(0);
  const [hood, setHood] = useState<Hood | null>(null);

  // Each of these is asked again while an answer may be in flight (the first trace on opening, then the user's; a
  // resync; another link chosen): only the latest request's answer is shown.
  const latestTrace = useMemo(latestOnly, []);
  const latestHood = useMemo(latestOnly, []);
  const latestLink = useMemo(latestOnly, []);
  // What was last traced: a resync traces it again, not whatever the fields held when the stream was opened.
  const traced = useRef({ from, to, maxHops });
  const trace = (query = { from: from.trim(), to: to.trim(), maxHops }) => {
    setError('');
    traced.current = query;
    return latestTrace(
      gql<{ trace: Path[] }>(TRACE, query),
      (d) => {
        setPaths(d.trace);
        setChosen(0);
        announce(d.trace.length ? `${d.trace.length} chains found.` : 'No chain between these factors.');
      },
      (e) => {
        setPaths(null);
        const suggestions = e instanceof ApiError && Array.isArray(e.extensions['suggestions']) ? ` Did you mean: ${(e.extensions['suggestions'] as unknown[]).map((s) => (typeof s === 'string' ? s : (s as { name?: string }).name)).join(', ')}?` : '';
        setError(e instanceof ApiError ? `${e.message}${suggestions}` : 'The API could not be reached.');
      },
    );
  };
  useEffect(() => { void trace(); }, []);

  const expand = (hops: number) => {
    setError('');
    return latestHood(
      gql<{ hood: Hood }>(NEIGHBOURHOOD(direction), { factor: hoodFactor.trim(), maxHops: hops }),
      (d) => {
        setHood(d.hood);
        setHoodHops(hops);
        announce(`${direction === 'upstream' ? 'Upstream' : 'Downstream'} of ${d.hood.root.name}, ${count(hops, 'hop')}: ${count(d.hood.links.length, 'link')}.`);
      },
      (e) => setError(e instanceof ApiError ? e.message : 'The API could not be reached.'),
    );
  };

  const loadLink = (id: string) => latestLink(gql<{ causalLink: LinkDetail | null }>(LINK, { id }), (d) => setLink(d.causalLink));
  useEffect(() => {
    if (linkId) void loadLink(linkId);
    else setLink(null);
  }, [linkId]);
  useEffect(() => { if (props.linkId) setLinkId(props.linkId); }, [props.linkId]);

  const recolour = (id: string, status: Status) => {
    setPaths((ps) => ps?.map((p) => ({ ...p, links: p.links.map((l) => (l.id === id ? { ...l, status } : l)) })) ?? ps);
    setHood((h) => (h ? { ...h, links: h.links.map((l) => (l.id === id ? { ...l, status } : l)) } : h));
  };
  useEffect(
    () =>
      onReview((r) => {
        if (r.itemType !== 'CausalLink') return;
        recolour(r.itemId, r.toStatus);
        announce(`${r.editor} marked a causal link ${LOOK[r.toStatus].label}.`);
        if (r.itemId === linkId) void loadLink(r.itemId);
      }),
    [linkId],
  );

  // Missed events (the stream was down): trace again and refetch the open link.
  useEffect(
    () =>
      onResync(() => {
        void trace(traced.current);
        if (linkId) void loadLink(linkId);
      }),
    [linkId],
  );

  const selectLink = (id: string) => {
    setLinkId(id);
    navigate(`/causal-links/${encodeURIComponent(id)}`, true);
  };
  const allLinks = useMemo(() => [...new Map((paths ?? []).flatMap((p) => p.links).map((l) => [l.id, l])).values()], [paths]);
  const backed = useMemo(() => new Set((paths ?? []).flatMap((p) => p.accountingBackedHops)), [paths]);
  const highlight = useMemo(() => new Set(paths?.[chosen]?.links.map((l) => l.id) ?? []), [paths, chosen]);

  return (
    <div class="chains-view">
      <div class="columns">
        <div class="chains-main">
          <form class="toolbar" aria-label="Trace a chain" onSubmit={(e) => { e.preventDefault(); void trace(); }}>
            <FactorInput id="trace-from" label="From factor" value={from} onChange={setFrom} />
            <FactorInput id="trace-to" label="To factor" value={to} onChange={setTo} />
            <div class="field small">
              <label for="trace-hops">Max hops</label>
              <input id="trace-hops" type="number" min={1} max={8} value={maxHops} onInput={(e) => setMaxHops(Number((e.target as HTMLInputElement).value) || 6)} />
            </div>
            <button type="submit">Trace</button>
            <Exports label="this chain" scope={{ from: from.trim(), to: to.trim(), maxHops: String(maxHops) }} />
          </form>
          {error && <p class="error" role="alert">{error}</p>}
          {paths && paths.length > 0 && (
            <>
              <GraphCanvas links={allLinks} backed={backed} highlight={highlight} selected={linkId} onSelectLink={selectLink} label="chains" />
              <section aria-labelledby="chains-h" class="text-twin">
                <h2 id="chains-h">Chains, strongest first</h2>
                <ol class="chains">
                  {paths.map((p, i) => (
                    <li class={`chain${i === chosen ? ' chosen' : ''}`} data-chain={i}>
                      <button type="button" class="chain-pick" aria-pressed={i === chosen} onClick={() => setChosen(i)}>
                        Chain {i + 1}: {p.hops} hops, net {p.netPolarity.toLowerCase()}, strength {p.strength.score.toFixed(3)}, weakest {LOOK[p.strength.weakestStatus].label}
                      </button>
                      <ol class="hops">
                        {p.links.map((l) => (
                          <li>
                            <button type="button" class={`hop st-${l.status}`} data-link-id={l.id} aria-pressed={l.id === linkId} onClick={() => selectLink(l.id)}>
                              {hopText(l)} <span class="polarity">({l.polarity === 'INCREASES' ? 'increases' : 'decreases'})</span> <StatusBadge status={l.status} />
                              {p.weakLinks.includes(l.id) && <span class="weak"> weak link</span>}
                              {p.accountingBackedHops.includes(l.id) && <span class="backed"> <span aria-hidden="true">⚖</span> backed by the liquidity model</span>}
                            </button>
                          </li>
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              </section>
            </>
          )}
          <form class="toolbar" aria-label="Explore around a factor" onSubmit={(e) => { e.preventDefault(); void expand(1); }}>
            <FactorInput id="hood-factor" label="Factor" value={hoodFactor} onChange={setHoodFactor} />
            <div class="field">
              <label for="hood-dir">Direction</label>
              <select id="hood-dir" value={direction} onChange={(e) => setDirection((e.target as HTMLSelectElement).value as 'upstream' | 'downstream')}>
                <option value="downstream">downstream (what it drives)</option>
                <option value="upstream">upstream (what drives it)</option>
              </select>
            </div>
            <button type="submit">Explore 1 hop</button>
            {hood && hoodHops < 8 && <button type="button" onClick={() => void expand(hoodHops + 1)}>Expand to {hoodHops + 1} hops</button>}
          </form>
          {hood && (
            <>
              <GraphCanvas links={hood.links} selected={linkId} onSelectLink={selectLink} label="neighbourhood" />
              <section aria-labelledby="hood-h" class="text-twin">
                <h2 id="hood-h">{direction === 'upstream' ? 'Upstream' : 'Downstream'} of {hood.root.name}, {hoodHops} hop{hoodHops > 1 ? 's' : ''}{hood.truncated ? ' (cut at 500 factors)' : ''}</h2>
                <ul class="hops">
                  {hood.links.map((l) => (
                    <li><button type="button" class={`hop st-${l.status}`} data-link-id={l.id} onClick={() => selectLink(l.id)}>{hopText(l)} ({l.polarity.toLowerCase()}) <StatusBadge status={l.status} /></button></li>
                  ))}
                </ul>
              </section>
            </>
          )}
        </div>
        <aside class="panel" aria-label="Causal link">
          {link ? <LinkPanel link={link} sources={props.sources} announce={announce} reload={() => loadLink(link.id)} /> : <p class="hint">Select a hop to see its quote, supporting claims and history, and to review it.</p>}
        </aside>
      </div>
    </div>
  );
}

function LinkPanel(props: { link: LinkDetail; sources: SourceRef[]; announce: (m: string) => void; reload: () => Promise<void> }) {
  const l = props.link;
  return (
    <div class="link-panel" data-link-id={l.id}>
      <h2 class="panel-title">{l.from.name} → {l.to.name} <StatusBadge status={l.status} /></h2>
      <p>{l.polarity === 'INCREASES' ? 'More of the cause means more of the effect.' : 'More of the cause means less of the effect.'}{!l.polarityStated && ' (Direction not stated in the text; assumed.)'}</p>
      <blockquote class="quote" lang={l.document.language}>{l.quote}</blockquote>
      {l.gloss && <p class="gloss" lang="en">{l.gloss}</p>}
      <h3>Supporting claims</h3>
      {l.supportedBy.length ? (
        <ul>
          {l.supportedBy.map((c) => (
            <li><a href={`/claims/${encodeURIComponent(c.id)}`} onClick={(e) => { e.preventDefault(); navigate(`/claims/${encodeURIComponent(c.id)}`); }} lang={l.document.language}>{c.quote}</a> <StatusBadge status={c.status} /></li>
          ))}
        </ul>
      ) : <p>None.</p>}
      <p><code>{l.id}</code> · version {l.version} · in <a href={`/documents/${encodeURIComponent(l.document.id)}`}>{l.document.title}</a></p>
      <ReviewForm kind="link" item={l} sources={props.sources} announce={props.announce} reload={props.reload} />
      <h3>History</h3>
      <History reviews={l.reviews} />
    </div>
  );
}
