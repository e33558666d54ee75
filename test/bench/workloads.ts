import type { Graph } from '../../src/graph/graph.ts';
import { bulkLoad } from '../../src/graph/bulk-load.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { generateGraph, type GeneratedSize } from './generate-graph.ts';

/** A graph size as the issue names them: 10k, 100k, 1m claims; factors, links and documents scale with it. */
export interface Scale {
  label: string;
  size: GeneratedSize;
}

export function parseScale(text: string | undefined): Scale {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec((text ?? '100k').trim());
  if (!m) throw new Error(`--scale must look like 10k, 100k or 1m (got ${text})`);
  const claims = Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1));
  // The 1M graph: 100k factors and 300k causal links, reviews on 10% of claims.
  const factors = Math.max(200, claims / 10);
  return {
    label: claims >= 1e6 ? `${claims / 1e6}m` : `${claims / 1e3}k`,
    size: { claims, factors, links: factors * 3, documents: Math.max(1, Math.round(claims / 1000)), sources: Math.max(100, Math.min(10_000, claims / 100)), reviewShare: 0.1 },
  };
}

/**
 * True when a previous run left the whole generated graph of this scale (the `gen-` ids are deterministic): its last
 * claim, and as many `REVIEWS` as reviews — the loader writes the nodes, then each type in turn, `REVIEWS` last, so a
 * load stopped half-way (a kept data directory whose keeper was stopped early) is loaded again, not benchmarked.
 */
export async function hasGenerated(graph: Graph, scale: Scale): Promise<boolean> {
  const [have] = await graph.rows<{ n: number; reviews: number; reviewed: number }>(
    'bench.generated',
    'MATCH (c:Claim {id: $id}) RETURN count(c) AS n, COUNT { (:Review) } AS reviews, COUNT { ()-[:REVIEWS]->() } AS reviewed',
    { id: `gen-c${scale.size.claims - 1}` },
  );
  return (have?.n ?? 0) > 0 && (have?.reviews ?? 0) > 0 && have?.reviews === have?.reviewed;
}

/** Loads the generated graph unless a previous run left it. */
export async function loadGenerated(graph: Graph, scale: Scale): Promise<{ seconds: number; nodes: number; relationships: number } | undefined> {
  if (await hasGenerated(graph, scale)) return undefined;
  const plan = generateGraph(scale.size);
  const progress = createProgress('load');
  const started = performance.now();
  const loaded = await bulkLoad(graph, plan, { batchSize: 5000, onProgress: (p) => progress.update(`${p.phase} ${p.what}`, p.done, p.total) });
  const seconds = (performance.now() - started) / 1000;
  progress.done(`${loaded.nodes} nodes, ${loaded.relationships} relationships in ${seconds.toFixed(1)}s`);
  return { seconds, ...loaded };
}

export interface Workload {
  name: string;
  slug: string;
  query: string;
  variables: Record<string, unknown>;
}

const NESTED = `edges { node { id quote status version
  quantities { id surface value unit }
  factors { id name }
  sources { id name }
  reviews { id toStatus at } } }`;
const LIST = `query($f: ClaimFilter) { claims(filter: $f, first: 50) { ${NESTED} } }`;
const TRACE = `query($from: String!, $to: String!, $hops: Int) { trace(from: $from, to: $to, maxHops: $hops) {
  hops netPolarity factors { id name } links { id polarity status } } }`;

/** The workloads, on the generated graph (hub factor gen-f1 is the TGA). */
export const WORKLOADS: Workload[] = [
  { name: 'claims page + quantities, factors, sources, reviews', slug: 'claims-nested', query: LIST, variables: { f: {} } },
  { name: 'unit = USD and value ≥ 1e12, nested', slug: 'unit-value', query: LIST, variables: { f: { unit: 'USD', valueMin: 1e12 } } },
  { name: 'status and factor, nested', slug: 'status-factor', query: LIST, variables: { f: { status: ['VERIFIED'], factor: 'gen-f1' } } },
  { name: 'status and factor named (not by id), nested', slug: 'status-factor-name', query: LIST, variables: { f: { status: ['DISPUTED'], factor: 'tga balance 1' } } },
  { name: 'search zh-Hant 準備金, nested', slug: 'search-zh', query: LIST, variables: { f: { search: '銀行準備金' } } },
  { name: 'search English "treasury", nested', slug: 'search-en', query: LIST, variables: { f: { search: 'treasury' } } },
  { name: 'trace over 3 hops', slug: 'trace-3', query: TRACE, variables: { from: 'gen-f100', to: 'gen-f130', hops: 3 } },
  { name: 'trace over 6 hops', slug: 'trace-6', query: TRACE, variables: { from: 'gen-f100', to: 'gen-f160', hops: 6 } },
];
