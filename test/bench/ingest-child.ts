// One ingest in a fresh process, so its peak RSS is its own: node test/bench/ingest-child.ts MB ingest|read
// `read` is the baseline: the same text built and hashed, nothing extracted or written.
// Prints {"ms":…,"claims":…,"maxRssMB":…} on stdout, and every 10 s on stderr where the load is with
// RSS, V8 heap used and total, external and array buffers (INGEST_MEMORY_LOG=1: every second).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { ingestDocument, textPieces } from '../../src/ingest/ingest-document.ts';
import { createLogger } from '../../src/log.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';

const [mb, mode] = [Number(process.argv[2]), process.argv[3]];
const MB = (n: number) => Math.round(n / 2 ** 20);
const peak = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
let lastProgress = '';
let samples = 0;
const sample = () => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peak) as (keyof typeof peak)[]) peak[k] = Math.max(peak[k], m[k]);
  if (process.env['INGEST_MEMORY_LOG'] || ++samples % 10 === 0) {
    process.stderr.write(`[${mb} MB ${mode}] rss ${MB(m.rss)} heapUsed ${MB(m.heapUsed)} heapTotal ${MB(m.heapTotal)} external ${MB(m.external)} arrayBuffers ${MB(m.arrayBuffers)} ${lastProgress}\n`);
  }
};
const timer = setInterval(sample, 1000);
const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
// The seed article repeated to about `mb` MB of UTF-8, under a first line making it a new document.
const copies = Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(article)));
// One join, header included: a template around the join would be a cons string, flattened on first use
// into a second 34 MB copy that V8 then keeps as heap (46 MB more peak RSS at 50 MB, in both modes).
const text = [`Bench ${mb} MB ${Date.now()}`, ...Array.from({ length: copies }, () => article)].join('\n');
const started = performance.now();
let claims = 0;
let published = false;
if (mode === 'read') {
  // Hashed piece by piece as ingest does (hashing it whole holds its 50 MB of UTF-8 at once).
  const hash = createHash('sha256');
  for (const piece of textPieces(text)) hash.update(piece, 'utf8');
  hash.digest('hex');
} else {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '600000' });
  const db = await openGraph(config, createLogger('warn'), { persistent: false });
  // As `claimgraph ingest` does for its own process (src/cli/ingest-command.ts): the server never flips it.
  v8.setFlagsFromString('--optimize-for-size');
  const result = await ingestDocument(db.graph, { text, title: `bench ${mb} MB ${Date.now()}` }, (p) => {
    lastProgress = `${p.phase} ${p.what} ${p.done}/${p.total}`;
    // INGEST_GC_EACH=1 (with node --expose-gc): live heap after each piece, to tell retention from garbage.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc && process.env['INGEST_GC_EACH'] && p.what === 'CAUSES' && p.done === p.total) {
      gc();
      process.stderr.write(`[${mb} MB ${mode}] after piece, live heap ${MB(process.memoryUsage().heapUsed)} MB, rss ${MB(process.memoryUsage().rss)} MB\n`);
    }
  });
  claims = result.claims;
  // Published means visible to readers and nothing left staged.
  const [row] = await db.graph.rows<{ visible: number; staged: number; complete: boolean }>(
    'bench.ingestPublished',
    `MATCH (d:Document {id: $id})
RETURN d.complete AS complete, COUNT { (c:Claim)-[:STATED_IN]->(d) } AS visible, COUNT { (s:Staged {stagedBatch: $id}) } AS staged`,
    { id: result.documentId },
  );
  published = row?.complete === true && row.visible === claims && row.staged === 0;
  await db.close();
}
const ms = performance.now() - started;
clearInterval(timer);
sample();
process.stdout.write(
  `${JSON.stringify({ ms, claims, published, bytes: Buffer.byteLength(text), maxRssMB: process.resourceUsage().maxRSS / 1024, peakHeapUsedMB: MB(peak.heapUsed), peakHeapTotalMB: MB(peak.heapTotal), peakExternalMB: MB(peak.external) })}\n`,
);
