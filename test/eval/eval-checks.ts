// npm run eval:checks — the checks on real documents written by others (issue 18), against labels made by hand
// before anything ran (test/eval/checks-set/{en,zh}.yaml; format in their headers).
//
// Each document is ingested into a fresh graph (the shipped seed and record loaded first) by the product's own
// ingest, with its `published` date as the document's date; each labelled quantity is matched to the product's check
// of the claim over its quote; the figures are printed per language and per split. The held-out part runs only with
// --heldout (at the end), and never prints per-claim rows: tune on `dev` alone (--details lists dev rows).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { shippedCheckContext } from '../../src/checks/check-context.ts';
import { checkClaims } from '../../src/checks/check-store.ts';
import type { Check } from '../../src/checks/check-types.ts';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { createLogger } from '../../src/log.ts';
import { loadSeeds } from '../../src/seed/load-seed.ts';
import { FIGURES_HEADER, asLabelVerdict, factorRight, figuresRow, matchCheck, score, setSchema, timeRight, type LabelledDoc, type ProductCheck, type Scored } from './score-checks.ts';

const args = new Set(process.argv.slice(2));
const withHeldout = args.has('--heldout');
const details = args.has('--details');
const here = new URL('.', import.meta.url).pathname;
const progress = (m: string) => process.stderr.write(`eval:checks ${m}\n`);

async function readSet(file: string): Promise<LabelledDoc[]> {
  const parsed = setSchema.safeParse(parse(await readFile(join(here, 'checks-set', file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.docs;
}

function productChecks(checks: readonly Check[], spans: ReadonlyMap<string, { start: number; end: number }>): ProductCheck[] {
  return checks.map((c) => ({
    claimId: c.claimId,
    start: spans.get(c.claimId)?.start ?? -1,
    end: spans.get(c.claimId)?.end ?? -1,
    surface: c.quantity?.surface ?? null,
    value: c.quantity?.value ?? null,
    verdict: c.verdict,
    factorId: c.factorId,
    seriesId: c.series?.id ?? null,
    window: c.window ? { from: c.window.from, to: c.window.to } : null,
  }));
}

const docs = [...(await readSet('en.yaml')), ...(await readSet('zh.yaml'))].filter((d) => withHeldout || d.split === 'dev');
const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
const log = createLogger('warn');
const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-eval-checks-'));
progress(`starting a fresh graph (${dataDir})`);
const db = await openGraph(config, log, { persistent: false, dataDir });
try {
  progress('loading the shipped seed and record');
  await loadSeeds(db.graph);
  const ctx = await shippedCheckContext();
  const rows: (Scored & { doc: LabelledDoc })[] = [];
  for (const [i, doc] of docs.entries()) {
    progress(`${i + 1}/${docs.length} ingesting and checking ${doc.split === 'dev' ? doc.id : `a held-out ${doc.lang} document`}`);
    const ingested = await ingestDocument(db.graph, { text: doc.text, title: doc.id, lang: doc.lang, published: doc.published });
    const documentId = ingested.alreadyPresentAs?.id ?? ingested.documentId;
    const spans = new Map(
      (await db.graph.rows<{ id: string; start: number; end: number }>('eval.claimSpans', 'MATCH (c:Claim {documentId: $id}) RETURN c.id AS id, c.start AS start, c.end AS end', { id: documentId })).map((r) => [r.id, r]),
    );
    const checks = productChecks((await checkClaims(db.graph, { documentId }, ctx)).flatMap((r) => r.checks), spans);
    for (const label of doc.claims) rows.push({ doc, label, check: matchCheck(doc.text, label, checks) });
  }

  const out: string[] = ['## eval:checks', '', FIGURES_HEADER];
  for (const split of withHeldout ? (['dev', 'heldout'] as const) : (['dev'] as const)) {
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const part = rows.filter((r) => r.doc.split === split && r.doc.lang === lang);
      if (part.length) out.push(figuresRow(`${lang} ${split} (${new Set(part.map((r) => r.doc.id)).size} docs)`, score(part)));
    }
    out.push(figuresRow(`**all ${split}**`, score(rows.filter((r) => r.doc.split === split))));
  }
  if (details) {
    out.push('', '### dev, claim by claim', '', '| doc | surface | measure | label | product | series | factor ok | time ok | product window |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows.filter((x) => x.doc.split === 'dev')) {
      out.push(`| ${r.doc.id} | ${r.label.surface} | ${r.label.measure} | ${r.label.verdict} | ${r.check ? asLabelVerdict(r.check.verdict) + (r.check.verdict === 'NOT_CHECKABLE' ? ' (n/c)' : '') : 'no match'} | ${r.check?.seriesId ?? '—'} | ${factorRight(r.label, r.check) ? 'yes' : `no (${r.check?.factorId ?? '—'})`} | ${timeRight(r.label, r.check) ? 'yes' : `no (${r.label.window ?? '—'})`} | ${r.check?.window ? `${r.check.window.from}..${r.check.window.to}` : '—'} |`);
    }
  }

  // The seed, with and without its curated readings (recorded as the seed's editor readings).
  progress('checking the seed with and without its curated readings');
  const withReadings = (await checkClaims(db.graph, { documentId: 'doc-e9186e0b' }, ctx)).flatMap((r) => r.checks);
  const without = (await checkClaims(db.graph, { documentId: 'doc-e9186e0b' }, { ...ctx, useReadings: false })).flatMap((r) => r.checks);
  const key = (c: Check) => `${c.claimId} ${c.quantity?.surface ?? ''}`;
  const withoutBy = new Map(without.map((c) => [key(c), c]));
  const differ = withReadings.filter((c) => withoutBy.get(key(c))?.verdict !== c.verdict);
  const tally = (cs: Check[]) => ['CONSISTENT', 'INCONSISTENT', 'MISLEADING', 'INCONCLUSIVE', 'NOT_CHECKABLE'].map((v) => `${v} ${cs.filter((c) => c.verdict === v).length}`).join(', ');
  out.push('', '### The seed, with and without its curated readings', '', `- with: ${tally(withReadings)}`, `- without: ${tally(without)}`, '', '| claim | figure | with the readings | without |', '| --- | --- | --- | --- |');
  for (const c of differ) out.push(`| ${c.claimId} | ${c.quantity?.surface ?? '—'} | ${c.verdict} | ${withoutBy.get(key(c))?.verdict ?? '—'} |`);
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
