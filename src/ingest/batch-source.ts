import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AppError, badInput, fromZod } from '../errors.ts';
import type { BatchEntry } from './ingest-batch.ts';

/** A batch read from disk: its entries, read lazily one at a time, and how many there are. */
export interface BatchSource {
  entries: AsyncIterable<BatchEntry>;
  total: number;
}

/** The files a folder batch takes (its manifest aside). */
const TEXT_FILE = /\.(txt|md)$/i;
const JSON_LINES = /\.(jsonl|ndjson)$/i;
/** A folder's optional manifest, tried in this order. */
export const MANIFEST_NAMES = ['manifest.yaml', 'manifest.yml', 'manifest.json'] as const;

/** One manifest entry: a file of the folder and what ingest should know about it (`publisher` and the like are kept for people). */
const manifestEntry = z.looseObject({
  file: z
    .string()
    .min(1)
    .refine((f) => basename(f) === f && !f.startsWith('.'), 'must be the name of a file in the folder (no path)'),
  title: z.string().optional(),
  url: z.string().optional(),
  // YAML reads an unquoted 2025-11-03 as a date; ingest takes the day as written.
  published: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  lang: z.string().optional(),
});
const manifestSchema = z.union([
  // `ignore`: files of the folder that are not documents (a provenance note such as SOURCES.md).
  z.object({ documents: z.array(manifestEntry), ignore: z.array(z.string()).default([]) }),
  z.array(manifestEntry).transform((documents) => ({ documents, ignore: [] as string[] })),
]);
export type ManifestEntry = z.infer<typeof manifestEntry>;

export interface Manifest {
  /** Each listed file's entry, by file name. */
  byFile: Map<string, ManifestEntry>;
  /** Files of the folder that are not documents. */
  ignore: Set<string>;
}

/**
 * A folder's manifest (`manifest.yaml`, `.yml` or `.json`: `{documents: [{file, title, url, published, lang}],
 * ignore: [file]}` or the bare list of documents), or none. A manifest that cannot be read is an error for the whole batch: ingesting
 * with titles, URLs or dates attached to the wrong files would be worse than not starting.
 */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const names = new Set(await readdir(dir));
  const name = MANIFEST_NAMES.find((n) => names.has(n));
  if (!name) return undefined;
  let data: unknown;
  try {
    data = parseYaml(await readFile(join(dir, name), 'utf8'));
  } catch {
    throw badInput(`${name} is not valid YAML or JSON`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error, name);
  const byFile = new Map<string, ManifestEntry>();
  for (const entry of parsed.data.documents) {
    if (byFile.has(entry.file)) throw badInput(`${name} lists ${entry.file} twice`);
    byFile.set(entry.file, entry);
  }
  return { byFile, ignore: new Set(parsed.data.ignore) };
}

/** The metadata fields of a manifest entry or JSON line that ingest reads; anything else is ignored. */
function metadata(m: Record<string, unknown> | undefined) {
  if (!m) return {};
  const { title, url, lang, published } = m;
  return { title, url, lang, published };
}

/**
 * A file's entry, read only when it is reached: a file over `maxBytes` is reported without being read
 * into memory; its bytes are decoded (strictly) by `ingestBatch`.
 */
async function fileEntry(path: string, source: string, maxBytes: number, meta?: Record<string, unknown>): Promise<BatchEntry> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { source, error: { code: 'BAD_USER_INPUT', message: 'Not a file' } };
    if (info.size > maxBytes) return { source, error: { code: 'PAYLOAD_TOO_LARGE', message: `The file is ${info.size} bytes; the limit is ${maxBytes} (INGEST_MAX_BYTES)` } };
    return { source, input: { bytes: await readFile(path), ...metadata(meta) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { source, error: { code: code === 'ENOENT' ? 'NOT_FOUND' : 'BAD_USER_INPUT', message: code === 'ENOENT' ? 'No such file' : `The file cannot be read (${code ?? 'error'})` } };
  }
}

/**
 * Every `.txt` and `.md` file of a folder (not its subfolders, nor those its manifest ignores), in name order, with the manifest's
 * title, URL, date and language for the files it lists. A file the manifest lists that is missing
 * is reported as NOT_FOUND.
 */
export async function folderBatch(dir: string, maxBytes: number): Promise<BatchSource> {
  const manifest = await readManifest(dir);
  const files = (await readdir(dir)).filter((f) => TEXT_FILE.test(f) && !manifest?.ignore.has(f)).sort();
  const listed = [...(manifest?.byFile.keys() ?? [])].filter((f) => !files.includes(f));
  const all = [...files, ...listed.sort()];
  return {
    total: all.length,
    entries: (async function* () {
      for (const f of all) yield fileEntry(join(dir, f), join(dir, f), maxBytes, manifest?.byFile.get(f));
    })(),
  };
}

/** A line longer than a batch reads: its length, and none of its bytes kept. */
interface LongLine {
  tooLong: number;
}

/**
 * The lines of a file as bytes (not decoded, so invalid UTF-8 is caught per line rather than
 * replaced). A line over `maxLine` bytes is not buffered: it comes back as its length alone, so
 * one huge line cannot fill the memory.
 */
async function* byteLines(path: string, maxLine = Infinity): AsyncGenerator<Buffer | LongLine> {
  let pending: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const take = (part: Buffer) => {
    size += part.length;
    if (size > maxLine) skipping = true;
    if (!skipping) pending.push(part);
  };
  const end = (): Buffer | LongLine => {
    const line = skipping ? { tooLong: size } : Buffer.concat(pending);
    pending = [];
    size = 0;
    skipping = false;
    return line;
  };
  let open = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, nl));
      yield end();
      open = false;
      start = nl + 1;
    }
    if (start < chunk.length) {
      take(chunk.subarray(start));
      open = true;
    }
  }
  if (open) yield end();
}

const isBlank = (line: Buffer | LongLine) => Buffer.isBuffer(line) && line.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);

/** The longest JSON line read: the JSON of a text at the limit is a little longer than the text (quotes, escapes, other fields). */
const maxLineBytes = (maxBytes: number) => maxBytes * 2 + 64 * 1024;

/** How many non-blank lines a JSON Lines file has (one streaming pass, for progress). */
async function countLines(path: string, maxLine: number): Promise<number> {
  let n = 0;
  for await (const line of byteLines(path, maxLine)) if (!isBlank(line)) n++;
  return n;
}

/** One JSON line as an entry: `{text, title?, url?, lang?, published?}`; a bad line is an entry with an error. */
function jsonLineEntry(line: Buffer | LongLine, source: string, maxBytes: number): BatchEntry {
  if (!Buffer.isBuffer(line)) return { source, error: { code: 'PAYLOAD_TOO_LARGE', message: `The line is ${line.tooLong} bytes; a document's limit is ${maxBytes} (INGEST_MAX_BYTES)` } };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    return { source, error: { code: 'BAD_USER_INPUT', message: 'The line is not valid UTF-8' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { source, error: { code: 'BAD_USER_INPUT', message: 'The line is not valid JSON' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { source, error: { code: 'BAD_USER_INPUT', message: 'The line is not a JSON object {text, title, url, lang, published}' } };
  const record = value as Record<string, unknown>;
  if (typeof record['text'] !== 'string') return { source, error: { code: 'BAD_USER_INPUT', message: 'text: must be a string', fields: [{ path: 'text', message: 'must be a string' }] } };
  return { source, input: { text: record['text'], ...metadata(record) } };
}

/** A JSON Lines file, one `{text, title, url, lang, published}` per line; blank lines are skipped, line numbers kept. */
export async function jsonLinesBatch(path: string, maxBytes: number): Promise<BatchSource> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new AppError('NOT_FOUND', `No such file: ${basename(path)}`);
  return {
    total: await countLines(path, maxLineBytes(maxBytes)),
    entries: (async function* () {
      let n = 0;
      for await (const line of byteLines(path, maxLineBytes(maxBytes))) {
        n++;
        if (!isBlank(line)) yield jsonLineEntry(line, `${path}:${n}`, maxBytes);
      }
    })(),
  };
}

/** One entry, made only when it is reached (so a list of files is read one file at a time). */
async function* once(make: () => BatchEntry | Promise<BatchEntry>): AsyncGenerator<BatchEntry> {
  yield await make();
}

/**
 * What `claimgraph ingest-batch` reads: one folder, or files — each `.jsonl`/`.ndjson` a JSON Lines
 * batch of its own, every other file one document (its title the first line, as for `ingest`).
 */
export async function pathsBatch(paths: string[], maxBytes: number): Promise<BatchSource> {
  if (paths.length === 1 && (await stat(paths[0]!).catch(() => undefined))?.isDirectory()) return folderBatch(paths[0]!, maxBytes);
  const parts: BatchSource[] = [];
  for (const p of paths) {
    if (JSON_LINES.test(extname(p))) {
      const lines = await jsonLinesBatch(p, maxBytes).catch((error: AppError) => ({ total: 1, entries: once(() => ({ source: p, error: { code: error.code, message: error.message } })) }));
      parts.push(lines);
    } else parts.push({ total: 1, entries: once(() => fileEntry(p, p, maxBytes)) });
  }
  return {
    total: parts.reduce((n, p) => n + p.total, 0),
    entries: (async function* () {
      for (const p of parts) yield* p.entries;
    })(),
  };
}
