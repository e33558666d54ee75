import uPlot from 'uplot';
import { useEffect, useRef } from 'preact/hooks';

export interface ChartLine {
  label: string;
  /** One value per x (null where the line has no point). */
  values: (number | null)[];
  colour: string;
  dash?: number[];
}

const toSeconds = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 1000;

/**
 * A small time-series chart (uPlot, canvas): dated lines, optional horizontal levels (thresholds, a
 * claimed value) and a shaded window. The canvas is hidden from assistive technology; callers put
 * the same figures beside it as text.
 */
export function SeriesChart(props: {
  dates: string[];
  lines: ChartLine[];
  levels?: { label: string; value: number; colour: string }[];
  window?: { from: string; to: string };
  /** A shaded band (an uncertainty range): lower and upper bounds per x, null where there is none. */
  band?: { label: string; lower: (number | null)[]; upper: (number | null)[]; colour: string };
  unitScale?: number;
  unitLabel?: string;
  height?: number;
  title: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !props.dates.length) return;
    const scale = props.unitScale ?? 1;
    const xs = props.dates.map(toSeconds);
    const levels = props.levels ?? [];
    const band = props.band;
    const scaled = (vs: (number | null)[]) => vs.map((v) => (v == null ? null : v / scale));
    const data: uPlot.AlignedData = [
      xs,
      ...props.lines.map((l) => scaled(l.values)),
      ...levels.map((lv) => xs.map(() => lv.value / scale)),
      ...(band ? [scaled(band.upper), scaled(band.lower)] : []),
    ];
    const upperIdx = 1 + props.lines.length + levels.length;
    const win = props.window;
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth || 480),
      height: props.height ?? 200,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: true } },
      axes: [
        { stroke: '#1a1a1a', grid: { stroke: '#e4e4e4' } },
        { stroke: '#1a1a1a', grid: { stroke: '#e4e4e4' }, size: 60, label: props.unitLabel ?? '', values: (_u, ticks) => ticks.map((t) => t.toLocaleString('en', { maximumFractionDigits: 2 })) },
      ],
      series: [
        {},
        ...props.lines.map((l) => ({ label: l.label, stroke: l.colour, width: 2, dash: l.dash, spanGaps: true, points: { show: false } })),
        ...levels.map((lv) => ({ label: lv.label, stroke: lv.colour, width: 1.5, dash: [6, 4], points: { show: false } })),
        ...(band
          ? [
              { label: `${band.label}, upper`, stroke: band.colour, width: 0.5, spanGaps: true, points: { show: false } },
              { label: `${band.label}, lower`, stroke: band.colour, width: 0.5, spanGaps: true, points: { show: false } },
            ]
          : []),
      ],
      ...(band ? { bands: [{ series: [upperIdx, upperIdx + 1] as [number, number], fill: `${band.colour}33` }] } : {}),
      hooks: win
        ? {
            drawClear: [
              (u: uPlot) => {
                const x0 = u.valToPos(toSeconds(win.from), 'x', true);
                const x1 = u.valToPos(toSeconds(win.to), 'x', true);
                u.ctx.save();
                u.ctx.fillStyle = 'rgba(230, 159, 0, 0.15)';
                u.ctx.fillRect(x0, u.bbox.top, Math.max(2, x1 - x0), u.bbox.height);
                u.ctx.restore();
              },
            ],
          }
        : {},
    };
    const chart = new uPlot(opts, data, el);
    return () => chart.destroy();
  }, [props.dates, props.lines, props.levels, props.window, props.band]);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div ref={ref} aria-hidden="true" />
    </figure>
  );
}
