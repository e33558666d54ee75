import type { Graph } from '../graph/graph.ts';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version?: string; address?: string; provider: string; error?: string };
  uptimeSeconds: number;
}

/** Readiness: can we reach Neo4j right now, and which one is it. */
export async function checkHealth(graph: Graph, provider: string): Promise<HealthReport> {
  const uptimeSeconds = Math.round(process.uptime());
  try {
    const info = await graph.serverInfo();
    return {
      status: 'ok',
      neo4j: { connected: true, version: info.agent?.replace(/^Neo4j\//, ''), address: info.address, provider },
      uptimeSeconds,
    };
  } catch (error) {
    return {
      status: 'unavailable',
      neo4j: { connected: false, provider, error: error instanceof Error ? error.message : String(error) },
      uptimeSeconds,
    };
  }
}
