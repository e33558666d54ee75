import { Writable } from 'node:stream';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/export-graph.ts';
import { parseExportScope } from '../../src/export/export-scope.ts';
import { importJson } from '../../src/export/import-json.ts';
import { bulkLoad } from '../../src/graph/bulk-load.ts';
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { parseScenario } from '../../src/liquidity/scenario-input.ts';
import { saveScenarioRun, scenarioRunById } from '../../src/scenarios/scenario-run-store.ts';
import { canonical, runScenario } from '../../src/liquidity/simulate.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';
import { recordDecision } from '../../src/reviews/review-store.ts';
import { testConfig, testGraph, uniquePrefix } from '../support/graph.ts';

const graph = testGraph();
const config = testConfig();
afterAll(() => graph.close());
const reference = new Reference(readReferenceFiles());

describe('saved scenario runs', () => {
  it('are MODEL sources saved once per inputs, cited by a review, and survive a JSON export and import', async () => {
    const p = uniquePrefix('runstore');
    const scenario = parseScenario({ name: p, title: `Run ${p}`, start: '2025-09-24', horizonWeeks: 6, drivers: { fiscal: { receiptsPerWeek: 100, outlaysPerWeek: 134 }, shutdown: { start: '2025-10-01', end: '2025-11-12', frozenShare: 0.15 } } });
    const result = runScenario({ scenario, reference });
    const first = await saveScenarioRun(graph, result, canonical(scenario), `${p}-editor`);
    const again = await saveScenarioRun(graph, result, canonical(scenario), 'someone else');
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, run: { id: first.run.id, savedBy: `${p}-editor` } });
    expect(first.run.inputsHash).toBe(result.inputsHash);
    expect(JSON.parse(first.run.summary).reservesMillions).toEqual([result.reserves[0], result.reserves.at(-1)]);
    expect(JSON.parse(first.run.scenarioDefinition)).toEqual(JSON.parse(canonical(scenario)));

    // A document with one claim, reviewed with the run as its evidence.
    const doc = `${p}-doc`;
    await bulkLoad(graph, {
      nodes: [
        { label: 'Document', rows: [{ id: doc, props: { title: p, language: 'en', text: 'Reserves fell below 2.7 trillion.', sha256: p, origin: 'curated', url: null } }] },
        { label: 'Claim', rows: [{ id: `${p}-c1`, props: { quote: 'Reserves fell below 2.7 trillion', start: 0, end: 32, kind: 'LEVEL', gloss: null, origin: 'curated', documentId: doc }, onCreate: { status: 'UNREVIEWED', version: 1 } }] },
      ],
      relationships: [{ type: 'STATED_IN', fromLabel: 'Claim', toLabel: 'Document', rows: [{ from: `${p}-c1`, to: doc }] }],
    });
    await recordDecision(graph, { label: 'Claim', itemId: `${p}-c1`, status: 'FALSE', rationale: 'The run and the record stay above the line.', evidence: [{ sourceId: first.run.id }], expectedVersion: 1, editor: `${p}-editor` });
    const [cited] = await graph.rows<{ id: string; labels: string[] }>('test.cited', 'MATCH (r:Review {itemId: $id})-[:CITES_EVIDENCE]->(s:Source) RETURN s.id AS id, labels(s) AS labels', { id: `${p}-c1` });
    expect(cited).toEqual({ id: first.run.id, labels: ['Source'] });

    const chunks: Buffer[] = [];
    await exportGraph(graph, config, 'json', parseExportScope({ document: doc }), new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) }));
    const exported = Buffer.concat(chunks);
    expect(exported.toString('utf8')).toContain(first.run.id);
    await graph.write('test.delete', (tx) => tx.rows('test.delete', 'MATCH (n) WHERE n.id IN [$run, $claim, $doc] OR (n:Review AND n.itemId = $claim) DETACH DELETE n', { run: first.run.id, claim: `${p}-c1`, doc }));
    expect(await scenarioRunById(graph, first.run.id)).toBeNull();
    const dir = await mkdtemp(join(tmpdir(), 'runstore-'));
    await writeFile(join(dir, 'e.json'), exported);
    await importJson(graph, join(dir, 'e.json'));
    expect(await scenarioRunById(graph, first.run.id)).toEqual(first.run);
  });
});
