import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';

export interface Column<R> {
  key: string;
  label: string;
  /** The value sorted on; numbers sort descending first (the largest tallies are what a desk looks at). */
  value: (r: R) => string | number;
  render?: (r: R) => ComponentChildren;
  numeric?: boolean;
}

/**
 * A table sorted by its column headers, as the WAI-ARIA sortable-table pattern asks: each header's
 * label is a button, the sorted column carries `aria-sort`, and the caption says how it is sorted.
 */
export function SortableTable<R>(props: { caption: string; columns: Column<R>[]; rows: R[]; rowKey: (r: R) => string; initial: { key: string; dir: 'ascending' | 'descending' }; id: string }) {
  const [sort, setSort] = useState(props.initial);
  const column = props.columns.find((c) => c.key === sort.key) ?? props.columns[0]!;
  const rows = useMemo(() => {
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...props.rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * d || props.rowKey(a).localeCompare(props.rowKey(b));
    });
  }, [props.rows, sort.key, sort.dir]);
  const toggle = (c: Column<R>) =>
    setSort((s) => (s.key === c.key ? { key: c.key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key: c.key, dir: c.numeric ? 'descending' : 'ascending' }));
  return (
    <table class="sortable" id={props.id}>
      <caption>
        {props.caption} <span class="hint">Sorted by {column.label.toLowerCase()}, {sort.dir}. Choose a column heading to sort by it.</span>
      </caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th scope="col" aria-sort={c.key === sort.key ? sort.dir : undefined} class={c.numeric ? 'num' : undefined} data-key={c.key}>
              <button type="button" onClick={() => toggle(c)}>
                {c.label}
                <span aria-hidden="true" class="sort-arrow">{c.key === sort.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={props.rowKey(r)} data-row={props.rowKey(r)}>
            {props.columns.map((c, i) =>
              i === 0 ? <th scope="row">{c.render ? c.render(r) : c.value(r)}</th> : <td class={c.numeric ? 'num' : undefined} data-key={c.key}>{c.render ? c.render(r) : c.value(r)}</td>,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
