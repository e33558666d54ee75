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

/**
 * Serves the review page at `/` (and its client-side routes), its bundle under /assets/, and
 * GraphiQL's assets under /assets/graphiql/. Only files listed at start are served, so no request
 * path can reach outside the bundle. The bundle is built on first use when missing or stale.
 */
export function webPagePlugin(log: Logger): Plugin {
  let assets: Promise<{ page: Map<string, string>; graphiql: Map<string, string>; etag: string }> | undefined;
  const load = () =>
    (assets ??= (async () => {
      const built = await ensurePageBuilt();
      log.debug(`review page bundle ${built.sourceHash}`);
      return { page: await filesIn(WEB_DIST), graphiql: await filesIn(GRAPHIQL_DIST), etag: `"${built.sourceHash}"` };
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
      let file: string | undefined;
      let headers: Record<string, string> = {};
      if (isPage) {
        file = a.page.get('index.html');
        headers = { 'content-security-policy': PAGE_CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' };
      } else if (path.startsWith('/assets/graphiql/')) {
        file = a.graphiql.get(path.slice('/assets/graphiql/'.length));
      } else {
        const name = path.slice('/assets/'.length);
        file = name === 'index.html' || name === 'manifest.json' ? undefined : a.page.get(name);
      }
      if (!file) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      if (request.headers.get('if-none-match') === a.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: a.etag } }));
        return;
      }
      const body = await readFile(file);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-length': String(body.byteLength),
            // Revalidated on each load (cheap 304s), so a rebuilt bundle is never mixed with an old one.
            'cache-control': 'no-cache',
            etag: a.etag,
            ...headers,
          },
        }),
      );
    },
  };
}
