import { useEffect, useMemo, useState } from 'preact/hooks';
import { gql } from './api.ts';
import { latestOnly } from './latest.ts';
import type { Check } from './queries.ts';
import { SERIES_OBSERVATIONS } from './queries.ts';
import { SeriesChart } from './series-chart.tsx';

const VERDICT: Record<Check['verdict'], { label: string; glyph: string }> = {
  CONSISTENT: { label: 'Consistent with the record', glyph: '=' },
  INCONSISTENT: { label: 'The record disagrees', glyph: '≠' },
  MISLEADING: { label: 'Misleading: the number holds, what it says about it does not', glyph: '⚠' },
  INCONCLUSIVE: { label: 'Inconclusive', glyph: '?' },
  NOT_CHECKABLE: { label: 'Not checkable', glyph: '–' },
};
export const verdictLook = (v: Check['verdict']) => VERDICT[v];

const BASIS: Record<string, string> = { EDITOR: "an editor's reading", TEXT: "the claim's words", DOCUMENT_DATE: "the document's date (fallback)", CURATED_CLAIM: 'the curated claim', INFERRED: 'inferred' };
const PART: Record<string, string> = {
  NUMBER: 'The number', DIRECTION: 'The direction', BASE: 'The base', CROSSING: 'The crossing', EXTREMUM: 'The extremum',
  FLOW_STOPPED: 'A flow said to have stopped', STOCK_AS_FLOW: 'A stock presented as issued', EXTREMUM_SINCE: '"Since"', NEAR_LINE: 'A line said to be near',
};

const usd = (v: number) => {
  const a = Math.abs(v);
  if (a >= 1e12) return `${(v / 1e12).toFixed(3)} trillion USD`;
  if (a >= 1e9) return `${(v / 1e9).toFixed(1)} billion USD`;
  return `${v.toLocaleString('en')} USD`;
};

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The checks of a claim against the reference series: the figures as text, and the series around the window with the claimed value marked. */
export function ChecksSection(props: { checks: Check[] }) {
  const checks = props.checks.filter((c) => c.verdict !== 'NOT_CHECKABLE' || c.reason);
  if (!checks.length) return null;
  return (
    <section class="checks" aria-labelledby="checks-h">
      <h3 id="checks-h">Checks against the record</h3>
      {checks.map((c, i) => <CheckItem check={c} key={i} />)}
    </section>
  );
}

function CheckItem(props: { check: Check }) {
  const c = props.check;
  const [obs, setObs] = useState<{ date: string; value: number }[]>([]);
  const latestObs = useMemo(latestOnly, []);
  useEffect(() => {
    if (!c.series || !c.window) return;
    void latestObs(
      gql<{ series: { observations: { date: string; valueInUnit: number }[] }[] }>(SERIES_OBSERVATIONS, { id: c.series.id, from: shift(c.window.from, -75), to: shift(c.window.to, 45) }),
      // valueInUnit: USD, like the check's claimed and recorded figures (value is in the publisher's scale).
      (d) => setObs((d.series[0]?.observations ?? []).map((o) => ({ date: o.date, value: o.valueInUnit }))),
      () => setObs([]),
    );
  }, [c.series?.id, c.window?.from, c.window?.to]);
  const look = VERDICT[c.verdict];
  const big = Math.max(Math.abs(c.claimed ?? 0), ...obs.map((o) => Math.abs(o.value)));
  const scale = big >= 1e12 ? 1e12 : big >= 1e9 ? 1e9 : 1;
  return (
    <div class={`check verdict-${c.verdict}`}>
      <p class="verdict"><span aria-hidden="true" class="verdict-glyph">{look.glyph}</span> <strong>{look.label}</strong>{c.quantity ? ` — ${c.quantity.surface}` : ''}</p>
      <dl class="facts">
        {c.claimed != null && <><dt>Claimed</dt><dd>{usd(c.claimed)}{c.reading ? ` (${c.reading.toLowerCase().replace('_', ' ')})` : ''}</dd></>}
        {c.recorded != null && <><dt>Record</dt><dd>{usd(c.recorded)}{c.recordedAs ? `, ${c.recordedAs}` : ''}{c.observation ? ` (${c.observation.date})` : ''}</dd></>}
        {c.deviation != null && <><dt>Deviation</dt><dd>{c.deviation >= 0 ? '+' : '−'}{usd(Math.abs(c.deviation))}{c.relativeDeviation != null ? ` (${(c.relativeDeviation * 100).toFixed(1)}%)` : ''}</dd></>}
        {c.window && <><dt>As of</dt><dd>{c.window.label} ({c.window.from} to {c.window.to})</dd></>}
        {c.series && <><dt>Series</dt><dd><a href={c.series.url} rel="noopener noreferrer">{c.series.title}</a> ({c.series.id}, {c.series.publisher})</dd></>}
        {c.reason && <><dt>Why</dt><dd>{c.reason}</dd></>}
        {c.readingBasis && <><dt>Read from</dt><dd>factor: {BASIS[c.readingBasis.factor] ?? c.readingBasis.factor}; time: {BASIS[c.readingBasis.window] ?? c.readingBasis.window}; mode ({c.mode?.toLowerCase()}): {BASIS[c.readingBasis.mode] ?? c.readingBasis.mode}</dd></>}
      </dl>
      {c.parts && c.parts.length > 1 && (
        <ul class="parts" aria-label="What the claim says, part by part">
          {c.parts.map((p) => (
            <li data-part={p.kind} data-holds={String(p.holds)}>
              <span aria-hidden="true">{p.holds === true ? '✓' : p.holds === false ? '✗' : '?'}</span> <strong>{PART[p.kind] ?? p.kind.toLowerCase()}</strong> {p.holds === true ? 'holds' : p.holds === false ? 'fails' : 'cannot tell'}: {p.text}
            </li>
          ))}
        </ul>
      )}
      {obs.length > 1 && c.series && (
        <SeriesChart
          title={`${c.series.title}, around ${c.window?.label ?? 'the date'}; dashed: the claimed value`}
          dates={obs.map((o) => o.date)}
          lines={[{ label: c.series.id, values: obs.map((o) => o.value), colour: '#0072B2' }]}
          levels={c.claimed != null ? [{ label: 'claimed', value: c.claimed, colour: '#D55E00' }] : []}
          window={c.window ?? undefined}
          unitScale={scale}
          unitLabel={scale === 1e12 ? 'trillion USD' : scale === 1e9 ? 'billion USD' : 'USD'}
          height={170}
        />
      )}
      <details><summary>Explanation</summary><p>{c.explanation}</p></details>
    </div>
  );
}
