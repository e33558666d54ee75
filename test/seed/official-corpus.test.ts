import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { folderBatch, readManifest } from '../../src/ingest/batch-source.ts';
import { parseIngestRequest } from '../../src/ingest/ingest-input.ts';
import { OFFICIAL_DIR } from '../../src/seed/load-official.ts';

describe('the shipped official corpus', () => {
  it('lists every text in its manifest, each valid for ingest, with an official publisher and its provenance in SOURCES.md', async () => {
    const manifest = (await readManifest(OFFICIAL_DIR))!.byFile;
    const texts = (await readdir(OFFICIAL_DIR)).filter((f) => f.endsWith('.txt')).sort();
    expect([...manifest.keys()].sort()).toEqual(texts);
    // What the loader ingests is exactly the manifest's documents (SOURCES.md is ignored).
    expect((await folderBatch(OFFICIAL_DIR, 10 * 1024 * 1024)).total).toBe(manifest.size);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.length).toBeLessThanOrEqual(8);
    const sources = await readFile(`${OFFICIAL_DIR}SOURCES.md`, 'utf8');
    for (const [file, entry] of manifest) {
      const text = await readFile(`${OFFICIAL_DIR}${file}`, 'utf8');
      // The same validation a user's document gets: a date, an http(s) URL, a language.
      const request = parseIngestRequest({ text, title: entry.title, url: entry.url, published: entry.published, lang: entry.lang }, 10 * 1024 * 1024);
      expect(request).toMatchObject({ lang: 'en', published: expect.stringMatching(/^2025-/) });
      expect(['Board of Governors of the Federal Reserve System', 'U.S. Department of the Treasury']).toContain(entry['publisher']);
      expect(sources).toContain(`\`${file}\``);
      // Excerpts say where they were cut.
      expect(text.trimEnd().endsWith('…')).toBe(true);
    }
  });
});
