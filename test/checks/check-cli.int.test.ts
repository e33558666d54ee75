import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listSeries } from '../../src/series/series-store.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { testGraph } from '../support/graph.ts';
import { neo4jEnv } from '../support/neo4j-env.ts';

const graph = testGraph();
afterAll(() => graph.close());

/** Runs the CLI against the run's Neo4j, without blocking the test's event loop. */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const n = inject('neo4j');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/cli/main.ts', ...args], {
      env: { ...process.env, ...neo4jEnv(n), LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('claimgraph check and series (CLI)', () => {
  it('check --document prints the table: every claim with an amount, its series, the record and the suggestion', async () => {
    const r = await cli('check', '--document', 'doc-e9186e0b');
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| e9186e0b-'));
    const [count] = await graph.rows<{ n: number }>(
      'test.amountClaims',
      "MATCH (c:Claim {documentId: 'doc-e9186e0b'}) WHERE EXISTS { (c)-[:HAS_QUANTITY]->(q:Quantity) WHERE NOT q.unit IN ['year', 'years', 'date'] } RETURN count(c) AS n",
    );
    expect(rows.length).toBe(count!.n);
    expect(rows.find((l) => l.startsWith('| e9186e0b-c006 '))).toMatch(/FRED:WRESBAL .* INCONSISTENT \|$/);
    expect(rows.find((l) => l.startsWith('| e9186e0b-c019 '))).toMatch(/NOT_CHECKABLE \|$/);
  });

  it('check of an unknown document: NOT_FOUND and a non-zero exit', async () => {
    const r = await cli('check', '--document', 'doc-nope');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/No document has id doc-nope \[NOT_FOUND\]/);
  });

  it('series import of a malformed file names the line and column and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-series-'));
    const text = await readFile(`${SEEDS_DIR}reference/fred/WALCL.csv`, 'utf8');
    const lines = text.split('\n');
    lines[5] = lines[5]!.replace(/,\d+$/, ',six');
    await writeFile(join(dir, 'WALCL.csv'), lines.join('\n'));
    const before = (await listSeries(graph)).find((s) => s.id === 'FRED:WALCL');
    const r = await cli('series', 'import', join(dir, 'WALCL.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 6, column 2 (WALCL): "six" is not a number [BAD_USER_INPUT]');
    expect((await listSeries(graph)).find((s) => s.id === 'FRED:WALCL')).toEqual(before);
  });

  it('series import of the shipped file again changes nothing; series show prints the observations', async () => {
    const again = await cli('series', 'import', `${SEEDS_DIR}reference/fred/WDTGAL.csv`);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/already imported; nothing changed/);
    const shown = await cli('series', 'show', 'WDTGAL', '--from', '2025-10-29', '--to', '2025-11-05');
    const file = (await readFile(`${SEEDS_DIR}reference/fred/WDTGAL.csv`, 'utf8')).split('\n').filter((l) => l >= '2025-10-29' && l < '2025-11-06');
    expect(file.length).toBe(2);
    expect(shown.stdout).toBe(`date,FRED:WDTGAL\n${file.join('\n')}\n`);
  });
});
