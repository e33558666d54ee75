import { readFileSync } from 'node:fs';

/** CPU seconds this process has used (user + system), in ms. */
export const ownCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU another process has used (user + system, from /proc/<pid>/stat), in ms; 0 when unreadable. */
export function pidCpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

// sysconf(_SC_CLK_TCK): 100 on every Linux this runs on.
const CLOCK_TICKS = 100;

/** CPU of this process and of `pid` over `fn`, in ms. */
export async function cpuOver<T>(pid: number | undefined, fn: () => Promise<T>): Promise<{ value: T; own: number; other: number }> {
  const [own0, other0] = [ownCpuMs(), pidCpuMs(pid)];
  const value = await fn();
  return { value, own: ownCpuMs() - own0, other: pidCpuMs(pid) - other0 };
}

/** The JVM pid of the local runner serving `dataDir` (its marker file), if it is one. */
export function runnerPid(dataDir: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(`${dataDir}/claimgraph-runner.json`, 'utf8')) as { jvmPid?: number }).jvmPid;
  } catch {
    return undefined;
  }
}
