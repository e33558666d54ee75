import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, gql } from './api.ts';
import { ClaimPanel } from './claim-panel.tsx';
import { Exports } from './exports.tsx';
import { useShortcuts } from './keys.ts';
import { latestOnly } from './latest.ts';
import { onResync, onReview } from './live.ts';
import { CLAIM_IDS, DOCUMENT, DOCUMENT_CHECKS, DOCUMENTS, CLAIM, type ClaimDetail, type ClaimSummary, type DocumentFull, type SourceRef } from './queries.ts';
import { navigate } from './router.ts';
import { segmentText } from './segments.ts';
import { LOOK, STATUSES, type Status } from './status.ts';
import { count } from '../../src/plural.ts';

interface Filter {
  statuses: Status[];
  factor: string;
  unit: string;
  valueMin: string;
  valueMax: string;
  search: string;
  includeFlows: boolean;
  queue: boolean;
  noAttribution: boolean;
  noSource: boolean;
}
const NO_FILTER: Filter = { statuses: [], factor: '', unit: '', valueMin: '', valueMax: '', search: '', includeFlows: false, queue: false, noAttribution: false, noSource: false };
const isEmpty = (f: Filter) => !f.statuses.length && !f.factor && !f.unit && !f.search.trim() && !f.queue && !f.noAttribution && !f.noSource;

/** The ids of the document's claims that match the filter, asked of the API (so search works in both Chinese scripts). */
async function matchingIds(documentId: string, f: Filter): Promise<Set<string>> {
  const filter: Record<string, unknown> = { document: documentId };
  if (f.statuses.length) filter['status'] = f.statuses;
  if (f.factor) filter['factor'] = f.factor;
  if (f.unit) {
    filter['unit'] = f.unit;
    if (f.valueMin.trim() !== '' && Number.isFinite(Number(f.valueMin))) filter['valueMin'] = Number(f.valueMin);
    if (f.valueMax.trim() !== '' && Number.isFinite(Number(f.valueMax))) filter['valueMax'] = Number(f.valueMax);
    if (f.includeFlows) filter['includeFlows'] = true;
  }
  if (f.queue) filter['reviewQueue'] = true;
  if (f.noAttribution) filter['hasAttribution'] = false;
  if (f.noSource) filter['hasSource'] = false;
  if (f.search.trim()) filter['search'] = f.search.trim();
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page: { claims: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(CLAIM_IDS, { filter, after });
    for (const e of page.claims.edges) ids.add(e.node.id);
    if (!page.claims.pageInfo.hasNextPage) return ids;
    after = page.claims.pageInfo.endCursor;
  }
}

export function DocumentView(props: { documentId?: string; claimId?: string; sources: SourceRef[]; announce: (m: string) => void }) {
  const { announce } = props;
  const [docs, setDocs] = useState<{ id: string; title: string; titleEn: string | null; language: string }[]>([]);
  const [doc, setDoc] = useState<DocumentFull | null>(null);
  const [error, setError] = useState('');
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [matching, setMatching] = useState<Set<string> | null>(null);
  const [selected, setSelected] = useState<string | undefined>(props.claimId);
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  const [disagrees, setDisagrees] = useState<Set<string>>(new Set());
  const [misleads, setMisleads] = useState<Set<string>>(new Set());
  const [onlyDisagreeing, setOnlyDisagreeing] = useState(false);
  const [onlyMisleading, setOnlyMisleading] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLElement>(null);

  useEffect(() => {
    gql<{ documents: { edges: { node: (typeof docs)[number] }[] } }>(DOCUMENTS).then((d) => setDocs(d.documents.edges.map((e) => e.node)), () => setError('The API could not be reached.'));
  }, []);

  // Which document: the route's, else the claim's, else the first.
  const [documentId, setDocumentId] = useState<string | undefined>(props.documentId);
  useEffect(() => {
    if (props.documentId) setDocumentId(props.documentId);
    else if (props.claimId) {
      setSelected(props.claimId);
      gql<{ claim: ClaimDetail | null }>(CLAIM, { id: props.claimId }).then(
        (d) => (d.claim ? setDocumentId(d.claim.document.id) : setError(`No claim with id ${props.claimId}.`)),
        () => setError('The API could not be reached.'),
      );
    } else if (!documentId && docs[0]) setDocumentId(docs.find((d) => d.id.startsWith('doc-e9186e0b'))?.id ?? docs[0].id);
  }, [props.documentId, props.claimId, docs]);

  const latestDoc = useMemo(latestOnly, []);
  useEffect(() => {
    if (!documentId) return;
    setDoc(null);
    void latestDoc(
      gql<{ document: DocumentFull | null }>(DOCUMENT, { id: documentId }),
      (d) => (d.document ? setDoc(d.document) : setError(`No document with id ${documentId}.`)),
      () => setError('The API could not be reached.'),
    );
  }, [documentId]);

  // Claims whose check against the reference series disagrees get a visible mark (issue 10's checks).
  useEffect(() => {
    if (!doc) return;
    gql<{ checkDocument: { claim: { id: string }; verdict: string }[] }>(DOCUMENT_CHECKS, { id: doc.id }).then(
      (d) => {
        setDisagrees(new Set(d.checkDocument.filter((c) => c.verdict === 'INCONSISTENT').map((c) => c.claim.id)));
        // MISLEADING (the number holds, an assertion fails) has its own mark and filter, not a colour of ≠.
        setMisleads(new Set(d.checkDocument.filter((c) => c.verdict === 'MISLEADING').map((c) => c.claim.id)));
      },
      () => {
        setDisagrees(new Set());
        setMisleads(new Set());
      },
    );
  }, [doc?.id]);

  useEffect(() => {
    if (!doc || isEmpty(filter)) {
      setMatching(null);
      return;
    }
    const t = setTimeout(() => {
      matchingIds(doc.id, filter).then(setMatching, (e: unknown) => setError(e instanceof ApiError ? e.message : 'The filter could not be applied.'));
    }, 200);
    return () => clearTimeout(t);
  }, [doc?.id, filter]);

  // The open claim is reloaded from several places (a new selection, a review here or by another editor, a resync):
  // only the latest request's answer is shown, so a slow answer for the previous claim never replaces this one.
  const latestDetail = useMemo(latestOnly, []);
  const loadDetail = (id: string) =>
    latestDetail(gql<{ claim: ClaimDetail | null }>(CLAIM, { id }), (d) => {
      setDetail(d.claim);
      if (d.claim) {
        const c = d.claim;
        setDoc((old) => (old ? { ...old, claims: old.claims.map((x) => (x.id === c.id ? { ...x, status: c.status, version: c.version, candidate: c.candidate } : x)) } : old));
      }
    });
  useEffect(() => {
    if (selected) void loadDetail(selected);
    else setDetail(null);
  }, [selected]);

  // Reviews by others: recolour the claim in place (nothing in the text moves) and say so politely.
  useEffect(
    () =>
      onReview((r) => {
        if (r.itemType !== 'Claim' || !doc?.claims.some((c) => c.id === r.itemId)) return;
        setDoc((old) => (old ? { ...old, claims: old.claims.map((c) => (c.id === r.itemId ? { ...c, status: r.toStatus, version: r.version } : c)) } : old));
        const n = doc.claims.findIndex((c) => c.id === r.itemId) + 1;
        announce(`${r.editor} marked claim ${n} ${LOOK[r.toStatus].label}.`);
        if (r.itemId === selected) void loadDetail(r.itemId);
      }),
    [doc?.id, selected],
  );

  // Missed events (the stream was down): refetch the claims' statuses and the open claim.
  useEffect(
    () =>
      onResync(() => {
        if (!documentId) return;
        void latestDoc(gql<{ document: DocumentFull | null }>(DOCUMENT, { id: documentId }), (d) => d.document && setDoc(d.document));
        if (selected) void loadDetail(selected);
      }),
    [documentId, selected],
  );

  const shown = useMemo(() => {
    if (!onlyDisagreeing && !onlyMisleading) return matching;
    const flagged = new Set([...(onlyDisagreeing ? disagrees : []), ...(onlyMisleading ? misleads : [])]);
    return new Set([...(matching ?? flagged)].filter((id) => flagged.has(id)));
  }, [matching, onlyDisagreeing, onlyMisleading, disagrees, misleads]);
  const visible = useMemo(() => (doc ? doc.claims.filter((c) => !shown || shown.has(c.id)) : []), [doc, shown]);
  const position = selected ? visible.findIndex((c) => c.id === selected) : -1;

  const select = (id: string | undefined, focus = true) => {
    setSelected(id);
    if (id) navigate(`/claims/${encodeURIComponent(id)}`, true);
    if (id && focus) requestAnimationFrame(() => textRef.current?.querySelector<HTMLElement>(`[data-mark-for="${CSS.escape(id)}"]`)?.focus());
  };
  const step = (d: number) => {
    if (!visible.length) return;
    const next = position < 0 ? (d > 0 ? 0 : visible.length - 1) : (position + d + visible.length) % visible.length;
    select(visible[next]?.id);
  };
  useShortcuts({ j: () => step(1), n: () => step(1), k: () => step(-1), p: () => step(-1), '/': () => searchRef.current?.focus() }, [visible, position]);

  if (error && !doc) return <p class="error" role="alert">{error}</p>;
  if (!doc) return <p class="loading" role="status">Loading the document…</p>;

  const counts = Object.fromEntries(STATUSES.map((s) => [s, doc.claims.filter((c) => c.status === s).length])) as Record<Status, number>;
  const units = [...new Set(doc.claims.flatMap((c) => c.quantities?.map((q) => q.unit) ?? []))].sort();
  const factors = [...new Map(doc.claims.flatMap((c) => c.factors ?? []).map((f) => [f.id, f])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const toggleStatus = (s: Status) => setFilter({ ...filter, statuses: filter.statuses.includes(s) ? filter.statuses.filter((x) => x !== s) : [...filter.statuses, s] });

  return (
    <div class="document-view">
      <section class="toolbar" aria-label="Document and filters">
        <div class="field">
          <label for="doc-select">Document</label>
          <select id="doc-select" value={doc.id} onChange={(e) => { setSelected(undefined); navigate(`/documents/${encodeURIComponent((e.target as HTMLSelectElement).value)}`); }}>
            {docs.map((d) => <option value={d.id}>{d.title}{d.titleEn ? ` — ${d.titleEn}` : ''}</option>)}
          </select>
        </div>
        <div class="legend" role="group" aria-label="Statuses (press to filter)">
          {STATUSES.map((s) => (
            <button type="button" class={`legend-item st-${s}`} aria-pressed={filter.statuses.includes(s)} onClick={() => toggleStatus(s)}>
              <span class="swatch" aria-hidden="true">{LOOK[s].glyph}</span> {LOOK[s].label} <span class="count">{counts[s]}</span>
            </button>
          ))}
          <button type="button" class="legend-item disagree-toggle" aria-pressed={onlyDisagreeing} onClick={() => setOnlyDisagreeing(!onlyDisagreeing)}>
            <span class="swatch" aria-hidden="true">≠</span> Record disagrees <span class="count">{disagrees.size}</span>
          </button>
          <button type="button" class="legend-item misleading-toggle" aria-pressed={onlyMisleading} onClick={() => setOnlyMisleading(!onlyMisleading)}>
            {/* The record's suggestion, not the review status "! Misleading" beside it: named as the ≠ filter is. */}
            <span class="swatch" aria-hidden="true">⚠</span> Record: misleading <span class="count">{misleads.size}</span>
          </button>
        </div>
        <div class="filters">
          <div class="field">
            <label for="f-search">Search</label>
            <input id="f-search" ref={searchRef} type="search" placeholder="政府停擺 / 政府停摆 / shutdown" value={filter.search} onInput={(e) => setFilter({ ...filter, search: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="f-factor">Factor</label>
            <select id="f-factor" value={filter.factor} onChange={(e) => setFilter({ ...filter, factor: (e.target as HTMLSelectElement).value })}>
              <option value="">any</option>
              {factors.map((f) => <option value={f.id}>{f.name}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="f-unit">Unit</label>
            <select id="f-unit" value={filter.unit} onChange={(e) => setFilter({ ...filter, unit: (e.target as HTMLSelectElement).value })}>
              <option value="">any</option>
              {units.map((u) => <option value={u}>{u}</option>)}
            </select>
          </div>
          <div class="field small">
            <label for="f-min">Min</label>
            <input id="f-min" inputMode="decimal" placeholder="1e12" disabled={!filter.unit} value={filter.valueMin} onInput={(e) => setFilter({ ...filter, valueMin: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field small">
            <label for="f-max">Max</label>
            <input id="f-max" inputMode="decimal" disabled={!filter.unit} value={filter.valueMax} onInput={(e) => setFilter({ ...filter, valueMax: (e.target as HTMLInputElement).value })} />
          </div>
          <label class="check-field"><input type="checkbox" checked={filter.includeFlows} disabled={!filter.unit} onChange={(e) => setFilter({ ...filter, includeFlows: (e.target as HTMLInputElement).checked })} /> with flows (USD/day…)</label>
          <label class="check-field"><input type="checkbox" checked={filter.queue} onChange={(e) => setFilter({ ...filter, queue: (e.target as HTMLInputElement).checked })} /> review queue</label>
          <label class="check-field"><input type="checkbox" checked={filter.noAttribution} onChange={(e) => setFilter({ ...filter, noAttribution: (e.target as HTMLInputElement).checked })} /> no attribution</label>
          <label class="check-field"><input type="checkbox" checked={filter.noSource} onChange={(e) => setFilter({ ...filter, noSource: (e.target as HTMLInputElement).checked })} /> no source but the document</label>
          {(!isEmpty(filter) || onlyDisagreeing || onlyMisleading) && <button type="button" onClick={() => { setFilter(NO_FILTER); setOnlyDisagreeing(false); setOnlyMisleading(false); }}>Clear filters</button>}
        </div>
        <div class="nav-claims">
          <button type="button" onClick={() => step(-1)} title="Previous claim (k)">‹ Previous</button>
          <span class="n-of-n" aria-live="off">{position >= 0 ? `${position + 1} of ${visible.length}` : count(visible.length, 'claim')}</span>
          <button type="button" onClick={() => step(1)} title="Next claim (j)">Next ›</button>
          <Exports label="this document" scope={{ document: doc.id }} />
          {filter.statuses.length > 0 && <Exports label="these statuses" scope={{ status: filter.statuses.join(',') }} />}
        </div>
      </section>
      <div class="columns">
        <article class="doc-text" ref={textRef} lang={doc.language} aria-label={`Document: ${doc.title}`}>
          <h2>{doc.title}</h2>
          {doc.titleEn && <p class="title-en" lang="en">{doc.titleEn}</p>}
          <HighlightedText doc={doc} matching={shown} disagrees={disagrees} misleads={misleads} selected={selected} onSelect={(id) => select(id, false)} />
          {doc.causalLinks.length > 0 && (
            <details class="doc-links" lang="en">
              <summary>Causal links asserted in this document ({doc.causalLinks.length})</summary>
              <ul>
                {doc.causalLinks.map((l) => (
                  <li>
                    <a href={`/causal-links/${encodeURIComponent(l.id)}`} onClick={(e) => { e.preventDefault(); navigate(`/causal-links/${encodeURIComponent(l.id)}`); }}>{l.from.name} → {l.to.name}</a>{' '}
                    ({l.polarity === 'INCREASES' ? 'increases' : 'decreases'}, <span aria-hidden="true">{LOOK[l.status].glyph}</span> {LOOK[l.status].label}{l.candidate === 'PENDING' ? ', extracted candidate' : ''})
                  </li>
                ))}
              </ul>
            </details>
          )}
        </article>
        <aside class="panel" aria-label="Claim">
          {detail ? (
            <ClaimPanel claim={detail} position={position} total={visible.length} sources={props.sources} announce={announce} reload={() => loadDetail(detail.id)} />
          ) : (
            <p class="hint">Select a highlighted claim, or press <kbd>j</kbd> for the first one. Press <kbd>?</kbd> for every shortcut.</p>
          )}
        </aside>
      </div>
    </div>
  );
}

/**
 * The document's text cut into leaf segments at every claim boundary. Each claim gets a focusable
 * mark (its status glyph) at its start; segments carry `data-claims` (outermost first). The innermost
 * claim draws the underline in its status style, outer ones stack as bands below it.
 */
function HighlightedText(props: { doc: DocumentFull; matching: Set<string> | null; disagrees: Set<string>; misleads: Set<string>; selected: string | undefined; onSelect: (id: string) => void }) {
  const { doc, matching, selected } = props;
  const segments = useMemo(() => segmentText(doc.text, doc.claims.map((c) => ({ id: c.id, start: c.span.start, end: c.span.end }))), [doc.text, doc.claims.length]);
  const byId = new Map(doc.claims.map((c) => [c.id, c]));
  const order = new Map(doc.claims.map((c, i) => [c.id, i + 1]));
  const starts = new Map<number, ClaimSummary[]>();
  for (const c of doc.claims) if (!matching || matching.has(c.id)) starts.set(c.span.start, [...(starts.get(c.span.start) ?? []), c]);
  const out = [];
  for (const seg of segments) {
    for (const c of starts.get(seg.start) ?? []) {
      if (seg.ids.includes(c.id)) {
        out.push(
          <button type="button" class={`mark st-${c.status}${c.id === selected ? ' selected' : ''}`} data-mark-for={c.id} tabIndex={c.id === selected || (!selected && order.get(c.id) === 1) ? 0 : -1}
            aria-label={`Claim ${order.get(c.id)}: ${LOOK[c.status].label}${props.disagrees.has(c.id) ? ', the record disagrees' : ''}${props.misleads.has(c.id) ? ', misleading: the number holds but what it says about it does not' : ''}${c.candidate === 'PENDING' ? ', extracted candidate' : ''}`} aria-pressed={c.id === selected} onClick={() => props.onSelect(c.id)}>
            {LOOK[c.status].glyph}
          </button>,
        );
        if (props.disagrees.has(c.id)) out.push(<span class="disagree" data-disagree-for={c.id} aria-hidden="true" title="The check against the record disagrees">≠</span>);
        if (props.misleads.has(c.id)) out.push(<span class="misleading" data-misleading-for={c.id} aria-hidden="true" title="Misleading: the number holds, but what the claim says about it fails on the record">⚠</span>);
      }
    }
    const text = doc.text.slice(seg.start, seg.end);
    const ids = seg.ids.filter((id) => !matching || matching.has(id));
    if (!ids.length) {
      out.push(text);
      continue;
    }
    const inner = byId.get(ids[ids.length - 1] as string) as ClaimSummary;
    const outer = ids.slice(0, -1).map((id) => byId.get(id) as ClaimSummary);
    // Outer claims as stacked bands under the innermost's underline: overlaps stay readable without nesting.
    const shadow = outer.map((c, i) => `0 ${4 + 3 * (outer.length - i)}px 0 -1px ${LOOK[c.status].colour}`).join(', ');
    out.push(
      <span class={`hl st-${inner.status}${ids.includes(selected ?? '') ? ' selected' : ''}`} data-claims={ids.join(' ')} style={shadow ? { boxShadow: shadow, paddingBottom: `${3 * outer.length}px` } : undefined} onClick={() => props.onSelect(inner.id)}>
        {text}
      </span>,
    );
  }
  return <div class="text">{out}</div>;
}
