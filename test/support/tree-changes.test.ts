import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedByRun, treeChanges } from './tree-changes.ts';

// The guard behind test/after-run/: until 2026-12-07 every `npm test` rewrote docs/screenshots/*.png.
let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'ignore' });
async function repoWith(files: Record<string, string>): Promise<string> {
  repo = await mkdtemp(join(tmpdir(), 'claimgraph-tree-'));
  git('init', '-q');
  await writeFile(join(repo, '.gitignore'), '.claimgraph/\n');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(repo, path, '..'), { recursive: true });
    await writeFile(join(repo, path), content);
  }
  git('add', '-A');
  git('commit', '-qm', 'start');
  return repo;
}
afterEach(() => rm(repo, { recursive: true, force: true }));

describe('tree changes of a test run (docs/screenshots rewritten by npm test, 2026-12-07)', () => {
  it('names a tracked screenshot the run rewrote, and a new file, but not what the run wrote to an ignored directory', async () => {
    const root = await repoWith({ 'docs/screenshots/a.png': 'old', 'src/x.ts': 'x' });
    const before = treeChanges(root)!;
    expect(before).toEqual({});
    await writeFile(join(root, 'docs/screenshots/a.png'), 'new');
    await writeFile(join(root, 'stray.json'), '{}');
    await mkdir(join(root, '.claimgraph/screenshots'), { recursive: true });
    await writeFile(join(root, '.claimgraph/screenshots/a.png'), 'new');
    expect(changedByRun(before, treeChanges(root)!)).toEqual(['docs/screenshots/a.png', 'stray.json']);
  });

  it('sees a file already changed before the run rewritten again, and leaves alone what was changed before and not touched', async () => {
    const root = await repoWith({ 'docs/screenshots/a.png': 'old', 'src/x.ts': 'x' });
    await writeFile(join(root, 'docs/screenshots/a.png'), 'edited by hand');
    await writeFile(join(root, 'src/x.ts'), 'work in progress');
    const before = treeChanges(root)!;
    await writeFile(join(root, 'docs/screenshots/a.png'), 'rewritten by a test');
    expect(changedByRun(before, treeChanges(root)!)).toEqual(['docs/screenshots/a.png']);
  });

  it('lets `npm run screenshots` change docs/screenshots/ only', async () => {
    const root = await repoWith({ 'docs/screenshots/a.png': 'old', 'README.md': 'r' });
    const before = treeChanges(root)!;
    await writeFile(join(root, 'docs/screenshots/a.png'), 'new');
    await writeFile(join(root, 'README.md'), 'changed');
    expect(changedByRun(before, treeChanges(root)!, (p) => p.startsWith('docs/screenshots/'))).toEqual(['README.md']);
  });

  it('outside a git checkout there is nothing to compare', async () => {
    repo = await mkdtemp(join(tmpdir(), 'claimgraph-notgit-'));
    expect(treeChanges(repo)).toBeUndefined();
  });
});
