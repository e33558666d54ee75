import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createClaim } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();

const REVIEW = `mutation($input: ReviewInput!) { reviewClaim(input: $input) { review { version } } }`;
const inReview = (id: string, expectedVersion: number) => ({ id, status: 'IN_REVIEW', expectedVersion });

describe('CONFLICT on a stale version (issue 22)', () => {
  it('tells an editor whose own earlier save made their version stale that it was theirs, not another editor’s', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const ada = await testToken(graph, 'EDITOR', uniquePrefix('Ada'));
    expect((await gql(server, REVIEW, { input: inReview(id, 1) }, ada)).errors).toBeUndefined();
    const again = await gql(server, REVIEW, { input: inReview(id, 1) }, ada);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(again.errors?.[0]?.message).toMatch(/you saved a newer version yourself/);
    expect(again.errors?.[0]?.message).not.toMatch(/another editor|someone else/);
  });

  it('tells an editor when someone else saved first', async () => {
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const [ada, bea] = await Promise.all([testToken(graph, 'EDITOR', uniquePrefix('Ada')), testToken(graph, 'EDITOR', uniquePrefix('Bea'))]);
    expect((await gql(server, REVIEW, { input: inReview(id, 1) }, ada)).errors).toBeUndefined();
    const late = await gql(server, REVIEW, { input: inReview(id, 1) }, bea);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentStatus: 'IN_REVIEW' });
    expect(late.errors?.[0]?.message).toMatch(/someone else changed it since/);
  });
});

describe('one review writer (issue 22)', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('creates Review nodes in one module: every path that records a decision goes through writeDecision', () => {
    const writers = sources(join(PROJECT_ROOT, 'src'))
      .filter((f) => /CREATE \(\w+:Review\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PROJECT_ROOT, f));
    expect(writers).toEqual(['src/reviews/review-store.ts']);
  });

  it('publishes review events from one place, used by the resolvers and the CLI', () => {
    const publishers = sources(join(PROJECT_ROOT, 'src'))
      .filter((f) => /reviewEvents\??\.publish\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PROJECT_ROOT, f));
    expect(publishers).toEqual(['src/reviews/review-manager.ts']);
  });
});
