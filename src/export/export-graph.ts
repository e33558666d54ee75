import type { Writable } from 'node:stream';
import type { Config } from '../config.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import type { ExportScope } from './export-scope.ts';
import { reportItems, reportSources, scopeIds } from './export-store.ts';
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
  write(graph: Graph, scope: ExportScope, out: Writable, config: Config): Promise<void>;
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

async function report(graph: Graph, scope: ExportScope, out: Writable, render: typeof toMarkdown) {
  const ids = await scopeIds(graph, scope);
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
    write: async (graph, scope, out) => writeJson(graph, await scopeIds(graph, scope), writableSink(out), { description: describe(scope), ...scope }),
  },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', write: async (graph, scope, out) => writeGraphml(graph, await scopeIds(graph, scope), writableSink(out)) },
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cyjs', write: async (graph, scope, out) => writeCytoscape(graph, await scopeIds(graph, scope), writableSink(out)) },
  csv: { contentType: 'application/x-tar', extension: 'tar', binary: true, write: async (graph, scope, out) => writeCsvBundle(graph, await scopeIds(graph, scope), out) },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', write: async (graph, scope, out) => writeCypher(graph, await scopeIds(graph, scope), writableSink(out)) },
  claimreview: {
    contentType: 'application/ld+json; charset=utf-8',
    extension: 'jsonld',
    write: async (graph, scope, out, config) => {
      const items = await reportItems(graph, await scopeIds(graph, scope));
      await writableSink(out).write(`${JSON.stringify(toClaimReviews(items, config), null, 2)}\n`);
    },
  },
  report: { contentType: 'text/markdown; charset=utf-8', extension: 'md', write: (graph, scope, out) => report(graph, scope, out, toMarkdown) },
  'report-html': { contentType: 'text/html; charset=utf-8', extension: 'html', write: (graph, scope, out) => report(graph, scope, out, toHtml) },
};

export const FORMAT_NAMES = Object.keys(FORMATS);

export function formatNamed(name: string): Format {
  const format = FORMATS[name];
  if (!format) throw badInput(`Unknown export format "${name}"; use one of ${FORMAT_NAMES.join(', ')}`, [{ path: 'format', message: 'unknown format' }]);
  return format;
}

/** Writes one export to `out` (a file, stdout, an HTTP response). `out` is ended by the caller. */
export async function exportGraph(graph: Graph, config: Config, format: string, scope: ExportScope, out: Writable): Promise<void> {
  await formatNamed(format).write(graph, scope, out, config);
}
