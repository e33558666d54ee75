import { spawn, type ChildProcess } from 'node:child_process';

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  log(): string;
  /** SIGINT (Ctrl-C), resolving with the exit code. */
  stop(): Promise<number | null>;
}

const READY = /claimgraph API at (http:\/\/\S+)\/graphql/;

/**
 * Starts the server as a user does (`node src/main.ts`, or `npm start` with `command: 'npm'`) and
 * resolves once it says where it listens; rejects with its log if it exits first.
 */
export function spawnServer(env: Record<string, string | undefined>, command: { cmd: string; args: string[] } = { cmd: process.execPath, args: ['src/main.ts'] }): Promise<SpawnedServer> {
  const child = spawn(command.cmd, command.args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r((exited = code))));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const m = READY.exec(log);
      if (m) {
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
    void exit.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${log.slice(-3000)}`)));
  });
}
