import { navigate } from './router.ts';

/** A factor as the measures query answers it (queries.ts `MEASURES`). */
export interface MeasureFactor { id: string; name: string; series: { series: { id: string } }[] }

/** The measures that have a record: a series measures them, so claims about them can be held against it. */
export const withRecord = <F extends MeasureFactor>(factors: readonly F[]): F[] => factors.filter((f) => f.series.length > 0);

/** Links to the measures' views (the desk's list, and the way on from an address naming no measure). */
export function MeasureLinks(props: { measures: readonly { id: string; name: string }[] }) {
  return (
    <ul class="measures">
      {props.measures.map((m) => {
        const path = `/measures/${encodeURIComponent(m.id)}`;
        return <li><a href={path} onClick={(e) => { e.preventDefault(); navigate(path); }}>{m.name}</a></li>;
      })}
    </ul>
  );
}
