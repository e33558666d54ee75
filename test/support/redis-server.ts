import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port (the kernel's choice, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  port: number;
  /** SIGKILL, as a crash: nothing is saved (nothing is ever saved here). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Debian's redis-server on a free loopback port, started by the test itself, keeping nothing on
 * disk. `.ci/run` installs it; without it the scale-out tests fail saying so.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      let log = '';
      const onData = (d: Buffer) => {
        log += d.toString();
        if (/Ready to accept connections/i.test(log)) resolve();
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('error', (error) => reject(new Error(`redis-server could not be started (apt-get install redis-server): ${error.message}`)));
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${log}`)));
      // --loglevel warning still prints the ready line; a fallback in case a version does not.
      setTimeout(() => resolve(), 3_000).unref();
    });
  const end = async (signal: NodeJS.Signals) => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, kill: () => end('SIGKILL'), start, stop: () => end('SIGTERM') };
}
