import { describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/auth/token-store.ts';
import { createClaim } from '../support/fixtures.ts';
import { testConfig, testToken, uniquePrefix } from '../support/graph.ts';
import { errorCodes, gql, testServer } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { runCli } from '../support/cli.ts';

const { graph, server } = inProcessApi();

const MUTATION = 'mutation($i: AddSourceInput!) { addSource(input: $i) { id } }';
const input = () => ({ i: { url: `https://example.org/${uniquePrefix('auth')}`, title: 'x' } });

describe('who may do what', () => {
  it('requires a token for every mutation: none → UNAUTHENTICATED, reader → FORBIDDEN, editor and admin pass', async () => {
    expect(errorCodes(await gql(server, MUTATION, input()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(server, MUTATION, input(), await testToken(graph, 'READER')))).toEqual(['FORBIDDEN']);
    expect((await gql(server, MUTATION, input(), await testToken(graph, 'EDITOR'))).errors).toBeUndefined();
    expect((await gql(server, MUTATION, input(), await testToken(graph, 'ADMIN'))).errors).toBeUndefined();
  });

  it('rejects unknown, malformed and revoked tokens with UNAUTHENTICATED', async () => {
    expect(errorCodes(await gql(server, '{ about { version } }', {}, 'cg_not-a-token'))).toEqual(['UNAUTHENTICATED']);
    const malformed = await server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ about { version } }' }),
    });
    expect(errorCodes(await malformed.json())).toEqual(['UNAUTHENTICATED']);
    const name = uniquePrefix('revoked');
    const token = await testToken(graph, 'EDITOR', name);
    expect((await gql(server, MUTATION, input(), token)).errors).toBeUndefined();
    expect(await revokeToken(graph, name)).toBe(1);
    expect(errorCodes(await gql(server, MUTATION, input(), token))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps reading open by default, and closes it with READ_REQUIRES_TOKEN', async () => {
    expect((await gql(server, '{ documents { totalCount } }')).errors).toBeUndefined();
    const closed = testServer(graph, testConfig({ READ_REQUIRES_TOKEN: 'true' }));
    expect(errorCodes(await gql(closed, '{ documents { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(closed, '{ documents { totalCount } }', {}, await testToken(graph, 'READER'))).errors).toBeUndefined();
  });
});

describe('claimgraph token (CLI)', () => {
  const cli = (...args: string[]) => runCli(['token', ...args]);

  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const name = uniquePrefix('cli-editor');
    const created = cli('create', '--name', name, '--role', 'editor');
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^cg_[A-Za-z0-9_-]{40,}$/);
    expect(created.stderr).toContain('not shown again');

    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const review = await gql<{ reviewClaim: { review: { editor: string } } }>(
      server,
      'mutation($input: ReviewInput!) { reviewClaim(input: $input) { review { editor } } }',
      { input: { id, status: 'IN_REVIEW', expectedVersion: 1 } },
      token,
    );
    expect(review.data!.reviewClaim.review.editor).toBe(name); // reviews record the token's name

    const listed = cli('list');
    expect(listed.stdout).toContain(name);
    expect(listed.stdout).not.toContain(token);
    expect(cli('revoke', name).status).toBe(0);
    expect(errorCodes(await gql(server, '{ about { version } }', {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('exits 2 with a clear message on a bad role', () => {
    const r = cli('create', '--name', 'x', '--role', 'owner');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--role reader|editor|admin');
  });
});
