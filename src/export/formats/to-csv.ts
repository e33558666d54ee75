import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pack } from 'tar-stream';
import { RELATIONSHIP_TYPES } from '../../graph/bulk-load.ts';
import type { Graph } from '../../graph/graph.ts';
import { EXPORTED_LABELS, propertyTypes, streamNodes, streamRelationships, type ScopeIds } from '../export-store.ts';
import { writableSink } from '../sink.ts';

/** neo4j-admin's column types for our property types; lists use the `;` array delimiter. */
const CSV_TYPE: Record<string, string> = {
  Double: 'double', Float: 'double', Long: 'long', Integer: 'long', Boolean: 'boolean',
  StringArray: 'string[]', DoubleArray: 'double[]', LongArray: 'long[]', BooleanArray: 'boolean[]',
};

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v) ? v.map(String).join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const column = (name: string, type: string | undefined) => (type && CSV_TYPE[type] ? `${name}:${CSV_TYPE[type]}` : name);

/** Streams rows into a temp file, returning its path and whether it has any rows. */
async function spool(dir: string, name: string, headerLine: string, fill: (write: (line: string) => Promise<void> | void) => Promise<number>): Promise<number> {
  const out = createWriteStream(join(dir, name));
  const sink = writableSink(out);
  await sink.write(`${headerLine}\n`);
  const rows = await fill((line) => sink.write(`${line}\n`));
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return rows;
}

/**
 * A tar bundle for `neo4j-admin database import full`: one node file per label (`id:ID`,
 * typed columns, `:LABEL`), one relationship file per type (`:START_ID`, `:END_ID`, `:TYPE`,
 * typed columns), and import.sh with the command line. Each file is spooled to disk while
 * streaming from Neo4j, so memory stays flat however large the graph.
 */
export async function writeCsvBundle(graph: Graph, scope: ScopeIds, out: NodeJS.WritableStream): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'claimgraph-csv-'));
  try {
    const files: string[] = [];
    const args: string[] = [];
    for (const label of EXPORTED_LABELS) {
      const types = (await propertyTypes(graph, { label })).node;
      const keys = [...types.keys()].filter((k) => k !== 'id').sort();
      const name = `nodes-${label}.csv`;
      const rows = await spool(dir, name, ['id:ID', ...keys.map((k) => column(k, types.get(k))), ':LABEL'].join(','), (write) =>
        streamNodes(graph, scope, (n) => write([csvField(n.id), ...keys.map((k) => csvField(n.properties[k])), n.labels.join(';')].join(',')), [label]),
      );
      if (rows > 0) {
        files.push(name);
        args.push(`--nodes=${label}=${name}`);
      }
    }
    for (const type of RELATIONSHIP_TYPES) {
      const types = (await propertyTypes(graph, { type })).edge;
      const keys = [...types.keys()].sort();
      const name = `relationships-${type}.csv`;
      const rows = await spool(dir, name, [':START_ID', ':END_ID', ':TYPE', ...keys.map((k) => column(k, types.get(k)))].join(','), (write) =>
        streamRelationships(graph, scope, (r) => write([csvField(r.start), csvField(r.end), r.type, ...keys.map((k) => csvField(r.properties[k]))].join(',')), [type]),
      );
      if (rows > 0) {
        files.push(name);
        args.push(`--relationships=${type}=${name}`);
      }
    }
    const tar = pack();
    const piped = pipeline(tar, out as NodeJS.WritableStream);
    for (const name of files) {
      const path = join(dir, name);
      const entry = tar.entry({ name, size: (await stat(path)).size, mode: 0o644 });
      await pipeline(createReadStream(path), entry);
    }
    // The database name goes first: after --nodes/--relationships it would be read as one more file.
    const script = `#!/bin/sh\n# Imports this bundle into an empty database (stop Neo4j first): ./import.sh [database]\nneo4j-admin database import full "\${1:-neo4j}" --multiline-fields=true --array-delimiter=';' \\\n  ${args.join(' \\\n  ')}\n`;
    tar.entry({ name: 'import.sh', mode: 0o755 }, script);
    tar.finalize();
    await piped;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
