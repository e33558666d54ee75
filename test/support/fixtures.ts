import { matchKeys } from '../../src/factors/factor-store.ts';
import { bulkLoad } from '../../src/graph/bulk-load.ts';
import type { Graph } from '../../src/graph/graph.ts';
import { claimSearchKey, searchText } from '../../src/search/search-text.ts';

export interface FixtureFactor {
  id: string;
  name: string;
  namesZh?: string[];
  aliases?: string[];
}

export interface FixtureLink {
  id: string;
  from: string;
  to: string;
  polarity?: 'INCREASES' | 'DECREASES';
  status?: string;
}

/** A small causal graph of the test's own (ids carry its unique prefix), loaded with the product's bulk loader. */
export async function loadCausalFixture(graph: Graph, factors: FixtureFactor[], links: FixtureLink[], documentId = 'fixture-doc'): Promise<void> {
  await bulkLoad(graph, {
    nodes: [
      {
        label: 'Factor',
        rows: factors.map((f) => {
          const full = { ...f, namesZh: f.namesZh ?? [], aliases: f.aliases ?? [] };
          return { id: f.id, props: { ...full, description: null, matchKeys: matchKeys(full), searchText: searchText([f.name, ...full.namesZh, ...full.aliases]) } };
        }),
      },
      {
        label: 'CausalLink',
        rows: links.map((l) => ({
          id: l.id,
          props: { polarity: l.polarity ?? 'INCREASES', quote: `${l.from} → ${l.to}`, start: 0, end: 1, gloss: null, origin: 'curated', documentId },
          onCreate: { status: l.status ?? 'UNREVIEWED', version: 1 },
        })),
      },
    ],
    relationships: [
      { type: 'FROM', fromLabel: 'CausalLink', toLabel: 'Factor', rows: links.map((l) => ({ from: l.id, to: l.from })) },
      { type: 'TO', fromLabel: 'CausalLink', toLabel: 'Factor', rows: links.map((l) => ({ from: l.id, to: l.to })) },
      {
        type: 'CAUSES',
        fromLabel: 'Factor',
        toLabel: 'Factor',
        rows: links.map((l) => ({ from: l.from, to: l.to, key: { linkId: l.id }, props: { polarity: l.polarity ?? 'INCREASES' }, onCreate: { status: l.status ?? 'UNREVIEWED' } })),
      },
    ],
  });
}

/** A claim of the test's own, ready to be reviewed. */
export async function createClaim(graph: Graph, id: string): Promise<void> {
  await graph.write('test.claim', (tx) =>
    tx.rows(
      'test.claim',
      `CREATE (:Claim {id: $id, quote: 'x', start: 0, end: 1, kind: 'LEVEL', status: 'UNREVIEWED', version: 1, origin: 'curated', documentId: 'fixture-doc', searchText: $id, searchKey: $key})`,
      { id, key: claimSearchKey(id) },
    ),
  );
}
