import { afterAll, describe, expect, it } from 'vitest';
import { authenticateRequest } from '../../src/auth/authenticate.ts';
import { testGraph, uniquePrefix } from '../support/graph.ts';
import { runCli } from '../support/cli.ts';

const graph = testGraph();
afterAll(() => graph.close());

const cli = (...args: string[]) => runCli(['token', ...args]);

describe('claimgraph token create (issue 22)', () => {
  it('prints the secret alone on stdout, last, and says which line it is; the id it names is not the secret', async () => {
    const name = uniquePrefix('Ada');
    const r = cli('create', '--name', name, '--role', 'editor');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const secret = lines[0] as string;
    const viewer = await authenticateRequest(graph, new Request('http://claimgraph.test/', { headers: { authorization: `Bearer ${secret}` } }));
    expect(viewer).toMatchObject({ name, role: 'EDITOR' });

    // The message says the secret is the next line (stdout follows it), and that the id is not it.
    expect(r.stderr).toMatch(/The secret bearer token is the next line/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/next line/);
    const id = /token (\S+) for/.exec(r.stderr)?.[1];
    expect(id).toBeTruthy();
    expect(id).not.toBe(secret);
    expect(r.stderr).toMatch(/it is not the secret/);
    expect(r.stderr).not.toContain(secret);
  });
});
