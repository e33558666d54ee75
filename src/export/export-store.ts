import type { Graph, Tx } from '../graph/graph.ts';
import { NODE_LABELS } from '../graph/migrations.ts';
import { RELATIONSHIP_TYPES } from '../graph/bulk-load.ts';
import { resolveFactor } from '../factors/factor-store.ts';
import { findPaths, neighbourhood } from '../paths/path-store.ts';
import { isWholeGraph, type ExportScope } from './export-scope.ts';

/** Never exported: token hashes are credentials, not data. */
export const EXPORTED_LABELS = NODE_LABELS.filter((l) => l !== 'ApiToken');

export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportRelationship {
  type: string;
  start: string;
  end: string;
  startLabel: string;
  endLabel: string;
  properties: Record<string, unknown>;
}

/** Node ids in scope, or null for the whole graph. */
export type ScopeIds = Set<string> | null;

const ids = async (tx: Tx, name: string, cypher: string, params: Record<string, unknown>) =>
  (await tx.rows<{ id: string }>(name, cypher, params)).map((r) => r.id);

/**
 * The ids a scope covers: its core (a document's claims and links, a status set, a factor
 * neighbourhood, the paths of a trace), closed over what makes them readable on their own —
 * quantities, factors, sources, documents, supporting claims, reviews and their evidence.
 */
export async function scopeIds(graph: Graph, scope: ExportScope): Promise<ScopeIds> {
  if (isWholeGraph(scope)) return null;
  let factorIds: string[] = [];
  let linkIds: string[] | undefined;
  if (scope.factor) {
    const root = await resolveFactor(graph, scope.factor, 'scope.factor');
    const dirs = scope.direction === 'both' ? (['upstream', 'downstream'] as const) : [scope.direction];
    for (const d of dirs) {
      const n = await neighbourhood(graph, root.id, d, scope.maxHops, 10_000, scope.includeCandidates);
      factorIds.push(...n.factorIds);
      linkIds = [...(linkIds ?? []), ...n.linkIds];
    }
  } else if (scope.from && scope.to) {
    const [a, b] = await Promise.all([resolveFactor(graph, scope.from, 'scope.from'), resolveFactor(graph, scope.to, 'scope.to')]);
    const paths = await findPaths(graph, a.id, b.id, scope.maxHops, 50, scope.includeCandidates);
    factorIds = paths.flatMap((p) => p.factorIds);
    linkIds = paths.flatMap((p) => p.hops.map((h) => h.linkId));
  }
  return graph.read('export.scope', async (tx) => {
    const filters = { document: scope.document ?? null, status: scope.status ?? null };
    const where = '($document IS NULL OR x.documentId = $document) AND ($status IS NULL OR x.status IN $status)';
    const links = await ids(tx, 'export.scope.links', `MATCH (x:CausalLink) WHERE ($links IS NULL OR x.id IN $links) AND ${where} RETURN x.id AS id`, {
      ...filters,
      links: linkIds ?? null,
    });
    // Claims: the scope's own (document/status scopes), plus those supporting the links.
    const own = linkIds ? [] : await ids(tx, 'export.scope.claims', `MATCH (x:Claim) WHERE ${where} RETURN x.id AS id`, filters);
    const supporting = await ids(tx, 'export.scope.supporting', 'MATCH (l:CausalLink)-[:SUPPORTED_BY]->(c:Claim) WHERE l.id IN $links RETURN DISTINCT c.id AS id', { links });
    const claims = [...new Set([...own, ...supporting])];
    const items = [...claims, ...links];
    const related = await ids(
      tx,
      'export.scope.closure',
      `CALL () {
  MATCH (c:Claim)-[:HAS_QUANTITY|ABOUT|SOURCED_FROM|ATTRIBUTED_TO|STATED_IN]->(n) WHERE c.id IN $claims RETURN n.id AS id
  UNION
  MATCH (l:CausalLink)-[:FROM|TO|ATTRIBUTED_TO|STATED_IN]->(n) WHERE l.id IN $links RETURN n.id AS id
  UNION
  MATCH (r:Review)-[:REVIEWS]->(x) WHERE x.id IN $items RETURN r.id AS id
  UNION
  MATCH (r:Review)-[:REVIEWS]->(x), (r)-[:CITES_EVIDENCE]->(s) WHERE x.id IN $items RETURN s.id AS id
  UNION
  MATCH (c:Claim)<-[:EARLIER|LATER]-(x:ClaimRelation) WHERE c.id IN $claims RETURN x.id AS id
  UNION
  MATCH (c:Claim)<-[:EARLIER|LATER]-(:ClaimRelation)-[:EARLIER|LATER]->(o:Claim) WHERE c.id IN $claims RETURN o.id AS id
  UNION
  MATCH (c:Claim)<-[:EARLIER|LATER]-(:ClaimRelation)<-[:REVIEWS]-(r:Review) WHERE c.id IN $claims RETURN r.id AS id
  UNION
  MATCH (d:Document)<-[:REPRESENTS]-(s:Source) WHERE d.id = $document RETURN s.id AS id
  UNION
  MATCH (d:Document) WHERE d.id = $document RETURN d.id AS id
}
RETURN id`,
      { claims, links, items, document: scope.document ?? null },
    );
    // Documents pull in the source that represents them.
    const docSources = await ids(
      tx,
      'export.scope.docSources',
      'MATCH (s:Source)-[:REPRESENTS]->(d:Document) WHERE d.id IN $related RETURN s.id AS id',
      { related },
    );
    return new Set([...factorIds, ...items, ...related, ...docSources]);
  });
}

/** Streams nodes label by label, each in id order (index-backed), so output is stable. */
export async function streamNodes(graph: Graph, scope: ScopeIds, onNode: (n: ExportNode) => unknown, labels: readonly string[] = EXPORTED_LABELS): Promise<number> {
  let count = 0;
  for (const label of labels.filter((l) => (EXPORTED_LABELS as readonly string[]).includes(l))) {
    count += await graph.stream<ExportNode>(
      `export.nodes.${label}`,
      `MATCH (n:${label}) WHERE n.id IS NOT NULL AND ($ids IS NULL OR n.id IN $ids)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
      { ids: scope ? [...scope] : null },
      (n) => onNode({ ...n, labels: [...n.labels].sort(), properties: sortKeys(n.properties) }),
    );
  }
  return count;
}

/**
 * Streams relationships type by type, ordered by start, end and linkId, between exported nodes
 * only; a CAUSES projection belongs to its causal link, so it goes only where the link goes.
 */
export async function streamRelationships(
  graph: Graph,
  scope: ScopeIds,
  onRel: (r: ExportRelationship) => unknown,
  types: readonly string[] = RELATIONSHIP_TYPES,
): Promise<number> {
  let count = 0;
  for (const type of types.filter((t) => (RELATIONSHIP_TYPES as readonly string[]).includes(t))) {
    count += await graph.stream<ExportRelationship>(
      `export.rels.${type}`,
      `MATCH (a)-[r:${type}]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND NOT a:ApiToken AND NOT b:ApiToken
  AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids AND (r.linkId IS NULL OR r.linkId IN $ids)))
RETURN type(r) AS type, a.id AS start, b.id AS end, labels(a)[0] AS startLabel, labels(b)[0] AS endLabel, properties(r) AS properties
ORDER BY start, end, coalesce(r.linkId, '')`,
      { ids: scope ? [...scope] : null },
      (r) => onRel({ ...r, properties: sortKeys(r.properties) }),
    );
  }
  return count;
}

/**
 * Property names and Neo4j types, for typed formats (GraphML, CSV): across all nodes and
 * relationships, or for one label / relationship type when given.
 */
export async function propertyTypes(graph: Graph, only: { label?: string; type?: string } = {}): Promise<{ node: Map<string, string>; edge: Map<string, string> }> {
  const nodeRows = await graph.rows<{ name: string | null; types: string[] | null }>(
    'export.nodeTypes',
    `CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
WHERE $label IS NULL OR $label IN nodeLabels
RETURN propertyName AS name, propertyTypes AS types`,
    { label: only.label ?? null },
  );
  const relRows = await graph.rows<{ name: string | null; types: string[] | null }>(
    'export.relTypes',
    `CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
WHERE $type IS NULL OR relType = ':\`' + $type + '\`'
RETURN propertyName AS name, propertyTypes AS types`,
    { type: only.type ?? null },
  );
  const merge = (rows: { name: string | null; types: string[] | null }[]) => {
    const out = new Map<string, string>();
    for (const r of rows) {
      if (!r.name || !r.types) continue;
      for (const t of r.types) out.set(r.name, widen(out.get(r.name), t));
    }
    for (const [name, t] of out) if (INTEGER_PROPERTIES.has(name) && NUMERIC.has(t)) out.set(name, 'Long');
    return out;
  };
  return { node: merge(nodeRows), edge: merge(relRows) };
}

const NUMERIC = new Set(['Long', 'Integer', 'Double', 'Float']);

/**
 * Integers by construction — UTF-16 offsets and versions — that JavaScript writes as floats, so Neo4j
 * holds both kinds: typed formats declare them as integers (GraphML `long`, CSV `:long`), not Double.
 */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set(['start', 'end', 'version']);

/**
 * Search keys derived from the data (the full-text `searchText`, the factor matcher's `matchKeys`):
 * noise in a graph viewer, so GraphML and Cytoscape leave them out. The restore formats (json, cypher,
 * csv) keep them, so an imported graph is searchable at once.
 */
export const INTERNAL_PROPERTIES: ReadonlySet<string> = new Set(['searchText', 'searchKey', 'matchKeys']);

/** The one type that holds both: integers and floats widen to Double; anything else mixed becomes text. */
function widen(prev: string | undefined, next: string): string {
  if (!prev || prev === next) return next;
  if (NUMERIC.has(prev) && NUMERIC.has(next)) return 'Double';
  return 'String';
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface ReportClaim {
  id: string;
  kind: 'Claim' | 'CausalLink';
  quote: string;
  start: number;
  end: number;
  gloss: string | null;
  status: string;
  documentId: string;
  documentTitle: string | null;
  documentUrl: string | null;
  documentPublished: string | null;
  from: string | null;
  to: string | null;
  polarity: string | null;
  attributedTo: { name: string; kind: string }[];
  lastReview: { id: string; editor: string; at: string; rationale: string | null; evidence: { name: string; url: string | null }[] } | null;
  /** Claims of other documents related to this one (src/matching/): the relation, its status and the arithmetic. */
  related?: { id: string; kind: string; status: string; why: string; otherId: string; otherQuote: string; otherDocumentId: string; otherUrl: string | null }[];
}

/** Claims and causal links in scope with what a reviewer reads: document, attribution, latest review. */
export async function reportItems(graph: Graph, scope: ScopeIds): Promise<ReportClaim[]> {
  return graph.rows<ReportClaim>(
    'export.reportItems',
    `MATCH (x) WHERE (x:Claim OR x:CausalLink) AND ($ids IS NULL OR x.id IN $ids)
OPTIONAL MATCH (d:Document {id: x.documentId})
OPTIONAL MATCH (x)-[:FROM]->(a:Factor)
OPTIONAL MATCH (x)-[:TO]->(b:Factor)
CALL (x) {
  OPTIONAL MATCH (r:Review)-[:REVIEWS]->(x)
  WITH r ORDER BY r.version DESC LIMIT 1
  RETURN CASE WHEN r IS NULL THEN null ELSE {id: r.id, editor: r.editor, at: r.at, rationale: r.rationale,
    evidence: COLLECT { MATCH (r)-[:CITES_EVIDENCE]->(s:Source) RETURN {name: s.name, url: s.url} }} END AS lastReview
}
RETURN x.id AS id, CASE WHEN x:Claim THEN 'Claim' ELSE 'CausalLink' END AS kind, x.quote AS quote, x.start AS start, x.end AS end,
  x.gloss AS gloss, x.status AS status, x.documentId AS documentId, d.title AS documentTitle, d.url AS documentUrl,
  d.published AS documentPublished, a.name AS from, b.name AS to, x.polarity AS polarity,
  COLLECT { MATCH (x)-[:ATTRIBUTED_TO]->(s:Source) RETURN {name: s.name, kind: s.kind} ORDER BY s.name } AS attributedTo, lastReview,
  COLLECT { MATCH (x)<-[:EARLIER|LATER]-(m:ClaimRelation)-[:EARLIER|LATER]->(o:Claim) WHERE o <> x
    OPTIONAL MATCH (od:Document {id: o.documentId})
    RETURN {id: m.id, kind: m.kind, status: CASE m.candidate WHEN 'DISCARDED' THEN 'REJECTED' ELSE m.candidate END, why: m.why,
            otherId: o.id, otherQuote: o.quote, otherDocumentId: o.documentId, otherUrl: od.url} ORDER BY m.id } AS related
ORDER BY kind DESC, x.documentId, x.start, x.id`,
    { ids: scope ? [...scope] : null },
  );
}

export async function reportSources(graph: Graph, scope: ScopeIds): Promise<{ id: string; name: string; kind: string; url: string | null }[]> {
  return graph.rows(
    'export.reportSources',
    'MATCH (s:Source) WHERE $ids IS NULL OR s.id IN $ids RETURN s.id AS id, s.name AS name, s.kind AS kind, s.url AS url ORDER BY s.kind, s.name',
    { ids: scope ? [...scope] : null },
  );
}
