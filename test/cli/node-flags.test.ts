import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliNodeFlags } from '../bench/cli-node-flags.ts';

const root = join(import.meta.dirname, '../..');

describe('the CLI runs with the same Node flags however it is started', () => {
  it('npm run claimgraph and the bin shebang carry the same flags, and the young-generation cap is one of them', () => {
    const flags = cliNodeFlags();
    expect(flags).toContain('--max-semi-space-size=8');
    const shebang = readFileSync(join(root, 'src/cli/main.ts'), 'utf8').split('\n')[0]!;
    expect(shebang.startsWith('#!/usr/bin/env -S node')).toBe(true);
    expect(shebang.split(/\s+/).filter((w) => w.startsWith('--'))).toEqual(flags);
  });
});
