import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/graph.ts';

/**
 * Read-your-writes across API replicas (docs/scaling-out.md). A reply to a request that wrote
 * carries the database's bookmarks in this header; a client that sends them back on its next
 * request (to any replica) reads at least what it wrote. A driver's bookmark manager lives in one
 * process, so without the header only the replica that took the write is sure to show it at once.
 */
export const BOOKMARK_HEADER = 'claimgraph-bookmark';

/** Neo4j bookmarks are short opaque tokens; a few at most (one per database or cluster member). */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;

export function carriedBookmarks(request: Request): string[] {
  const header = request.headers.get(BOOKMARK_HEADER);
  if (!header) return [];
  const bookmarks = header.split(/[\s,]+/).filter(Boolean);
  if (bookmarks.length > 16 || !bookmarks.every((b) => BOOKMARK.test(b))) {
    throw badInput(`The ${BOOKMARK_HEADER} header must hold the bookmarks of an earlier reply, as it was sent`, [{ path: BOOKMARK_HEADER, message: 'not bookmarks from this API' }]);
  }
  return bookmarks;
}

export function bookmarkHeader(graphOf: (request: Request) => Graph | undefined): Plugin {
  return {
    async onResponse({ request, response }) {
      const bookmarks = await graphOf(request)?.replyBookmarks();
      if (bookmarks?.length) response.headers.set(BOOKMARK_HEADER, bookmarks.join(' '));
    },
  };
}
