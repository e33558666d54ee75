import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { ensurePageBuilt } from '../../src/web/build-page.ts';
import { webPagePlugin } from '../../src/web/web-plugin.ts';

// A server serves one build of the page for its whole life. Seen on a desk: `npm start` running while `npm test` rebuilt
// the bundle in the same checkout; the server then handed out the new app.js, whose chunks it did not know (404), and
// the page stayed at "Loading the review page…".
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the review page bundle a server serves', { timeout: 180_000 }, () => {
  it('stays the build it started with when another process rebuilds the bundle in the same folder', async () => {
    const built = await ensurePageBuilt();
    const root = await mkdtemp(join(tmpdir(), 'claimgraph-page-'));
    dirs.push(root);
    const dir = join(root, 'web');
    await cp(built.dir, dir, { recursive: true });
    const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), plugins: [webPagePlugin(silentLogger, { dir })], logging: false });
    const get = async (path: string) => {
      const res = await yoga.fetch(`http://localhost${path}`);
      return { status: res.status, body: Buffer.from(await res.arrayBuffer()), etag: res.headers.get('etag') };
    };

    const page = await get('/documents/doc-1');
    expect(page.status).toBe(200);
    const app = await get('/assets/app.js');
    expect(app.status).toBe(200);
    const chunks = (await readdir(join(dir, 'chunks'))).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    const before = new Map(await Promise.all(chunks.map(async (c) => [c, await get(`/assets/chunks/${c}`)] as const)));
    for (const [, r] of before) expect(r.status).toBe(200);

    // Another process rebuilds: the folder is replaced (as buildPage does, by rename), app.js keeps its name with new
    // bytes, the chunks get new names, the manifest a new hash.
    const next = join(root, 'web.next');
    await cp(dir, next, { recursive: true });
    await writeFile(join(next, 'app.js'), '// another build\n');
    for (const c of chunks) await rename(join(next, 'chunks', c), join(next, 'chunks', `x-${c}`));
    const manifest = JSON.parse(await readFile(join(next, 'manifest.json'), 'utf8')) as { sourceHash: string };
    await writeFile(join(next, 'manifest.json'), JSON.stringify({ ...manifest, sourceHash: 'another-build' }));
    await rm(dir, { recursive: true, force: true });
    await rename(next, dir);

    const appAfter = await get('/assets/app.js');
    expect(appAfter.status).toBe(200);
    expect(appAfter.body.equals(app.body)).toBe(true);
    expect(appAfter.etag).toBe(app.etag);
    for (const [c, r] of before) {
      const after = await get(`/assets/chunks/${c}`);
      expect(after.status, c).toBe(200);
      expect(after.body.equals(r.body), c).toBe(true);
    }
    expect((await get('/')).body.equals(page.body)).toBe(true);
    // Nothing outside the build it holds is served: not the new build's files, not the manifest.
    expect((await get(`/assets/chunks/x-${chunks[0]}`)).status).toBe(404);
    expect((await get('/assets/manifest.json')).status).toBe(404);
    expect((await get('/assets/../package.json')).status).toBe(404);
  });

  it('serves the page with its security headers, and answers a revalidation of the same build with 304', async () => {
    const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), plugins: [webPagePlugin(silentLogger)], logging: false });
    const page = await yoga.fetch('http://localhost/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = page.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    const app = await yoga.fetch('http://localhost/assets/app.js', { headers: { 'if-none-match': etag } });
    expect(app.status).toBe(304);
    const fresh = await yoga.fetch('http://localhost/assets/app.js');
    expect(fresh.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(Number(fresh.headers.get('content-length'))).toBe((await fresh.arrayBuffer()).byteLength);
    expect((await yoga.fetch('http://localhost/assets/app.js', { method: 'HEAD' })).status).toBe(200);
  });
});
