import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClaim, loadCausalFixture } from '../support/fixtures.ts';
import { testToken, uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';
import { gql } from '../support/server.ts';
import { runCli } from '../support/cli.ts';

// Issue 13: `claimgraph review` for scripted reviews, under the API's rules.
const { graph, server } = inProcessApi();

const cli = (...args: string[]) => runCli(['review', ...args]);
const claimState = async (id: string) =>
  (await gql<{ claim: { status: string; version: number; reviews: { editor: string; rationale: string | null; evidence: { url: string | null }[] }[] } }>(
    server,
    `query($id: ID!) { claim(id: $id) { status version reviews { editor rationale evidence { url } } } }`,
    { id },
  )).data!.claim;

describe('claimgraph review (CLI)', () => {
  it('records a verdict with evidence as the token’s editor, and the API shows it', async () => {
    const editor = uniquePrefix('cli-reviewer');
    const token = await testToken(graph, 'EDITOR', editor);
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const r = cli(id, '--status', 'verified', '--expected-version', '1', '--token', token, '--rationale', 'Matches H.4.1.', '--evidence', 'https://www.federalreserve.gov/releases/h41/', '--title', 'H.4.1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout.trim()) as { itemId: string; toStatus: string; version: number; editor: string };
    expect(printed).toMatchObject({ itemId: id, toStatus: 'VERIFIED', version: 2, editor });
    const after = await claimState(id);
    expect(after.status).toBe('VERIFIED');
    expect(after.reviews.at(-1)).toMatchObject({ editor, rationale: 'Matches H.4.1.', evidence: [{ url: 'https://www.federalreserve.gov/releases/h41/' }] });
  });

  it('refuses a stale version (CONFLICT), a verdict without evidence, and a reader token; nothing is written', async () => {
    const token = await testToken(graph);
    const id = uniquePrefix('claim');
    await createClaim(graph, id);
    const stale = cli(id, '--status', 'IN_REVIEW', '--expected-version', '7', '--token', token);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('[CONFLICT]');
    const bare = cli(id, '--status', 'FALSE', '--expected-version', '1', '--token', token);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('[BAD_USER_INPUT]');
    const reader = cli(id, '--status', 'IN_REVIEW', '--expected-version', '1', '--token', await testToken(graph, 'READER'));
    expect(reader.status).toBe(1);
    expect(reader.stderr).toContain('[FORBIDDEN]');
    expect(cli(id, '--status', 'IN_REVIEW', '--expected-version', '1').status).toBe(2);
    expect(await claimState(id)).toMatchObject({ status: 'UNREVIEWED', version: 1, reviews: [] });
  });

  it('applies a JSON Lines file in order, claims and causal links, and reports the refused line', async () => {
    const token = await testToken(graph);
    const prefix = uniquePrefix('batch');
    const [a, b] = [`${prefix}-c1`, `${prefix}-c2`];
    await createClaim(graph, a);
    await createClaim(graph, b);
    await loadCausalFixture(graph, [{ id: `${prefix}-f1`, name: `${prefix} f1` }, { id: `${prefix}-f2`, name: `${prefix} f2` }], [{ id: `${prefix}-l1`, from: `${prefix}-f1`, to: `${prefix}-f2` }]);
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-review-'));
    const file = join(dir, 'verdicts.jsonl');
    await writeFile(
      file,
      [
        { id: a, status: 'IN_REVIEW', expectedVersion: 1 },
        { id: a, status: 'DISPUTED', expectedVersion: 2, rationale: 'Sources disagree.', evidence: [{ url: `https://example.org/${prefix}`, title: 'One view' }] },
        { id: b, status: 'FALSE', expectedVersion: 1 },
        { kind: 'link', id: `${prefix}-l1`, status: 'IN_REVIEW', expectedVersion: 1 },
      ].map((l) => JSON.stringify(l)).join('\n') + '\n',
    );
    const r = cli('--file', file, '--token', token);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { toStatus: string }).toStatus)).toEqual(['IN_REVIEW', 'DISPUTED', 'IN_REVIEW']);
    expect(r.stderr).toContain(`${file}:3:`);
    expect((await claimState(a)).status).toBe('DISPUTED');
    expect((await claimState(b)).version).toBe(1);
    const link = await gql<{ causalLink: { status: string } }>(server, `query($id: ID!) { causalLink(id: $id) { status } }`, { id: `${prefix}-l1` });
    expect(link.data!.causalLink.status).toBe('IN_REVIEW');
  });
});
