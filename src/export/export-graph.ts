import type { Writable } from 'node:stream';
import type { Config } from '../config.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import type { ExportScope } from './export-scope.ts';
import { reportItems, reportSources, scopeIds, type ScopeIds } from './export-store.ts';
import { toClaimReviews } from './formats/to-claimreview.ts';
import { writeCsvBundle } from './formats/to-csv.ts';
import { writeCypher } from './formats/to-cypher.ts';
import { writeCytoscape } from './formats/to-cytoscape.ts';
import { writeGraphml } from './formats/to-graphml.ts';
import { writeJson } from './formats/to-json.ts';
import { toHtml, toMarkdown } from './formats/to-report.ts';
import { writableSink } from './sink.ts';

interface Format {
  contentType: string;
  extension: string;
  /** True when the output is a binary bundle (not returnable as a GraphQL string). */
  binary?: boolean;
  /** Writes the scope's nodes (already resolved, so a bad scope fails before any output). */
  write(graph: Graph, ids: ScopeIds, out: Writable, config: Config, scope: ExportScope): Promise<void>;
}

const describe = (scope: ExportScope) => {
  const parts = [
    scope.document && `document ${scope.document}`,
    scope.status && `status ${scope.status.join(', ')}`,
    scope.factor && `${scope.direction} of ${scope.factor} within ${scope.maxHops} hops`,
    scope.from && `paths ${scope.from} → ${scope.to} within ${scope.maxHops} hops`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'the whole graph';
};

async function report(graph: Graph, ids: ScopeIds, scope: ExportScope, out: Writable, render: typeof toMarkdown) {
  const text = render({
    title: 'claimgraph review report',
    scope: describe(scope),
    generatedAt: new Date().toISOString(),
    items: await reportItems(graph, ids),
    sources: await reportSources(graph, ids),
  });
  await writableSink(out).write(text);
}

/** Every export format: its media type, file extension and writer. */
export const FORMATS: Record<string, Format> = {
  json: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    write: (graph, ids, out, _config, scope) => writeJson(graph, ids, writableSink(out), { description: describe(scope), ...scope }),
  },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: (graph, ids, out) => writeGraphml(graph, ids, writableSink(out)) },
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cyjs', write: (graph, ids, out) => writeCytoscape(graph, ids, writableSink(out)) },
  csv: { contentType: 'application/x-tar', extension: 'tar', binary: true, write: (graph, ids, out) => writeCsvBundle(graph, ids, out) },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', write: (graph, ids, out) => writeCypher(graph, ids, writableSink(out)) },
  claimreview: {
    contentType: 'application/ld+json; charset=utf-8',
    extension: 'jsonld',
    write: async (graph, ids, out, config) => {
      const items = await reportItems(graph, ids);
      await writableSink(out).write(`${JSON.stringify(toClaimReviews(items, config), null, 2)}\n`);
    },
  },
  report: { contentType: 'text/markdown; charset=utf-8', extension: 'md', write: (graph, ids, out, _config, scope) => report(graph, ids, scope, out, toMarkdown) },
  'report-html': { contentType: 'text/html; charset=utf-8', extension: 'html', write: (graph, ids, out, _config, scope) => report(graph, ids, scope, out, toHtml) },
};

export const FORMAT_NAMES = Object.keys(FORMATS);

export function formatNamed(name: string): Format {
  const format = FORMATS[name];
  if (!format) throw badInput(`Unknown export format "${name}"; use one of ${FORMAT_NAMES.join(', ')}`, [{ path: 'format', message: 'unknown format' }]);
  return format;
}

/**
 * Checks the format and resolves the scope (an unknown factor, say, fails here), and returns
 * the writer: callers that stream (the HTTP route) answer with an error before sending a byte.
 */
export async function prepareExport(graph: Graph, config: Config, format: string, scope: ExportScope): Promise<(out: Writable) => Promise<void>> {
  const f = formatNamed(format);
  const ids = await scopeIds(graph, scope);
  return (out) => f.write(graph, ids, out, config, scope);
}

/** Writes one export to `out` (a file, stdout, an HTTP response). `out` is ended by the caller. */
export async function exportGraph(graph: Graph, config: Config, format: string, scope: ExportScope, out: Writable): Promise<void> {
  await (await prepareExport(graph, config, format, scope))(out);
}
