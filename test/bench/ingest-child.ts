// One ingest in a fresh process, so its peak RSS is its own: node test/bench/ingest-child.ts MB ingest|read
// `read` is the baseline: the same text built and hashed, nothing extracted or written.
// Prints {"ms":…,"claims":…,"maxRssMB":…}. Uses NEO4J_URI from the environment.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { createLogger } from '../../src/log.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';

const [mb, mode] = [Number(process.argv[2]), process.argv[3]];
const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
// The seed article repeated to about `mb` MB of UTF-8, under a first line making it a new document.
const copies = Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(article)));
const text = `Bench ${mb} MB ${Date.now()}\n${Array.from({ length: copies }, () => article).join('\n')}`;
const started = performance.now();
let claims = 0;
if (mode === 'read') {
  createHash('sha256').update(text, 'utf8').digest('hex');
} else {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '600000' });
  const db = await openGraph(config, createLogger('warn'), { persistent: false });
  claims = (await ingestDocument(db.graph, { text, title: `bench ${mb} MB ${Date.now()}` })).claims;
  await db.close();
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, claims, bytes: Buffer.byteLength(text), maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
