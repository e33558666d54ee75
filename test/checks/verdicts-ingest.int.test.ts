import { describe, expect, it } from 'vitest';
import { uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

// Issue 18, precision first, end to end: documents ingested by the product's own reader into the real Neo4j, then
// checked against the shipped record through the API. The record is the shipped DTS and RRPONTSYD.
const h = inProcessApi({ editorToken: true });
const { server } = h;

interface Row {
  quantity: { surface: string } | null;
  verdict: string;
  series: { id: string } | null;
  observation: { periodEnd: string } | null;
  reason: string | null;
  explanation: string;
}

async function ingestAndCheck(text: string, published: string | null): Promise<Row[]> {
  const input = { text, title: uniquePrefix('verdicts'), ...(published ? { published } : {}) };
  const ingest = await gql<{ ingestDocument: { document: { id: string } } }>(server, 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } } }', { input }, h.token);
  expect(ingest.errors).toBeUndefined();
  const r = await gql<{ checkDocument: Row[] }>(
    server,
    'query($id: ID!) { checkDocument(id: $id) { quantity { surface } verdict series { id } observation { periodEnd } reason explanation } }',
    { id: ingest.data!.ingestDocument.document.id },
    h.token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.checkDocument;
}

describe('issue 18: how a read frame is judged against the record, through ingest', () => {
  it('a "from" figure dated by the report (从 9590 亿美元减少…, 11 月 19 日) is never INCONSISTENT; the explanation names the series, dates and values', async () => {
    const rows = await ingestAndCheck('11 月 19 日,最新数据显示美国财政部现金余额账户(TGA)首次出现显著下行:财政部现金从 9590 亿美元减少 340 亿美元至 9250 亿美元。', '2025-11-19');
    const from = rows.find((c) => c.quantity?.surface.startsWith('9590'));
    expect(from).toBeDefined();
    expect(from!.verdict).not.toBe('INCONSISTENT');
    expect(rows.every((c) => c.verdict !== 'INCONSISTENT')).toBe(true);
    expect(from!.explanation).toMatch(/TREASURY:DTS_TGA_CLOSE/);
    expect(from!.explanation).toMatch(/2025-11-1\d/);
    expect(from!.explanation).toMatch(/billion USD/);
  });

  it('a change dated by one day ("fell by $234 billion on Thursday") is the series\' own step: RRPONTSYD from 31 December to 2 January', async () => {
    const rows = await ingestAndCheck('Balances at the Fed\'s reverse repo facility (RRP) swelled at the end of the year. Balances at RRP fell by $234 billion on Thursday.', '2025-01-03');
    const fall = rows.find((c) => c.quantity?.surface === '$234 billion');
    expect(fall).toBeDefined();
    expect(fall!.verdict).toBe('CONSISTENT');
    expect(fall!.series?.id).toBe('FRED:RRPONTSYD');
    expect(fall!.observation?.periodEnd).toBe('2025-01-02');
    // The reader dates it from the business day before (1 January is a holiday); the check runs from that day.
    expect(fall!.explanation).toMatch(/2024-12-31/);
  });

  it('judging pass 6: a figure told as current that is stale ("Currently, there\'s $57 billion in the Treasury\'s General Account" on 23 May 2023, the 18 May close) is INCONSISTENT, with the latest close named', async () => {
    const rows = await ingestAndCheck('Currently, there’s $57 billion in the Treasury’s General Account and $92 billion in extraordinary measures for a total of $149 billion.', '2023-05-23');
    const tga = rows.find((c) => c.quantity?.surface === '$57 billion');
    expect(tga).toBeDefined();
    expect(tga!.verdict).toBe('INCONSISTENT');
    expect(tga!.series?.id).toBe('TREASURY:DTS_TGA_CLOSE');
    expect(tga!.explanation).toMatch(/stale/);
    expect(tga!.explanation).toMatch(/2023-05-18/);
  });

  it('judging pass 6: a change dated by a deadline ("by the end of May was already down $50 billion") is not INCONSISTENT on the last days of May', async () => {
    const rows = await ingestAndCheck('The Fed’s balance sheet had already started to decline in April, and by the end of May was already down $50 billion.', '2025-07-03');
    const fall = rows.find((c) => c.quantity?.surface === '$50 billion');
    expect(fall).toBeDefined();
    expect(fall!.verdict).not.toBe('INCONSISTENT');
  });

  it('judging pass 7: a stale "current" figure on a document with no published date (dated by the "May 23, 2023" its text writes) is INCONCLUSIVE, not INCONSISTENT: the date is a guess', async () => {
    const rows = await ingestAndCheck('The debt limit talks resumed on May 23, 2023. Currently, there’s $57 billion in the Treasury’s General Account and $92 billion in extraordinary measures for a total of $149 billion.', null);
    const tga = rows.find((c) => c.quantity?.surface === '$57 billion');
    expect(tga).toBeDefined();
    expect(tga!.verdict).toBe('INCONCLUSIVE');
    expect(tga!.explanation).toMatch(/inferred/);
  });
});
