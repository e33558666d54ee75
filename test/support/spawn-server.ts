import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  log(): string;
  /** SIGINT (Ctrl-C), resolving with the exit code. */
  stop(): Promise<number | null>;
}

export interface SpawnCommand {
  cmd: string;
  args: string[];
  /** The working directory (this process's when left out). */
  cwd?: string;
  /** Gives up (stopping the child) when the server has not said where it listens by then. */
  timeoutMs?: number;
}

const READY = /claimgraph API at (http:\/\/\S+)\/graphql/;

/**
 * Starts the server as a user does (`node src/main.ts`, or `npm start` with `command: 'npm'`) and
 * resolves once it says where it listens; rejects with its log if it exits first.
 */
export function spawnServer(env: Record<string, string | undefined>, command: SpawnCommand = { cmd: process.execPath, args: ['src/main.ts'] }): Promise<SpawnedServer> {
  const child = spawn(command.cmd, command.args, { env, stdio: ['ignore', 'ignore', 'pipe'], ...(command.cwd ? { cwd: command.cwd } : {}) });
  let log = '';
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r((exited = code))));
  return new Promise((resolve, reject) => {
    const timer = command.timeoutMs
      ? setTimeout(() => {
          reject(new Error(`the server did not start within ${command.timeoutMs! / 1000} s:\n${log.slice(-3000)}`));
          child.kill('SIGINT');
        }, command.timeoutMs)
      : undefined;
    let listening = false;
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      // Once it listens the log is only kept: a server that runs for a whole test run logs a lot.
      const m = listening ? null : READY.exec(log);
      if (m) {
        listening = true;
        clearTimeout(timer);
        resolve({
          child,
          url: m[1] as string,
          log: () => log,
          stop: () => {
            if (exited === undefined) child.kill('SIGINT');
            return exit;
          },
        });
      }
    });
    // Rejecting after resolving is a no-op, so this only speaks of a server that never listened.
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${log.slice(-3000)}`));
    });
  });
}
