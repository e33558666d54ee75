// One export in a fresh process, so its peak RSS is its own: node [CLI flags] test/bench/export-child.ts FORMAT|read
// FORMAT runs the product's own `claimgraph export --format FORMAT --out FILE` (the CLI's command
// module, writing a temporary file, removed afterwards); `read` is the baseline: the same nodes and
// relationships streamed with the driver, not formatted. Prints {"ms":…,"bytes":…,"maxRssMB":…}.
// Uses NEO4J_URI from the environment.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { streamNodes, streamRelationships } from '../../src/export/export-store.ts';
import { openGraph } from '../../src/graph/open-graph.ts';
import { createLogger } from '../../src/log.ts';

const format = process.argv[2] as string;
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const started = performance.now();
let bytes = 0;
if (format === 'read') {
  const db = await openGraph(config, createLogger('warn'), { persistent: false });
  await streamNodes(db.graph, null, (n) => void (bytes += n.id.length));
  await streamRelationships(db.graph, null, (r) => void (bytes += r.type.length));
  await db.close();
} else {
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-export-'));
  const out = join(dir, `export.${format}`);
  try {
    // The same module `claimgraph export` loads (src/cli/main.ts imports commands lazily).
    const { exportCommand } = await import('../../src/cli/export-command.ts');
    const code = await exportCommand.run({ config, log: createLogger('warn'), args: ['--format', format, '--out', out] });
    if (code) throw new Error(`export exited with ${code}`);
    bytes = (await stat(out)).size;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
