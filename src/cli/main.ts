#!/usr/bin/env -S node --max-semi-space-size=8
// The CLI's long jobs (export, ingest, import) stream: what they hold at once is small, but at
// V8's default young generation (sized from the machine's memory) a streaming export of the
// 100k-claim benchmark graph peaked at 321 MB RSS; with 8 MB semi-spaces at 227 MB, no slower
// (README, Benchmarks). `npm run claimgraph` passes the same flag (package.json).
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { createLogger, type Logger } from '../log.ts';
import { exportCommand } from './export-command.ts';
import { extractCommand } from './extract-command.ts';
import { importCommand } from './import-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { seedCommand } from './seed-command.ts';
import { serveCommand } from './serve-command.ts';
import { simulateCommand } from './simulate-command.ts';
import { tokenCommand } from './token-command.ts';
import { seriesCommand } from './series-command.ts';
import { checkCommand } from './check-command.ts';
import { reviewCommand } from './review-command.ts';

export interface CommandContext {
  config: Config;
  log: Logger;
  args: string[];
}

interface Command {
  summary: string;
  usage: string;
  run(ctx: CommandContext): Promise<number | void>;
}

/** One entry per command; each lives in its own file. */
const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  seed: seedCommand,
  token: tokenCommand,
  ingest: ingestCommand,
  extract: extractCommand,
  export: exportCommand,
  import: importCommand,
  series: seriesCommand,
  check: checkCommand,
  simulate: simulateCommand,
  review: reviewCommand,
};

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `claimgraph — a fact-checking knowledge graph for quantitative claims

Usage: claimgraph <command> [options]

Commands:
${rows.join('\n')}

Run "claimgraph <command> --help" for a command's options. Configuration comes from
the environment (see README: NEO4J_URI, PORT, LOG_LEVEL, …).
`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`claimgraph: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
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
