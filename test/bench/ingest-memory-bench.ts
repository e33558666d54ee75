import { execFileSync } from 'node:child_process';
import { cliNodeFlags } from './cli-node-flags.ts';
import { printTable } from './stats.ts';

/**
 * Peak RSS of ingesting the seed article repeated to each size, each in its own process,
 * against a process that only builds and hashes the same text: ingest writes chunk by chunk
 * (src/ingest/ingest-document.ts), so its memory over the baseline should not grow with the text.
 * Each child prints its progress and memory every 10 s on stderr (shown as it runs), and runs
 * with the CLI's Node flags, as `claimgraph ingest` does.
 */
export function benchIngestMemory(neo4jUri: string, sizesMB: readonly number[]): void {
  const run = (mb: number, mode: string) => {
    const output = execFileSync(process.execPath, [...cliNodeFlags(), 'test/bench/ingest-child.ts', String(mb), mode], {
      env: { ...process.env, NEO4J_URI: neo4jUri, NEO4J_PASSWORD: process.env['NEO4J_PASSWORD'] ?? '' },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      // The child's progress lines as they come, not after it exits.
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(output.trim().split('\n').at(-1) as string) as { ms: number; claims: number; bytes: number; maxRssMB: number; published: boolean; peakHeapUsedMB: number; peakHeapTotalMB: number };
  };
  const rows: (string | number)[][] = [];
  for (const mb of sizesMB) {
    const base = run(mb, 'read');
    const r = run(mb, 'ingest');
    process.stderr.write(`ingest ${mb} MB: ${JSON.stringify({ base, ingest: r })}\n`);
    rows.push([`${(r.bytes / 1e6).toFixed(1)} MB`, r.claims.toLocaleString('en'), `${(r.ms / 1000).toFixed(1)} s`, `${Math.round(base.maxRssMB)} MB`, `${Math.round(r.maxRssMB)} MB`, `${Math.round(r.maxRssMB - base.maxRssMB)} MB`, `${r.peakHeapUsedMB} / ${r.peakHeapTotalMB} MB`, r.published ? 'yes' : 'NO']);
  }
  printTable('Ingest of a large document: peak RSS', ['text', 'claims', 'ingest time', 'peak RSS, text only (baseline)', 'peak RSS, ingest', 'ingest over baseline', 'V8 heap used / total, peak', 'published, nothing staged'], rows);
}
