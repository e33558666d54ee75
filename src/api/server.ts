import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { AppError, isDeliberate } from '../errors.ts';
import { clientMessage, isRequestError, requestError } from './request-errors.ts';
import { createReviewEvents } from '../reviews/review-events.ts';
import { exportRoute } from '../export/export-route.ts';
import type { Graph } from '../graph/graph.ts';
import { checkHealth } from '../health/health-check.ts';
import type { Logger } from '../log.ts';
import type { AppContext } from './context.ts';
import { closedErrorCodes } from './closed-error-codes.ts';
import { boundInputs } from './input-bounds.ts';
import { buildSchema } from './load-schema.ts';
import { boundedRequestParser } from './request-parser.ts';
import { compiledQueries } from './compiled-queries.ts';
import { createLoaders } from './loaders.ts';
import { authenticateReader } from '../auth/authenticate.ts';
import { resolvers } from './resolvers.ts';
import type { RunnerStatus } from '../graph/runner-supervisor.ts';
import { GRAPHIQL_WELCOME, renderOfflineGraphiQL, webPagePlugin } from '../web/web-plugin.ts';
import { openServices, type Services } from '../redis/services.ts';
import { mutationLimits } from '../limits/limits-plugin.ts';
import { bookmarkHeader, carriedBookmarks } from './bookmark-header.ts';
import { jobOutputRoute } from '../jobs/job-output-route.ts';

export interface ServerDeps {
  graph: Graph;
  config: Config;
  log: Logger;
  neo4jProvider: string;
  /** The supervised local runner's state, for /health. */
  runnerStatus?: () => RunnerStatus;
  /** Events, jobs and limits shared with other processes; by default from the config (in memory without REDIS_URL). */
  services?: Services;
  /** More plugins, last (the benchmark's timing of a request's phases; none in production). */
  plugins?: Plugin[];
}

export type ClaimgraphServer = YogaServerInstance<Record<string, never>, AppContext>;

/**
 * Builds the whole HTTP surface (GraphQL, /health) as one fetch handler, apart
 * from the code that listens, so tests call `server.fetch()` with no port.
 */
export function createServer(deps: ServerDeps): ClaimgraphServer {
  const { graph, config, log, neo4jProvider } = deps;
  const services = deps.services ?? openServices({ graph, config, log });
  const reviewEvents = createReviewEvents(services.bus);
  const requestGraphs = new WeakMap<Request, Graph>();
  return createYoga<Record<string, never>, AppContext>({
    schema: boundInputs(buildSchema(resolvers), {
      maxStringLength: config.limits.maxStringLength,
      maxListItems: config.limits.maxListItems,
      maxDocumentLength: config.limits.ingestMaxBytes,
    }),
    maxRequestBodySize: config.limits.maxBodyBytes,
    // Same-origin by default; cross-origin pages only from the configured allow-list, without
    // credentials (the API authenticates with bearer tokens, never cookies).
    cors: config.corsOrigins.length ? { origin: [...config.corsOrigins], credentials: false, methods: ['GET', 'POST'], exposedHeaders: ['claimgraph-bookmark', 'retry-after'] } : false,
    batching: false,
    graphqlEndpoint: '/graphql',
    graphiql: config.env === 'development' ? { title: 'claimgraph', defaultQuery: GRAPHIQL_WELCOME } : false,
    renderGraphiQL: renderOfflineGraphiQL,
    landingPage: false,
    // Yoga's own endpoint is a liveness probe; /health (below) is readiness with Neo4j.
    healthCheckEndpoint: '/livez',
    context: async ({ request }): Promise<AppContext> => {
      const viewer = await authenticateReader(graph, config, request);
      const requestGraph = graph.forRequest(carriedBookmarks(request));
      requestGraphs.set(request, requestGraph);
      return { graph: requestGraph, config, log, neo4jProvider, loaders: createLoaders(requestGraph), viewer, reviewEvents, events: services.bus, jobs: services.jobs };
    },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      // Yoga logs the caller's mistakes (a wrong variable type) as errors too; they are debug here.
      error: (...args) => (args.some(isRequestError) ? log.debug : log.error)(args.map(String).join(' ')),
    },
    maskedErrors: {
      maskError(error, message): Error {
        // Errors raised before execution (the body, syntax, validation, variable coercion, the
        // context's token check) are about the request: their code (BAD_USER_INPUT unless we
        // raised another), an HTTP status, any long quoted input cut out. Deliberate errors from
        // resolvers pass as they are. Everything else is a bug or an outage: masked here, logged
        // in full. Duck-typed, because graphql can be loaded twice (ESM and CJS).
        const original = (error as { originalError?: unknown }).originalError;
        if (isRequestError(error)) {
          log.debug(`bad request: ${clientMessage((error as Error).message)}`);
          return requestError(error as Error);
        }
        if (isDeliberate(original) || (original == null && isDeliberate(error))) return error as Error;
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
      unexpectedErrors(log),
      compiledQueries(log),
      boundedRequestParser(),
      closedErrorCodes(),
      mutationLimits(services.rateLimit, services.idempotency),
      bookmarkHeader((request) => requestGraphs.get(request)),
      healthPlugin(graph, neo4jProvider, deps.runnerStatus, services.redis ? () => services.redis!.status() : undefined),
      exportRoute(graph, config, log),
      jobOutputRoute(graph, config, log, services.jobs),
      webPagePlugin(log),
      ...(deps.plugins ?? []),
    ],
  });
}

function healthPlugin(graph: Graph, provider: string, runnerStatus?: () => RunnerStatus, redisStatus?: Parameters<typeof checkHealth>[3]): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health' || request.method !== 'GET') return;
      const report = await checkHealth(graph, provider, runnerStatus, redisStatus);
      endResponse(
        new fetchAPI.Response(JSON.stringify(report), {
          // Degraded (Redis down) still serves reads and reviews: a load balancer should keep it.
          status: report.status === 'unavailable' ? 503 : 200,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}

/**
 * The last word on failures no other plugin handled: the server adapter's default answer is
 * a 500 whose body is the stack trace. Ours is the same JSON error shape as GraphQL's.
 */
function unexpectedErrors(log: Logger): Plugin {
  return {
    onRequest({ requestHandler, setRequestHandler, fetchAPI }) {
      setRequestHandler(async (request, serverContext) => {
        try {
          return await requestHandler(request, serverContext);
        } catch (error) {
          log.error('unexpected error while serving a request', error);
          return new fetchAPI.Response(JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }), {
            status: 500,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          });
        }
      });
    },
  };
}
