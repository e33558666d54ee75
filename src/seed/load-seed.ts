import { readdir, readFile } from 'node:fs/promises';
import { PROJECT_ROOT } from '../config.ts';
import { bulkLoad, type LoadProgress } from '../graph/bulk-load.ts';
import type { Graph } from '../graph/graph.ts';
import { foldDuplicateLinks } from '../causal/link-merge-store.ts';
import { parseSeedFile, type SeedFile } from './seed-file.ts';
import { seedHash, seedPlan } from './seed-plan.ts';
import { hasReference, loadReference, referenceCurrent } from '../series/load-reference.ts';

export const SEEDS_DIR = `${PROJECT_ROOT}seeds/`;

export interface SeedSummary {
  documents: number;
  nodes: number;
  relationships: number;
}

/** Every curated seed in `seeds/` (`*.seed.yaml`), parsed and validated before anything is written. */
export async function readSeeds(dir = SEEDS_DIR): Promise<{ seed: SeedFile; text: string }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.seed.yaml')).sort();
  const seeds = [];
  for (const f of files) {
    const seed = await parseSeedFile(`${dir}${f}`);
    const text = await readFile(`${dir}${seed.document.file}`, 'utf8');
    seeds.push({ seed, text });
  }
  return seeds;
}

/**
 * Loads the curated seeds (idempotent: MERGE on stable ids; verdicts are never reset).
 * All files are validated first, so a malformed file writes nothing.
 */
export async function loadSeeds(graph: Graph, onProgress?: (p: LoadProgress) => void, dir = SEEDS_DIR): Promise<SeedSummary> {
  const seeds = await readSeeds(dir);
  const summary: SeedSummary = { documents: 0, nodes: 0, relationships: 0 };
  for (const { seed, text } of seeds) {
    const loaded = await bulkLoad(graph, seedPlan(seed, text), onProgress ? { onProgress } : {});
    summary.documents += 1;
    summary.nodes += loaded.nodes;
    summary.relationships += loaded.relationships;
  }
  // A seed may assert one link in several passages: each becomes an assertion of the one link.
  await foldDuplicateLinks(graph);
  // The reference series and the curated factor→series links (seeds/reference/), after the factors they link.
  if (hasReference(`${dir}reference/`)) {
    await loadReference(graph, `${dir}reference/`, onProgress && ((done, total, what) => onProgress({ phase: 'nodes', what, done, total })));
  }
  return summary;
}

/** True when every seed document is in the graph with the current curated content. */
export async function seedsCurrent(graph: Graph, dir = SEEDS_DIR): Promise<boolean> {
  const seeds = await readSeeds(dir);
  const expected = seeds.map((s) => ({ id: s.seed.document.id, seedHash: seedHash(s.seed) }));
  const [row] = await graph.rows<{ current: number }>(
    'seed.current',
    `UNWIND $expected AS e
MATCH (d:Document {id: e.id}) WHERE d.seedHash = e.seedHash
RETURN count(d) AS current`,
    { expected },
  );
  if ((row?.current ?? 0) !== expected.length) return false;
  return !hasReference(`${dir}reference/`) || (await referenceCurrent(graph, `${dir}reference/`));
}
