import { filter, pipe } from 'graphql-yoga';
import type { AppContext } from '../api/context.ts';
import type { Sequenced } from '../events/event-bus.ts';
import { formatNamed } from '../export/export-graph.ts';
import { parseExportScope } from '../export/export-scope.ts';
import { parseIngestRequest } from '../ingest/ingest-input.ts';
import { jobKind } from './job-kinds.ts';
import type { JobInfo } from './job-queue.ts';

export const jobResolvers = {
  Query: {
    job: (_: unknown, args: { id: string }, ctx: AppContext) => ctx.jobs.get(args.id),
  },
  Mutation: {
    startIngest(_: unknown, args: { input: Record<string, unknown> }, ctx: AppContext) {
      const request = parseIngestRequest(args.input, ctx.config.limits.ingestMaxBytes);
      return ctx.jobs.submit('ingest', request, ctx.viewer?.name ?? null);
    },
    startIngestBatch(_: unknown, args: { input: Record<string, unknown>[] }, ctx: AppContext) {
      // Each document is validated when it runs, so a bad one is skipped in the result rather than refusing the batch.
      return ctx.jobs.submit('ingest-batch', args.input, ctx.viewer?.name ?? null);
    },
    startExport(_: unknown, args: { format: string; scope?: unknown }, ctx: AppContext) {
      formatNamed(args.format);
      return ctx.jobs.submit('export', { format: args.format, scope: parseExportScope(args.scope) }, ctx.viewer?.name ?? null);
    },
    startRecheck(_: unknown, args: { documentIds: string[] }, ctx: AppContext) {
      return ctx.jobs.submit('recheck', { documentIds: args.documentIds }, ctx.viewer?.name ?? null);
    },
  },
  Subscription: {
    jobEvents: {
      subscribe: (_: unknown, args: { id?: string | null }, ctx: AppContext) =>
        pipe(
          ctx.events.subscribe<JobInfo>('job'),
          filter((job: Sequenced<JobInfo>) => !args.id || job.id === args.id),
        ),
      resolve: (job: Sequenced<JobInfo>) => ({ job, sequence: job.sequence }),
    },
  },
  Job: {
    result: (job: JobInfo) => (job.result ? JSON.stringify(job.result) : null),
    document: (job: JobInfo, _: unknown, ctx: AppContext) => {
      const id = job.result ? jobKind(job.kind).documentOf?.(job.result) : null;
      return id ? ctx.loaders.document.load(id) : null;
    },
  },
};
