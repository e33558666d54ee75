import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, gql } from './api.ts';
import { navigate } from './router.ts';
import { SeriesChart, type ChartLine } from './series-chart.tsx';

interface Announcement { driver: string; summary: string; publisher: string; date: string; url: string }
interface Scenario { name: string; title: string; description: string | null; start: string; horizonWeeks: number; drivers: string[]; definition: string; announcements: Announcement[] }
interface Score { measure: string; horizon: number; week: string; recorded: number | null; model: number; lower: number; upper: number; noChange: number; trend: number | null }
interface Simulation {
  scenarioName: string; title: string; weeks: string[]; reserves: number[];
  accounts: { id: string; name: string; values: number[] }[];
  crossings: { name: string; level: number; claimId: string | null; crossed: boolean; week: string | null; atStart: boolean; probability: number; likeliestWeek: string | null }[];
  attribution: { driver: string; label: string; change: number; largestWeeklyChange: number; largestWeeklyWeek: string }[];
  reservesChange: number; minimumReserves: number; minimumWeek: string; warnings: string[];
  floorBreach: { week: string; shortfall: number } | null;
  tga: number[]; onrrp: number[];
  band: { coverage: number; method: string; reservesLower: number[]; reservesUpper: number[]; tgaLower: number[]; tgaUpper: number[]; onrrpLower: number[]; onrrpUpper: number[] };
  fitted: { driver: string; perWeek: number; method: string }[];
  scores: Score[];
  snapshot: { reserves: Term; tga: Term; onrrp: Term; totalAssets: Term };
  record: { reserves: RecordedWeek[]; tga: RecordedWeek[]; onrrp: RecordedWeek[] };
}
interface RecordedWeek { week: string; value: number; series: string }
interface Term { value: number; series: string[] }

const SCENARIOS = `query Scenarios { scenarios { name title description start horizonWeeks drivers definition announcements { driver summary publisher date url } } }`;
const SIMULATE = `query Simulate($name: String, $definition: String) {
  simulate(name: $name, definition: $definition) { scenarioName title weeks reserves accounts { id name values }
    crossings { name level claimId crossed week atStart probability likeliestWeek } attribution { driver label change largestWeeklyChange largestWeeklyWeek }
    reservesChange minimumReserves minimumWeek warnings floorBreach { week shortfall } tga onrrp
    band { coverage method reservesLower reservesUpper tgaLower tgaUpper onrrpLower onrrpUpper }
    fitted { driver perWeek method } scores { measure horizon week recorded model lower upper noChange trend }
    record { reserves { week value series } tga { week value series } onrrp { week value series } }
    snapshot { reserves { value series } tga { value series } onrrp { value series } totalAssets { value series } } } }`;
const OBS = `query Obs($id: ID!, $from: String, $to: String) { series(id: $id) { observations(from: $from, to: $to) { date valueInUnit } } }`;

const bn = (v: number) => `${v.toLocaleString('en', { maximumFractionDigits: 1 })} bn USD`;
const num = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 0 });
const pct = (p: number) => (p > 0 && p < 0.01 ? 'under 1%' : `${Math.round(p * 100)}%`);
const MEASURE: Record<string, string> = { reserves: 'Reserves', tga: 'TGA', onrrp: 'ON RRP' };
const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every number (and date string) under `drivers` of a scenario definition, as dotted paths: `issuance.perWeek`. */
function driverFields(def: Record<string, unknown>): { path: string; value: number | string }[] {
  const out: { path: string; value: number | string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number' || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) out.push({ path, value: v });
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(def['drivers'], '');
  return out;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  const keys = ['drivers', ...path.split('.')];
  let at = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
  return copy;
}

/** Reference series and the liquidity model: run a shipped scenario or adjust its drivers, beside the record. */
export function LiquidityView(props: { announce: (m: string) => void }) {
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  const [name, setName] = useState('');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [sim, setSim] = useState<Simulation | null>(null);
  const [adjusted, setAdjusted] = useState(false);
  const [error, setError] = useState('');
  const [record, setRecord] = useState<Record<string, { date: string; value: number }[]>>({});

  useEffect(() => {
    gql<{ scenarios: Scenario[] }>(SCENARIOS).then((d) => {
      setScenarios(d.scenarios);
      // A link may name the scenario (`/liquidity?scenario=…`, from a claim's prediction check).
      const asked = new URLSearchParams(location.search).get('scenario');
      setName(d.scenarios.find((s) => s.name === asked)?.name ?? d.scenarios.find((s) => s.name.startsWith('shutdown-until'))?.name ?? d.scenarios[0]?.name ?? '');
    }, () => setError('The API could not be reached.'));
  }, []);
  const scenario = scenarios.find((s) => s.name === name);
  const definition = useMemo(() => (scenario ? (JSON.parse(scenario.definition) as Record<string, unknown>) : null), [scenario]);
  const fields = useMemo(() => (definition ? driverFields(definition) : []), [definition]);

  const run = async (withEdits: boolean) => {
    if (!scenario || !definition) return;
    setError('');
    let def = definition;
    if (withEdits) {
      for (const f of fields) {
        const raw = edits[f.path];
        if (raw === undefined || raw === String(f.value)) continue;
        def = setPath(def, f.path, typeof f.value === 'number' ? Number(raw) : raw);
      }
    }
    try {
      const d = await gql<{ simulate: Simulation }>(SIMULATE, withEdits ? { definition: JSON.stringify(def) } : { name: scenario.name });
      setSim(d.simulate);
      setAdjusted(withEdits);
      const crossed = d.simulate.crossings.filter((c) => c.crossed);
      const fb = d.simulate.floorBreach;
      props.announce(`Projected: ${fb ? `reserves go below zero from the week of ${fb.week}, breaking the model's floor` : `minimum reserves ${bn(d.simulate.minimumReserves)} in the week of ${d.simulate.minimumWeek}`}; ${crossed.length ? crossed.map((c) => `${c.name} crossed ${c.week}`).join('; ') : 'no threshold crossed'}.`);
    } catch (e) {
      setSim(null);
      setError(e instanceof ApiError ? e.message : 'The API could not be reached.');
    }
  };
  useEffect(() => { setEdits({}); void run(false); }, [name]);

  // The record around the run. Reserves, the TGA and ON RRP come from the server on the model's own basis (week
  // averages; the TGA's DTS fallback lives there, once); total assets, which the model has no week average of, is
  // charted from its series' Wednesday levels.
  useEffect(() => {
    if (!sim || !scenario) return;
    const from = shiftDays(scenario.start, -91);
    const to = shiftDays(sim.weeks[sim.weeks.length - 1] ?? scenario.start, 7);
    const id = sim.snapshot.totalAssets.series[0];
    if (!id) return;
    gql<{ series: { observations: { date: string; valueInUnit: number }[] }[] }>(OBS, { id, from, to })
      .then((d) => setRecord({ [id]: (d.series[0]?.observations ?? []).map((o) => ({ date: o.date, value: o.valueInUnit / 1e9 })) }), () => setRecord({}));
  }, [sim?.scenarioName, sim?.weeks[0]]);

  /** The record line and its legend label, naming every series it is drawn from, in order. */
  const recordLine = (measure: 'reserves' | 'tga' | 'onrrp' | 'totalAssets', term: Term): { rec: { date: string; value: number }[]; label: string } => {
    if (!sim) return { rec: [], label: 'record' };
    if (measure === 'totalAssets') return { rec: record[term.series[0] ?? ''] ?? [], label: `record (${term.series[0]}, Wednesday levels)` };
    const weeks = sim.record[measure];
    const sources = [...new Set(weeks.map((w) => w.series))];
    return { rec: weeks.map((w) => ({ date: w.week, value: w.value })), label: `record (${sources.length ? sources.join(', then ') : term.series[0]}, week averages)` };
  };

  const chart = (title: string, measure: 'reserves' | 'tga' | 'onrrp' | 'totalAssets', projected: number[] | undefined, thresholds = false, band?: { lower: number[]; upper: number[] }) => {
    const term = sim?.snapshot[measure];
    if (!sim || !term) return null;
    const { rec, label } = recordLine(measure, term);
    const dates = [...new Set([...rec.map((o) => o.date), ...sim.weeks])].sort();
    const recMap = new Map(rec.map((o) => [o.date, o.value]));
    const projMap = new Map(sim.weeks.map((w, i) => [w, projected?.[i] ?? null]));
    const lines: ChartLine[] = [
      { label, values: dates.map((d) => recMap.get(d) ?? null), colour: '#0072B2' },
      { label: adjusted ? 'projection (adjusted)' : 'projection', values: dates.map((d) => projMap.get(d) ?? null), colour: '#D55E00', dash: [8, 3] },
    ];
    const levels = thresholds ? sim.crossings.map((c, i) => ({ label: c.name, value: c.level, colour: i === 0 ? '#A66F00' : '#CC79A7' })) : [];
    const bandMap = band && new Map(sim.weeks.map((w, i) => [w, [band.lower[i] ?? null, band.upper[i] ?? null] as const]));
    const shade = bandMap && { label: `${Math.round(sim.band.coverage * 100)}% band`, lower: dates.map((d) => bandMap.get(d)?.[0] ?? null), upper: dates.map((d) => bandMap.get(d)?.[1] ?? null), colour: '#D55E00' };
    return <SeriesChart title={title} dates={dates} lines={lines} levels={levels} band={shade} unitLabel="bn USD" height={190} />;
  };
  const totalAssets = sim ? sim.weeks.map((_, i) => sim.accounts.filter((a) => a.id === 'fed.securities' || a.id === 'fed.loans').reduce((s, a) => s + (a.values[i] ?? 0), 0)) : undefined;

  return (
    <section class="liquidity" aria-labelledby="liq-h">
      <h2 id="liq-h">Liquidity: the record and the model</h2>
      <form class="toolbar" aria-label="Choose and run a scenario" onSubmit={(e) => { e.preventDefault(); void run(true); }}>
        <div class="field">
          <label for="scenario">Scenario</label>
          <select id="scenario" value={name} onChange={(e) => setName((e.target as HTMLSelectElement).value)}>
            {scenarios.map((s) => <option value={s.name}>{s.title}</option>)}
          </select>
        </div>
        <button type="button" onClick={() => { setEdits({}); void run(false); }}>Run as shipped</button>
        <button type="submit">Run with these drivers</button>
      </form>
      {scenario?.description && <p class="hint">{scenario.description}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="columns">
        <div>
          {sim && (
            <>
              {chart('Reserve balances (bn USD), with the named thresholds and the 80% band', 'reserves', sim.reserves, true, { lower: sim.band.reservesLower, upper: sim.band.reservesUpper })}
              {chart('Treasury General Account (bn USD), with the 80% band', 'tga', sim.tga, false, { lower: sim.band.tgaLower, upper: sim.band.tgaUpper })}
              {chart('ON RRP (bn USD), with the 80% band', 'onrrp', sim.onrrp, false, { lower: sim.band.onrrpLower, upper: sim.band.onrrpUpper })}
              {chart('Fed total assets (bn USD)', 'totalAssets', totalAssets)}
            </>
          )}
        </div>
        <aside class="panel" aria-label="Projection">
          {sim && (
            <>
              <h3>Projection{adjusted ? ' (adjusted drivers)' : ''}</h3>
              {sim.floorBreach ? (
                // A negative reserves level cannot occur: say what the path does instead of headlining it as a level.
                <p class="result floor-breach" role="status" data-testid="floor-breach">
                  Reserves go below zero from the week of <strong data-testid="floor-week">{sim.floorBreach.week}</strong>: the path breaks the model's floor
                  (banks would borrow from the Fed first, which the model does not hold), and from then on its reserves are not levels that can occur.
                  The drivers ask for up to {bn(sim.floorBreach.shortfall)} more than the banks hold.
                </p>
              ) : (
                <p class="result">Minimum reserves <strong data-testid="min-reserves">{bn(sim.minimumReserves)}</strong> in the week of <strong data-testid="min-week">{sim.minimumWeek}</strong>; change over the run {bn(sim.reservesChange)}.</p>
              )}
              {sim.floorBreach ? (
                <p class="result" data-testid="end-band">At the end, week of {sim.weeks[sim.weeks.length - 1]}, the path is past the model's floor: no reserves level is given.</p>
              ) : (
                <p class="result" data-testid="end-band">At the end, week of {sim.weeks[sim.weeks.length - 1]}: reserves {bn(sim.reserves[sim.reserves.length - 1] ?? 0)}, {Math.round(sim.band.coverage * 100)}% band {bn(sim.band.reservesLower[sim.reserves.length - 1] ?? 0)} to {bn(sim.band.reservesUpper[sim.reserves.length - 1] ?? 0)}.</p>
              )}
              <h4>Threshold crossings</h4>
              <table class="crossings">
                <thead><tr><th scope="col">Threshold</th><th scope="col">Level</th><th scope="col">Crossed</th><th scope="col">Chance under the band</th></tr></thead>
                <tbody>
                  {sim.crossings.map((c) => (
                    <tr data-threshold={c.name}>
                      <td>{c.claimId ? <a href={`/claims/${c.claimId}`} onClick={(e) => { e.preventDefault(); navigate(`/claims/${c.claimId}`); }}>{c.name}</a> : c.name}</td>
                      <td>{bn(c.level)}</td>
                      <td class="crossed">{c.crossed ? (c.atStart ? 'below at the start' : c.week) : 'not crossed'}</td>
                      <td class="chance">{pct(c.probability)}{c.likeliestWeek && !c.atStart ? ` (likeliest ${c.likeliestWeek})` : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h4>Attribution by driver</h4>
              <table class="attribution">
                <thead><tr><th scope="col">Driver</th><th scope="col">Change in reserves</th><th scope="col">Largest in one week (week ending)</th></tr></thead>
                <tbody>
                  {sim.attribution.map((a) => (
                    <tr data-driver={a.driver}><td>{a.label}</td><td class="num">{bn(a.change)}</td><td class="num weekly">{bn(a.largestWeeklyChange)} ({a.largestWeeklyWeek})</td></tr>
                  ))}
                </tbody>
              </table>
              {sim.warnings.length > 0 && <ul class="warnings">{sim.warnings.map((w) => <li>{w}</li>)}</ul>}
              <p class="hint">{sim.band.method}.</p>
              {sim.fitted.length > 0 && (
                <>
                  <h4>Fitted before the start</h4>
                  <ul class="fitted">{sim.fitted.map((f) => <li>{f.driver}: {bn(f.perWeek)} a week — {f.method}</li>)}</ul>
                </>
              )}
              {scenario && scenario.announcements.length > 0 && !adjusted && (
                <>
                  <h4>Announcements in force at the start</h4>
                  <ul class="announcements">
                    {scenario.announcements.map((a) => <li data-driver={a.driver}>{a.summary} — {a.publisher}, {a.date} (<a href={a.url} rel="noopener noreferrer">source</a>)</li>)}
                  </ul>
                </>
              )}
              {sim.scores.some((x) => x.recorded !== null) && (
                <>
                  <h4>Against the record</h4>
                  <table class="scores">
                    <caption class="hint">Week averages, bn USD: the projection and two naive forecasts made at the start, beside what was recorded.</caption>
                    <thead><tr><th scope="col">Weeks ahead</th><th scope="col">Measure</th><th scope="col">Record</th><th scope="col">Model (80% band)</th><th scope="col">No change</th><th scope="col">Trend</th></tr></thead>
                    <tbody>
                      {sim.scores.filter((x) => x.recorded !== null).map((x) => (
                        <tr data-measure={x.measure} data-horizon={x.horizon}>
                          <td>{x.horizon} ({x.week})</td><td>{MEASURE[x.measure] ?? x.measure}</td><td class="num">{num(x.recorded!)}</td>
                          <td class="num">{num(x.model)} ({num(x.lower)}–{num(x.upper)})</td><td class="num">{num(x.noChange)}</td><td class="num">{x.trend === null ? '—' : num(x.trend)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </>
          )}
          <details class="drivers" open>
            <summary>Drivers</summary>
            {fields.map((f) => (
              <div class="field">
                <label for={`drv-${f.path}`}>{f.path}</label>
                <input id={`drv-${f.path}`} inputMode={typeof f.value === 'number' ? 'decimal' : 'text'} value={edits[f.path] ?? String(f.value)} onInput={(e) => setEdits({ ...edits, [f.path]: (e.target as HTMLInputElement).value })} />
              </div>
            ))}
          </details>
        </aside>
      </div>
    </section>
  );
}
