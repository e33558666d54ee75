import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCausalFixture } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { gql } from '../support/server.ts';

// Issue 13, "the API the page needs": exports a new user found wanting.
const SEED_DOC = 'doc-e9186e0b';
const { graph, server } = inProcessApi();

async function exportOf(format: string, scope: Record<string, unknown>): Promise<string> {
  const r = await gql<{ exportGraph: { content: string } }>(server, `query($f: String!, $s: ExportScopeInput) { exportGraph(format: $f, scope: $s) { content } }`, { f: format, s: scope });
  expect(r.errors).toBeUndefined();
  return r.data!.exportGraph.content;
}

describe('exports (issue 13)', () => {
  it('GraphML types offsets and versions as integers, and leaves the internal search keys out', async () => {
    // An ingested document's offsets come from JavaScript (floats in Neo4j) beside the seed's integers.
    const token = await testToken(graph);
    const prefix = uniquePrefix('gml');
    const ingested = await gql(server, `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document { id } } }`, { input: { text: `${prefix}：美國國債約38萬億美元。`, title: prefix } }, token);
    expect(ingested.errors).toBeUndefined();
    const xml = await exportOf('graphml', { document: SEED_DOC });
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { graphml: { key: { id: string; 'attr.name': string; 'attr.type': string }[]; graph: { node: { data: { key: string; '#text': string | number }[] }[] } } };
    const keys = new Map(doc.graphml.key.map((k) => [k['attr.name'], k['attr.type']]));
    for (const name of ['start', 'end', 'version']) expect(keys.get(name), name).toBe('long');
    expect(keys.has('searchText')).toBe(false);
    expect(keys.has('matchKeys')).toBe(false);
    expect(xml).not.toContain('searchText');
    // Every value under an integer key is written as an integer.
    const intKeys = new Set(doc.graphml.key.filter((k) => k['attr.type'] === 'long').map((k) => k.id));
    const values = doc.graphml.graph.node.flatMap((n) => (Array.isArray(n.data) ? n.data : [n.data])).filter((d) => intKeys.has(d.key)).map((d) => String(d['#text']));
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).toMatch(/^-?\d+$/);
  });

  it('Cytoscape JSON leaves the internal search keys out; the lossless JSON keeps them for re-import', async () => {
    const cy = JSON.parse(await exportOf('cytoscape', { document: SEED_DOC })) as { elements: { nodes: { data: Record<string, unknown> }[] } };
    expect(cy.elements.nodes.length).toBeGreaterThan(0);
    for (const n of cy.elements.nodes) {
      expect(n.data).not.toHaveProperty('searchText');
      expect(n.data).not.toHaveProperty('matchKeys');
    }
    expect(await exportOf('json', { document: SEED_DOC })).toContain('"searchText"');
  });

  it('the review report carries each verdict’s evidence links and the rationale of reviewed causal links', async () => {
    const token = await testToken(graph);
    const prefix = uniquePrefix('report');
    const linkId = `${prefix}-l1`;
    await loadCausalFixture(graph, [{ id: `${prefix}-a`, name: `${prefix} a` }, { id: `${prefix}-b`, name: `${prefix} b` }], [{ id: linkId, from: `${prefix}-a`, to: `${prefix}-b` }], `${prefix}-doc`);
    const url = `https://example.org/${prefix}/evidence/`;
    const reviewed = await gql(
      server,
      `mutation($input: ReviewInput!) { reviewCausalLink(input: $input) { review { id } } }`,
      { input: { id: linkId, status: 'PARTLY_TRUE', expectedVersion: 1, rationale: `Only in part (${prefix}).`, evidence: [{ url, title: `Evidence ${prefix}` }] } },
      token,
    );
    expect(reviewed.errors).toBeUndefined();
    const report = await exportOf('report', { status: ['PARTLY_TRUE'] });
    const row = report.split('\n').find((l) => l.startsWith(`| ${linkId} `));
    expect(row, 'the link has a row in the causal links table').toBeDefined();
    expect(row).toContain(`Only in part (${prefix}).`);
    expect(row).toContain(`Evidence ${prefix} <`);
    // The evidence URL as the editor gave it, trailing slash included.
    expect(row).toContain(`<${url}>`);
  });
});
