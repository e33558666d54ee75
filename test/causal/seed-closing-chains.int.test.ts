import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

// Issue 18, item 6: the seed's closing-chapter chains, traced end to end over the links the product extracts from the
// article itself — not over the seed's curated links. The article is ingested as a document of this test's own (a
// line of its own makes its sha256 new), and a chain counts only when every hop is asserted by that document.
const { graph, server } = inProcessApi();
const article = readFileSync(`${SEEDS_DIR}000_e9186e0bdc09d771.txt`, 'utf8');
let documentId: string;

type Step = { from: { id: string }; to: { id: string }; polarity: string; links: { assertions: { document: { id: string } }[] }[] };
type Path = { factors: { id: string }[]; netPolarity: string; steps: Step[] };
const TRACE = `query($from: String!, $to: String!) { trace(from: $from, to: $to, maxHops: 4, first: 50, includeCandidates: true) {
  factors { id } netPolarity steps { from { id } to { id } polarity links { assertions { document { id } } } } } }`;

/** The paths from `from` to `to` whose every hop is asserted by the ingested article. */
async function extractedPaths(from: string, to: string): Promise<Path[]> {
  const r = await gql<{ trace: Path[] }>(server, TRACE, { from, to });
  expect(r.errors).toBeUndefined();
  return r.data!.trace.filter((p) => p.steps.every((s) => s.links.some((l) => l.assertions.some((a) => a.document.id === documentId))));
}
const ids = (p: Path) => p.factors.map((f) => f.id);

beforeAll(async () => {
  const result = await ingestDocument(graph, { text: `${uniquePrefix('closing-chains')}\n${article}`, title: uniquePrefix('closing-chains-doc'), lang: 'zh-Hant', published: '2025-11' });
  expect(result.created).toBe(true);
  documentId = result.documentId;
}, 120_000);

describe("the seed's closing-chapter chains, from the article's own words (issue 18)", () => {
  it('traces the liquidity crisis and the AI bubble through capital misallocation to the 2026 market clearing', async () => {
    // 當流動性危機遇上AI泡沫，我們正見證…最畸形的資本錯配 … 2026年市場將用一場史詩級出清完成糾錯
    for (const start of ['f-liquidity-crisis', 'f-ai-bubble']) {
      const paths = await extractedPaths(start, 'f-market-clearing');
      expect(paths.map(ids)).toContainEqual([start, 'f-capital-misallocation', 'f-market-clearing']);
      expect(paths.find((p) => ids(p).length === 3)!.netPolarity).toBe('INCREASES');
    }
  });

  it("traces AI capital spending to the middle class's real purchasing power, and to manufacturing renewal on the way", async () => {
    // 當美國90%風投資金湧向AI時，傳統製造業更新率降至…最低，經濟結構的K型裂變…：…中產階層正陷入實際購買力每年衰減8.3%…
    const toPurchasingPower = await extractedPaths('f-ai-capex', 'f-middle-class-purchasing-power');
    expect(toPurchasingPower.length).toBeGreaterThan(0);
    for (const p of toPurchasingPower) expect(p.netPolarity).toBe('DECREASES');
    const toRenewal = await extractedPaths('f-ai-capex', 'f-manufacturing-renewal');
    expect(toRenewal.map(ids)).toContainEqual(['f-ai-capex', 'f-manufacturing-renewal']);
    expect(toRenewal.find((p) => p.factors.length === 2)!.netPolarity).toBe('DECREASES');
  });

  it('proposes no factor named by a pronoun (前者 "the former") and no near-duplicate of a known factor', async () => {
    const rows = await graph.rows<{ name: string }>(
      'test.closingChainsProposed',
      'MATCH (f:Factor)-[:CANDIDATE_OF]->(:Document {id: $id}) RETURN f.name AS name',
      { id: documentId },
    );
    const names = rows.map((r) => r.name);
    expect(names).not.toContain('前者');
    expect(names.filter((n) => /停擺|流動性危機|資本錯配/.test(n))).toEqual([]);
  });
});
