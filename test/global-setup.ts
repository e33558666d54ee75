import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { openGraph } from '../src/graph/open-graph.ts';
import { loadSeeds } from '../src/seed/load-seed.ts';
import { startSharedPageBroker } from './support/shared-page.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username?: string; password?: string; database?: string; provider: string };
  }
}

/**
 * Chooses the Neo4j once per run, as the product does (NEO4J_URI, else Docker,
 * else the local runner in a throw-away directory), and migrates it; offers the browser test files one page server
 * and one Chromium for the run, started when the first of them asks.
 */
export default async function setup(project: TestProject) {
  // Seeding is one long write before any test runs; on a loaded 2-core machine (load ~20, several suites at once) one
  // of its transactions has outrun the 15 s a request gets. The suite's own setup waits longer unless told otherwise;
  // the tests' servers keep the product's default.
  const config = loadConfig({ QUERY_TIMEOUT_MS: '120000', ...process.env, NODE_ENV: 'test' });
  const log = createLogger(process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'info');
  const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-test-'));
  const db = await openGraph(config, log, { persistent: false, dataDir });
  // Whatever fails from here on, the Neo4j just started is stopped and its directory removed: a JVM left behind holds
  // a gigabyte of a shared machine through every later run.
  const stop = async (page?: { close(): Promise<void> }) => {
    try {
      await page?.close();
    } finally {
      try {
        await db.close();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  };
  let page: Awaited<ReturnType<typeof startSharedPageBroker>> | undefined;
  try {
    // The shipped seed is part of the product: API examples and chain tests run on it.
    const seeded = await loadSeeds(db.graph);
    log.info(`test graph seeded: ${seeded.nodes} nodes, ${seeded.relationships} relationships`);
    const auth = db.target.auth as { principal?: string; credentials?: string } | undefined;
    const neo4j = {
      uri: db.target.uri,
      ...(auth?.principal ? { username: auth.principal } : {}),
      ...(auth?.credentials ? { password: auth.credentials } : {}),
      ...(db.target.database ? { database: db.target.database } : {}),
      provider: db.target.provider,
    };
    project.provide('neo4j', neo4j);
    page = await startSharedPageBroker(neo4j);
    project.provide('sharedPage', page.url);
  } catch (error) {
    await stop(page).catch(() => undefined);
    throw error;
  }
  // The browser and page server are stopped first (they use the database); each step runs whatever the one before did.
  return () => stop(page);
}

