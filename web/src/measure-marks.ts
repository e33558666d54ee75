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
  documentId: string;
  documentTitle: string;
  language: string;
}

export interface MeasureClaim {
  id: string; quote: string; status: string; candidate: string | null;
  document: { id: string; title: string; language: string; published: string | null };
  checks: { verdict: string; claimed: number | null; reading: string | null; window: { from: string; to: string; label: string } | null; factor: { id: string } | null; quantity: { surface: string } | null; series: { id: string } | null }[];
}

/**
 * The marks of a measure: every check of a claim about it that read a value and a window (a check
 * about another factor of the same claim is left out), and the claims that could not be placed.
 * The browser test computes the same from the API's answer.
 */
export function measureMarks(factorId: string, claims: readonly MeasureClaim[]): { marks: Mark[]; unplaced: MeasureClaim[] } {
  const marks: Mark[] = [];
  const unplaced: MeasureClaim[] = [];
  for (const c of claims) {
    const placed = c.checks.filter((k) => k.claimed != null && k.window && (!k.factor || k.factor.id === factorId));
    if (!placed.length) unplaced.push(c);
    for (const k of placed) {
      marks.push({
        claimId: c.id, quote: c.quote, status: c.status, verdict: k.verdict, value: k.claimed!, from: k.window!.from, to: k.window!.to, label: k.window!.label,
        surface: k.quantity?.surface ?? null, documentId: c.document.id, documentTitle: c.document.title, language: c.document.language,
      });
    }
  }
  marks.sort((a, b) => a.from.localeCompare(b.from) || a.claimId.localeCompare(b.claimId));
  return { marks, unplaced };
}
