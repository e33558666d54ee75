import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testGraph, testToken } from './support/graph.ts';
import { gql, testServer } from './support/server.ts';

const graph = testGraph();
const server = testServer(graph);
afterAll(() => graph.close());

/** Every ```graphql block of the README: the examples must keep working on the seeded graph. */
const examples = [...readFileSync(new URL('../README.md', import.meta.url), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

describe('README GraphQL examples', () => {
  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples.map((e, i) => [i, e] as const))('example %i runs without errors and returns data', async (_i, example) => {
    const token = example.trimStart().startsWith('mutation') ? await testToken(graph) : undefined;
    const r = await gql(server, example, {}, token);
    expect(r.errors).toBeUndefined();
    expect(JSON.stringify(r.data)).not.toMatch(/^\{\}$|null\}$/);
  });
});
