import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node flags the product's CLI runs with (`npm run claimgraph`, package.json), so a
 * benchmark child measuring an export or an ingest runs the way users run it.
 */
export function cliNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts['claimgraph'] ?? '').split(/\s+/);
  return words.slice(1, words.findIndex((w) => w.endsWith('.ts'))).filter((w) => w.startsWith('--'));
}
