import { afterAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/ingest/batch-source.ts';
import { createLogger } from '../../src/log.ts';
import { loadOfficialCorpus, officialMissing, OFFICIAL_DIR } from '../../src/seed/load-official.ts';
import { testGraph } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

describe('loading the official corpus', () => {
  it('ingests every document of the manifest with the product’s own ingest, a log line each, and is idempotent', async () => {
    const manifest = (await readManifest(OFFICIAL_DIR))!.byFile;
    const lines: string[] = [];
    const log = createLogger('info', (l) => void lines.push(l));
    // The test graph holds the curated seed only; this file loads the official corpus into it (other files may too).
    const summary = await loadOfficialCorpus(graph, log, 10 * 1024 * 1024);
    if (summary) {
      expect(summary.items).toHaveLength(manifest.size);
      expect(summary.skipped).toBe(0);
      expect(summary.created + summary.unchanged).toBe(manifest.size);
      expect(lines.filter((l) => /official corpus \[\d+\/\d+\] .*\.txt: doc-[0-9a-f]{12} \(en\): \d+ claims/.test(l))).toHaveLength(manifest.size);
    }
    expect(await officialMissing(graph)).toEqual([]);
    // Nothing missing: a second start ingests nothing.
    expect(await loadOfficialCorpus(graph, log, 10 * 1024 * 1024)).toBeUndefined();

    const rows = await graph.rows<{ url: string; title: string; published: string; language: string; origin: string; claims: number }>(
      'test.officialDocuments',
      `UNWIND $urls AS url MATCH (d:Document {url: url}) WHERE d.complete
RETURN d.url AS url, d.title AS title, d.published AS published, d.language AS language, d.origin AS origin, COUNT { (:Claim)-[:STATED_IN]->(d) } AS claims`,
      { urls: [...manifest.values()].map((m) => m.url) },
    );
    expect(rows).toHaveLength(manifest.size);
    for (const row of rows) {
      const entry = [...manifest.values()].find((m) => m.url === row.url)!;
      expect(row).toMatchObject({ title: entry.title, published: entry.published, language: 'en', origin: 'extracted' });
      // Every one of them states checkable figures.
      expect(row.claims).toBeGreaterThan(0);
    }
  });
});
