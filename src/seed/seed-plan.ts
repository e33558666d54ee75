import { createHash } from 'node:crypto';
import { matchKeys } from '../factors/factor-store.ts';
import type { LoadPlan, NodeRow, RelRow } from '../graph/bulk-load.ts';
import { claimSearchKey, searchText } from '../search/search-text.ts';
import { segmentSentences, sentenceCovering, type Span } from '../quantities/sentences.ts';
import type { SeedFile } from './seed-file.ts';

/** The seed's text is segmented once per text, however many claims and links it holds. */
let segmented: { text: string; sentences: Span[] } | undefined;
const sentenceOf = (text: string, start: number, end: number) => {
  if (segmented?.text !== text) segmented = { text, sentences: segmentSentences(text) };
  const s = sentenceCovering(text, start, end, segmented.sentences);
  return text.slice(s.start, s.end);
};

/** Where curated items come from, so editors can tell them from extracted candidates. */
export const CURATED = 'curated';

/** Stable Quantity ids: the claim id and the quantity's position in it. */
export const quantityId = (claimId: string, index: number) => `${claimId}-q${index + 1}`;

/** Identifies the curated content, so start-up can tell an outdated seed from a current one. */
export const seedHash = (seed: SeedFile) => createHash('sha256').update(JSON.stringify(seed)).digest('hex');

/**
 * Turns a validated seed file into a bulk-load plan. Review state (status,
 * version) is only set on creation: reloading the seed never resets a verdict.
 */
export function seedPlan(seed: SeedFile, text: string): LoadPlan {
  const doc = seed.document;
  const docSourceId = seed.sources.find((s) => s.kind === 'DOCUMENT')?.id;
  const reviewState = { status: 'UNREVIEWED', version: 1 };
  const factorNames = new Map(seed.factors.map((f) => [f.id, [f.name, ...f.namesZh, ...f.aliases]]));

  const claims: NodeRow[] = seed.claims.map((c) => ({
    id: c.id,
    props: {
      quote: c.quote,
      sentence: sentenceOf(text, c.start, c.end),
      start: c.start,
      end: c.end,
      gloss: c.gloss,
      subject: c.subject ?? null,
      time: c.time ?? null,
      kind: c.kind,
      origin: CURATED,
      documentId: doc.id,
      searchText: searchText([c.quote, c.gloss, c.subject ?? '', ...c.factors.flatMap((f) => factorNames.get(f) ?? [])]),
      searchKey: claimSearchKey(c.id),
    },
    onCreate: reviewState,
  }));
  const quantities: NodeRow[] = seed.claims.flatMap((c) =>
    c.quantities.map((q, i) => ({
      id: quantityId(c.id, i),
      props: {
        surface: q.surface,
        value: q.value,
        upper: q.upper ?? null,
        unit: q.unit,
        qualifier: q.qualifier ?? null,
        date: q.date ?? null,
        position: i,
      },
    })),
  );
  const links: NodeRow[] = seed.causalLinks.map((l) => ({
    id: l.id,
    props: {
      polarity: l.polarity,
      quote: l.quote,
      start: l.start,
      end: l.end,
      gloss: l.gloss,
      origin: CURATED,
      documentId: doc.id,
      searchText: searchText([l.quote, l.gloss, ...(factorNames.get(l.from) ?? []), ...(factorNames.get(l.to) ?? [])]),
    },
    onCreate: reviewState,
  }));

  const rel = (from: string, to: string, extra: Omit<RelRow, 'from' | 'to'> = {}): RelRow => ({ from, to, ...extra });

  return {
    nodes: [
      {
        label: 'Document',
        rows: [
          {
            id: doc.id,
            props: {
              title: doc.title,
              titleEn: doc.titleEn ?? null,
              language: doc.language,
              text,
              sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
              published: doc.published ?? null,
              provenance: doc.provenance,
              file: doc.file,
              origin: CURATED,
              seedHash: seedHash(seed),
            },
          },
        ],
      },
      {
        label: 'Source',
        rows: seed.sources.map((s) => ({
          id: s.id,
          props: {
            kind: s.kind,
            name: s.name,
            nameZh: s.nameZh ?? null,
            description: s.description ?? null,
            url: s.url ?? null,
            searchText: searchText([s.name, s.nameZh ?? '', s.description ?? '']),
          },
        })),
      },
      {
        label: 'Factor',
        rows: seed.factors.map((f) => ({
          id: f.id,
          props: {
            name: f.name,
            namesZh: f.namesZh,
            aliases: f.aliases,
            description: f.description ?? null,
            matchKeys: matchKeys(f),
            searchText: searchText([f.name, ...f.namesZh, ...f.aliases, f.description ?? '']),
          },
        })),
      },
      { label: 'Claim', rows: claims },
      { label: 'Quantity', rows: quantities },
      { label: 'CausalLink', rows: links },
    ],
    relationships: [
      { type: 'REPRESENTS', fromLabel: 'Source', toLabel: 'Document', rows: docSourceId ? [rel(docSourceId, doc.id)] : [] },
      { type: 'STATED_IN', fromLabel: 'Claim', toLabel: 'Document', rows: seed.claims.map((c) => rel(c.id, doc.id)) },
      { type: 'STATED_IN', fromLabel: 'CausalLink', toLabel: 'Document', rows: seed.causalLinks.map((l) => rel(l.id, doc.id)) },
      { type: 'SOURCED_FROM', fromLabel: 'Claim', toLabel: 'Source', rows: docSourceId ? seed.claims.map((c) => rel(c.id, docSourceId)) : [] },
      {
        type: 'HAS_QUANTITY',
        fromLabel: 'Claim',
        toLabel: 'Quantity',
        rows: seed.claims.flatMap((c) => c.quantities.map((_, i) => rel(c.id, quantityId(c.id, i)))),
      },
      { type: 'ABOUT', fromLabel: 'Claim', toLabel: 'Factor', rows: seed.claims.flatMap((c) => c.factors.map((f) => rel(c.id, f))) },
      {
        type: 'ATTRIBUTED_TO',
        fromLabel: 'Claim',
        toLabel: 'Source',
        rows: seed.claims.flatMap((c) => (c.attributedTo ?? []).map((s) => rel(c.id, s))),
      },
      {
        type: 'ATTRIBUTED_TO',
        fromLabel: 'CausalLink',
        toLabel: 'Source',
        rows: seed.causalLinks.flatMap((l) => (l.attributedTo ?? []).map((s) => rel(l.id, s))),
      },
      { type: 'FROM', fromLabel: 'CausalLink', toLabel: 'Factor', rows: seed.causalLinks.map((l) => rel(l.id, l.from)) },
      { type: 'TO', fromLabel: 'CausalLink', toLabel: 'Factor', rows: seed.causalLinks.map((l) => rel(l.id, l.to)) },
      {
        type: 'SUPPORTED_BY',
        fromLabel: 'CausalLink',
        toLabel: 'Claim',
        rows: seed.causalLinks.flatMap((l) => l.supportedBy.map((c) => rel(l.id, c))),
      },
      {
        // The factor-to-factor projection path queries walk; `status` is kept in
        // step with the CausalLink by reviews. Keyed by link id: two links may join the same factors.
        type: 'CAUSES',
        fromLabel: 'Factor',
        toLabel: 'Factor',
        rows: seed.causalLinks.map((l) => rel(l.from, l.to, { key: { linkId: l.id }, props: { polarity: l.polarity }, onCreate: { status: 'UNREVIEWED' } })),
      },
    ],
  };
}
