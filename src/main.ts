import { runCli } from './cli/main.ts';

/** `npm start`: the `serve` command — the API on the seeded graph until Ctrl-C. */
runCli(['serve', ...process.argv.slice(2)]);
