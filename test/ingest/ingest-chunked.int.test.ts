import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument, ingestDocument, paragraphChunks, textPieces } from '../../src/ingest/ingest-document.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

// The seed article, under a line of its own so its sha256 (and so its document) is this test's.
const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');

describe('ingest of a large document in chunks (issue 14)', () => {
  it('cuts the text at line breaks into pieces that rebuild it exactly', () => {
    const text = `${uniquePrefix('chunks')}\n${article}`;
    const chunks = [...paragraphChunks(text, 500)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) {
      expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
      if (c.offset + c.text.length < text.length) expect(c.text.endsWith('\n')).toBe(true);
    }
  });

  it('cuts the text into pieces that never split a surrogate pair and rebuild it exactly', () => {
    const text = `${uniquePrefix('pieces')}\n${'𠀀a'.repeat(50)}${article.slice(0, 300)}`;
    for (const size of [1, 2, 3, 7]) {
      const pieces = [...textPieces(text, size)];
      expect(pieces.join('')).toBe(text);
      for (const p of pieces) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
      expect(Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8'))).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('writes chunk by chunk the same claims, spans, quantities and links as extracting the text whole, published only at the end', async () => {
    const text = `${uniquePrefix('chunked')}\n${article}`;
    const whole = await extractDocument(graph, { text, title: uniquePrefix('chunked-doc') });
    const result = await ingestDocument(graph, { text, title: uniquePrefix('chunked-doc') }, undefined, 2000, 1500);
    expect(result.documentId).toBe(whole.documentId);
    expect(result.created).toBe(true);
    expect(result.claims).toBe(whole.claims.length);
    expect(result.quantities).toBe(whole.claims.reduce((n, c) => n + c.quantities.length, 0));
    expect(result.causalLinks).toBe(whole.causalLinks.length);
    const stored = await graph.rows<{ quote: string; start: number; end: number; quantities: number }>(
      'test.chunkedClaims',
      `MATCH (c:Claim {documentId: $id}) RETURN c.quote AS quote, c.start AS start, c.end AS end, COUNT { (c)-[:HAS_QUANTITY]->() } AS quantities ORDER BY c.id`,
      { id: result.documentId },
    );
    expect(stored).toEqual(whole.claims.map((c) => ({ quote: c.quote, start: c.start, end: c.end, quantities: c.quantities.length })));
    for (const c of stored) expect(text.slice(c.start, c.end)).toBe(c.quote);
    // The text went in pieces of 1,500 characters and reads back whole, under the whole text's sha256.
    const [doc] = await graph.rows<{ text: string; sha256: string; complete: boolean }>(
      'test.chunkedDocument',
      'MATCH (d:Document {id: $id}) RETURN d.text AS text, d.sha256 AS sha256, d.complete AS complete',
      { id: result.documentId },
    );
    expect(doc).toEqual({ text, sha256: whole.sha256, complete: true });
    const [left] = await graph.rows<{ n: number }>('test.chunkedStaged', 'MATCH (n:Staged {stagedBatch: $id}) RETURN count(n) AS n', { id: result.documentId });
    expect(left?.n).toBe(0);
    const again = await ingestDocument(graph, { text }, undefined, 2000);
    expect(again).toMatchObject({ created: false, claims: whole.claims.length, alreadyPresentAs: { id: result.documentId } });
  });

  it('keeps a large document interrupted part-way invisible, and a second run completes it', async () => {
    const text = `${uniquePrefix('interrupted')}\n${article}`;
    const whole = await extractDocument(graph, { text });
    // The same real Neo4j, but the process "dies" at the 12th write: after the Document, its text parts and some claims.
    let writes = 0;
    const dying = Object.create(graph) as typeof graph;
    dying.write = (name, work) => (++writes >= 12 ? Promise.reject(new Error('killed')) : graph.write(name, work));
    await expect(ingestDocument(dying, { text }, undefined, 2000, 1500)).rejects.toThrow('killed');
    const visible = await graph.rows<{ docs: number; claims: number; staged: number }>(
      'test.interruptedVisible',
      `RETURN COUNT { (d:Document {id: $id}) } AS docs, COUNT { (c:Claim {documentId: $id}) } AS claims, COUNT { (s:Staged {stagedBatch: $id}) } AS staged`,
      { id: whole.documentId },
    );
    expect(visible[0]?.docs).toBe(0);
    expect(visible[0]?.claims).toBe(0);
    expect(visible[0]?.staged).toBeGreaterThan(0);
    const result = await ingestDocument(graph, { text }, undefined, 2000, 1500);
    expect(result).toMatchObject({ created: true, documentId: whole.documentId, claims: whole.claims.length });
    const [doc] = await graph.rows<{ text: string; claims: number; staged: number }>(
      'test.interruptedDone',
      `MATCH (d:Document {id: $id}) RETURN d.text AS text, COUNT { (c:Claim)-[:STATED_IN]->(d) } AS claims, COUNT { (s:Staged {stagedBatch: $id}) } AS staged`,
      { id: whole.documentId },
    );
    expect(doc).toEqual({ text, claims: whole.claims.length, staged: 0 });
  });
});
