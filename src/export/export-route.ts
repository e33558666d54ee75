import { PassThrough, Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import { authenticateReader } from '../auth/authenticate.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import { FORMATS, formatNamed, prepareExport } from './export-graph.ts';
import { scopeFromStrings } from './export-scope.ts';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413 };

/**
 * GET /export/<format>?document=…&status=…&factor=…&direction=…&from=…&to=…&maxHops=… streams
 * the file with its media type and a download filename. Reading follows the API's access
 * setting. Errors found before streaming starts are JSON with our error code.
 */
export function exportRoute(graph: Graph, config: Config, log: Logger): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = /^\/export\/([a-z-]+)$/.exec(url.pathname);
      if (!match || request.method !== 'GET') return;
      const fail = (error: unknown) => {
        const known = error instanceof AppError || (error as { extensions?: { code?: string } })?.extensions?.code;
        if (!known) log.error('export failed', error);
        const e = known ? (error as AppError) : new AppError('INTERNAL_SERVER_ERROR', 'Unexpected error.');
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: e.message, extensions: e.extensions }] }), {
            status: STATUS[e.extensions['code'] as string] ?? 500,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      };
      try {
        await authenticateReader(graph, config, request);
        const name = match[1] as string;
        const format = formatNamed(name);
        const scope = scopeFromStrings((n) => url.searchParams.get(n));
        // Everything that can be the caller's mistake (format, scope, unknown factors) is
        // settled here, before the 200: a failure after it can only cut the download short.
        const write = await prepareExport(graph, config, name, scope);
        const out = new PassThrough();
        // Without a listener, a failed stream's 'error' would be thrown and end the process.
        out.on('error', () => {});
        write(out).then(
          () => out.end(),
          (error: unknown) => {
            log.error(`export ${name} failed while streaming`, error);
            out.destroy(error instanceof Error ? error : new Error(String(error)));
          },
        );
        endResponse(
          new fetchAPI.Response(Readable.toWeb(out) as ReadableStream, {
            status: 200,
            headers: {
              'content-type': format.contentType,
              'content-disposition': `attachment; filename="claimgraph-export.${FORMATS[name]!.extension}"`,
            },
          }),
        );
      } catch (error) {
        fail(error);
      }
    },
  };
}
