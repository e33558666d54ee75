import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';

/** The Java project that embeds Neo4j Community (pom.xml + one Main class). */
export const RUNNER_DIR = fileURLToPath(new URL('../../neo4j-runner/', import.meta.url));
const CLASSPATH_FILE = `${RUNNER_DIR}target/classpath.txt`;
const MAIN_CLASS_FILE = `${RUNNER_DIR}target/classes/claimgraph/runner/Main.class`;
const SOURCES = [`${RUNNER_DIR}pom.xml`, `${RUNNER_DIR}src/main/java/claimgraph/runner/Main.java`];
const READY = /^claimgraph-neo4j ready (bolt:\/\/\S+) (\S+)/;

export interface LocalRunnerOptions {
  dataDir: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  /** JVM heap, e.g. `512m`. */
  heap?: string;
  /** Neo4j page cache, e.g. `256m`. */
  pageCache?: string;
  log?: (message: string) => void;
  startTimeoutMs?: number;
  /** How long `stop()` waits for a clean shutdown before SIGKILL. */
  stopGraceMs?: number;
}

export interface LocalRunner {
  uri: string;
  version: string;
  pid: number;
  /** Settles when the JVM exits, for whatever reason (a supervisor watches it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM (Neo4j checkpoints and closes the store), SIGKILL after a grace period. Idempotent. */
  stop(): Promise<void>;
}

export class LocalRunnerError extends Error {
  override name = 'LocalRunnerError';
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(MAIN_CLASS_FILE)) return false;
  // Each output against its own input: Maven leaves an unchanged classpath file untouched, so
  // comparing the Java source with it would rebuild at every start after an edit.
  const [pom, main] = SOURCES as [string, string];
  return statSync(pom).mtimeMs <= statSync(CLASSPATH_FILE).mtimeMs && statSync(main).mtimeMs <= statSync(MAIN_CLASS_FILE).mtimeMs;
}

function haveCommand(cmd: string): boolean {
  return spawnSync(cmd, ['-version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Compiles the runner and resolves Neo4j from Maven Central into the local Maven
 * repository, once; later starts need neither Maven nor the network. Concurrent
 * callers (two test workers, a CLI next to a server) wait on one lock file.
 */
export async function buildLocalRunner(log: (message: string) => void = () => {}): Promise<void> {
  if (isBuilt()) return;
  if (!haveCommand('java') || spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new LocalRunnerError(
      'The local Neo4j runner needs Java 17+ and Maven (mvn) on PATH. Install them, or run Neo4j with Docker (`docker compose up -d neo4j`), or set NEO4J_URI to a running Neo4j.',
    );
  }
  await mkdir(`${RUNNER_DIR}target`, { recursive: true });
  const lockPath = `${RUNNER_DIR}target/.build.lock`;
  const lock = await acquireLock(lockPath);
  try {
    if (isBuilt()) return;
    log('building the local Neo4j runner (the first build downloads Neo4j from Maven Central, about a minute)…');
    const started = Date.now();
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const mvn = spawn('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: RUNNER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      mvn.stdout.on('data', (d: Buffer) => (output += d.toString()));
      mvn.stderr.on('data', (d: Buffer) => (output += d.toString()));
      mvn.on('close', (code) => resolve({ code, output }));
    });
    if (result.code !== 0) {
      throw new LocalRunnerError(`Building the local Neo4j runner failed (mvn package in ${RUNNER_DIR}):\n${result.output.slice(-3000)}`);
    }
    log(`local Neo4j runner built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    await lock.release();
  }
}

async function acquireLock(path: string): Promise<{ release(): Promise<void> }> {
  for (let waited = 0; ; waited += 500) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock whose holder is gone (killed mid-build) or older than 10 minutes is stale.
      if (await lockIsStale(path)) await rm(path, { force: true });
      else await new Promise((r) => setTimeout(r, 500));
      if (waited > 900_000) throw new LocalRunnerError(`Timed out waiting for ${path}`);
    }
  }
}

async function lockIsStale(path: string): Promise<boolean> {
  const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
  if (age > 600_000) return true;
  const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(holder) || holder <= 0) return age > 5_000; // being written, or pre-pid lock
  try {
    process.kill(holder, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const running = new Set<ChildProcessByStdio<Writable, Readable, Readable>>();
// Belt and braces: if this process exits normally while a runner is up, take it down too.
// (A SIGKILL of this process is covered by the runner itself: it watches its stdin.)
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/** The runner's Java classpath (Neo4j Community and its tools, neo4j-admin's import included). */
export async function runnerClasspath(log?: (message: string) => void): Promise<string> {
  await buildLocalRunner(log);
  return `${RUNNER_DIR}target/classes:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** Starts Neo4j Community on loopback in `dataDir` and resolves once Bolt accepts connections. */
export async function startLocalRunner(options: LocalRunnerOptions): Promise<LocalRunner> {
  const log = options.log ?? (() => {});
  const stopGraceMs = options.stopGraceMs ?? 30_000;
  const classpath = await runnerClasspath(log);
  await mkdir(options.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '512m'}`,
      '-XX:+UseSerialGC',
      '-cp',
      classpath,
      'claimgraph.runner.Main',
      '--data',
      options.dataDir,
      '--port',
      String(options.port ?? 0),
      '--pagecache',
      options.pageCache ?? '128m',
    ],
    // stdin stays open and unused: its closing is the runner's signal that we are gone.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  running.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  exited.then(() => running.delete(child));

  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });

  const ready = await new Promise<{ uri: string; version: string }>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const timer = setTimeout(() => fail(`did not become ready within ${timeoutMs / 1000}s`), timeoutMs);
    let stdout = '';
    const onData = (d: Buffer) => {
      stdout += d.toString();
      const match = stdout.split('\n').map((l) => READY.exec(l)).find(Boolean);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        // Keep draining stdout so a chatty JVM can never block on a full pipe.
        child.stdout.resume();
        resolve({ uri: match[1] as string, version: match[2] as string });
      }
    };
    const onExit = (code: number | null) => fail(`exited with code ${code}`);
    function fail(why: string) {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.kill('SIGKILL');
      reject(new LocalRunnerError(`The local Neo4j runner ${why} (data in ${options.dataDir}).\n${stderr.trim()}`));
    }
    child.stdout.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (e) => fail(e.message));
  });

  let stopping: Promise<void> | undefined;
  return {
    ...ready,
    pid: child.pid as number,
    exited,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        // Neo4j checkpoints on SIGTERM (about a second for a small store); a store that takes
        // longer is recovered from its transaction log at the next start, so nothing is lost.
        const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
        await exited;
        clearTimeout(timer);
      })()),
  };
}
