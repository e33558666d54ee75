#!/usr/bin/env -S node --max-semi-space-size=8
// The CLI's long jobs (export, ingest, import) stream: what they hold at once is small, but at
// V8's default young generation (sized from the machine's memory) a streaming export of the
// 100k-claim benchmark graph peaked at 321 MB RSS; with 8 MB semi-spaces at 227 MB, no slower
// (docs/cli.md, Memory). `npm run claimgraph` passes the same flag (package.json).
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { createLogger, type Logger } from '../log.ts';

export interface CommandContext {
  config: Config;
  log: Logger;
  args: string[];
}

export interface Command {
  usage: string;
  run(ctx: CommandContext): Promise<number | void>;
}

/**
 * One entry per command, each in its own file, imported only when it runs: the server's
 * modules alone take ~100 MB, so `claimgraph export` loading every command started at 199 MB
 * RSS before reading a row, against ~120 MB for the export command alone.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'serve the GraphQL API on the seeded graph (what `npm start` runs)', load: async () => (await import('./serve-command.ts')).serveCommand },
  seed: { summary: 'load the curated seed corpus in seeds/ (idempotent)', load: async () => (await import('./seed-command.ts')).seedCommand },
  token: { summary: 'create, list and revoke API tokens for editors', load: async () => (await import('./token-command.ts')).tokenCommand },
  ingest: { summary: 'extract claims from a document and add it to the graph', load: async () => (await import('./ingest-command.ts')).ingestCommand },
  'ingest-batch': { summary: 'ingest a folder, a JSON Lines file or many files, with a summary table', load: async () => (await import('./ingest-batch-command.ts')).ingestBatchCommand },
  extract: { summary: 'print the quantities in text from stdin as JSON (the extractor alone)', load: async () => (await import('./extract-command.ts')).extractCommand },
  export: { summary: 'export the graph or part of it (GraphML, Cytoscape, JSON, CSV, Cypher, ClaimReview, report)', load: async () => (await import('./export-command.ts')).exportCommand },
  import: { summary: 'import a lossless JSON export (idempotent)', load: async () => (await import('./import-command.ts')).importCommand },
  series: { summary: 'import, list, show or fetch reference series (FRED, Daily Treasury Statement)', load: async () => (await import('./series-command.ts')).seriesCommand },
  check: { summary: "hold a document's claims against the reference series and print the table", load: async () => (await import('./check-command.ts')).checkCommand },
  simulate: { summary: 'run a liquidity scenario (a YAML file or a shipped name) and print reserves against the lines', load: async () => (await import('./simulate-command.ts')).simulateCommand },
  match: { summary: 'relate claims across documents, list relations, or list figures that cannot all hold (--findings)', load: async () => (await import('./match-command.ts')).matchCommand },
  worker: { summary: 'run background jobs (ingest, re-check) from the Redis queue; see docs/scaling-out.md', load: async () => (await import('./worker-command.ts')).workerCommand },
  review: { summary: 'record verdicts on claims or causal links from the command line or a JSON Lines file', load: async () => (await import('./review-command.ts')).reviewCommand },
};

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return `claimgraph — a fact-checking knowledge graph for quantitative claims

Usage: claimgraph <command> [options]

Commands:
${rows.join('\n')}

Run "claimgraph <command> --help" for a command's options. Configuration comes from
the environment (see docs/operations.md: NEO4J_URI, PORT, LOG_LEVEL, …).
`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`claimgraph: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  return (await command.run({ config, log, args })) ?? 0;
}

/** Runs one CLI invocation; failures become one line on stderr and a non-zero exit code. */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const code = error instanceof AppError ? ` [${error.code}]` : '';
      process.stderr.write(`claimgraph: ${error instanceof Error ? error.message : String(error)}${code}\n`);
      process.exitCode = 1;
    },
  );
}

if (import.meta.main) runCli(process.argv.slice(2));
