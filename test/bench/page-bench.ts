// npm run bench:page [-- --runs 7]
// First load of the review page on the seed document in headless Chromium: time until every claim is
// highlighted and bytes shipped, against the bare HTML of the same document text (a <pre>, no script)
// served by the same process — both measured in this run, in fresh browser contexts (cold cache).
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';
import { loadSeeds } from '../../src/seed/load-seed.ts';
import { ensurePageBuilt } from '../../src/web/build-page.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';
import { percentile, printTable } from './stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(3, Number(values.runs));
const DOC = 'doc-e9186e0b';
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
const log = createLogger('warn');
const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-page-bench-'));
const db = await openGraph(config, log, { persistent: false, dataDir });
let browser: Browser | undefined;
const http = createHttpServer();
try {
  await loadSeeds(db.graph);
  const built = await ensurePageBuilt();
  const yoga = createServer({ graph: db.graph, config, log, neo4jProvider: db.target.provider });
  const response = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ document(id: "${DOC}") { title language text claims { id } } }` }) });
  const { data } = (await response.json()) as { data: { document: { title: string; language: string; text: string; claims: { id: string }[] } } };
  const doc = data.document;
  // The baseline: the same text as a server would send it with no page at all.
  const bare = `<!doctype html><html lang="${doc.language}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head><body><h1>${escapeHtml(doc.title)}</h1><pre style="white-space:pre-wrap">${escapeHtml(doc.text)}</pre></body></html>`;
  http.on('request', (req, res) => {
    if (req.url === '/bare') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(bare) });
      res.end(bare);
      return;
    }
    (yoga as unknown as (rq: typeof req, rs: typeof res) => void)(req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const address = http.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

  /** One cold load: ms from navigation start until `ready` holds (the page's own clock), and bytes received. */
  type Ready = (n: number) => number | false;
  const load = async (path: string, ready: Ready, n: number) => {
    const context = await browser!.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    const at = (await (await page.waitForFunction(ready, n, { polling: 'raf', timeout: 60_000 })).jsonValue()) as number;
    await page.waitForLoadState('load');
    const bytes = await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      return entries.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);
    });
    await context.close();
    return { ms: at, bytes };
  };
  // Functions, not strings: the page's CSP forbids eval, and the bench must not loosen it.
  const baselineReady: Ready = (length) => (document.querySelector('pre')?.textContent?.length === length ? performance.now() : false);
  const pageReady: Ready = (claims) => {
    const ids = new Set([...document.querySelectorAll<HTMLElement>('.doc-text [data-claims]')].flatMap((e) => (e.dataset['claims'] ?? '').split(' ')));
    return ids.size === claims ? performance.now() : false;
  };
  const sample = async (path: string, ready: Ready, n: number) => {
    await load(path, ready, n); // one unmeasured load: Chromium's own start-up, not ours
    const out: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < runs; i++) out.push(await load(path, ready, n));
    return out;
  };
  // Interleaved is fairer on a shared machine, but each sample is short; run the baseline, the page, the baseline again.
  const base1 = await sample('/bare', baselineReady, doc.text.length);
  const pageRuns = await sample(`/documents/${DOC}`, pageReady, doc.claims.length);
  const base2 = await sample('/bare', baselineReady, doc.text.length);
  const base = [...base1, ...base2];
  const p50 = (xs: number[]) => percentile(xs, 50);
  const baseMs = p50(base.map((r) => r.ms));
  const pageMs = p50(pageRuns.map((r) => r.ms));
  const baseBytes = p50(base.map((r) => r.bytes));
  const pageBytes = p50(pageRuns.map((r) => r.bytes));
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  printTable(`First load of the seed document (${doc.claims.length} claims, ${doc.text.length} characters), ${runs} cold loads each, p50`, ['load', 'time to text (p50)', 'p95', 'bytes received', 'time vs baseline', 'bytes vs baseline'], [
    ['bare HTML of the document (baseline)', `${baseMs.toFixed(1)} ms`, `${percentile(base.map((r) => r.ms), 95).toFixed(1)} ms`, kib(baseBytes), '1.00×', '1.00×'],
    ['review page, every claim highlighted', `${pageMs.toFixed(1)} ms`, `${percentile(pageRuns.map((r) => r.ms), 95).toFixed(1)} ms`, kib(pageBytes), `${(pageMs / baseMs).toFixed(2)}×`, `${(pageBytes / baseBytes).toFixed(2)}×`],
  ]);
  // What compression would save (the server sends the bundle uncompressed; a proxy usually gzips).
  const files = ['app.js', 'app.css', ...Object.keys(built.files).filter((f) => f.startsWith('chunks/chunk-') && f.endsWith('.js'))];
  const rows: string[][] = [];
  for (const f of files) {
    const body = await readFile(join(built.dir, f));
    rows.push([f, kib(body.byteLength), kib(gzipSync(body).byteLength)]);
  }
  printTable('Bundle files the document view loads', ['file', 'raw', 'gzip'], rows);
} finally {
  await browser?.close();
  http.close();
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
