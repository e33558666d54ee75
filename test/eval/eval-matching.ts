/**
 * `npm run eval:matching [-- --split dev|heldout|fresh|all] [--verbose | --details]`: matching across documents (issue 19),
 * measured on test/eval/matching-set/: real pages labelled by hand before any code ran on them (read each file's
 * header). The files and their parts are listed once in test/eval/matching-set-file.ts (`MATCHING_FILES`): pairs.yaml
 * (a dev and a held-out part), fresh.yaml and fresh2.yaml (held out until 2026-12-07, tuning text since, printed as
 * "dev (fresh, was held out)", "dev (fresh2, was held out)"), and the held-out sets fresh3.yaml and fresh4.yaml
 * ("heldout fresh3", "heldout fresh4"; each when it is there). `dev` runs every tuning part, `heldout` every held-out part, `fresh` the held-out fresh*.yaml sets only,
 * `all` both; each part is printed on its own, and each split as a whole. Every file is validated first: a malformed
 * one, or one holding a split it must not, stops the run with the problems named.
 *
 * The documents are ingested by the product's own ingest into a fresh graph (the shipped seed loaded first, for its
 * factors), with `published` as the document date when the page states one; ingest computes the relations, as it does
 * for a user. Each labelled claim is mapped to the product's quantity that covers its surface inside its quote; a claim
 * the product did not extract cannot be matched, and its pairs count as misses. Precision and recall are printed per
 * relation and overall, per split and per language pairing, on the listed pairs only.
 *
 * `EVAL_FIGURES_OUT=/tmp/figures.json` (dev only) also writes every figure as the matcher saw it and the scored pairs, to
 * weigh a change of the pure matcher (src/matching/relate-figures.ts) without ingesting again.
 * `EVAL_NEO4J_URI=bolt://…` runs on a scratch Neo4j already running instead of starting one (on a loaded machine
 * the runner may not start in time): that database is WIPED first.
 *
 * Tune on `dev` only. `--verbose` prints each wrong dev pair, `--details` every dev pair (right ones too, with the
 * matcher's `why`; fresh.yaml's with theirs), grouped by what was labelled and what was proposed; held-out pairs are
 * only ever printed in aggregate (both options refuse any split but dev).
 * Writes nothing in the tree: the graph lives in a temporary directory.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { createLogger } from '../../src/log.ts';
import { recordObservations } from '../../src/matching/match-claims.ts';
import { allFigures } from '../../src/matching/relation-store.ts';
import { loadSeeds } from '../../src/seed/load-seed.ts';
import { readMatchingParts } from './matching-set-file.ts';
import { groupedTables, quantityFor, scoreTable, type Label, type ScoredPair } from './score-matching.ts';

const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, verbose: { type: 'boolean', default: false }, details: { type: 'boolean', default: false } } });
const split = values.split as 'dev' | 'heldout' | 'fresh' | 'all';
if (!['dev', 'heldout', 'fresh', 'all'].includes(split)) throw new Error('--split must be dev, heldout, fresh or all');
if ((values.verbose || values.details) && split !== 'dev') throw new Error('--verbose and --details list dev pairs only: held-out pairs are printed in aggregate');

// Every part of the set (test/eval/matching-set-file.ts, MATCHING_FILES): pairs.yaml's dev and held-out parts,
// fresh.yaml and fresh2.yaml (held out until 2026-12-07, tuning text since: "dev (fresh, was held out)"…), and the
// held-out sets fresh3.yaml and fresh4.yaml when they are there ("heldout fresh3"…). Ids of the later files are prefixed by their set.
const allParts = await readMatchingParts();
const freshHeldOut = allParts.filter((x) => x.split === 'heldout' && x.file !== 'pairs.yaml');
if (split === 'fresh' && !freshHeldOut.length) throw new Error('--split fresh: no held-out test/eval/matching-set/fresh*.yaml is there');
const parts = (split === 'fresh' ? freshHeldOut : allParts.filter((x) => split === 'all' || x.split === split)).map((x) => ({ set: x.set, group: x.part }));
const docs = parts.flatMap((x) => x.set.docs);
const docIds = new Set(docs.map((d) => d.id));
const claims = parts.flatMap((x) => x.set.claims).filter((c) => docIds.has(c.doc));
const pairs = parts.flatMap((x) => x.set.pairs.map((p) => ({ ...p, split: x.group })));

// A loaded machine (the eval shares it) must not cancel a batch write: the default 15 s query timeout is for serving.
const config = loadConfig({ QUERY_TIMEOUT_MS: '300000', ...process.env, NODE_ENV: 'test' });
const log = createLogger('warn');
const scratch = process.env['EVAL_NEO4J_URI'];
const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-eval-matching-'));
const db = scratch ? await openGraph(loadConfig({ ...process.env, QUERY_TIMEOUT_MS: '300000', NODE_ENV: 'test', NEO4J_URI: scratch }), log, { persistent: false }) : await openGraph(config, log, { persistent: false, dataDir });
try {
  const graph = db.graph;
  if (scratch) await graph.write('eval.wipe', (tx) => tx.rows('eval.wipe', 'MATCH (n) DETACH DELETE n'));
  await loadSeeds(graph);
  const productDoc = new Map<string, string>();
  let i = 0;
  for (const d of docs) {
    process.stderr.write(`\ringesting ${++i}/${docs.length} ${d.id.padEnd(50)}`);
    const result = await ingestDocument(graph, { text: d.text, title: d.id, url: d.url, lang: d.lang, ...(d.published ? { published: d.published } : {}) });
    productDoc.set(d.id, result.documentId);
  }
  process.stderr.write('\n');

  // Every extracted claim with its span and quantities, per document.
  const rows = await graph.rows<{ documentId: string; start: number; end: number; quantities: { id: string; surface: string; position: number | null }[] }>(
    'eval.claims',
    `MATCH (c:Claim) WHERE c.documentId IN $docs
RETURN c.documentId AS documentId, c.start AS start, c.end AS end, COLLECT { MATCH (c)-[:HAS_QUANTITY]->(q:Quantity) RETURN q {.id, .surface, .position} ORDER BY q.position } AS quantities`,
    { docs: [...productDoc.values()] },
  );
  const quantityOf = new Map<string, string>();
  const unmapped: string[] = [];
  for (const c of claims) {
    const doc = docs.find((d) => d.id === c.doc)!;
    const quoteAt = doc.text.indexOf(c.quote);
    const surfaceAt = quoteAt < 0 ? -1 : doc.text.indexOf(c.surface, quoteAt);
    const candidates = rows.filter((r) => r.documentId === productDoc.get(c.doc) && surfaceAt >= 0 && r.start <= surfaceAt && r.end >= surfaceAt + c.surface.length);
    // The quantity written as the labelled surface (or inside it, or around it), in the claim that covers it.
    const q = quantityFor(c.surface, candidates.flatMap((r) => r.quantities));
    if (q) quantityOf.set(c.id, q.id);
    else unmapped.push(c.id);
  }

  const relations = await graph.rows<{ a: string; b: string; kind: Label; why: string }>('eval.relations', 'MATCH (x:ClaimRelation) RETURN x.earlierQuantityId AS a, x.laterQuantityId AS b, x.kind AS kind, x.why AS why');
  const relationOf = new Map<string, Label>();
  const whyOf = new Map<string, string>();
  for (const r of relations) {
    relationOf.set([r.a, r.b].sort().join('|'), r.kind);
    whyOf.set([r.a, r.b].sort().join('|'), r.why);
  }
  const langOf = new Map(docs.map((d) => [d.id, d.lang]));
  const docOf = new Map(claims.map((c) => [c.id, c.doc]));
  const measureOf = new Map(claims.map((c) => [c.id, c.measure]));
  const scored: ScoredPair[] = pairs.map((p) => {
    const qa = quantityOf.get(p.a);
    const qb = quantityOf.get(p.b);
    const predicted = qa && qb ? (relationOf.get([qa, qb].sort().join('|')) ?? 'NONE') : 'NONE';
    const languages = [langOf.get(docOf.get(p.a)!)!, langOf.get(docOf.get(p.b)!)!].sort().join('–');
    const shipped = measureOf.get(p.a) !== 'other' && measureOf.get(p.b) !== 'other';
    return { a: p.a, b: p.b, label: p.relation, predicted, split: p.split, languages, doubtful: p.doubtful, unmapped: !qa || !qb, shipped };
  });

  const out: string[] = [];
  out.push(`matching evaluation (${split}): ${docs.length} documents, ${claims.length} labelled claims, ${pairs.length} labelled pairs`);
  out.push(`claims the product did not extract (unmapped): ${unmapped.length}/${claims.length}; pairs touching one: ${scored.filter((p) => p.unmapped).length}`);
  out.push(`relations the matcher proposed among these documents: ${relations.length} (only listed pairs are scored)\n`);
  out.push(groupedTables(scored, (p) => p.split, 'split'));
  // Each split as a whole, when it has several parts (dev and dev (fresh, was held out); the held-out sets).
  for (const s of ['dev', 'heldout'] as const) {
    const of = scored.filter((p) => p.split.startsWith(s));
    if (new Set(of.map((p) => p.split)).size > 1) out.push(scoreTable(`split ${s}, all parts`, of));
  }
  out.push(groupedTables(scored.filter((p) => !p.doubtful), (p) => `${p.split} without doubtful pairs`, 'split'));
  // Pairs of `other` claims (SRF take-up, borrowing estimates, the debt limit…) have no shipped series to place them
  // by; some sets pair them, some leave them unpaired, so recall is printed with and without them.
  out.push(groupedTables(scored.filter((p) => p.shipped), (p) => `${p.split} on shipped measures only`, 'split'));
  out.push(groupedTables(scored, (p) => `${p.split} ${p.languages}`, 'languages'));
  if ((values.verbose || values.details) && split === 'dev') {
    out.push(`unmapped claims: ${unmapped.join(', ')}`);
    // How the product read each side of a wrong pair: the figure the matcher saw.
    const seen = await graph.rows<{ id: string; f: string | null; m: string | null; d: string | null; s: string | null; e: string | null; t: string | null; v: number; u: string; q: string | null; surface: string }>(
      'eval.frames',
      'MATCH (q:Quantity) WHERE q.id IN $ids RETURN q.id AS id, q.frameFactorId AS f, q.frameMode AS m, q.frameDirection AS d, coalesce(q.frameWindowStart, q.yearlessWindowStart) AS s, coalesce(q.frameWindowEnd, q.yearlessWindowEnd) AS e, CASE WHEN q.frameWindowStart IS NULL AND q.yearlessWindowStart IS NOT NULL THEN CASE q.yearlessTimeSource WHEN "DOCUMENT_DATE" THEN "NO_YEAR_DOC" ELSE "NO_YEAR" END ELSE q.frameTimeSource END AS t, q.value AS v, q.unit AS u, q.qualifier AS q, q.surface AS surface',
      { ids: [...quantityOf.values()] },
    );
    const frame = new Map(seen.map((x) => [x.id, `${x.surface} ${x.u}${x.q ? ` ${x.q}` : ''} ${x.f ?? 'no-factor'} ${x.m ?? ''}${x.d ? ` ${x.d}` : ''} ${x.s ?? '?'}..${x.e ?? '?'}${x.t === 'DOCUMENT_DATE' ? ' (doc date)' : x.t === 'NO_YEAR' ? ' (no year stated)' : x.t === 'NO_YEAR_DOC' ? ' (no year stated, doc date)' : ''}`]));
    const show = (claim: string) => frame.get(quantityOf.get(claim) ?? '') ?? 'unmapped';
    const listed = values.details ? [...scored].sort((x, y) => `${x.label} ${x.predicted}`.localeCompare(`${y.label} ${y.predicted}`)) : scored.filter((x) => x.label !== x.predicted);
    let heading = '';
    for (const p of listed) {
      const group = `labelled ${p.label}, predicted ${p.predicted}`;
      if (values.details && group !== heading) out.push(`\n${(heading = group)}:`);
      out.push(`  ${p.a}–${p.b}: ${p.label === p.predicted ? 'right' : 'WRONG'}, labelled ${p.label}, predicted ${p.predicted}${p.unmapped ? ' (unmapped)' : ''}${p.doubtful ? ' (doubtful)' : ''}`);
      out.push(`      ${p.a}: ${show(p.a)}\n      ${p.b}: ${show(p.b)}`);
      const why = values.details ? whyOf.get([quantityOf.get(p.a) ?? '', quantityOf.get(p.b) ?? ''].sort().join('|')) : undefined;
      if (why) out.push(`      why: ${why}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  // For tuning the pure matcher without ingesting again (dev only): the figures as matched, and the labelled pairs.
  const dump = process.env['EVAL_FIGURES_OUT'];
  if (dump && split === 'dev') {
    // With the record of their measures the matcher weighs them against (the same observations ingest reads).
    const figures = await allFigures(graph);
    const observations = await recordObservations(graph, figures);
    await writeFile(dump, JSON.stringify({ figures, observations, quantityOf: Object.fromEntries(quantityOf), pairs: scored }));
    process.stderr.write(`figures written to ${dump}\n`);
  }
} finally {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
