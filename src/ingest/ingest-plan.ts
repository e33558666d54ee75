import type { LoadPlan, NodeRow, RelRow } from '../graph/bulk-load.ts';
import { matchKeys } from '../factors/factor-store.ts';
import type { QuantityFrame } from '../quantities/frame.ts';
import { frameProperties } from '../quantities/frame-properties.ts';
import { claimSearchKey, searchText } from '../search/search-text.ts';
import { claimKindOf } from './claim-kind.ts';
import type { Language } from './detect-language.ts';
import type { CausalCandidate, ClaimCandidate } from './extract-claims.ts';
import { inferDocumentDate } from './infer-document-date.ts';
import type { IngestRequest } from './ingest-input.ts';
import type { ProposedFactor } from './propose-factors.ts';

/** Stamped on everything the extractor writes, so editors can tell candidates from curated data. */
export const EXTRACTOR_VERSION = 'claimgraph-extract/2.0.0';

/** What an ingest writes invisibly until it is complete (factors and sources may be shared, so are not staged). */
export const STAGED_LABELS = ['Document', 'Claim', 'Quantity', 'CausalLink', 'Assertion'] as const;

export const idFor = (sha256: string) => sha256.slice(0, 12);

export interface Extraction {
  documentId: string;
  sha256: string;
  language: Language;
  claims: ClaimCandidate[];
  causalLinks: CausalCandidate[];
  /** Factors the document names that the graph does not know, proposed as candidates. */
  proposedFactors: ProposedFactor[];
}

/** Where a chunk's claims and links start in the document's numbering, and whether it carries the Document itself. */
export interface PlanPart {
  claims: number;
  links: number;
  withDocument: boolean;
  /** Whether the Document row carries its text (a large document's text is sent in parts instead). */
  withText?: boolean;
}

export function ingestPlan(request: IngestRequest, x: Extraction, part: PlanPart = { claims: 0, links: 0, withDocument: true }): LoadPlan {
  const base = idFor(x.sha256);
  const sourceId = `src-doc-${base}`;
  const candidate = { origin: 'extracted', extractorVersion: EXTRACTOR_VERSION, documentId: x.documentId };
  const reviewState = { status: 'UNREVIEWED', version: 1, candidate: 'PENDING' };
  const claimId = (i: number) => `${base}-x${String(part.claims + i + 1).padStart(4, '0')}`;
  const linkId = (i: number) => `${base}-xl${String(part.links + i + 1).padStart(4, '0')}`;
  const rel = (from: string, to: string, extra: Omit<RelRow, 'from' | 'to'> = {}): RelRow => ({ from, to, ...extra });
  // The first line, found without splitting the whole text (this runs once per chunk).
  const head = request.text.trimStart().slice(0, 2000);
  const newline = head.indexOf('\n');
  const title = request.title ?? (newline < 0 ? head.trimEnd() : head.slice(0, newline)).slice(0, 120);

  const claims: NodeRow[] = x.claims.map((c, i) => ({
    id: claimId(i),
    props: {
      ...candidate,
      quote: c.quote,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      gloss: null,
      subject: c.subject || null,
      time: c.time,
      kind: claimKindOf(c),
      searchText: searchText([c.quote, c.subject]),
      searchKey: claimSearchKey(claimId(i)),
    },
    onCreate: reviewState,
  }));
  const quantities: NodeRow[] = x.claims.flatMap((c, i) =>
    c.quantities.map((q, j) => ({
      id: `${claimId(i)}-q${j + 1}`,
      props: {
        surface: q.surface, value: q.value, upper: q.upper ?? null, unit: q.unit, qualifier: q.qualifier ?? null, date: q.date ?? null, kind: q.kind,
        direction: q.direction ?? null, calendar: q.calendar ?? null, position: j, ...frameProperties(c.frames[j] as QuantityFrame),
        // A window without a year, for matching only (src/ingest/yearless-windows.ts).
        yearlessWindowStart: c.yearless?.[j]?.start ?? null, yearlessWindowEnd: c.yearless?.[j]?.end ?? null, yearlessTimeSource: c.yearless?.[j]?.timeSource ?? null,
      },
    })),
  );
  const assertions: NodeRow[] = x.claims.flatMap((c, i) =>
    c.assertions.map((a, k) => ({ id: `${claimId(i)}-a${k + 1}`, props: { kind: a.kind, text: a.text, start: a.start, end: a.end, factorId: a.factorId, position: k, documentId: x.documentId } })),
  );
  const links: NodeRow[] = x.causalLinks.map((l, i) => ({
    id: linkId(i),
    props: { ...candidate, polarity: l.polarity, polarityStated: l.polarityStated, quote: l.quote, start: l.start, end: l.end, gloss: null, searchText: searchText([l.quote]) },
    onCreate: reviewState,
  }));
  const documentRows = (rows: NodeRow[]) => (part.withDocument ? rows : []);
  return {
    nodes: [
      {
        label: 'Document',
        rows: documentRows([
          {
            id: x.documentId,
            props: {
              title,
              titleEn: null,
              language: x.language,
              ...(part.withText === false ? {} : { text: request.text }),
              sha256: x.sha256,
              published: request.published ?? null,
              // Without a stated date, the date its own full dates give it (infer-document-date.ts): a bare month's
              // year is then the page's own, not a guess (the matcher's firm readings, src/matching/figure.ts).
              inferredDate: request.published ? null : (inferDocumentDate(request.text) ?? null),
              url: request.url ?? null,
              provenance: request.url ? `Ingested from ${request.url}` : 'Ingested by an editor',
              origin: 'extracted',
              extractorVersion: EXTRACTOR_VERSION,
              ingestedAt: new Date().toISOString(),
            },
            onCreate: { complete: false },
          },
        ]),
      },
      { label: 'Source', rows: documentRows([{ id: sourceId, props: { kind: 'DOCUMENT', name: title, url: null, searchText: searchText([title]) } }]) },
      {
        // Proposed factors: review state only on creation, so a second document naming the same
        // thing reuses the proposal and never resets an editor's decision on it.
        label: 'Factor',
        rows: x.proposedFactors.map((f) => ({
          id: f.id,
          props: { name: f.name, namesZh: f.namesZh, aliases: f.aliases, matchKeys: matchKeys(f), searchText: searchText([f.name, ...f.namesZh]) },
          onCreate: { description: null, origin: 'extracted', extractorVersion: EXTRACTOR_VERSION, candidate: 'PENDING', version: 1 },
        })),
      },
      { label: 'Claim', rows: claims },
      { label: 'Quantity', rows: quantities },
      { label: 'CausalLink', rows: links },
      { label: 'Assertion', rows: assertions },
    ],
    relationships: [
      { type: 'REPRESENTS', fromLabel: 'Source', toLabel: 'Document', rows: part.withDocument ? [rel(sourceId, x.documentId)] : [] },
      { type: 'CANDIDATE_OF', fromLabel: 'Factor', toLabel: 'Document', rows: x.proposedFactors.map((f) => rel(f.id, x.documentId)) },
      { type: 'STATED_IN', fromLabel: 'Claim', toLabel: 'Document', rows: claims.map((c) => rel(c.id, x.documentId)) },
      { type: 'SOURCED_FROM', fromLabel: 'Claim', toLabel: 'Source', rows: claims.map((c) => rel(c.id, sourceId)) },
      { type: 'HAS_QUANTITY', fromLabel: 'Claim', toLabel: 'Quantity', rows: x.claims.flatMap((c, i) => c.quantities.map((_, j) => rel(claimId(i), `${claimId(i)}-q${j + 1}`))) },
      {
        type: 'MEASURES',
        fromLabel: 'Quantity',
        toLabel: 'Factor',
        rows: x.claims.flatMap((c, i) => c.frames.flatMap((f, j) => (f.factorId ? [rel(`${claimId(i)}-q${j + 1}`, f.factorId)] : []))),
      },
      { type: 'ASSERTS', fromLabel: 'Claim', toLabel: 'Assertion', rows: x.claims.flatMap((c, i) => c.assertions.map((_, k) => rel(claimId(i), `${claimId(i)}-a${k + 1}`))) },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: x.claims.flatMap((c, i) => c.factorIds.map((f) => rel(claimId(i), f))) },
      { type: 'STATED_IN', fromLabel: 'CausalLink', toLabel: 'Document', rows: links.map((l) => rel(l.id, x.documentId)) },
      { type: 'FROM', fromLabel: 'CausalLink', toLabel: 'Factor', rows: x.causalLinks.map((l, i) => rel(linkId(i), l.fromId)) },
      { type: 'TO', fromLabel: 'CausalLink', toLabel: 'Factor', rows: x.causalLinks.map((l, i) => rel(linkId(i), l.toId)) },
      {
        type: 'CAUSES',
        fromLabel: 'Factor',
        toLabel: 'Factor',
        // `candidate` on the projection keeps the link out of trace until an editor confirms it.
        rows: x.causalLinks.map((l, i) => rel(l.fromId, l.toId, { key: { linkId: linkId(i) }, props: { polarity: l.polarity }, onCreate: { status: 'UNREVIEWED', candidate: 'PENDING' } })),
      },
    ],
  };
}
