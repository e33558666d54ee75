import type { Graph } from './graph.ts';
import { fromValues } from './projection.ts';

/**
 * Runs a query that returns `key, item` rows for a list of `$keys` and groups the
 * items by key, in key order: one round trip for a whole resolver level, the
 * shape a DataLoader batch function returns. With `itemKeys`, each item comes as
 * the list of its values (a projection's valueList, lighter for the driver) and
 * gets these keys back.
 */
export async function grouped<T>(graph: Graph, name: string, cypher: string, keys: readonly string[], itemKeys?: readonly string[]): Promise<T[][]> {
  const rows = await graph.rows<{ key: string; item: T }>(name, cypher, { keys });
  const byKey = new Map<string, T[]>();
  for (const r of rows) {
    const item = itemKeys ? fromValues<T>(itemKeys, r.item as unknown[]) : r.item;
    const list = byKey.get(r.key);
    if (list) list.push(item);
    else byKey.set(r.key, [item]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** Orders rows found by id like the requested ids, with null for the missing: DataLoader's contract. */
export function byIdsInOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
