import type { Graph } from '../graph/graph.ts';
import type { RunnerStatus } from '../graph/runner-supervisor.ts';
import type { RedisStatus } from '../redis/redis-link.ts';

export interface HealthReport {
  /** `degraded`: Neo4j answers (reads and reviews work) but Redis does not (live events and jobs do not). */
  status: 'ok' | 'degraded' | 'unavailable';
  neo4j: { connected: boolean; version?: string; address?: string; provider: string; error?: string; runner?: RunnerStatus };
  /** With REDIS_URL: whether Redis answers, and why not. Events and jobs need it; reads and reviews do not. */
  redis?: RedisStatus & { needs: string };
  uptimeSeconds: number;
  /** This process's memory, in MB (the soak samples it to tell heap growth from native growth). */
  memory: { rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number };
}

function memory(): HealthReport['memory'] {
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1048576);
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external) };
}

/** Readiness: can we reach Neo4j right now, and which one is it. */
export async function checkHealth(graph: Graph, provider: string, runnerStatus?: () => RunnerStatus, redisStatus?: () => RedisStatus): Promise<HealthReport> {
  const report = await checkNeo4j(graph, provider, runnerStatus);
  if (!redisStatus) return report;
  const redis = redisStatus();
  return {
    ...report,
    status: report.status === 'ok' && !redis.connected ? 'degraded' : report.status,
    redis: { ...redis, needs: redis.connected ? 'live events, jobs, shared rate limits and idempotency keys' : 'live events and jobs are unavailable until Redis returns; reads and reviews go on' },
  };
}

async function checkNeo4j(graph: Graph, provider: string, runnerStatus?: () => RunnerStatus): Promise<HealthReport> {
  const uptimeSeconds = Math.round(process.uptime());
  const runner = runnerStatus ? { runner: runnerStatus() } : {};
  try {
    // A frozen database must not freeze the probe: readiness answers within two seconds.
    let timer: NodeJS.Timeout | undefined;
    const info = await Promise.race([
      graph.serverInfo(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ServiceUnavailable' })), 2_000))),
    ]).finally(() => clearTimeout(timer));
    return {
      status: 'ok',
      neo4j: { connected: true, version: info.agent?.replace(/^Neo4j\//, ''), address: info.address, provider, ...runner },
      uptimeSeconds,
      memory: memory(),
    };
  } catch (error) {
    return {
      status: 'unavailable',
      neo4j: { connected: false, provider, error: whyDown(error, runner.runner), ...runner },
      uptimeSeconds,
      memory: memory(),
    };
  }
}

/** Why Neo4j cannot be reached, in words an operator can act on (no addresses or stack traces). */
function whyDown(error: unknown, runner: RunnerStatus | undefined): string {
  if (runner?.state === 'restarting') return `the local Neo4j ${runner.lastExit ?? 'stopped'} and is being restarted`;
  if (runner?.state === 'failed') return 'the local Neo4j could not be restarted; see the server log';
  const code = (error as { code?: string }).code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' ? 'Neo4j is not answering' : 'Neo4j could not be queried';
}
