import { parseArgs } from 'node:util';
import { createToken, listTokens, revokeToken } from '../auth/token-store.ts';
import { ROLES, type Role } from '../auth/viewer.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';
import { count } from '../plural.ts';

const usage = `Usage:
  claimgraph token create --name NAME --role reader|editor|admin   print a new bearer token (shown once)
  claimgraph token list                                     list tokens (never their secrets)
  claimgraph token revoke ID|NAME                           revoke a token`;

export const tokenCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const [action, ...rest] = ctx.args;
    if (action === 'create') {
      const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, role: { type: 'string' } } });
      const role = values.role?.toUpperCase() as Role | undefined;
      const name = values.name?.trim();
      if (!name || !role || !ROLES.includes(role)) {
        process.stderr.write(`claimgraph token create needs --name NAME and --role reader|editor|admin\n\n${usage}\n`);
        return 2;
      }
      const { token, row } = await withGraph(ctx, (graph) => createToken(graph, name, role));
      // The secret goes alone to stdout (so `TOKEN=$(… token create …)` captures it) and last, so
      // in a terminal it is the line the message points at, never confused with the token's id.
      process.stderr.write(
        `Created ${row.role.toLowerCase()} token ${row.id} for "${row.name}" (the id is for token list and token revoke; it is not the secret).\n` +
          'The secret bearer token is the next line. Store it now: it is not shown again.\n',
      );
      process.stdout.write(`${token}\n`);
      return 0;
    }
    if (action === 'list') {
      const rows = await withGraph(ctx, listTokens);
      const lines = rows.map((r) => [r.id, r.name, r.role.toLowerCase(), r.createdAt, r.revokedAt ?? '-'].join('\t'));
      process.stdout.write(['id\tname\trole\tcreated\trevoked', ...lines].join('\n') + '\n');
      return 0;
    }
    if (action === 'revoke' && rest[0]) {
      const n = await withGraph(ctx, (graph) => revokeToken(graph, rest[0] as string));
      if (n === 0) {
        process.stderr.write(`No live token has id or name "${rest[0]}"\n`);
        return 1;
      }
      process.stderr.write(`Revoked ${count(n, 'token')}\n`);
      return 0;
    }
    process.stderr.write(`${usage}\n`);
    return 2;
  },
};
