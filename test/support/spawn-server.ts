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
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const m = READY.exec(log);
      if (m) {
        child.removeAllListeners('exit');
        resolve({
          child,
          url: m[1] as string,
          log: () => log,
          stop: () => {
            if (child.exitCode !== null) return Promise.resolve(child.exitCode);
            const exited = new Promise<number | null>((r) => child.once('exit', r));
            child.kill('SIGINT');
            return exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${log.slice(-3000)}`)));
  });
}
