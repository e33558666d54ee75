import { badInput, notFound } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import { byIdsInOrder } from '../graph/grouped.ts';
import { fromValues, valueList } from '../graph/projection.ts';
import { foldScript, fulltextQuery, SEARCH_INDEX } from '../search/search-text.ts';

export interface FactorRow {
  id: string;
  name: string;
  namesZh: string[];
  aliases: string[];
  description: string | null;
}

/** How a user may name a factor: lower-cased, in Simplified script, so 政府停擺 = 政府停摆 and tga = TGA. */
export const matchKey = (name: string) => foldScript(name.trim()).toLowerCase();

/** Every key a factor answers to (written with the factor by the loaders). */
export const matchKeys = (f: { id: string; name: string; namesZh: readonly string[]; aliases: readonly string[] }) => [
  ...new Set([f.id, f.name, ...f.namesZh, ...f.aliases].map(matchKey)),
];

export const FACTOR_FIELDS = 'id: f.id, name: f.name, namesZh: coalesce(f.namesZh, []), aliases: coalesce(f.aliases, []), description: f.description';

/** The factor loader's rows, sent as lists of values (src/graph/projection.ts). */
const FACTOR_ITEM = valueList('f', FACTOR_FIELDS);

export async function factorsByIds(graph: Graph, ids: readonly string[]): Promise<(FactorRow | null)[]> {
  const rows = await graph.rows<{ f: unknown[] }>('factor.byIds', `MATCH (f:Factor) WHERE f.id IN $ids RETURN ${FACTOR_ITEM.cypher} AS f`, { ids });
  return byIdsInOrder(ids, rows.map((r) => fromValues<FactorRow>(FACTOR_ITEM.keys, r.f)));
}

/** Factors matching a search over names and aliases in any script (full text), or all, by name. */
export async function searchFactors(graph: Graph, search: string | undefined, limit = 200): Promise<FactorRow[]> {
  if (!search?.trim()) {
    const rows = await graph.rows<{ f: FactorRow }>(
      'factor.all',
      `MATCH (f:Factor) RETURN f {${FACTOR_FIELDS}} AS f ORDER BY f.name LIMIT toInteger($limit)`,
      { limit },
    );
    return rows.map((r) => r.f);
  }
  const rows = await graph.rows<{ f: FactorRow }>(
    'factor.search',
    `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
WHERE node:Factor
WITH node AS f, score ORDER BY score DESC, f.name LIMIT toInteger($limit)
RETURN f {${FACTOR_FIELDS}} AS f`,
    { query: fulltextQuery(search), limit },
  );
  return rows.map((r) => r.f);
}

/**
 * A factor named by id, English name or any alias (either Chinese script). Unknown →
 * NOT_FOUND with suggestions from full-text search; a name shared by several factors →
 * BAD_USER_INPUT listing the candidates.
 */
export async function resolveFactor(graph: Graph, term: string, argument = 'factor'): Promise<FactorRow> {
  const rows = await graph.rows<{ f: FactorRow }>(
    'factor.resolve',
    `${resolveLookup('')}
RETURN f {${FACTOR_FIELDS}} AS f ORDER BY f.id`,
    resolveParams(term, argument, ''),
  );
  return pickFactor(graph, term, rows.map((r) => r.f), argument);
}

const param = (prefix: string, name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);

/**
 * resolveFactor's index lookups as a subquery yielding `f` rows, its parameters prefixed
 * (`$fromTerm`, `$fromKey`, `$fromKeyQuery` for `from`; see resolveParams), so one statement
 * can resolve a factor by the same rules as it does other work (trace resolves both ends).
 */
export const resolveLookup = (prefix: string) =>
  // Two index lookups, never a scan of every factor: the unique id, and the key as one exact
  // term of the keyword-analysed matchKeys index (quoted and escaped for Lucene's query syntax).
  `CALL () {
  MATCH (f:Factor {id: $${param(prefix, 'term')}}) RETURN f
  UNION
  CALL db.index.fulltext.queryNodes('factor_match_keys_v1', $${param(prefix, 'keyQuery')}) YIELD node
  WITH node AS f WHERE f:Factor AND $${param(prefix, 'key')} IN f.matchKeys RETURN f
}`;

/**
 * resolveLookup(prefix)'s matches as one list `as` of factor nodes in id order, skipping the
 * full-text lookup when the term is a factor's id: pickFactor takes an exact id whatever else
 * matches, so the answer is the same, without a Lucene query (a listing filtered by factor id, or
 * a trace between ids — the common cases — pays for none).
 *
 * Written as a lookup whose fallback runs only for a missing id, not as a UNION of both branches:
 * the union (with its DISTINCT, a sort and a collect per branch) made the trace statement cost
 * 1.15× (warm) to 2× (colder JVM) as much for the same rows (trace between ids, 100k graph;
 * docs/benchmarks.md).
 */
export const resolveFoundIdFirst = (prefix: string, as: string) =>
  `CALL () {
  OPTIONAL MATCH (byId:Factor {id: $${param(prefix, 'term')}})
  CALL (byId) {
    WITH byId WHERE byId IS NULL
    CALL db.index.fulltext.queryNodes('factor_match_keys_v1', $${param(prefix, 'keyQuery')}) YIELD node
    WITH node AS f WHERE f:Factor AND $${param(prefix, 'key')} IN f.matchKeys
    WITH f ORDER BY f.id
    RETURN collect(f) AS hits
  }
  RETURN CASE WHEN byId IS NULL THEN hits ELSE [byId] END AS ${as}
}`;

/** The parameters of resolveLookup(prefix) for a term; BAD_USER_INPUT when it names nothing. */
export function resolveParams(term: string, argument: string, prefix: string): Record<string, string> {
  const key = matchKey(term);
  if (!key) throw badInput(`${argument} must name a factor`, [{ path: argument, message: 'empty' }]);
  return { [param(prefix, 'term')]: term, [param(prefix, 'key')]: key, [param(prefix, 'keyQuery')]: `"${key.replace(/["\\]/g, '\\$&')}"` };
}

/**
 * The factor a term names among the rows resolveLookup found (in id order): an exact id wins,
 * then a single match; several → BAD_USER_INPUT with candidates, none → NOT_FOUND with suggestions.
 */
export async function pickFactor<F extends Pick<FactorRow, 'id' | 'name'>>(graph: Graph, term: string, found: readonly F[], argument: string): Promise<F> {
  const rows = found.map((f) => ({ f }));
  const exact = rows.find((r) => r.f.id === term);
  if (exact) return exact.f;
  if (rows.length === 1 && rows[0]) return rows[0].f;
  if (rows.length > 1) {
    const candidates = rows.map((r) => ({ id: r.f.id, name: r.f.name }));
    throw badInput(
      `"${term}" names ${rows.length} factors; use one of their ids: ${candidates.map((c) => `${c.id} (${c.name})`).join(', ')}`,
      [{ path: argument, message: 'ambiguous factor name' }],
      { candidates },
    );
  }
  const suggestions = await suggestFactors(graph, term);
  throw notFound(
    `No factor is named "${term}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `${s.name} (${s.id})`).join(', ')}?` : ''}`,
    { argument, suggestions },
  );
}

/** Near misses for a name that matches no factor: full-text search over names and aliases, best first. */
export async function suggestFactors(graph: Graph, term: string): Promise<{ id: string; name: string }[]> {
  // Unquoted, so any word (or, in Chinese, any character bigram) may match: these are near misses.
  const query = foldScript(term).replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ').trim();
  if (!query) return [];
  const rows = await graph.rows<{ id: string; name: string }>(
    'factor.suggest',
    `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
WHERE node:Factor
RETURN node.id AS id, node.name AS name ORDER BY score DESC LIMIT 5`,
    { query: `searchText:(${query})` },
  );
  return rows;
}
