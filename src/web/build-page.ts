import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/web/build-page.ts). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The page's source: TSX, CSS and index.html. */
export const WEB_SOURCE = join(ROOT, 'web');
/** Where the bundle goes; git-ignored (generated output is not committed). */
export const WEB_DIST = join(ROOT, 'dist', 'web');

export interface BuiltPage {
  dir: string;
  /** Hash of the sources the bundle was built from; a different hash means the bundle is stale. */
  sourceHash: string;
  /** The files of the bundle and their sizes in bytes. */
  files: Record<string, number>;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

/**
 * Server modules the page bundles too (`../../src/…` imports in web/: the vocabulary, counts in
 * words — modules that import nothing), so a change to one of them makes the bundle stale.
 */
async function sharedSources(webFiles: string[]): Promise<string[]> {
  const shared = new Set<string>();
  for (const file of webFiles.filter((f) => /\.tsx?$/.test(f))) {
    for (const m of (await readFile(file, 'utf8')).matchAll(/from '((?:\.\.\/)+src\/[^']+)'/g)) shared.add(join(dirname(file), m[1] as string));
  }
  return [...shared].sort();
}

/**
 * Hash of everything the bundle depends on that changes in a checkout: the page's sources, the
 * server modules it shares and the lock file (library versions). Cheap enough to compute on every
 * server start.
 */
export async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const web = await listFiles(WEB_SOURCE);
  for (const file of [...web, ...(await sharedSources(web)), join(ROOT, 'package-lock.json')]) {
    hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<BuiltPage | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BuiltPage;
  } catch {
    return undefined;
  }
}

/**
 * Bundles the page with esbuild into `dist/web/`: one ES module, one stylesheet, index.html.
 * Written to a temporary directory and renamed, so a server never serves half a bundle.
 */
export async function buildPage(outDir = WEB_DIST): Promise<BuiltPage> {
  // Imported lazily: a server with a fresh bundle never loads esbuild.
  const esbuild = await import('esbuild');
  const hash = await sourceHash();
  const tmp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(tmp, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { app: join(WEB_SOURCE, 'src', 'main.tsx') },
    bundle: true,
    format: 'esm',
    // Views that need big libraries (the graph renderer) are their own chunks, loaded on first use.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    sourcemap: 'linked',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: tmp,
    entryNames: '[name]',
    metafile: true,
    logLevel: 'silent',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const html = await readFile(join(WEB_SOURCE, 'index.html'), 'utf8');
  await writeFile(join(tmp, 'index.html'), html.replaceAll('__BUILD__', hash));
  const files: Record<string, number> = { 'index.html': Buffer.byteLength(html) };
  for (const [path, meta] of Object.entries(result.metafile.outputs)) files[relative(tmp, path)] = meta.bytes;
  const manifest: BuiltPage = { dir: outDir, sourceHash: hash, files };
  await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await mkdir(dirname(outDir), { recursive: true });
  await rm(outDir, { recursive: true, force: true });
  await rename(tmp, outDir);
  return manifest;
}

// One build per folder at a time in this process (the server's bundle, or a test's copy).
const building = new Map<string, Promise<BuiltPage>>();

/**
 * The bundle, built first when missing or older than the sources (a fresh clone whose `prepare`
 * did not run, or a checkout that changed the page). Concurrent callers share one build.
 */
export function ensurePageBuilt(outDir = WEB_DIST): Promise<BuiltPage> {
  let built = building.get(outDir);
  if (!built) {
    built = (async () => {
      const [manifest, hash] = await Promise.all([readManifest(outDir), sourceHash()]);
      if (manifest && manifest.sourceHash === hash) return { ...manifest, dir: outDir };
      return buildPage(outDir);
    })().catch((error: unknown) => {
      building.delete(outDir);
      throw error;
    });
    building.set(outDir, built);
  }
  return built;
}

// `npm run build:web` and npm's `prepare` (so `npm ci` leaves a built page).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildPage();
  const total = Object.values(built.files).reduce((a, b) => a + b, 0);
  process.stderr.write(`web page built in ${relative(ROOT, built.dir)}: ${Object.keys(built.files).length} files, ${(total / 1024).toFixed(0)} KiB\n`);
}
