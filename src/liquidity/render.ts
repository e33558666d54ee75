import type { SimulationResult } from './simulate.ts';

const bn = (millions: number) => (millions / 1000).toFixed(1);
const pad = (s: string, n: number) => s.padStart(n);

const pathOf = (r: SimulationResult, id: string) => r.accounts.find((p) => p.account.id === id)?.values ?? [];

/** The run as text: the opening week, a weekly table, crossings, attribution. Billions of USD. */
export function renderTable(r: SimulationResult, maxRows = 60): string {
  const s = r.snapshot;
  const lines = [
    `${r.scenario.title} (${r.scenario.name})`,
    `Opening week ending ${s.week} (the shipped reference series); every stock is a week average, billions of USD. Inputs sha256 ${r.inputsHash.slice(0, 16)}…`,
    '',
  ];
  const cols = ['fed.reserves', 'fed.tga', 'fed.onrrp', 'fed.securities', 'fed.currencyAndOther'];
  const head = ['week', 'reserves', 'TGA', 'ON RRP', 'Fed assets', 'other factors'];
  const widths = [10, 10, 10, 10, 11, 14];
  lines.push(head.map((h, i) => pad(h, widths[i]!)).join(' '));
  const step = Math.max(1, Math.ceil(r.weeks.length / maxRows));
  for (let k = 0; k < r.weeks.length; k++) {
    if (k % step !== 0 && k !== r.weeks.length - 1) continue;
    lines.push([pad(r.weeks[k]!, widths[0]!), ...cols.map((c, i) => pad(bn(pathOf(r, c)[k] ?? Number.NaN), widths[i + 1]!))].join(' '));
  }
  if (step > 1) lines.push(`(every ${step}th week shown; --csv writes every week)`);
  lines.push('', 'Thresholds:');
  for (const c of r.crossings) {
    const source = c.claimId ? ` [claim ${c.claimId}]` : '';
    const chance = c.atStart ? '' : ` (chance under the ${Math.round(r.band.coverage * 100)}% band: ${(100 * c.probability).toFixed(c.probability > 0 && c.probability < 0.01 ? 2 : 0)}%)`;
    lines.push(`  ${c.name} at ${bn(c.level)}${source}: ${c.crossed ? (c.atStart ? `already below in the opening week ${c.week}` : `first crossed in the week ending ${c.week}`) : 'not crossed'}${chance}`);
  }
  if (!r.crossings.length) lines.push('  (none)');
  // A negative reserves level cannot occur: the path has broken the model's floor, and is said to have (issue 23).
  if (r.floorBreach) lines.push(`  reserves go below zero from the week ending ${r.floorBreach.week}: the path breaks the model's floor (up to ${bn(r.floorBreach.shortfall)} more than banks hold)`, '', 'Change in reserves by driver:');
  else lines.push(`  lowest reserves ${bn(r.minimum.value)} in the week ending ${r.minimum.week}`, '', 'Change in reserves by driver:');
  const signed = (v: number) => `${v >= 0 ? '+' : ''}${bn(v)}`;
  for (const a of r.attribution) {
    const peak = a.largest.change !== a.change ? `   (largest ${signed(a.largest.change)} by ${a.largest.week})` : '';
    lines.push(`  ${a.label.padEnd(44)} ${pad(signed(a.change), 10)}${peak}`);
  }
  lines.push(`  ${'total'.padEnd(44)} ${pad(signed(r.reservesChange), 10)}`);
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** A small text chart of reserves (*) against the threshold lines (-), one column per week or group of weeks. */
export function renderChart(r: SimulationResult, width = 72, height = 14): string {
  const n = r.reserves.length;
  const columns = Math.min(width, n);
  const values = Array.from({ length: columns }, (_, c) => {
    const from = Math.floor((c * n) / columns);
    const to = Math.max(from + 1, Math.floor(((c + 1) * n) / columns));
    return Math.min(...r.reserves.slice(from, to));
  });
  const levels = r.crossings.map((c) => c.level);
  let lo = Math.min(...values, ...levels);
  let hi = Math.max(...values, ...levels);
  if (hi === lo) [lo, hi] = [lo - 1000, hi + 1000];
  const rowOf = (v: number) => Math.round(((hi - v) / (hi - lo)) * (height - 1));
  const grid = Array.from({ length: height }, () => Array.from({ length: columns }, () => ' '));
  for (const level of levels) for (let c = 0; c < columns; c++) grid[rowOf(level)]![c] = '-';
  values.forEach((v, c) => {
    grid[rowOf(v)]![c] = '*';
  });
  const labels = Array.from({ length: height }, (_, row) => {
    const line = r.crossings.find((c) => rowOf(c.level) === row);
    if (line) return ` ${line.name}`;
    return row === 0 || row === height - 1 ? '' : '';
  });
  const axis = (row: number) => (row === 0 ? bn(hi) : row === height - 1 ? bn(lo) : '');
  const out = grid.map((cells, row) => `${pad(axis(row), 8)} |${cells.join('')}|${labels[row]}`);
  out.push(`${' '.repeat(9)} ${r.weeks[0]}${' '.repeat(Math.max(1, columns - 20))}${r.weeks.at(-1)}`);
  return `Reserves (*, lowest of each column, billions of USD) against the lines (-):\n${out.join('\n')}\n`;
}

/** Every account's weekly path as CSV: one row per week, billions of USD to the million. */
export function renderCsv(r: SimulationResult): string {
  const header = ['week', ...r.accounts.map((p) => p.account.id)].join(',');
  const rows = r.weeks.map((w, k) => [w, ...r.accounts.map((p) => (p.values[k]! / 1000).toFixed(3))].join(','));
  return `${header}\n${rows.join('\n')}\n`;
}
