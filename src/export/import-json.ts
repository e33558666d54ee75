import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { RELATIONSHIP_TYPES, bulkLoad, type LoadPlan, type LoadProgress, type NodeLabel, type RelationshipType } from '../graph/bulk-load.ts';
import type { Graph } from '../graph/graph.ts';
import { EXPORTED_LABELS } from './export-store.ts';
import { LOSSLESS_FORMAT, LOSSLESS_VERSION } from './formats/to-json.ts';

const exportFile = z.object({
  format: z.literal(LOSSLESS_FORMAT, { message: `expected "${LOSSLESS_FORMAT}" (a file written by claimgraph export --format json)` }),
  version: z.literal(LOSSLESS_VERSION),
  nodes: z.array(
    z.object({
      id: z.string().min(1),
      labels: z.array(z.enum(EXPORTED_LABELS as unknown as [string, ...string[]])).length(1, 'expected exactly one label'),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
  relationships: z.array(
    z.object({
      type: z.enum(RELATIONSHIP_TYPES),
      start: z.string().min(1),
      end: z.string().min(1),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

const place = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');

/**
 * Reads a lossless JSON export back into the graph. The whole file is checked first —
 * shape, labels, types, every relationship's endpoints — so a bad file writes nothing;
 * then MERGE on ids makes importing twice the same as once.
 */
export async function importJson(graph: Graph, path: string, onProgress?: (p: LoadProgress) => void): Promise<{ nodes: number; relationships: number }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ImportFileError(`${path}: not readable JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = exportFile.safeParse(raw);
  if (!parsed.success) {
    throw new ImportFileError(`${path} is not a claimgraph export:\n${parsed.error.issues.slice(0, 20).map((i) => `  ${place(i.path)}: ${i.message}`).join('\n')}`);
  }
  const { nodes, relationships } = parsed.data;
  const labelOf = new Map<string, NodeLabel>();
  nodes.forEach((n, i) => {
    if (labelOf.has(n.id)) throw new ImportFileError(`${path}: nodes[${i}].id: duplicate id ${n.id}`);
    labelOf.set(n.id, n.labels[0] as NodeLabel);
  });
  const problems = relationships.flatMap((r, i) =>
    [r.start, r.end].filter((id) => !labelOf.has(id)).map((id) => `  relationships[${i}]: ${r.type} names node ${id}, which is not in the file`),
  );
  if (problems.length) throw new ImportFileError(`${path} is not self-contained:\n${problems.slice(0, 20).join('\n')}`);

  const byLabel = new Map<NodeLabel, LoadPlan['nodes'][number]['rows']>();
  for (const n of nodes) {
    const label = n.labels[0] as NodeLabel;
    byLabel.set(label, [...(byLabel.get(label) ?? []), { id: n.id, props: n.properties }]);
  }
  const byRel = new Map<string, LoadPlan['relationships'][number]>();
  for (const r of relationships) {
    const fromLabel = labelOf.get(r.start) as NodeLabel;
    const toLabel = labelOf.get(r.end) as NodeLabel;
    const key = `${r.type}|${fromLabel}|${toLabel}`;
    const batch = byRel.get(key) ?? { type: r.type as RelationshipType, fromLabel, toLabel, rows: [] };
    const linkId = r.properties['linkId'];
    batch.rows.push({ from: r.start, to: r.end, props: r.properties, ...(typeof linkId === 'string' ? { key: { linkId } } : {}) });
    byRel.set(key, batch);
  }
  return bulkLoad(
    graph,
    { nodes: [...byLabel.entries()].map(([label, rows]) => ({ label, rows })), relationships: [...byRel.values()] },
    onProgress ? { onProgress } : {},
  );
}
