import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, exportGraph } from '../export/export-graph.ts';
import { scopeFromStrings } from '../export/export-scope.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

const usage = `Usage: claimgraph export --format FORMAT [scope] --out FILE|-

Formats: ${FORMAT_NAMES.join(', ')}
Scope (default: the whole graph; options combine):
  --document ID                      one document's claims and causal links
  --status S[,S…]                    claims and links with these review statuses
  --factor F [--direction upstream|downstream|both] [--max-hops N]   a factor's neighbourhood
  --from A --to B [--max-hops N]     the paths of a trace
--out - writes to stdout; progress goes to stderr.`;

/** Counts bytes on the way out and reports them now and then: exports of large graphs take a while. */
function progressMeter(log: (msg: string) => void) {
  let bytes = 0;
  let last = Date.now();
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (Date.now() - last > 1000) {
        last = Date.now();
        log(`export: ${(bytes / 1e6).toFixed(1)} MB written`);
      }
      done(null, chunk);
    },
    flush(done) {
      log(`export: ${(bytes / 1e6).toFixed(2)} MB in total`);
      done();
    },
  });
}

export const exportCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = parseArgs({
      args: ctx.args,
      options: {
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        document: { type: 'string' },
        status: { type: 'string' },
        factor: { type: 'string' },
        direction: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'max-hops': { type: 'string' },
      },
    });
    if (!values.format || !values.out) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    const scope = scopeFromStrings((name) => values[name as keyof typeof values] as string | undefined);
    const meter = progressMeter((msg) => process.stderr.write(`${msg}\n`));
    const toStdout = values.out === '-';
    // A file export is written beside its destination and renamed over it only when complete,
    // so a failed export never destroys the previous good one.
    const partial = toStdout ? undefined : `${values.out}.partial-${process.pid}`;
    const target = partial ? createWriteStream(partial) : process.stdout;
    try {
      await withGraph(ctx, async (graph) => {
        const done = pipeline(meter, target);
        done.catch(() => {}); // awaited below; a failed export is reported by exportGraph itself
        await exportGraph(graph, ctx.config, values.format as string, scope, meter);
        meter.end();
        await done;
      });
      if (partial) await rename(partial, values.out);
    } catch (error) {
      meter.destroy();
      if (partial) await rm(partial, { force: true });
      throw error;
    }
    return 0;
  },
};
