import { connect } from 'node:net';
import { createLogger } from '../../src/log.ts';
import { serve, type Running } from '../../src/serve.ts';
import { testConfig } from './graph.ts';

/**
 * The real HTTP surface (node:http, the request listener, yoga, every plugin) on a free port,
 * on the run's Neo4j — what `npm start` serves, minus seeding (the global setup seeded it).
 */
export async function startHttpServer(overrides: Record<string, string> = {}): Promise<Running> {
  const level = process.env['TEST_LOG_LEVEL'] === 'debug' ? 'debug' : 'silent';
  return serve(testConfig({ PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...overrides }), createLogger(level));
}

export interface RawReply {
  status: number;
  headers: string;
  body: string;
  /** True when the server closed the connection without any reply. */
  dropped: boolean;
}

/** Sends bytes as they are (no client-side normalisation) and reads the whole reply. */
export function rawRequest(url: string, bytes: Buffer | string, options: { halfClose?: boolean; timeoutMs?: number } = {}): Promise<RawReply> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no reply within the timeout'));
    }, timeoutMs);
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', () => {}); // a reset after the reply is fine
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, headers: head, body: rest.join('\r\n\r\n'), dropped: text.length === 0 });
    });
    socket.write(bytes);
    // Half-closing tells the server our request is over even when its framing says otherwise;
    // the server then answers what it has (or nothing) and closes.
    if (options.halfClose) socket.end();
    else socket.once('data', () => setTimeout(() => socket.end(), 200));
    // Requests the server waits on (a body shorter than announced) end when the server gives up.
  });
}

/** Nothing in a reply may show how the server is built: stack frames, file paths, module names. */
export const LEAKS = /\bat [\w.<>]+ \(|\/work\/|node_modules|\.ts:\d+|\/home\/|\/root\/|Neo\.(Client|Database|Transient)Error|bolt:\/\//;
