/** A claim placed on a measure's chart: one check of one of its numbers, at the claimed value over the window it speaks of. */
export interface Mark {
  claimId: string;
  quote: string;
  status: string;
  verdict: string;
  value: number;
  from: string;
  to: string;
  label: string;
  surface: string | null;
  /** The quantity's unit as read (`USD`, `USD/month`). */
  unit: string | null;
  documentId: string;
  documentTitle: string;
  language: string;
  /** How the check read the figure (LEVEL, CHANGE, FLOW, REACHED, CROSSED, EXTREMUM); null when it read none. */
  mode: string | null;
  /** The record's figure held against it over the same window (for a change or flow, the record's move). */
  recorded: number | null;
}

/** Modes whose figure is a move of the measure, not a value of it: drawn on the level chart they would sit at a level the claim never stated. */
const MOVES = new Set(['CHANGE', 'FLOW']);

export interface MeasureClaim {
  id: string; quote: string; status: string; candidate: string | null;
  document: { id: string; title: string; language: string; published: string | null };
  checks: { verdict: string; mode?: string | null; claimed: number | null; recorded?: number | null; reading: string | null; window: { from: string; to: string; label: string } | null; factor: { id: string } | null; quantity: { surface: string; unit?: string } | null; series: { id: string } | null }[];
}

/**
 * The marks of a measure: every check of a claim about it that read a value and a window (a check
 * about another factor of the same claim is left out), and the claims that could not be placed.
 * `marks` are values of the measure (levels, levels reached, lines crossed, extremes), drawn on its chart;
 * `moves` are changes and flows ("300 billion a month drained"), listed beside the record's move over the
 * same window instead: at their value on the level chart they would read as a level nobody claimed.
 * The browser test computes the same from the API's answer.
 */
export function measureMarks(factorId: string, claims: readonly MeasureClaim[]): { marks: Mark[]; moves: Mark[]; unplaced: MeasureClaim[] } {
  const all: Mark[] = [];
  const unplaced: MeasureClaim[] = [];
  for (const c of claims) {
    const placed = c.checks.filter((k) => k.claimed != null && k.window && (!k.factor || k.factor.id === factorId));
    if (!placed.length) unplaced.push(c);
    for (const k of placed) {
      all.push({
        claimId: c.id, quote: c.quote, status: c.status, verdict: k.verdict, value: k.claimed!, from: k.window!.from, to: k.window!.to, label: k.window!.label,
        surface: k.quantity?.surface ?? null, unit: k.quantity?.unit ?? null, documentId: c.document.id, documentTitle: c.document.title, language: c.document.language,
        mode: k.mode ?? null, recorded: k.recorded ?? null,
      });
    }
  }
  all.sort((a, b) => a.from.localeCompare(b.from) || a.claimId.localeCompare(b.claimId));
  return { marks: all.filter((m) => !MOVES.has(m.mode ?? '')), moves: all.filter((m) => MOVES.has(m.mode ?? '')), unplaced };
}
