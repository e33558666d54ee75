/** Wording: one English paragraph a reader can follow — what the claim says, what the record says, how they compare, each part. Pure. */
import { READING_WORDS } from './check-rules.ts';
import type { Basis, Check } from './check-types.ts';
import { KIND_WORDS, fmt, fmtMove, pct, signed } from './format-usd.ts';

const VERDICT_WORDS: Record<Check['verdict'], string> = {
  CONSISTENT: 'consistent with the record',
  INCONSISTENT: 'inconsistent with the record',
  MISLEADING: 'misleading: the number holds, but what the claim says about it does not',
  INCONCLUSIVE: 'inconclusive: the record neither bears it out nor rules it out',
  NOT_CHECKABLE: 'not checkable with the data we have',
};

const MODE_WORDS: Record<NonNullable<Check['mode']>, string> = {
  LEVEL: 'a level',
  CHANGE: 'a change',
  FLOW: 'a flow',
  REACHED: 'a level reached',
  CROSSED: 'a line crossed',
  EXTREMUM: 'an extremum',
};

const BASIS_WORDS: Record<Basis, string> = {
  EDITOR: "an editor's reading",
  TEXT: "the claim's own words",
  DOCUMENT_DATE: "the document's date (a fallback)",
  CURATED_CLAIM: "the claim's curated fields",
  INFERRED: 'an inference from its words',
};

function partsText(c: Check): string {
  const shown = c.parts.filter((p) => p.kind !== 'NUMBER');
  if (!shown.length) return '';
  return ` ${shown.map((p) => `[${p.kind.toLowerCase().replace(/_/g, ' ')}: ${p.holds === true ? 'holds' : p.holds === false ? 'fails' : 'cannot tell'}] ${p.text}`).join(' ')}`;
}

export function explain(c: Check): string {
  const q = c.quantity;
  if (!c.series || !c.window || !q || c.claimed === null || c.recorded === null) {
    const head = c.verdict === 'NOT_CHECKABLE' ? 'Not checkable with the data we have' : `Suggested: ${VERDICT_WORDS[c.verdict]}`;
    return `${head}${q ? ` ("${q.surface}")` : ''}: ${c.reason ?? 'no series measures it.'}${partsText(c)}${c.note ? ` ${c.note}` : ''}`;
  }
  const kind = KIND_WORDS[c.series.observationKind] ?? 'value';
  const source = `${c.series.title} (${c.series.id}, ${c.series.publisher})`;
  const window = `${c.window.label} (${c.window.from} to ${c.window.to}), chosen because ${c.window.basis}`;
  const percent = q.unit === '%';
  const parts: string[] = [];
  if (c.readingBasis) parts.push(`Read as ${MODE_WORDS[c.mode ?? 'LEVEL']} of ${c.factorName ?? 'the figure'} (factor from ${BASIS_WORDS[c.readingBasis.factor]}, time from ${BASIS_WORDS[c.readingBasis.window]}, mode from ${BASIS_WORDS[c.readingBasis.mode]}).`);

  if ((c.mode === 'CHANGE' || c.mode === 'FLOW') && !c.change) {
    parts.push(`The claim ("${q.surface}") is read as ${c.mode === 'FLOW' ? 'a flow' : 'a change'} of ${fmt(c.claimed)} over ${window}, measured by ${source}: ${c.recordedAs ?? ''} ${fmt(c.recorded)}${c.formula ? ` (${c.formula})` : ''}.`);
  } else if (c.change) {
    const ch = c.change;
    const per = ch.period === 'WINDOW' ? '' : ` per ${ch.period.toLowerCase()}`;
    const dir = c.recordedAs?.includes('decrease') ? 'decrease' : 'increase';
    parts.push(`The claim ("${q.surface}") is read as ${dir === 'increase' ? 'an' : 'a'} ${dir} of ${percent ? `${c.claimed}%` : fmt(c.claimed)}${per} over ${window}.`);
    parts.push(`In ${source}, ${kind}s, the figure went from ${fmt(ch.baseline.value)} on ${ch.baseline.periodEnd} (the last observation before the window) to ${fmt(ch.end.value)} on ${ch.end.periodEnd}: ${c.formula}.`);
    parts.push(
      `The largest ${dir}${ch.period === 'WINDOW' ? ' within the window' : ` within one ${ch.period.toLowerCase()}`} was ${fmtMove(ch.largest, percent)} (${ch.largestFrom.periodEnd} to ${ch.largestTo.periodEnd})` +
        (ch.period === 'WINDOW' ? '.' : `, and the typical (median) ${dir} over one ${ch.period.toLowerCase()} was ${fmtMove(ch.typical, percent)}.`),
    );
  } else {
    const what = c.factorName ? `the ${c.factorName}` : 'the figure';
    const reading = c.mode === 'CROSSED' ? 'as having crossed' : c.reading === 'REACHED' ? 'as having reached' : c.reading === 'STATED' ? 'at' : `${READING_WORDS[c.reading ?? 'STATED']}`;
    parts.push(`The claim puts ${what} ${reading} ${fmt(c.claimed)} ("${q.surface}") for ${window}.`);
    const obs = c.observation;
    parts.push(`In ${source}, the ${c.recordedAs} was ${fmt(c.recorded, c.claimed)}${obs ? ` (${obs.periodEnd === obs.date ? obs.date : `dated ${obs.date}, for ${obs.periodEnd}`})` : ''}.`);
    if (c.range && c.range.count > 1 && c.inForce) {
      parts.push(`Over the window the ${kind}s ranged from ${fmt(c.range.min.value)} (${c.range.min.periodEnd}) to ${fmt(c.range.max.value)} (${c.range.max.periodEnd}), ${c.range.count} observations; the last in force was ${fmt(c.inForce.value)} on ${c.inForce.periodEnd}.`);
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
    parts.push(`Against the claim that is ${c.change && percent ? `${c.deviation >= 0 ? '+' : '−'}${Math.abs(c.deviation).toFixed(1)} points` : signed(c.deviation)} (${c.relativeDeviation >= 0 ? '+' : '−'}${pct(Math.abs(c.relativeDeviation))})${tol}.`);
  }
  parts.push(`Suggested: ${VERDICT_WORDS[c.verdict]}.${c.reason ? ` ${c.reason}` : ''}${c.verdict === 'INCONSISTENT' ? ` ${wouldHold(c)}` : ''}${partsText(c)}${c.note ? ` ${c.note}` : ''}`);
  return parts.join(' ');
}

/** What the record would have had to show for the claim to hold (Full Fact's "what would make it true"). */
function wouldHold(c: Check): string {
  const x = c.claimed ?? 0;
  const tol = c.tolerance ?? 0;
  const kind = c.series ? (KIND_WORDS[c.series.observationKind] ?? 'value') : 'value';
  if ((c.mode === 'CHANGE' || c.mode === 'FLOW') && !c.change) return `For the claim to hold, the record would need ${fmt(x * (1 - tol))} or more.`;
  if (c.change) {
    const span = c.change.period === 'WINDOW' ? 'within the window' : `within one ${c.change.period.toLowerCase()}`;
    return `For the claim to hold, the record would need a move of at least ${fmt(x * (1 - tol))} ${span}.`;
  }
  if (c.mode === 'CROSSED') return `For the claim to hold, a ${kind} beyond ${fmt(x)} would be needed in the window.`;
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
