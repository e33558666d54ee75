import { describe, expect, it } from 'vitest';
import { fromValues, mapEntries, pick, valueList } from '../../src/graph/projection.ts';

// Issue 21: pages send their rows as lists of values (the driver decodes every map key it receives)
// and put the keys back in JS; the map and the list must carry the same fields in the same order.
describe('a projection sent as a list of values', () => {
  const FIELDS = ".id, quote: c.quote, sentence: coalesce(c.sentence, c.quote), tags: [t IN coalesce(c.tags, []) | {k: t, v: 'a, b'}], .status";

  it('lists each field’s expression, `.key` as the variable’s property, in the projection’s order', () => {
    const list = valueList('c', FIELDS);
    expect(list.keys).toEqual(['id', 'quote', 'sentence', 'tags', 'status']);
    expect(list.cypher).toBe("[c.id, c.quote, coalesce(c.sentence, c.quote), [t IN coalesce(c.tags, []) | {k: t, v: 'a, b'}], c.status]");
    expect(list.keys).toEqual([...mapEntries(FIELDS).keys()]);
  });

  it('keeps to the fields picked', () => {
    const list = valueList('c', pick(FIELDS, ['status']));
    expect(list).toEqual({ cypher: '[c.id, c.status]', keys: ['id', 'status'] });
  });

  it('puts the keys back, nulls included', () => {
    const { keys } = valueList('c', FIELDS);
    expect(fromValues(keys, ['c1', 'q', null, [], 'VERIFIED'])).toEqual({ id: 'c1', quote: 'q', sentence: null, tags: [], status: 'VERIFIED' });
  });
});
