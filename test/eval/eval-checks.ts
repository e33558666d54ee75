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
import { startLocalRunner, type LocalRunner } from '../../src/graph/local-runner.ts';
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

interface QuantityRow {
  claimId: string;
  start: number;
  end: number;
  surface: string;
  value: number | null;
  factorId: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  timeSource: string | null;
}

/**
 * Every quantity of the document's claims, with the product's check of it when there is one: the factor and window
 * are the check's, else what ingest read (a quantity without a check is scored as INCONCLUSIVE, its attribution as read).
 */
function productChecks(quantities: readonly QuantityRow[], checks: readonly Check[]): ProductCheck[] {
  const byKey = new Map(checks.filter((c) => c.quantity).map((c) => [`${c.claimId}\u0000${c.quantity!.surface}`, c]));
  return quantities.map((q) => {
    const c = byKey.get(`${q.claimId}\u0000${q.surface}`);
    return {
      claimId: q.claimId,
      start: q.start,
      end: q.end,
      surface: q.surface,
      value: q.value,
      verdict: c?.verdict ?? 'NOT_CHECKABLE',
      factorId: c?.factorId ?? q.factorId,
      seriesId: c?.series?.id ?? null,
      window: c?.window ? { from: c.window.from, to: c.window.to } : q.windowStart ? { from: q.windowStart, to: q.windowEnd ?? q.windowStart } : null,
      timeSource: c?.readingBasis?.window ?? q.timeSource,
      note: c ? `${c.mode ?? '—'}, ${c.recorded ?? '—'} (${c.recordedAs ?? ''}); ${c.reason ?? ''}` : 'no check',
    };
  });
}

// The first sets (en.yaml, zh.yaml: dev and held out, labelled 2026-12-05) and, when present, fresh.yaml: a second
// held-out set labelled later by another labeller who had not seen the product's output, so that the held-out figures
// stay independent of a part whose scores were seen. Each held-out set is printed on its own.
const freshExists = await readFile(join(here, 'checks-set', 'fresh.yaml'), 'utf8').then(() => true, () => false);
const tagged = async (file: string, set: string) => (await readSet(file)).map((d) => ({ ...d, set }));
const docs = [...(await tagged('en.yaml', 'first')), ...(await tagged('zh.yaml', 'first')), ...(freshExists ? await tagged('fresh.yaml', 'fresh') : [])]
  .filter((d) => withHeldout || d.split === 'dev');
const log = createLogger('warn');
const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-eval-checks-'));
progress(`starting a fresh graph (${dataDir})`);
// A fresh local Neo4j of the harness's own (unless NEO4J_URI names one), given time to start on a busy machine;
// then the product's own connection code talks to it.
let runner: LocalRunner | undefined;
if (!process.env['NEO4J_URI']) runner = await startLocalRunner({ dataDir, port: 0, startTimeoutMs: 900_000, log: (m) => progress(m) });
const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...(runner ? { NEO4J_URI: runner.uri } : {}) });
const db = await openGraph(config, log, { persistent: false, dataDir });
try {
  progress('loading the shipped seed and record');
  await loadSeeds(db.graph);
  const ctx = await shippedCheckContext();
  const rows: (Scored & { doc: LabelledDoc & { set: string } })[] = [];
  for (const [i, doc] of docs.entries()) {
    progress(`${i + 1}/${docs.length} ingesting and checking ${doc.split === 'dev' ? doc.id : `a held-out ${doc.lang} document`}`);
    const ingested = await ingestDocument(db.graph, { text: doc.text, title: doc.id, lang: doc.lang, published: doc.published });
    const documentId = ingested.alreadyPresentAs?.id ?? ingested.documentId;
    const quantities = await db.graph.rows<QuantityRow>(
      'eval.quantities',
      `MATCH (c:Claim {documentId: $id})-[:HAS_QUANTITY]->(q:Quantity)
RETURN c.id AS claimId, c.start AS start, c.end AS end, q.surface AS surface, q.value AS value,
       coalesce(q.frameFactorId, head([(q)-[:MEASURES]->(f:Factor) | f.id])) AS factorId, q.frameWindowStart AS windowStart, q.frameWindowEnd AS windowEnd, q.frameTimeSource AS timeSource`,
      { id: documentId },
    );
    const checks = productChecks(quantities, (await checkClaims(db.graph, { documentId }, ctx)).flatMap((r) => r.checks));
    for (const label of doc.claims) rows.push({ doc, label, check: matchCheck(doc.text, label, checks) });
  }

  const out: string[] = ['## eval:checks', '', FIGURES_HEADER];
  const parts = [
    { name: 'dev', of: (r: (typeof rows)[number]) => r.doc.split === 'dev' },
    ...(withHeldout
      ? [
          { name: 'heldout', of: (r: (typeof rows)[number]) => r.doc.split === 'heldout' && r.doc.set === 'first' },
          { name: 'heldout fresh', of: (r: (typeof rows)[number]) => r.doc.split === 'heldout' && r.doc.set === 'fresh' },
        ]
      : []),
  ];
  for (const { name, of } of parts) {
    const inPart = rows.filter(of);
    if (!inPart.length) continue;
    for (const lang of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const part = inPart.filter((r) => r.doc.lang === lang);
      if (part.length) out.push(figuresRow(`${lang} ${name} (${new Set(part.map((r) => r.doc.id)).size} docs)`, score(part)));
    }
    out.push(figuresRow(`**all ${name}**`, score(inPart)));
  }
  if (details) {
    out.push('', '### dev, claim by claim', '', '| doc | surface | measure | label | product | series | factor ok | time ok | product window | mode, recorded, why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows.filter((x) => x.doc.split === 'dev')) {
      out.push(`| ${r.doc.id} | ${r.label.surface} | ${r.label.measure} | ${r.label.verdict} | ${r.check ? asLabelVerdict(r.check.verdict) + (r.check.verdict === 'NOT_CHECKABLE' ? ' (n/c)' : '') : 'no match'} | ${r.check?.seriesId ?? '—'} | ${factorRight(r.label, r.check) ? 'yes' : `no (${r.check?.factorId ?? '—'})`} | ${timeRight(r.label, r.check) ? 'yes' : `no (${r.label.window ?? '—'})`} | ${r.check?.window ? `${r.check.window.from}..${r.check.window.to}` : '—'} | ${(r.check?.note ?? '').replace(/\|/g, '/').replace(/\n/g, ' ').slice(0, 160)} |`);
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
  await runner?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
