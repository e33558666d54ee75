import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { decodeText, parseIngestRequest } from '../ingest/ingest-input.ts';
import { extractDocument, ingestDocument } from '../ingest/ingest-document.ts';
import { createProgress } from '../progress/progress.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';
import { count } from '../plural.ts';

const usage = `Usage: claimgraph ingest FILE|- [--title T] [--url U] [--lang zh-Hant|zh-Hans|en] [--published YYYY-MM-DD] [--dry-run]

Extracts quantitative claims (quote, UTF-16 span, normalised quantities), factor links and
candidate causal links, and stores them as UNREVIEWED, extracted candidates. The same text
twice changes nothing; a changed text under the same --url (or --title) becomes a new version.
--dry-run prints the extraction as JSON and writes nothing.`;

async function readInput(path: string): Promise<Uint8Array> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const ingestCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
      args: ctx.args,
      allowPositionals: true,
      options: { title: { type: 'string' }, url: { type: 'string' }, lang: { type: 'string' }, published: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    const text = decodeText(await readInput(file), ctx.config.limits.ingestMaxBytes);
    const request = parseIngestRequest({ text, title: values.title, url: values.url, lang: values.lang, published: values.published }, ctx.config.limits.ingestMaxBytes);
    if (values['dry-run']) {
      const x = await withGraph(ctx, (graph) => extractDocument(graph, request));
      process.stdout.write(`${JSON.stringify(x, null, 2)}\n`);
      return 0;
    }
    // This process does nothing but this ingest, so V8 may favour memory over speed for all of it: what an ingest
    // retains is flat (about 50 MB of live heap after every piece), but with V8's default heap growth a 4 MB text
    // peaked at 338 MB RSS, 167 MB with this flag, and no slower (issue 14). The server never flips it (issue 22).
    v8.setFlagsFromString('--optimize-for-size');
    ctx.log.info(`ingesting ${file} (${text.length} characters)`);
    const progress = createProgress('ingest');
    const result = await withGraph(ctx, (graph) => ingestDocument(graph, request, progress.forLoad()));
    if (result.alreadyPresentAs) {
      progress.done(`unchanged: this text is already ${result.alreadyPresentAs.origin} document ${result.alreadyPresentAs.id}`);
    } else {
      progress.done(
        `${result.documentId} (${result.language}): ${count(result.claims, 'claim')}, ${count(result.quantities, 'quantity', 'quantities')}, ${count(result.causalLinks, 'candidate causal link')}` +
          (result.previousVersionId ? `; supersedes ${result.previousVersionId}` : ''),
      );
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  },
};
