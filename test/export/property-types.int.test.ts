import { afterAll, describe, expect, it } from 'vitest';
import { propertyTypes } from '../../src/export/export-store.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';

const graph = testGraph();
afterAll(() => graph.close());

describe('property types for typed exports', () => {
  it('widens integers mixed with floats to Double, so CSV and GraphML columns stay numeric', async () => {
    const id = uniquePrefix('types');
    // Cypher literals are integers; values from JavaScript are floats: the same property sees both.
    await graph.write('test.mixed', (tx) => tx.rows('test.mixed', 'CREATE (:Quantity {id: $id, position: 1, value: 2.5})', { id }));
    await graph.write('test.mixed', (tx) => tx.rows('test.mixed', 'CREATE (:Quantity {id: $id, position: $p, value: 3})', { id: `${id}-b`, p: 2.5 }));
    const types = await propertyTypes(graph, { label: 'Quantity' });
    expect(types.node.get('position')).toBe('Double');
    expect(types.node.get('value')).toBe('Double');
    expect(types.node.get('surface')).toBe('String');
  });
});
