import { loadOfficialCorpus } from '../seed/load-official.ts';
import { seedsCurrent } from '../seed/load-seed.ts';
import { serve } from '../serve.ts';
import { holdProcess } from './process-lifetime.ts';
import type { CommandContext } from './main.ts';
import { seedWithProgress } from './seed-command.ts';

export const serveCommand = {
  usage: `Usage: claimgraph serve

Chooses Neo4j (NEO4J_URI, else Docker, else the local runner), migrates the schema,
loads the seed and ingests the official corpus (seeds/official/) when the graph
lacks them (SEED_ON_START=false to skip both), and serves
/graphql and /health until Ctrl-C or SIGTERM (graceful: in-flight requests finish,
Neo4j stops cleanly). Exits 1 when the port is taken or Neo4j cannot be kept up.`,
  async run({ config, log }: CommandContext) {
    const running = await serve(config, log, async ({ graph }) => {
      if (!config.seedOnStart) return;
      if (!(await seedsCurrent(graph))) {
        log.info('the graph has no current seed: loading seeds/');
        await seedWithProgress(graph);
      }
      // After the seed, whose factors the extractor matches: the official corpus, by the product's own ingest.
      await loadOfficialCorpus(graph, log, config.limits.ingestMaxBytes);
    });
    log.info(`claimgraph API at ${running.url}/graphql${config.env === 'development' ? ' (GraphiQL in a browser)' : ''}; health at ${running.url}/health`);
    return holdProcess(running, log, config.underNpm);
  },
};
