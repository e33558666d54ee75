import type { ProvidedContext } from 'vitest';

/** The run's Neo4j (chosen by the global setup) as the environment a claimgraph process reads it from. */
export function neo4jEnv(neo4j: ProvidedContext['neo4j']): Record<string, string> {
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username ?? 'neo4j',
    NEO4J_PASSWORD: neo4j.password ?? '',
    NEO4J_DATABASE: neo4j.database ?? '',
  };
}
