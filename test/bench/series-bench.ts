import type { Graph } from '../../src/graph/graph.ts';
import { Graph as GraphClass } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { shippedCheckContext } from '../../src/checks/check-context.ts';
import { checkClaims } from '../../src/checks/check-store.ts';
import { addDays } from '../../src/checks/as-of.ts';
import { seriesInfo, type SeriesInfo } from '../../src/series/catalogue.ts';
import { parseFredCsv } from '../../src/series/fred-csv.ts';
import { prepareImport } from '../../src/series/prepare-import.ts';
import { importObservations } from '../../src/series/series-store.ts';
import { printTable } from './stats.ts';

/** Business days from `from`, `n` of them, with a random walk in billions (three decimals, like RRPONTSYD). */
function dailyCsv(id: string, from: string, n: number): string {
  const lines = [`observation_date,${id}`];
  let date = from;
  let value = 500;
  while (lines.length <= n) {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) {
      value = Math.max(1, value + (Math.random() - 0.5) * 20);
      lines.push(`${date},${lines.length % 97 === 0 ? '' : value.toFixed(3)}`);
    }
    date = addDays(date, 1);
  }
  return `${lines.join('\n')}\n`;
}

const seconds = (t: number) => (performance.now() - t) / 1000;

/** Parse, validate and import a file (the product's path), against a bare UNWIND … CREATE of the same rows. */
async function benchImport(graph: Graph, name: string, rows: number, from: string): Promise<string[][]> {
  const info: SeriesInfo = { ...seriesInfo('FRED:RRPONTSYD')!, id: `BENCH:${name.replace(/\W+/g, '-')}-${Date.now()}`, url: `https://bench.invalid/${Date.now()}-${rows}` };
  const text = dailyCsv('RRPONTSYD', from, rows);

  // Baseline first, on its own label: the same rows in the same batches of 10,000 (a transaction each), no checks.
  const parsed = parseFredCsv(text).observations;
  const bare = parsed.map((o) => ({ id: `${info.id}@${o.date}`, date: o.date, value: o.value }));
  let t = performance.now();
  for (let i = 0; i < bare.length; i += 10_000) {
    await graph.write('bench.bareUnwind', (tx) => tx.rows('bench.bareUnwind', 'UNWIND $rows AS r CREATE (o:BenchObservation {id: r.id, date: r.date, value: r.value})', { rows: bare.slice(i, i + 10_000) }));
  }
  const baseline = seconds(t);

  t = performance.now();
  const prepared = prepareImport(info, parseFredCsv(text).observations);
  const parsing = seconds(t);
  const outcome = await importObservations(graph, info, prepared.rows, { sha256: `${Date.now()}`.padStart(64, '0'), origin: 'bench' });
  const imported = seconds(t);
  if (outcome.added !== rows) throw new Error(`bench import added ${outcome.added} of ${rows}`);

  t = performance.now();
  const again = await importObservations(graph, info, prepared.rows, { sha256: `${Date.now() + 1}`.padStart(64, '0'), origin: 'bench, same values' });
  const reimported = seconds(t);
  if (again.changed !== 0) throw new Error('re-import changed values');

  await graph.write('bench.cleanup', (tx) => tx.rows('bench.cleanup', 'MATCH (o:BenchObservation) WHERE o.id STARTS WITH $p DETACH DELETE o', { p: info.id }));
  const rate = (s: number) => `${Math.round(rows / s).toLocaleString('en')} rows/s`;
  return [
    [name, rows.toLocaleString('en'), rate(imported), `${((parsing / imported) * 100).toFixed(0)}%`, rate(baseline), `${(imported / baseline).toFixed(2)}×`, `${rate(reimported)} (${(reimported / baseline).toFixed(2)}×)`],
  ];
}

/** A document of `n` claims about reserves and the TGA, on dates across 2022–2025, with mixed readings. */
async function makeDocument(graph: Graph, n: number): Promise<string> {
  const doc = `bench-doc-${Date.now()}`;
  const readings = [
    { q: 'BELOW', quote: '準備金跌破{v}萬億美元', factor: 'f-bank-reserves', unit: 'USD' },
    { q: null, quote: 'TGA帳戶餘額飆升至{v}萬億美元', factor: 'f-tga-balance', unit: 'USD' },
    { q: 'ABOUT', quote: '準備金約{v}萬億美元', factor: 'f-bank-reserves', unit: 'USD' },
    { q: null, quote: 'TGA每月抽血{v}萬億美元', factor: 'f-tga-balance', unit: 'USD/month' },
  ];
  const claims = Array.from({ length: n }, (_, i) => {
    const r = readings[i % readings.length]!;
    const v = (r.unit === 'USD/month' ? 0.1 + (i % 5) / 10 : r.factor === 'f-tga-balance' ? 0.5 + (i % 7) / 10 : 2.5 + (i % 9) / 10).toFixed(1);
    const month = `${2022 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}`;
    return { id: `${doc}-c${i}`, quote: r.quote.replace('{v}', v), surface: `${v}萬億美元`, value: Number(v) * 1e12, unit: r.unit, qualifier: r.q, factor: r.factor, time: month, start: i * 20 };
  });
  await graph.write('bench.document', async (tx) => {
    await tx.rows('bench.document', "CREATE (:Document {id: $doc, title: 'bench', language: 'zh-Hant', published: '2025-11', origin: 'bench'})", { doc });
    await tx.rows(
      'bench.claims',
      `UNWIND $claims AS c
MATCH (f:Factor {id: c.factor})
CREATE (k:Claim {id: c.id, quote: c.quote, start: c.start, end: c.start + 10, kind: 'LEVEL', time: c.time, status: 'UNREVIEWED', version: 1, origin: 'bench', documentId: $doc})
CREATE (q:Quantity {id: c.id + '-q1', surface: c.surface, value: c.value, unit: c.unit, qualifier: c.qualifier, position: 0})
CREATE (k)-[:HAS_QUANTITY]->(q), (k)-[:ABOUT]->(f)`,
      { claims, doc },
    );
  });
  return doc;
}

async function benchCheckDocument(graph: Graph, n: number): Promise<string[][]> {
  let queries = 0;
  const counted = new GraphClass(graph.driver, { queryTimeoutMs: 120_000, log: createLogger('warn'), onQuery: () => void queries++ });
  const doc = await makeDocument(graph, n);
  const ctx = await shippedCheckContext();
  await checkClaims(counted, { documentId: doc }, ctx); // warm-up
  queries = 0;
  let t = performance.now();
  const rows = await checkClaims(counted, { documentId: doc }, ctx);
  const batched = seconds(t);
  const batchedQueries = queries;
  const verdicts = rows.flatMap((r) => r.checks).reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.verdict]: (acc[c.verdict] ?? 0) + 1 }), {});

  // Baseline: the same checks one claim at a time (the N+1 a naive resolver would do).
  const ids = rows.map((r) => r.claimId);
  queries = 0;
  t = performance.now();
  for (const id of ids) await checkClaims(counted, { claimIds: [id] }, ctx);
  const oneByOne = seconds(t);
  const oneByOneQueries = queries;

  // Floor: reading the same claims with their quantities in one query, no record, no arithmetic.
  t = performance.now();
  await counted.rows('bench.bareRead', 'MATCH (c:Claim {documentId: $doc})-[:HAS_QUANTITY]->(q:Quantity) RETURN c.id, c.quote, c.time, q.value, q.unit ORDER BY c.start', { doc });
  const bareRead = seconds(t);

  await graph.write('bench.cleanupDoc', (tx) => tx.rows('bench.cleanupDoc', 'MATCH (c:Claim {documentId: $doc}) OPTIONAL MATCH (c)-[:HAS_QUANTITY]->(q) DETACH DELETE c, q WITH count(*) AS x MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc }));
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  return [
    [`checkClaims(document), batched`, `${n}`, `${batchedQueries}`, ms(batched), '1.00×', Object.entries(verdicts).map(([k, v]) => `${k} ${v}`).join(', ')],
    [`one claim at a time (baseline)`, `${n}`, `${oneByOneQueries}`, ms(oneByOne), `${(oneByOne / batched).toFixed(1)}× slower`, ''],
    [`bare read of the claims (floor)`, `${n}`, '1', ms(bareRead), `${(bareRead / batched).toFixed(2)}×`, ''],
  ];
}

/** `npm run bench -- --only series`: imports and document checks, each against a baseline measured in the same run. */
export async function benchSeries(graph: Graph): Promise<void> {
  const imports = [
    ...(await benchImport(graph, '10-year daily series', 2609, '2015-11-02')),
    ...(await benchImport(graph, '100k-row series', 100_000, '1640-01-02')),
  ];
  printTable('Series import (parse, validate units and dates, compare with the record, write with vintages) vs a bare UNWIND … CREATE of the same rows', ['file', 'rows', 'import', 'of which parsing and validation', 'bare UNWIND (baseline)', 'import time / baseline', 're-import, same values'], imports);
  printTable('Checking a document of 1,000 claims against the record', ['run', 'claims', 'Cypher queries', 'time', 'vs batched', 'suggestions'], await benchCheckDocument(graph, 1000));
}
