import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Project root, so defaults do not depend on the directory the user starts from. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) =>
  z.coerce
    .number({ message: `expected an integer between ${min} and ${max}` })
    .int({ message: `expected an integer between ${min} and ${max}` })
    .min(min, { message: `expected an integer between ${min} and ${max}` })
    .max(max, { message: `expected an integer between ${min} and ${max}` });

const memory = z
  .string()
  .regex(/^\d+[kmg]$/i, { message: 'expected a size such as 256m or 1g' });

/**
 * Every setting, its default and what is allowed. docs/operations.md's configuration
 * table mirrors this object; nothing else in the code reads `process.env`.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, {
      message: 'expected a Neo4j URI such as neo4j://host:7687, neo4j+s://xxx.databases.neo4j.io or bolt://localhost:7687',
    })
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, { message: 'expected a Neo4j database name' }).optional(),
  CLAIMGRAPH_NEO4J: z.enum(['auto', 'docker', 'local']).default('auto'),
  // testcontainers' own variable, read here so detection and testcontainers agree.
  DOCKER_HOST: z.string().optional(),
  CLAIMGRAPH_DATA_DIR: z.string().min(1).default(`${PROJECT_ROOT}neo4j-runner/data`),
  NEO4J_RUNNER_PORT: int(0, 65535).default(0),
  NEO4J_RUNNER_HEAP: memory.default('1g'),
  NEO4J_RUNNER_PAGECACHE: memory.default('256m'),

  QUERY_TIMEOUT_MS: int(100, 600_000).default(15_000),
  MAX_PAGE_SIZE: int(1, 200).default(200),
  MAX_TRACE_HOPS: int(1, 8).default(8),
  INGEST_MAX_BYTES: int(1, 100 * 1024 * 1024).default(10 * 1024 * 1024),
  EXPORT_GRAPHQL_MAX_BYTES: int(1, 50 * 1024 * 1024).default(2 * 1024 * 1024),
  MAX_BODY_BYTES: int(1024, 200 * 1024 * 1024).optional(),
  MAX_STRING_LENGTH: int(16, 1_000_000).default(10_000),
  MAX_LIST_ITEMS: int(1, 100_000).default(1_000),
  CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: 'expected a comma-separated list of origins such as https://review.example.org' })))
    .optional(),
  SHUTDOWN_GRACE_MS: int(0, 60_000).default(3_000),
  FRED_API_KEY: z.string().regex(/^[a-z0-9]{32}$/, { message: 'expected a 32-character FRED API key' }).optional(),
  // Set by npm for the script it runs (`npm start`).
  npm_lifecycle_event: z.string().optional(),
  READ_REQUIRES_TOKEN: bool.default(false),
  SEED_ON_START: bool.default(true),
  REVIEW_ORGANIZATION: z.string().min(1).default('claimgraph'),
  // Unset: this server on localhost at PORT, so export links work on any port.
  PUBLIC_URL: z.url({ message: 'expected an absolute URL such as https://claims.example.org' }).optional(),
  // Scaling out (docs/scaling-out.md): Redis carries events, jobs, rate limits and idempotency keys.
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, { message: 'expected a Redis URL such as redis://127.0.0.1:6379' }).optional(),
  WORKER_CONCURRENCY: int(1, 64).default(2),
  JOB_ATTEMPTS: int(1, 20).default(3),
  JOB_LOCK_MS: int(1_000, 600_000).default(30_000),
  RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(600),
  IDEMPOTENCY_TTL_SECONDS: int(60, 7 * 24 * 3600).default(24 * 3600),
  JOB_OUTPUT_DIR: z.string().min(1).default(`${PROJECT_ROOT}.claimgraph/job-output`),
});

type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  neo4j: {
    /** Set when the user points us at a server; otherwise we start one. */
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string | undefined;
    provider: Env['CLAIMGRAPH_NEO4J'];
    dockerHost: string | undefined;
    dataDir: string;
    runnerPort: number;
    runnerHeap: string;
    runnerPageCache: string;
  };
  limits: {
    queryTimeoutMs: number;
    maxPageSize: number;
    maxTraceHops: number;
    ingestMaxBytes: number;
    exportGraphqlMaxBytes: number;
    /** Largest request body; by default room for the largest document plus its JSON envelope. */
    maxBodyBytes: number;
    maxStringLength: number;
    maxListItems: number;
  };
  /** Origins allowed to call the API from a browser page of another origin; empty = same-origin only. */
  corsOrigins: readonly string[];
  /** How long shutdown waits for in-flight requests before closing their connections. */
  shutdownGraceMs: number;
  /** For `claimgraph series fetch` (https://fred.stlouisfed.org/docs/api/api_key.html). */
  fredApiKey: string | undefined;
  /** Started by `npm start`: the server ends when npm does. */
  underNpm: boolean;
  readRequiresToken: boolean;
  seedOnStart: boolean;
  reviewOrganization: string;
  publicUrl: string;
  scale: {
    /** Unset: one process, events and jobs in memory. Set: events, jobs, limits and keys in Redis. */
    redisUrl: string | undefined;
    /** Jobs one worker process runs at once. */
    workerConcurrency: number;
    /** Attempts per job (the first included) before it is failed. */
    jobAttempts: number;
    /** A worker's lock on a job; a job whose worker died is retried after about this long. */
    jobLockMs: number;
    /** Mutations per token (or client address when anonymous) per minute; 0 turns the limit off. */
    rateLimitPerMinute: number;
    /** How long an Idempotency-Key's reply is kept. */
    idempotencyTtlSeconds: number;
    /** Where export jobs write their files; shared by every worker and replica (a volume, a mount). */
    jobOutputDir: string;
  };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the environment once; every problem is reported at once, naming the variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Readonly<Config> {
  // An empty variable means "unset", as in most twelve-factor apps and docker-compose files.
  const env = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const got = env[name];
        return `${name}=${JSON.stringify(got)}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      provider: e.CLAIMGRAPH_NEO4J,
      dockerHost: e.DOCKER_HOST,
      dataDir: e.CLAIMGRAPH_DATA_DIR,
      runnerPort: e.NEO4J_RUNNER_PORT,
      runnerHeap: e.NEO4J_RUNNER_HEAP,
      runnerPageCache: e.NEO4J_RUNNER_PAGECACHE,
    }),
    limits: Object.freeze({
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxTraceHops: e.MAX_TRACE_HOPS,
      ingestMaxBytes: e.INGEST_MAX_BYTES,
      exportGraphqlMaxBytes: e.EXPORT_GRAPHQL_MAX_BYTES,
      maxBodyBytes: e.MAX_BODY_BYTES ?? e.INGEST_MAX_BYTES + 1024 * 1024,
      maxStringLength: e.MAX_STRING_LENGTH,
      maxListItems: e.MAX_LIST_ITEMS,
    }),
    corsOrigins: Object.freeze((e.CORS_ORIGINS ?? []).map((o) => new URL(o).origin)),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    underNpm: e.npm_lifecycle_event !== undefined,
    fredApiKey: e.FRED_API_KEY,
    readRequiresToken: e.READ_REQUIRES_TOKEN,
    seedOnStart: e.SEED_ON_START,
    reviewOrganization: e.REVIEW_ORGANIZATION,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    scale: Object.freeze({
      redisUrl: e.REDIS_URL,
      workerConcurrency: e.WORKER_CONCURRENCY,
      jobAttempts: e.JOB_ATTEMPTS,
      jobLockMs: e.JOB_LOCK_MS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      idempotencyTtlSeconds: e.IDEMPOTENCY_TTL_SECONDS,
      jobOutputDir: e.JOB_OUTPUT_DIR,
    }),
  });
}
