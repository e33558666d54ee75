// One export in a fresh process, so its peak RSS is its own: node test/bench/export-child.ts FORMAT|read
// Prints {"ms":…,"bytes":…,"maxRssMB":…}. Uses NEO4J_URI from the environment.
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { exportGraph } from '../../src/export/export-graph.ts';
import { streamNodes, streamRelationships } from '../../src/export/export-store.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';

const format = process.argv[2] as string;
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const db = await openGraph(config, createLogger('warn'), { persistent: false });
let bytes = 0;
const out = new Writable({
  write(chunk: Buffer, _enc, done) {
    bytes += chunk.length;
    done();
  },
});
const started = performance.now();
if (format === 'read') {
  // The baseline: the same nodes and relationships read with the driver, not formatted.
  await streamNodes(db.graph, null, (n) => void (bytes += n.id.length));
  await streamRelationships(db.graph, null, (r) => void (bytes += r.type.length));
} else {
  await exportGraph(db.graph, config, format, {} as never, out);
}
const ms = performance.now() - started;
await db.close();
process.stdout.write(`${JSON.stringify({ ms, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
