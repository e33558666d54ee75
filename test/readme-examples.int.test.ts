import { describe, expect, it } from 'vitest';
import { docExamples } from './docs/doc-examples.ts';
import { testToken } from './support/graph.ts';
import { gql } from './support/server.ts';
import { inProcessApi } from './support/in-process-api.ts';

const { graph, server } = inProcessApi();

/**
 * Every runnable GraphQL example of the README and docs/ must keep working on the seeded graph
 * (test/docs/doc-examples.test.ts validates all of them, the unrunnable ones too, against the schema).
 */
const examples = docExamples().filter((e) => e.run);

describe('GraphQL examples in the README and docs/, run', () => {
  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(10));

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e.text] as const))('%s runs without errors and returns data', async (_where, example) => {
    const token = example.trimStart().startsWith('mutation') ? await testToken(graph) : undefined;
    const r = await gql(server, example, {}, token);
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).not.toMatch(/^\{\}$|null\}$/);
  });
});
