import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import type { ClaimgraphServer } from './server.ts';

export interface NodeHandler {
  listener: RequestListener;
  /** Ends every open event stream (subscriptions): they would otherwise hold a graceful shutdown. */
  endStreams(): void;
}

const jsonError = (res: ServerResponse, status: number, code: string, message: string) => {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
};

/**
 * The Node side of the HTTP surface, in front of the yoga fetch handler: it normalises the
 * request target (absolute form `GET http://host/path` is legal HTTP/1.1 and must not reach
 * URL parsing as-is), turns any failure thrown while adapting the request into a JSON 500
 * without a stack (failures inside yoga are caught by `unexpectedErrors` in server.ts),
 * and keeps track of long-lived event streams so shutdown can end them.
 */
export function nodeHandler(yoga: ClaimgraphServer, log: Logger): NodeHandler {
  const streams = new Set<ServerResponse>();
  const listener: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? '/';
    if (!target.startsWith('/')) {
      // RFC 9112 §3.2: absolute form (proxies send it; servers must accept it) or asterisk form.
      const absolute = /^https?:\/\//i.test(target) ? URL.parse(target) : null;
      if (!absolute) return jsonError(res, 400, 'BAD_USER_INPUT', 'The request target is not a path');
      req.url = `${absolute.pathname}${absolute.search}`;
    }
    // A reply sent before the request body was read (too large, wrong type) must close the
    // connection: the unread rest of the body would otherwise be taken for the next request.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      if (!req.complete) res.shouldKeepAlive = false;
      return writeHead(...args);
    }) as typeof res.writeHead;
    if (/text\/event-stream/i.test(req.headers.accept ?? '')) {
      streams.add(res);
      res.once('close', () => streams.delete(res));
    }
    const fail = (error: unknown) => {
      log.error('unexpected error outside GraphQL', error);
      jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    };
    try {
      Promise.resolve(yoga.requestListener(req, res)).catch(fail);
    } catch (error) {
      fail(error);
    }
  };
  return {
    listener,
    endStreams() {
      for (const res of streams) res.destroy();
      streams.clear();
    },
  };
}
