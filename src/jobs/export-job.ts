import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { FORMATS, prepareExport } from '../export/export-graph.ts';
import { exportScopeSchema, type ExportScope } from '../export/export-scope.ts';
import type { JobKind } from './job-kind.ts';

interface ExportResult {
  format: string;
  /** The file's name in JOB_OUTPUT_DIR. */
  file: string;
  bytes: number;
  /** Where to download it: GET this path on any replica (job-output-route.ts). */
  download: string;
}

/** Where an export job's file lives, for the job and for the download route alike. */
export const exportFileName = (jobId: string, format: string) => `${jobId}.${FORMATS[format]?.extension ?? 'out'}`;

/**
 * A large export as a job (`startExport`): streamed to a file in JOB_OUTPUT_DIR, written under a
 * temporary name and renamed when complete, so a worker killed half-way leaves no truncated file
 * to download, and the retry writes it again from the start.
 */
export const exportJob: JobKind<{ format: string; scope: ExportScope }, ExportResult> = {
  name: 'export',
  input: z.object({ format: z.enum(Object.keys(FORMATS) as [string, ...string[]]), scope: exportScopeSchema }),
  async run({ format, scope }, { jobId, graph, config, progress }) {
    progress(0, 'resolving the scope');
    const write = await prepareExport(graph, config, format, scope);
    await mkdir(config.scale.jobOutputDir, { recursive: true });
    const file = exportFileName(jobId, format);
    const target = join(config.scale.jobOutputDir, file);
    const partial = `${target}.partial`;
    progress(0.1, `writing ${format}`);
    try {
      const out = new PassThrough();
      await Promise.all([pipeline(out, createWriteStream(partial)), write(out).then(() => out.end(), (error: unknown) => out.destroy(error as Error))]);
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    const { size } = await stat(target);
    progress(1, `exported ${size} bytes`);
    return { format, file, bytes: size, download: `/jobs/${jobId}/output` };
  },
};
