import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A test run must leave the tree as it found it: nothing tracked rewritten, no new file git would commit
 * (screenshots, reports and graphs go to git-ignored .claimgraph/ or the temp directory). The vitest config notes
 * the tree's changes when the run starts; test/after-run/ compares once every other test has run.
 */

/** Each path git reports as changed or new (not ignored), with a hash of its content: a rewrite shows as a new hash. */
export function treeChanges(root: string): Record<string, string> | undefined {
  let status: string;
  try {
    status = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // not a git checkout (an unpacked tarball): nothing to compare against
  }
  const changes: Record<string, string> = {};
  const entries = status.split('\0').filter(Boolean);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const [code, path] = [entry.slice(0, 2), entry.slice(3)];
    if (code[0] === 'R' || code[0] === 'C') i++; // -z puts a rename's old path in the next entry
    let content = 'deleted';
    try {
      content = createHash('sha1').update(readFileSync(join(root, path))).digest('hex');
    } catch {
      // deleted, or a directory git lists as one entry
    }
    changes[path] = `${code} ${content}`;
  }
  return changes;
}

/** The paths whose state differs after the run from before it, less those `allowed` to change. */
export function changedByRun(before: Record<string, string>, after: Record<string, string>, allowed: (path: string) => boolean = () => false): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((p) => before[p] !== after[p] && !allowed(p)).sort();
}
