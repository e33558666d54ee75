import type { Check } from './check-claim.ts';
import { KIND_WORDS, fmt, signed } from './check-claim.ts';
import { READING_WORDS } from './check-rules.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const VERDICT_WORDS: Record<Check['verdict'], string> = {
  CONSISTENT: 'consistent with the record',
  INCONSISTENT: 'inconsistent with the record',
  INCONCLUSIVE: 'inconclusive: the record neither bears it out nor rules it out',
  NOT_CHECKABLE: 'not checkable with the data we have',
};

/** One English paragraph a reader can follow: what the claim says, what the record says, how they compare. */
export function explain(c: Check): string {
  const q = c.quantity;
  if (c.verdict === 'NOT_CHECKABLE' || !c.series || !c.window || !q || c.claimed === null || c.recorded === null) {
    return `Not checkable with the data we have${q ? ` ("${q.surface}")` : ''}: ${c.reason ?? 'no series measures it.'}`;
  }
  const kind = KIND_WORDS[c.series.observationKind] ?? 'value';
  const source = `${c.series.title} (${c.series.id}, ${c.series.publisher})`;
  const window = `${c.window.label} (${c.window.from} to ${c.window.to}), chosen because ${c.window.basis}`;
  const parts: string[] = [];

  if (c.mode === 'CHANGE' && !c.change) {
    // A rise over a window the record starts inside, bounded by the balance at its end.
    parts.push(`The claim ("${q.surface}") is read as a rise of ${fmt(c.claimed)} in ${c.factorName ? `the ${c.factorName}` : 'the figure'} over ${window}, measured by ${source}.`);
    parts.push(`Suggested: ${VERDICT_WORDS[c.verdict]}. ${c.reason ?? ''} ${wouldHold(c)}${c.note ? ` ${c.note}` : ''}`);
    return parts.join(' ');
  }
  if (c.mode === 'CHANGE' && c.change) {
    const ch = c.change;
    const per = ch.period === 'WINDOW' ? '' : ` per ${ch.period.toLowerCase()}`;
    const dir = c.recordedAs?.includes('decrease') ? 'decrease' : 'increase';
    parts.push(`The claim ("${q.surface}") is read as ${dir === 'increase' ? 'an' : 'a'} ${dir} of ${fmtPlain(c.claimed, q.unit)}${per} over ${window}.`);
    parts.push(
      `In ${source}, ${kind}s, the figure went from ${fmt(ch.baseline.value)} on ${ch.baseline.periodEnd} (the last observation before the window) to ${fmt(ch.end.value)} on ${ch.end.periodEnd}: ${c.formula}.`,
    );
    parts.push(
      `The largest ${dir}${ch.period === 'WINDOW' ? ' within the window' : ` within one ${ch.period.toLowerCase()}`} was ${fmtMove(ch.largest, q.unit)} (${ch.largestFrom.periodEnd} to ${ch.largestTo.periodEnd})` +
        (ch.period === 'WINDOW' ? '.' : `, and the typical (median) ${dir} over one ${ch.period.toLowerCase()} was ${fmtMove(ch.typical, q.unit)}.`),
    );
  } else {
    const what = c.factorName ? `the ${c.factorName}` : 'the figure';
    const reading = c.reading === 'REACHED' ? 'as having reached' : c.reading === 'STATED' ? 'at' : `${READING_WORDS[c.reading ?? 'STATED']}`;
    parts.push(`The claim puts ${what} ${reading} ${fmt(c.claimed)} ("${q.surface}") for ${window}.`);
    const obs = c.observation;
    parts.push(`In ${source}, the ${c.recordedAs} was ${fmt(c.recorded)}${obs ? ` (${obs.periodEnd === obs.date ? obs.date : `dated ${obs.date}, for ${obs.periodEnd}`})` : ''}.`);
    if (c.range && c.range.count > 1) {
      parts.push(`Over the window the ${kind}s ranged from ${fmt(c.range.min.value)} (${c.range.min.periodEnd}) to ${fmt(c.range.max.value)} (${c.range.max.periodEnd}), ${c.range.count} observations; the last in force was ${fmt(c.inForce!.value)} on ${c.inForce!.periodEnd}.`);
    }
    if (c.next) parts.push(`The next ${kind} is ${fmt(c.next.value)} for ${c.next.periodEnd}.`);
  }
  if (c.deviation !== null && c.relativeDeviation !== null) {
    const tol =
      c.reading === 'REACHED' && c.tolerance
        ? `; "reached" holds when the peak is from −${pct(c.tolerance)} (the rounding of "${q.surface}") to +${pct(Math.max(c.tolerance, 0.05))} of the figure`
        : c.tolerance
          ? `; a figure written "${q.surface}" is given ±${pct(c.tolerance)} (${fmt(c.toleranceAbsolute ?? 0)}) for rounding${c.reading === 'ABOUT' || c.reading === 'NEARLY' ? ` and for "${READING_WORDS[c.reading]}"` : ''}`
          : '; a threshold is strict';
    parts.push(`Against the claim that is ${c.mode === 'CHANGE' && q.unit === '%' ? `${c.deviation >= 0 ? '+' : '−'}${Math.abs(c.deviation).toFixed(1)} points` : signed(c.deviation)} (${c.relativeDeviation >= 0 ? '+' : '−'}${pct(Math.abs(c.relativeDeviation))})${tol}.`);
  }
  parts.push(`Suggested: ${VERDICT_WORDS[c.verdict]}.${c.reason ? ` ${c.reason}` : ''}${c.verdict === 'INCONSISTENT' ? ` ${wouldHold(c)}` : ''}${c.note ? ` ${c.note}` : ''}`);
  return parts.join(' ');
}

function fmtPlain(x: number, unit: string): string {
  return unit === '%' ? `${x}%` : fmt(x);
}

function fmtMove(x: number, unit: string): string {
  return unit === '%' ? `${x.toFixed(1)}%` : fmt(x);
}

/** What the record would have had to show for the claim to hold (Full Fact's "what would make it true"). */
function wouldHold(c: Check): string {
  const x = c.claimed ?? 0;
  const tol = c.tolerance ?? 0;
  const kind = c.series ? (KIND_WORDS[c.series.observationKind] ?? 'value') : 'value';
  if (c.mode === 'CHANGE' && !c.change) return `For the claim to hold, the balance would have to stand above ${fmt(x * (1 - tol))} at the end of the window.`;
  if (c.mode === 'CHANGE' && c.change) {
    const span = c.change.period === 'WINDOW' ? 'within the window' : `within one ${c.change.period.toLowerCase()}`;
    return `For the claim to hold, the record would need a move of at least ${fmt(x * (1 - tol))} ${span}.`;
  }
  switch (c.reading) {
    case 'BELOW':
    case 'AT_MOST':
      return `For the claim to hold, a ${kind} under ${fmt(x)} would be needed in the window.`;
    case 'ABOVE':
    case 'AT_LEAST':
      return `For the claim to hold, a ${kind} over ${fmt(x)} would be needed in the window.`;
    case 'REACHED':
      return `For the claim to hold, the peak would need to be between ${fmt(x * (1 - tol))} and ${fmt(x * (1 + Math.max(tol, 0.05)))}.`;
    default:
      return `For the claim to hold, the ${c.recordedAs ?? kind} would need to be between ${fmt(x * (1 - tol))} and ${fmt(x * (1 + tol))}.`;
  }
}
