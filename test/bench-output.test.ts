import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.ts';
import { plansDir } from './bench/profile-workloads.ts';

const ignored = (path: string) => {
  try {
    execFileSync('git', ['check-ignore', '-q', path], { cwd: PROJECT_ROOT });
    return true;
  } catch {
    return false;
  }
};

describe('benchmark output (issue 22: a run rewrote the committed test/bench/plans/)', () => {
  it('writes PROFILE plans outside the tracked tree unless a directory is given', () => {
    const dir = relative(PROJECT_ROOT, plansDir('1m'));
    expect(dir).toBe(join('.claimgraph', 'bench', 'plans', '1m'));
    expect(ignored(join(dir, 'claims-page.txt'))).toBe(true);
    expect(plansDir('1m', '/tmp/plans')).toBe('/tmp/plans');
  });

  it('no benchmark script writes plans next to itself, where the committed ones live', () => {
    const dir = join(PROJECT_ROOT, 'test', 'bench');
    const writers = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /import\.meta\.dirname,\s*'plans'/.test(readFileSync(join(dir, f), 'utf8')));
    expect(writers).toEqual([]);
  });
});
