import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { AppError, isDeliberate } from '../errors.ts';
import { createReviewEvents } from '../reviews/review-events.ts';
import { exportRoute } from '../export/export-route.ts';
import type { Graph } from '../graph/graph.ts';
import { checkHealth } from '../health/health-check.ts';
import type { Logger } from '../log.ts';
import type { AppContext } from './context.ts';
import { closedErrorCodes } from './closed-error-codes.ts';
import { buildSchema } from './load-schema.ts';
import { createLoaders } from './loaders.ts';
import { authenticateReader } from '../auth/authenticate.ts';
import { resolvers } from './resolvers.ts';

export interface ServerDeps {
  graph: Graph;
  config: Config;
  log: Logger;
  neo4jProvider: string;
}

export type ClaimgraphServer = YogaServerInstance<Record<string, never>, AppContext>;

/**
 * Builds the whole HTTP surface (GraphQL, /health) as one fetch handler, apart
 * from the code that listens, so tests call `server.fetch()` with no port.
 */
export function createServer(deps: ServerDeps): ClaimgraphServer {
  const { graph, config, log, neo4jProvider } = deps;
  const reviewEvents = createReviewEvents();
  return createYoga<Record<string, never>, AppContext>({
    schema: buildSchema(resolvers),
    graphqlEndpoint: '/graphql',
    graphiql: config.env === 'development' ? { title: 'claimgraph' } : false,
    landingPage: false,
    // Yoga's own endpoint is a liveness probe; /health (below) is readiness with Neo4j.
    healthCheckEndpoint: '/livez',
    context: async ({ request }): Promise<AppContext> => {
      const viewer = await authenticateReader(graph, config, request);
      return { graph, config, log, neo4jProvider, loaders: createLoaders(graph), viewer, reviewEvents };
    },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    maskedErrors: {
      maskError(error, message): Error {
        // Deliberate errors carry one of our codes; errors without an original (syntax,
        // validation) are the client's own. Everything else is a bug or an outage: masked here,
        // logged in full. Duck-typed, because graphql can be loaded twice (ESM and CJS copies).
        const original = (error as { originalError?: unknown }).originalError;
        if (error instanceof Error && 'extensions' in error && (original == null || isDeliberate(original))) return error;
        log.error('unexpected error while serving a request', original ?? error);
        return new AppError('INTERNAL_SERVER_ERROR', message);
      },
    },
    plugins: [
      // Bounded queries: a public graph API must not let one request walk the whole graph.
      EnvelopArmorPlugin({
        maxDepth: { n: 12, flattenFragments: true },
        maxAliases: { n: 20 },
        maxTokens: { n: 3000 },
        maxDirectives: { n: 20 },
        costLimit: { maxCost: 20000 },
        blockFieldSuggestion: { enabled: config.env === 'production' },
      }),
      closedErrorCodes(),
      healthPlugin(graph, neo4jProvider),
      exportRoute(graph, config, log),
    ],
  });
}

function healthPlugin(graph: Graph, provider: string): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health' || request.method !== 'GET') return;
      const report = await checkHealth(graph, provider);
      endResponse(
        new fetchAPI.Response(JSON.stringify(report), {
          status: report.status === 'ok' ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
