import { describe, expect, it } from 'vitest';
import { Graph } from '../../src/graph/graph.ts';
import { createLogger } from '../../src/log.ts';
import { errorCodes, gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

describe('query limits', () => {
  it('refuses queries nested deeper than the depth limit', async () => {
    // factor → outgoing → to → outgoing → … : 16 levels.
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `outgoing { to { ${selection} } }`;
    const r = await gql(server, `{ factor(id: "TGA") { ${selection} } }`);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: 30 }, (_, i) => `a${i}: about { version }`).join(' ');
    const r = await gql(server, `{ ${fields} }`);
    expect(errorCodes(r)).toContain('BAD_USER_INPUT');
    expect(r.errors!.map((e) => e.message).join(' ')).toMatch(/alias/i);
  });

  it('cancels a Cypher query that outruns the transaction timeout, as UNAVAILABLE', async () => {
    const impatient = new Graph(graph.driver, { queryTimeoutMs: 200, log: createLogger('silent') });
    await expect(impatient.rows('test.slow', 'UNWIND range(1, 500000000) AS x RETURN count(x) AS n')).rejects.toMatchObject({
      extensions: { code: 'UNAVAILABLE' },
    });
  });
});
