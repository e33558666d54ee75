import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import { authenticateReader } from '../auth/authenticate.ts';
import type { Config } from '../config.ts';
import { AppError, notFound } from '../errors.ts';
import { FORMATS } from '../export/export-graph.ts';
import type { Graph } from '../graph/graph.ts';
import type { Logger } from '../log.ts';
import { exportFileName } from './export-job.ts';
import type { JobQueue } from './job-queue.ts';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, NOT_FOUND: 404, UNAVAILABLE: 503 };

/**
 * GET /jobs/<id>/output: the file an export job wrote, streamed, from any replica that shares
 * JOB_OUTPUT_DIR with the workers. Reading follows the API's access setting, as /export does.
 */
export function jobOutputRoute(graph: Graph, config: Config, log: Logger, jobs: JobQueue): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = /^\/jobs\/([A-Za-z0-9-]{1,64})\/output$/.exec(url.pathname);
      if (!match || request.method !== 'GET') return;
      try {
        await authenticateReader(graph, config, request);
        const job = await jobs.get(match[1] as string);
        if (!job || job.kind !== 'export' || job.state !== 'SUCCEEDED') throw notFound('No finished export job has this id');
        const format = (job.result as { format: string }).format;
        const path = join(config.scale.jobOutputDir, exportFileName(job.id, format));
        const size = await stat(path).then((s) => s.size, () => null);
        if (size === null) throw notFound("The export's file is not in this replica's JOB_OUTPUT_DIR (it must be shared with the workers), or it was removed");
        endResponse(
          new fetchAPI.Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
            status: 200,
            headers: {
              'content-type': FORMATS[format]!.contentType,
              'content-length': String(size),
              'content-disposition': `attachment; filename="claimgraph-export.${FORMATS[format]!.extension}"`,
            },
          }),
        );
      } catch (error) {
        const known = error instanceof AppError || (error as { extensions?: { code?: string } })?.extensions?.code;
        if (!known) log.error('job output failed', error);
        const e = known ? (error as AppError) : new AppError('INTERNAL_SERVER_ERROR', 'Unexpected error.');
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.extensions['code'] } }] }), {
            status: STATUS[e.extensions['code'] as string] ?? 500,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      }
    },
  };
}
