import { parseArgs } from 'node:util';
import { decodeText } from '../ingest/ingest-input.ts';
import { extractQuantities } from '../quantities/extract-quantities.ts';
import type { CommandContext } from './main.ts';

export const extractCommand = {
  usage: `Usage: claimgraph extract [--published YYYY-MM-DD] < text

Prints one JSON array of {start, end, surface, value, upper, unit, qualifier, date};
start/end are UTF-16 offsets into the input. Needs no database.`,
  async run(ctx: CommandContext): Promise<number> {
    const { values } = parseArgs({ args: ctx.args, options: { published: { type: 'string' } } });
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const text = decodeText(Buffer.concat(chunks), ctx.config.limits.ingestMaxBytes);
    process.stdout.write(`${JSON.stringify(extractQuantities(text, values.published ? { documentDate: values.published } : {}))}\n`);
    return 0;
  },
};
