import type { ComponentChildren } from 'preact';
import uPlot from 'uplot';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { gql } from './api.ts';
import { verdictLook } from './checks-section.tsx';
import { latestOnly } from './latest.ts';
import { MeasureLinks, withRecord, type MeasureFactor as ListedFactor } from './measure-links.tsx';
import { measureMarks, type Mark, type MeasureClaim } from './measure-marks.ts';
import { MEASURE, MEASURES_WITH_RECORD, SERIES_OBSERVATIONS } from './queries.ts';
import { navigate } from './router.ts';
import { LOOK, type Status } from './status.ts';

interface MeasureFactor {
  id: string; name: string; namesZh: string[]; description: string | null;
  series: { how: string; rank: number; series: { id: string; title: string; unit: string; publisher: string; url: string; firstDate: string | null; lastDate: string | null } }[];
  claims: MeasureClaim[];
}

/** A suggestion's colour (Okabe–Ito) and shape: the shape carries it without colour. */
const VERDICT_MARK: Record<string, { colour: string; shape: string }> = {
  CONSISTENT: { colour: '#009E73', shape: 'circle' },
  INCONSISTENT: { colour: '#D55E00', shape: 'square' },
  MISLEADING: { colour: '#CC79A7', shape: 'diamond' },
  INCONCLUSIVE: { colour: '#0072B2', shape: 'triangle' },
  NOT_CHECKABLE: { colour: '#767676', shape: 'dash' },
};
const verdictMark = (v: string) => VERDICT_MARK[v] ?? VERDICT_MARK['NOT_CHECKABLE']!;
const verdictText = (v: string) => (v === 'MISLEADING' ? { label: 'Misleading reading', glyph: '!' } : verdictLook(v as Parameters<typeof verdictLook>[0]) ?? { label: v, glyph: '?' });

const toSeconds = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const midpoint = (m: Mark) => (toSeconds(m.from) + toSeconds(m.to)) / 2;
const scaled = (v: number) => {
  const a = Math.abs(v);
  return a >= 1e12 ? `${(v / 1e12).toFixed(3)} trillion` : a >= 1e9 ? `${(v / 1e9).toFixed(1)} billion` : v.toLocaleString('en');
};
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${scaled(Math.abs(v))}`;
/** A flow's period from its unit (`USD/month` → " per month"); a change is over its window. */
const perPeriod = (m: Mark) => (m.mode === 'FLOW' && m.unit?.includes('/') ? ` per ${m.unit.split('/')[1]}` : '');
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const openClaim = (id: string) => navigate(`/claims/${encodeURIComponent(id)}`);

/**
 * A measure's record and what has been claimed about it: the series it is measured by, and every
 * claim about it from every document as a mark at its value over its window — border colour and
 * shape for the record's suggestion, glyph for the review status — each a button to the claim.
 * The table below lists the same marks as text.
 */
export function MeasureView(props: { factorId: string }) {
  const [factor, setFactor] = useState<MeasureFactor | null>(null);
  const [obs, setObs] = useState<{ date: string; value: number }[]>([]);
  const [recordLoaded, setRecordLoaded] = useState(false);
  const [error, setError] = useState('');
  const [unknown, setUnknown] = useState(false);
  // Moving from one measure to another (a link in a claim panel) leaves the previous answers in flight: show the latest.
  const latestFactor = useMemo(latestOnly, []);
  const latestRecord = useMemo(latestOnly, []);
  useEffect(() => {
    setFactor(null);
    setUnknown(false);
    setError('');
    void latestFactor(
      gql<{ factor: MeasureFactor | null }>(MEASURE, { id: props.factorId }),
      (d) => (d.factor ? setFactor(d.factor) : setUnknown(true)),
      (e) => setError(e instanceof Error ? e.message : 'The API could not be reached.'),
    );
  }, [props.factorId]);
  const { marks, moves, unplaced } = useMemo(() => (factor ? measureMarks(factor.id, factor.claims) : { marks: [], moves: [], unplaced: [] }), [factor]);
  const primary = factor ? [...factor.series].sort((a, b) => a.rank - b.rank)[0] : undefined;
  useEffect(() => {
    if (!primary) return;
    const last = primary.series.lastDate ?? new Date().toISOString().slice(0, 10);
    const from = marks.length ? shift(marks.reduce((m, x) => (x.from < m ? x.from : m), marks[0]!.from), -60) : shift(last, -365);
    const to = marks.length ? shift(marks.reduce((m, x) => (x.to > m ? x.to : m), marks[0]!.to), 45) : last;
    void latestRecord(
      gql<{ series: { observations: { date: string; valueInUnit: number }[] }[] }>(SERIES_OBSERVATIONS, { id: primary.series.id, from, to }),
      (d) => {
        setObs((d.series[0]?.observations ?? []).map((o) => ({ date: o.date, value: o.valueInUnit })));
        setRecordLoaded(true);
      },
      () => setRecordLoaded(true),
    );
  }, [primary?.series.id, marks]);

  if (error) return <p class="error" role="alert">{error}</p>;
  if (unknown) return <UnknownMeasure factorId={props.factorId} />;
  if (!factor) return <p class="loading" role="status">Loading the measure…</p>;
  return (
    <div class="measure">
      <h2>{factor.name}{factor.namesZh.length > 0 && <span lang="zh-Hant"> ({factor.namesZh.join('、')})</span>}</h2>
      {factor.description && <p class="hint">{factor.description}</p>}
      <p>
        {primary ? (
          <>Record: <a href={primary.series.url} rel="noopener noreferrer">{primary.series.title}</a> ({primary.series.id}, {primary.series.publisher}). </>
        ) : (
          'No reference series measures this factor. '
        )}
        {plural(marks.length, 'figure')} claimed in {plural(new Set(marks.map((m) => m.documentId)).size, 'document')}
        {moves.length ? `; ${moves.length} ${moves.length === 1 ? 'change or flow' : 'changes and flows'} (listed below the chart, beside the record's move)` : ''}
        {unplaced.length ? `; ${unplaced.length} claims without a value and window that could be placed` : ''}.
      </p>
      <MarkLegend />
      <MeasureChart title={`${factor.name}: the record, and each claimed figure over the window it speaks of`} obs={obs} marks={marks} loaded={recordLoaded} />
      <h3 id="marks-h">Claimed figures</h3>
      <table class="marks-table" aria-labelledby="marks-h">
        <thead>
          <tr><th scope="col">Claim</th><th scope="col">Document</th><th scope="col">Figure</th><th scope="col">Window</th><th scope="col">Suggestion</th><th scope="col">Review status</th></tr>
        </thead>
        <tbody>
          {marks.map((m) => (
            <MarkRow m={m} attr="data-mark-row">
              <td class="num">{m.surface ? <span lang={m.language}>{m.surface}</span> : null} → {scaled(m.value)}</td>
            </MarkRow>
          ))}
        </tbody>
      </table>
      {moves.length > 0 && (
        <>
          <h3 id="moves-h">Claimed changes and flows</h3>
          <p class="hint">A change or a flow is a move of the measure, not a value of it: each is set beside the record's move over the same window rather than drawn on the chart.</p>
          <table class="moves-table" aria-labelledby="moves-h">
            <thead>
              <tr><th scope="col">Claim</th><th scope="col">Document</th><th scope="col">Claimed</th><th scope="col">The record</th><th scope="col">Window</th><th scope="col">Suggestion</th><th scope="col">Review status</th></tr>
            </thead>
            <tbody>
              {moves.map((m) => (
                <MarkRow m={m} attr="data-move-row">
                  <td class="num">{m.surface ? <span lang={m.language}>{m.surface}</span> : null} → {signed(m.value)}{perPeriod(m)}</td>
                  <td class="num">{m.recorded == null ? '—' : `${signed(m.recorded)}${perPeriod(m)}`}</td>
                </MarkRow>
              ))}
            </tbody>
          </table>
        </>
      )}
      {unplaced.length > 0 && (
        <>
          <h3>Claims not placed on the chart</h3>
          <ul class="unplaced">
            {unplaced.map((c) => (
              <li data-unplaced={c.id}>
                <a href={`/claims/${encodeURIComponent(c.id)}`} lang={c.document.language} onClick={(e) => { e.preventDefault(); openClaim(c.id); }}>{c.quote}</a>{' '}
                <span class="hint">({c.document.title}; {c.checks[0]?.verdict === 'NOT_CHECKABLE' ? 'no value and window read' : 'checked against another measure'})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A row of the marks' or the moves' table: the claim (a link to it), its document, the figure cells given, the window, the suggestion and the review status. */
function MarkRow(props: { m: Mark; attr: 'data-mark-row' | 'data-move-row'; children: ComponentChildren }) {
  const { m } = props;
  return (
    <tr {...{ [props.attr]: m.claimId }}>
      <th scope="row"><a href={`/claims/${encodeURIComponent(m.claimId)}`} lang={m.language} onClick={(e) => { e.preventDefault(); openClaim(m.claimId); }}>{m.quote}</a></th>
      <td>{m.documentTitle}</td>
      {props.children}
      <td>{m.label} ({m.from} to {m.to})</td>
      <td><span aria-hidden="true">{verdictText(m.verdict).glyph}</span> {verdictText(m.verdict).label}</td>
      <td><span aria-hidden="true">{LOOK[m.status as Status]?.glyph}</span> {LOOK[m.status as Status]?.label ?? m.status}</td>
    </tr>
  );
}

function MarkLegend() {
  return (
    <div class="mark-legend" aria-label="How marks are drawn" role="group">
      <span>Border and shape: the record's suggestion —</span>
      {Object.entries(VERDICT_MARK).map(([v, look]) => (
        <span class="legend-entry"><span class={`claim-mark shape-${look.shape}`} style={{ borderColor: look.colour }} aria-hidden="true" /> {verdictText(v).label}</span>
      ))}
      <span>Glyph: the review status (○ unreviewed, ✓ verified, ✗ false, …).</span>
    </div>
  );
}

/**
 * The series (uPlot, canvas, hidden from assistive technology) with the marks drawn over it as
 * buttons positioned from the chart's own scales, so each is a click or a Tab away from its claim.
 */
function MeasureChart(props: { title: string; obs: { date: string; value: number }[]; marks: Mark[]; loaded: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [positions, setPositions] = useState<{ left: number; top: number; x0: number; x1: number }[]>([]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const xs = props.obs.map((o) => toSeconds(o.date));
    const values = [...props.obs.map((o) => o.value), ...props.marks.map((m) => m.value)];
    if (!values.length) return;
    const big = Math.max(...values.map(Math.abs));
    const scale = big >= 1e12 ? 1e12 : big >= 1e9 ? 1e9 : 1;
    const allX = [...xs, ...props.marks.flatMap((m) => [toSeconds(m.from), toSeconds(m.to)])];
    const [x0, x1] = [Math.min(...allX) - 86_400 * 10, Math.max(...allX) + 86_400 * 10];
    const lo = Math.min(...values) / scale;
    const hi = Math.max(...values) / scale;
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    const opts: uPlot.Options = {
      width: Math.max(320, el.clientWidth || 720),
      height: 320,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true, range: [x0, x1] }, y: { range: [lo - pad, hi + pad] } },
      axes: [
        { stroke: '#1a1a1a', grid: { stroke: '#e4e4e4' } },
        { stroke: '#1a1a1a', grid: { stroke: '#e4e4e4' }, size: 64, label: scale === 1e12 ? 'trillion USD' : scale === 1e9 ? 'billion USD' : '', values: (_u, t) => t.map((v) => v.toLocaleString('en', { maximumFractionDigits: 2 })) },
      ],
      series: [{}, { label: 'record', stroke: '#1a1a1a', width: 2, spanGaps: true, points: { show: false } }],
      hooks: {
        draw: [
          (u: uPlot) => {
            // The CSS pixel positions of each mark, for the buttons laid over the canvas. The same
            // figure over the same window in several documents would stack: each further one is
            // set beside the last, so every mark stays visible and clickable.
            const seen = new Map<string, number>();
            setPositions(
              props.marks.map((m) => {
                const left = u.valToPos(midpoint(m), 'x') + u.over.offsetLeft;
                const top = u.valToPos(m.value / scale, 'y') + u.over.offsetTop;
                const key = `${Math.round(left / 12)}:${Math.round(top / 12)}`;
                const n = seen.get(key) ?? 0;
                seen.set(key, n + 1);
                return {
                  left: left + n * 26,
                  top,
                  x0: u.valToPos(toSeconds(m.from), 'x') + u.over.offsetLeft,
                  x1: u.valToPos(toSeconds(m.to), 'x') + u.over.offsetLeft,
                };
              }),
            );
          },
        ],
      },
    };
    const data: uPlot.AlignedData = xs.length ? [xs, props.obs.map((o) => o.value / scale)] : [[x0, x1], [null, null]];
    const chart = new uPlot(opts, data, el);
    return () => chart.destroy();
  }, [props.obs, props.marks]);
  return (
    <figure class="chart measure-chart" data-record-points={props.loaded ? props.obs.length : undefined}>
      <figcaption>{props.title}. The table below lists the same figures.</figcaption>
      <div class="measure-plot">
        <div ref={ref} aria-hidden="true" />
        <div class="mark-layer">
          {props.marks.map((m, i) => {
            const p = positions[i];
            if (!p) return null;
            const look = verdictMark(m.verdict);
            const status = LOOK[m.status as Status];
            return (
              <>
                <span class="mark-window" aria-hidden="true" style={{ left: `${Math.min(p.x0, p.x1)}px`, width: `${Math.max(2, Math.abs(p.x1 - p.x0))}px`, top: `${p.top}px`, background: look.colour }} />
                <button
                  type="button"
                  class={`claim-mark shape-${look.shape}`}
                  data-mark={m.claimId}
                  data-verdict={m.verdict}
                  data-status={m.status}
                  style={{ left: `${p.left}px`, top: `${p.top}px`, borderColor: look.colour }}
                  aria-label={`${m.surface ?? scaled(m.value)} (${scaled(m.value)}), ${m.label}, in ${m.documentTitle}: ${verdictText(m.verdict).label}; ${status?.label ?? m.status}. Open the claim.`}
                  title={`${m.quote} — ${verdictText(m.verdict).label}; ${status?.label ?? m.status}`}
                  onClick={() => openClaim(m.claimId)}
                >
                  <span aria-hidden="true">{status?.glyph ?? '?'}</span>
                </button>
              </>
            );
          })}
        </div>
      </div>
    </figure>
  );
}

/**
 * An address naming no measure (a guessed or mistyped `/measures/<id>`): say so, and offer the measures that have a
 * record, so the reader is one click from what they were looking for rather than at a dead end.
 */
function UnknownMeasure(props: { factorId: string }) {
  const [measures, setMeasures] = useState<ListedFactor[] | null>(null);
  useEffect(() => {
    gql<{ factors: ListedFactor[] }>(MEASURES_WITH_RECORD).then(
      (d) => setMeasures(withRecord(d.factors)),
      () => setMeasures([]),
    );
  }, [props.factorId]);
  return (
    <div class="measure-unknown">
      <p class="error" role="alert">No measure is called {props.factorId}.</p>
      {measures && measures.length > 0 && (
        <>
          <p>Measures with a record:</p>
          <MeasureLinks measures={measures} />
        </>
      )}
    </div>
  );
}
