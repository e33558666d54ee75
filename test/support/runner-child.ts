// Starts a local runner and prints its JVM pid, then idles: the parent test kills
// this process with SIGKILL to prove the JVM does not outlive it.
import { startLocalRunner } from '../../src/graph/local-runner.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: runner-child.ts DATA_DIR');
const runner = await startLocalRunner({ dataDir, heap: '256m', pageCache: '32m' });
process.stdout.write(`${JSON.stringify({ jvmPid: runner.pid, uri: runner.uri })}\n`);
setInterval(() => {}, 60_000);
