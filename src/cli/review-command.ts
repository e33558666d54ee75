import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { authenticateRequest } from '../auth/authenticate.ts';
import { assertRole, MUTATION_ROLES } from '../auth/require-role.ts';
import { badInput } from '../errors.ts';
import { parseReviewInput } from '../reviews/review-input.ts';
import { reviewItem } from '../reviews/review-manager.ts';
import type { ReviewedLabel } from '../reviews/review-store.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

const usage = `Usage:
  claimgraph review ID --status STATUS --expected-version N --token TOKEN
                       [--rationale TEXT] [--evidence URL --title TITLE [--publisher P] | --source SOURCE_ID] [--link]
  claimgraph review --file reviews.jsonl --token TOKEN      one review per line, as GraphQL's ReviewInput
                                                            ({"id", "status", "rationale", "evidence", "expectedVersion",
                                                            "kind": "claim"|"link"}), applied in order

Records verdicts the way reviewClaim / reviewCausalLink do: the token's editor, the same rules
(a verdict needs a rationale and evidence), the same CONFLICT on a stale --expected-version, nothing
written for a refused line. Prints one JSON line per recorded review on stdout. Pages open on a
running server do not see CLI reviews live (those are announced by the server that records them).
Exit code 1 when any review was refused.`;

interface Line {
  kind?: 'claim' | 'link';
  [k: string]: unknown;
}

/** Scripted reviews, e.g. from a spreadsheet of verdicts: `claimgraph review --file verdicts.jsonl`. */
export const reviewCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({
      args: ctx.args,
      allowPositionals: true,
      options: {
        status: { type: 'string' },
        rationale: { type: 'string' },
        evidence: { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        source: { type: 'string' },
        'expected-version': { type: 'string' },
        token: { type: 'string' },
        file: { type: 'string' },
        link: { type: 'boolean' },
      },
    });
    if (!values.token) {
      process.stderr.write(`claimgraph review needs --token (an editor's token: claimgraph token create)\n\n${usage}\n`);
      return 2;
    }
    let lines: Line[];
    if (values.file) {
      const text = await readFile(values.file, 'utf8');
      lines = [];
      for (const [i, raw] of text.split('\n').entries()) {
        if (!raw.trim()) continue;
        try {
          lines.push(JSON.parse(raw) as Line);
        } catch {
          process.stderr.write(`${values.file}:${i + 1}: not a JSON object\n`);
          return 2;
        }
      }
    } else {
      const id = positionals[0];
      if (!id || !values.status || !values['expected-version']) {
        process.stderr.write(`claimgraph review needs an ID, --status and --expected-version\n\n${usage}\n`);
        return 2;
      }
      const evidence = values.source ? [{ sourceId: values.source }] : values.evidence ? [{ url: values.evidence, title: values.title ?? values.evidence, ...(values.publisher ? { publisher: values.publisher } : {}) }] : undefined;
      lines = [{ kind: values.link ? 'link' : 'claim', id, status: values.status.toUpperCase(), rationale: values.rationale, evidence, expectedVersion: Number(values['expected-version']) }];
    }
    const token = values.token;
    return withGraph(ctx, async (graph) => {
      // The API's own path: the same role rule, writer and history; no live pages to tell here.
      const viewer = await authenticateRequest(graph, new Request('http://claimgraph.cli/', { headers: { authorization: `Bearer ${token}` } }));
      assertRole(viewer, MUTATION_ROLES, 'claimgraph review'); // once, before any line: a bad token refuses the whole file
      const decisions = { graph, viewer, reviewEvents: null, loaders: null };
      let refused = 0;
      for (const [i, line] of lines.entries()) {
        const where = values.file ? `${values.file}:${i + 1}: ` : '';
        try {
          const { kind = 'claim', ...rest } = line;
          if (kind !== 'claim' && kind !== 'link') throw badInput('kind must be "claim" or "link"', [{ path: 'kind', message: 'claim or link' }]);
          const input = parseReviewInput(rest);
          const label: ReviewedLabel = kind === 'link' ? 'CausalLink' : 'Claim';
          const row = await reviewItem(decisions, label, input, 'claimgraph review');
          process.stdout.write(`${JSON.stringify({ id: row.id, itemId: row.itemId, itemType: row.itemType, fromStatus: row.fromStatus, toStatus: row.toStatus, version: row.version, editor: row.editor })}\n`);
        } catch (error) {
          refused++;
          const code = (error as { code?: string }).code;
          process.stderr.write(`${where}${error instanceof Error ? error.message : String(error)}${code ? ` [${code}]` : ''}\n`);
        }
      }
      return refused ? 1 : 0;
    });
  },
};
