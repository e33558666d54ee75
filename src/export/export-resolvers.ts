import { Writable } from 'node:stream';
import type { AppContext } from '../api/context.ts';
import { AppError, badInput } from '../errors.ts';
import { FORMATS, exportGraph, formatNamed } from './export-graph.ts';
import { parseExportScope } from './export-scope.ts';

export const exportResolvers = {
  Query: {
    async exportGraph(_: unknown, args: { format: string; scope?: Record<string, unknown> | null }, ctx: AppContext) {
      const format = formatNamed(args.format);
      if (format.binary) throw badInput(`The ${args.format} export is a file bundle: download it from GET /export/${args.format}`, [{ path: 'format', message: 'binary format' }]);
      const scope = parseExportScope(Object.fromEntries(Object.entries(args.scope ?? {}).filter(([, v]) => v != null)));
      const max = ctx.config.limits.exportGraphqlMaxBytes;
      const chunks: Buffer[] = [];
      let size = 0;
      // A capped in-memory sink: past the cap the export stops instead of growing.
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > max) return done(new AppError('PAYLOAD_TOO_LARGE', `This export is over ${max} bytes; download it from GET /export/${args.format} instead`, { limit: max }));
          chunks.push(chunk);
          done();
        },
      });
      sink.on('error', () => {}); // surfaced below, from sink.errored
      try {
        await exportGraph(ctx.graph, ctx.config, args.format, scope, sink);
      } catch (error) {
        throw sink.errored ?? error;
      }
      if (sink.errored) throw sink.errored;
      return { format: args.format, contentType: format.contentType, filename: `claimgraph-export.${FORMATS[args.format]!.extension}`, content: Buffer.concat(chunks).toString('utf8') };
    },
  },
};
