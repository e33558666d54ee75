import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.ts';
import { ensurePageBuilt, ROOT, WEB_DIST } from './build-page.ts';

/** Paths the page answers itself (client-side views); ClaimReview `url`s point at /claims/… and /causal-links/…. */
const PAGE_ROUTES = /^\/(?:|documents|documents\/[^/]+|measures\/[^/]+|claims\/[^/]+|causal-links\/[^/]+|chains|liquidity|queue)$/;

const GRAPHIQL_DIST = join(ROOT, 'node_modules', '@graphql-yoga', 'graphiql', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// The page loads only what we serve: no CDN, no inline scripts. Styles may be set inline by the
// chart and graph libraries.
const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * What GraphiQL opens with: what claimgraph is and a first query to run on the seeded graph
 * (Yoga's own text welcomes users to "claimgraph, an in-browser tool for writing GraphQL").
 * test/api/graphiql.int.test.ts validates the query against the schema.
 */
export const GRAPHIQL_WELCOME = `# claimgraph: a fact-checking knowledge graph for quantitative claims.
#
# Every claim is a quote with its span, its numbers normalised, its factors, sources and review
# history; causal links between factors are reviewable too. The Docs pane (top left) is the API
# reference: every type and field is described there. More examples: docs/api.md.
#
# Run this query with Ctrl-Enter (or the play button): the claims about bank reserves, then the
# causal chains from the government shutdown to the cross-asset selloff, weakest hop first.
# Reviewing is a mutation and needs an editor's token in the Headers pane:
#   { "authorization": "Bearer <token from: npm run claimgraph -- token create --role editor --name …>" }

{
  claims(filter: { factor: "bank reserves" }, first: 5) {
    totalCount
    edges { node { id quote status quantities { surface value unit } } }
  }
  trace(from: "government shutdown", to: "cross-asset selloff", maxHops: 6, first: 3) {
    netPolarity
    strength { weakestStatus score }
    links { from { name } to { name } polarity status }
  }
}
`;

/**
 * GraphiQL as Yoga renders it, but with its scripts, styles and editor workers served by us under
 * /assets/graphiql/ instead of a CDN, so it works offline. Pass as Yoga's `renderGraphiQL`.
 */
export function renderOfflineGraphiQL(opts: Record<string, unknown> = {}): string {
  const base = '/assets/graphiql';
  const options = JSON.stringify(opts).replaceAll('<', '\\u003c');
  const title = String(opts['title'] ?? 'GraphiQL').replace(/[<>&"]/g, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="${base}/graphiql.css"></head><body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run GraphiQL.</noscript><div id="root">Loading ${title}…</div>
<script>
function prepareBlob(r){return URL.createObjectURL(new Blob([r],{type:"application/javascript"}))}
const workers={},workerUrls={editorWorkerService:"${base}/monacoeditorwork/editor.worker.bundle.js",json:"${base}/monacoeditorwork/json.worker.bundle.js",graphql:"${base}/monacoeditorwork/graphql.worker..bundle.js"};
function prepareWorkers(){return Promise.all(Object.entries(workerUrls).map(async([k,u])=>{workers[k]=prepareBlob(await (await fetch(u)).text())}))}
self.MonacoEnvironment={globalAPI:false,getWorkerUrl:function(_,label){return workers[label]}};
</script><script src="${base}/yoga-graphiql.umd.js"></script>
<script>prepareWorkers().finally(()=>{YogaGraphiQL.renderYogaGraphiQL(root,${options})})</script></body></html>`;
}

async function filesIn(dir: string, prefix = ''): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const e of entries) {
    if (e.isDirectory()) for (const [k, v] of await filesIn(join(dir, e.name), `${prefix}${e.name}/`)) files.set(k, v);
    else files.set(`${prefix}${e.name}`, join(dir, e.name));
  }
  return files;
}

/** One build of the page, held in memory: file name → bytes, and the build's hash for the ETag. */
interface PageSnapshot { files: Map<string, Buffer<ArrayBuffer>>; etag: string }

const manifestHash = async (dir: string): Promise<string | undefined> =>
  readFile(join(dir, 'manifest.json'), 'utf8').then((t) => (JSON.parse(t) as { sourceHash?: string }).sourceHash, () => undefined);

/**
 * Reads every file of one build of the page into memory. Another process may rebuild the bundle in the same checkout
 * while this server runs (`npm test` or `npm run build:web` beside `npm start`, a second replica after a pull): a
 * rebuild replaces `app.js` under the same name and its chunks under new names, so a server reading files from disk per
 * request would hand out the new `app.js` whose chunks it does not know (404s: a page stuck at "Loading…"), or the old
 * chunks' names after they were deleted. The manifest is read before and after, so the snapshot is of one build.
 */
export async function snapshotPage(dir: string, attempts = 3): Promise<PageSnapshot> {
  let failure: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const before = await manifestHash(dir);
      const files = new Map<string, Buffer<ArrayBuffer>>();
      for (const [name, path] of await filesIn(dir)) if (name !== 'manifest.json') files.set(name, await readFile(path));
      if (before && before === (await manifestHash(dir)) && files.has('index.html')) return { files, etag: `"${before}"` };
      failure = new Error(`the review page bundle in ${dir} changed while it was read`);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/**
 * Serves the review page at `/` (and its client-side routes), its bundle under /assets/, and
 * GraphiQL's assets under /assets/graphiql/. The bundle is built on first use when missing or stale, then held in
 * memory (`snapshotPage`: a rebuild by another process never mixes builds); only files listed at start are served, so
 * no request path can reach outside the bundle. `dir` is the bundle's folder (tests serve a copy).
 */
export function webPagePlugin(log: Logger, opts: { dir?: string } = {}): Plugin {
  const dir = opts.dir ?? WEB_DIST;
  let assets: Promise<{ page: PageSnapshot; graphiql: Map<string, string> }> | undefined;
  const load = () =>
    (assets ??= (async () => {
      await ensurePageBuilt(dir);
      const page = await snapshotPage(dir);
      log.debug(`review page bundle ${page.etag} (${page.files.size} files in memory)`);
      return { page, graphiql: await filesIn(GRAPHIQL_DIST) };
    })().catch((error: unknown) => {
      assets = undefined;
      throw error;
    }));
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname;
      const isPage = PAGE_ROUTES.test(path);
      if (!isPage && !path.startsWith('/assets/')) return;
      let a;
      try {
        a = await load();
      } catch (error) {
        log.error('the review page could not be built', error);
        endResponse(new fetchAPI.Response('The review page is not available: its bundle could not be built (see the server log).', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      // The page's files come from the in-memory snapshot; GraphiQL's from node_modules (fixed for the process's life).
      let body: Buffer<ArrayBuffer> | undefined;
      let type = 'application/octet-stream';
      let headers: Record<string, string> = {};
      if (isPage) {
        body = a.page.files.get('index.html');
        type = TYPES['.html']!;
        headers = { 'content-security-policy': PAGE_CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' };
      } else if (path.startsWith('/assets/graphiql/')) {
        const file = a.graphiql.get(path.slice('/assets/graphiql/'.length));
        if (file) body = await readFile(file);
        if (file) type = TYPES[extname(file)] ?? type;
      } else {
        const name = path.slice('/assets/'.length);
        body = name === 'index.html' ? undefined : a.page.files.get(name);
        type = TYPES[extname(name)] ?? type;
      }
      if (!body) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      if (request.headers.get('if-none-match') === a.page.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: a.page.etag } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': type,
            'content-length': String(body.byteLength),
            // Revalidated on each load (cheap 304s), so a rebuilt bundle is never mixed with an old one.
            'cache-control': 'no-cache',
            etag: a.page.etag,
            ...headers,
          },
        }),
      );
    },
  };
}
