// Where one small request's time goes (issue 21): a Yoga plugin marks the phases of a request, the
// Graph's observers (`onTransaction`, `onQuery`) the driver's and Neo4j's time, and the client's
// wall clock the rest. Only the benchmark's own server has the plugin, and it records only while
// `enabled` (the breakdown pass, after the timed rounds), so the timed figures carry none of it.
// The pass is sequential — one request in flight — which is what lets transactions, observed
// without a request in hand, be credited to the request being served.
import type { Plugin } from 'graphql-yoga';
import type { QueryRecord, TransactionRecord } from '../../src/graph/graph.ts';
import { percentile } from './stats.ts';

interface Marks {
  request?: number;
  parse?: number;
  validated?: number;
  context?: number;
  contextDone?: number;
  execute?: number;
  executed?: number;
  resultProcess?: number;
  response?: number;
  transactions: TransactionRecord[];
  queries: QueryRecord[];
}

/** One request's time by phase, in ms; the phases add up to `total`. */
export interface Breakdown {
  total: number;
  /** Outside Yoga: the client, loopback, Node's HTTP and the fetch adapter, reading the body. */
  http: number;
  parseValidate: number;
  /** Building the context (authentication, the per-request loaders). */
  context: number;
  /** Execution outside the database: resolvers, DataLoaders, mapping rows. */
  execution: number;
  serialisation: number;
  /** Sessions, BEGIN / RUN / PULL / COMMIT round trips and decoding records, less Neo4j's own time. */
  driver: number;
  /** Neo4j's own time (resultAvailableAfter + resultConsumedAfter). */
  neo4j: number;
  /** What Yoga does between the marked phases (its plugins' hooks, the request parser, envelope checks). */
  yoga: number;
}

export const BREAKDOWN_PHASES = ['http', 'parseValidate', 'context', 'execution', 'serialisation', 'driver', 'neo4j', 'yoga'] as const;

/** Total length of the union of intervals, clipped to [from, to]. */
function covered(intervals: [number, number][], from: number, to: number): number {
  const xs = intervals.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number]).filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
  let sum = 0;
  let end = -Infinity;
  for (const [a, b] of xs) {
    if (b <= end) continue;
    sum += b - Math.max(a, end);
    end = b;
  }
  return sum;
}

export class RequestBreakdown {
  enabled = false;
  private current: Marks | undefined;
  private readonly byRequest = new WeakMap<Request, Marks>();

  /** The Graph observers: transactions and queries go to the request in flight. */
  readonly onTransaction = (t: TransactionRecord) => {
    if (this.enabled) this.current?.transactions.push(t);
  };
  readonly onQuery = (q: QueryRecord) => {
    if (this.enabled) this.current?.queries.push(q);
  };

  readonly plugin: Plugin = (() => {
    const marks = (request: Request | undefined) => (request ? this.byRequest.get(request) : undefined);
    const mark = (request: Request | undefined, key: Exclude<keyof Marks, 'transactions' | 'queries'>) => {
      const m = marks(request);
      if (m) m[key] ??= performance.now();
    };
    const plugin: Plugin = {
      onRequest: ({ request }) => {
        if (!this.enabled) return;
        const m: Marks = { request: performance.now(), transactions: [], queries: [] };
        this.byRequest.set(request, m);
        this.current = m;
      },
      onParse: ({ context }) => {
        const request = (context as { request?: Request }).request;
        mark(request, 'parse');
      },
      onValidate: ({ context }) => {
        const request = (context as { request?: Request }).request;
        return () => mark(request, 'validated');
      },
      onContextBuilding: ({ context }) => {
        const request = (context as { request?: Request }).request;
        mark(request, 'context');
        return () => mark(request, 'contextDone');
      },
      onExecute: ({ args }) => {
        const request = (args.contextValue as { request?: Request }).request;
        mark(request, 'execute');
        return { onExecuteDone: () => mark(request, 'executed') };
      },
      onResultProcess: ({ request }) => mark(request, 'resultProcess'),
      onResponse: ({ request }) => mark(request, 'response'),
    };
    return plugin;
  })();

  /** The request just answered, with the client's wall clock `total` (ms) — undefined when not recorded. */
  take(total: number): Breakdown | undefined {
    const m = this.current;
    this.current = undefined;
    if (!m?.request || !m.response) return undefined;
    const yogaWall = m.response - m.request;
    const parseValidate = m.parse !== undefined && m.validated !== undefined ? m.validated - m.parse : 0;
    const context = m.context !== undefined && m.contextDone !== undefined ? m.contextDone - m.context : 0;
    const executeWall = m.execute !== undefined && m.executed !== undefined ? m.executed - m.execute : 0;
    const serialisation = m.resultProcess !== undefined ? m.response - m.resultProcess : 0;
    const txs = m.transactions.map((t) => [t.startedAt, t.endedAt] as [number, number]);
    // Database time inside execution (the context's own queries, if any, stay in `context`).
    const inExecute = m.execute !== undefined && m.executed !== undefined ? covered(txs, m.execute, m.executed) : 0;
    const neo4j = Math.min(inExecute, m.queries.reduce((s, q) => s + q.serverMs, 0));
    const driver = inExecute - neo4j;
    const execution = executeWall - inExecute;
    const yoga = yogaWall - parseValidate - context - executeWall - serialisation;
    return { total, http: total - yogaWall, parseValidate, context, execution, serialisation, driver, neo4j, yoga };
  }
}

/** Each phase's median over the pass, and the median total (medians need not add up exactly). */
export function medianBreakdown(samples: Breakdown[]): Breakdown {
  const med = (k: keyof Breakdown) => percentile(samples.map((s) => s[k]), 50);
  return { total: med('total'), http: med('http'), parseValidate: med('parseValidate'), context: med('context'), execution: med('execution'), serialisation: med('serialisation'), driver: med('driver'), neo4j: med('neo4j'), yoga: med('yoga') };
}
