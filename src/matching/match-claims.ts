import type { Graph } from '../graph/graph.ts';
import { datedFigure, reportsLine, shiftDays, spanOf, type Figure } from './figure.ts';
import { measureRecord, type MeasureObservation, type MeasureRecord } from './measure-record.ts';
import { relateAll } from './relate-figures.ts';
import { allFigures, documentFigures, documentOfClaim, figuresByValue, figuresInMonths, figuresNear, figuresOfDocuments, measureObservations, saveRelations } from './relation-store.ts';

export interface MatchOutcome {
  /** Figures weighed (quantities with a factor, a mode and a window). */
  figures: number;
  /** Relations found and saved, by kind. */
  relations: Record<string, number>;
  /** Pending relations no longer found, removed. */
  removed: number;
}

function outcome(figures: number, found: ReturnType<typeof relateAll>, removed: number): MatchOutcome {
  const relations: Record<string, number> = {};
  for (const r of found) relations[r.kind] = (relations[r.kind] ?? 0) + 1;
  return { figures, relations, removed };
}

/** Where a figure with no time at all may find twins: its factor and unit, its value within a tenth either way. */
function twinValues(timeless: readonly Figure[]): { factorId: string; unit: string; low: number; high: number }[] {
  const seen = new Map<string, { factorId: string; unit: string; low: number; high: number }>();
  for (const f of timeless) {
    const v = Math.abs(f.value);
    const w = { factorId: f.factorId, unit: f.unit, low: v * 0.9, high: (f.upper !== null ? Math.abs(f.upper) : v) * 1.1 };
    seen.set(`${w.factorId}\u0000${w.unit}\u0000${w.low}\u0000${w.high}`, w);
  }
  return [...seen.values()];
}

/**
 * The observations of the record these figures are weighed against: every series of their measures over their dated
 * windows (a week either side) — what a contradiction or an update is weighed against (a week quoted as its average
 * and as its Wednesday level can both be right) — and, for the measures of figures whose page states no year, the
 * whole record, in which such a page's year may be found (`relateConfirmedYears`: the one year in which the record
 * holds its precise figures on their months and days).
 */
export async function recordObservations(graph: Graph, figures: readonly Figure[]): Promise<MeasureObservation[]> {
  // The whole record of the measures of year-less figures (their year may be found in it) and of lines crossed (where
  // the record crosses the line, and whether only once: relateRecordCrossings).
  const wholeFactors = [...new Set(figures.filter((f) => f.yearless || reportsLine(f)).map((f) => f.factorId))];
  const out: MeasureObservation[] = wholeFactors.length ? await measureObservations(graph, wholeFactors, '0001-01-01', '9999-12-31') : [];
  const dated = figures.filter(datedFigure);
  const whole = new Set(wholeFactors);
  const rest = [...new Set(dated.map((f) => f.factorId))].filter((id) => !whole.has(id));
  const span = spanOf(dated.map((f) => f.window));
  if (!span || !rest.length) return out;
  return [...out, ...(await measureObservations(graph, rest, shiftDays(span.start, -7), shiftDays(span.end, 7)))];
}

const recordFor = async (graph: Graph, figures: readonly Figure[]): Promise<MeasureRecord> => measureRecord(await recordObservations(graph, figures));

/**
 * Relates one document's figures to every other document's (called at the end of every ingest, so a new document's
 * relations appear with it): its figures, the figures of the same factors near their windows, the pure matcher, then
 * one write. Running it again finds the same relations and changes nothing an editor decided. `supersededId`: the
 * previous version of the document, whose pending relations are removed (a decided one stays, with its decision).
 */
export async function matchDocument(graph: Graph, documentId: string, supersededId?: string): Promise<MatchOutcome> {
  const result = await matchOneDocument(graph, documentId, supersededId);
  // Relations of other documents that rested on this one's figures and were not found again are gone (saveRelations);
  // their documents are weighed again, once, so a relation that still holds through other figures comes back (a page
  // with no date placed by a third twin). One step: their own dependents are left to their next run.
  for (const other of result.dependents) {
    const again = await matchOneDocument(graph, other);
    for (const [kind, n] of Object.entries(again.relations)) result.relations[kind] = (result.relations[kind] ?? 0) + n;
  }
  const { dependents: _weighedAgain, ...outcome } = result;
  return outcome;
}

async function matchOneDocument(graph: Graph, documentId: string, supersededId?: string): Promise<MatchOutcome & { dependents: string[] }> {
  const own = await documentFigures(graph, documentId);
  let found: ReturnType<typeof relateAll> = [];
  // Figures with a window: dated ones, and those of pages that state no year (their month and day in the year 1000).
  const windowed = own.filter((f) => !f.timeless);
  if (own.length) {
    const factorIds = [...new Set(own.map((f) => f.factorId))];
    // Year-less figures meet dated ones by month and day. A dated document's figures look for the year-less ones of
    // others too; a year-less document's (few: pages that state no year and were given no date) for the dated ones
    // in the months around its windows, in any year.
    const yearlessOwn = windowed.filter((f) => f.yearless);
    const datedOwn = own.filter(datedFigure);
    const span = spanOf(windowed.map((f) => f.window));
    const near = span ? await figuresNear(graph, factorIds, span.start, span.end, datedOwn.length > 0) : [];
    // …and for the year-less pages of others it may meet (within a quarter of its own months), the dated figures of
    // their months too: what confirms such a page's year may be a document ingested before this one.
    const month = (iso: string, k: number) => String(((Number(iso.slice(5, 7)) + k + 11) % 12) + 1).padStart(2, '0');
    const ownMonths = new Set<string>();
    for (const f of datedOwn) for (const d of [f.window.start, f.window.end]) for (const k of [-3, -2, -1, 0, 1, 2, 3]) ownMonths.add(month(d, k));
    // Every figure of those pages: a page is confirmed by figures of two measures, not only the one it shares with this.
    const yearlessPages = [...new Set(near.filter((f) => f.yearless && f.documentId !== documentId && ownMonths.has(month(f.window.end, 0))).map((f) => f.documentId))];
    const pageFigures = yearlessPages.length ? await figuresOfDocuments(graph, yearlessPages) : [];
    const yearless = [...yearlessOwn, ...pageFigures.filter((f) => f.yearless)];
    const months = new Set<string>();
    for (const f of yearless) for (const d of [f.window.start, f.window.end]) for (const k of [-1, 0, 1]) months.add(month(d, k));
    const byMonth = months.size ? await figuresInMonths(graph, [...new Set(yearless.map((f) => f.factorId))], [...months]) : [];
    const byId = new Map<string, Figure>([...near, ...pageFigures, ...byMonth, ...own].map((f) => [f.quantityId, f]));
    // Every other report of the lines its figures cross, whatever their time: the record may place them all in one
    // crossing (relateRecordCrossings), a page that states no date included.
    // Only the lines the record crosses once are looked up: a line crossed back and forth (reserves around 3 trillion)
    // places nothing, and its reports are many.
    const crossings = own.filter((f) => reportsLine(f) && (f.direction === 'INCREASE' || f.direction === 'DECREASE'));
    if (crossings.length) {
      const record = measureRecord(await measureObservations(graph, [...new Set(crossings.map((f) => f.factorId))], '0001-01-01', '9999-12-31'));
      const lines = crossings
        .filter((f) => record.crossedOnce?.(f.factorId, f.unit, Math.abs(f.value), f.direction as 'INCREASE' | 'DECREASE'))
        .map((f) => ({ factorId: f.factorId, unit: f.unit, low: Math.abs(f.value) * (1 - 1e-3), high: Math.abs(f.value) * (1 + 1e-3) }));
      for (const f of await figuresByValue(graph, lines, true)) if (!byId.has(f.quantityId) && reportsLine(f)) byId.set(f.quantityId, f);
    }
    // Figures with no time at all (pages that state no date) are placed by their page's twins elsewhere: every figure
    // of such a page, and every figure that may be a twin of one of them, so the page is placed the same whichever
    // document came first.
    const timelessPages = [...new Set([...byId.values()].filter((f) => f.timeless).map((f) => f.documentId))];
    if (timelessPages.length) {
      const pages = await figuresOfDocuments(graph, timelessPages);
      const twins = await figuresByValue(graph, twinValues(pages.filter((f) => f.timeless)));
      for (const f of [...pages, ...twins]) byId.set(f.quantityId, f);
    }
    const figures = [...byId.values()];
    found = relateAll(figures, new Set([documentId]), await recordFor(graph, figures));
  }
  // A version this document supersedes is no longer matched: its pending relations go.
  const saved = await saveRelations(graph, found, supersededId ? [documentId, supersededId] : [documentId]);
  return { ...outcome(own.length, found, saved.removed), dependents: saved.dependents };
}

/** Recomputes every relation in the graph (`claimgraph match`): after a matcher change, or an import. */
export async function matchEverything(graph: Graph): Promise<MatchOutcome> {
  const figures = await allFigures(graph);
  const found = relateAll(figures, undefined, await recordFor(graph, figures));
  const saved = await saveRelations(graph, found, null);
  return outcome(figures.length, found, saved.removed);
}

/** After an editor's reading of a claim (its factor, mode or window changed), its document's relations follow it. */
export async function rematchClaim(graph: Graph, claimId: string): Promise<MatchOutcome | null> {
  const documentId = await documentOfClaim(graph, claimId);
  return documentId ? matchDocument(graph, documentId) : null;
}
