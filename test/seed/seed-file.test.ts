import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SEEDS_DIR } from '../../src/seed/load-seed.ts';
import { SeedFileError, parseSeedFile } from '../../src/seed/seed-file.ts';

const SEED = '000_e9186e0bdc09d771.seed.yaml';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-seedfile-'));
  await cp(SEEDS_DIR, dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function breakSeed(change: (seed: Record<string, any>) => void): Promise<SeedFileError> {
  const data = parse(await readFile(join(SEEDS_DIR, SEED), 'utf8')) as Record<string, any>;
  change(data);
  const path = join(dir, SEED);
  await writeFile(path, stringify(data));
  try {
    await parseSeedFile(path);
  } catch (error) {
    if (error instanceof SeedFileError) return error;
    throw error;
  }
  throw new Error('the broken seed was accepted');
}

describe('the seed file format', () => {
  it('accepts the shipped seed', async () => {
    const seed = await parseSeedFile(join(SEEDS_DIR, SEED));
    expect(seed.document.language).toBe('zh-Hant');
    expect(seed.claims.length).toBeGreaterThan(40);
  });

  it('names the path of every wrong field: a shifted span, an unknown factor, a bad unit', async () => {
    const error = await breakSeed((s) => {
      s.claims[2].start += 1;
      s.claims[5].factors = ['f-no-such-factor'];
      s.claims[7].quantities[0].unit = 'dollars';
    });
    const paths = error.issues.map((i) => i.path);
    expect(paths).toContain('claims[7].quantities[0].unit');
    // Schema errors stop before cross-checks, so fix the unit and look again.
    const second = await breakSeed((s) => {
      s.claims[2].start += 1;
      s.claims[5].factors = ['f-no-such-factor'];
    });
    expect(second.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['claims[2].start', 'claims[5].factors[0]']));
    expect(second.message).toContain(SEED);
    expect(second.message).toContain('unknown factor f-no-such-factor');
  });

  it('rejects a quantity whose surface is not in its quote, and a changed document', async () => {
    const error = await breakSeed((s) => {
      s.claims[1].quantities[1].surface = '4.3%';
      s.document.sha256 = '0'.repeat(64);
    });
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'claims[1].quantities[1].surface', message: '"4.3%" not found in quote' },
        expect.objectContaining({ path: 'document.sha256' }),
      ]),
    );
  });

  it('rejects one alias claimed by two factors', async () => {
    const error = await breakSeed((s) => {
      s.factors[1].aliases.push(s.factors[0].aliases[0]);
    });
    expect(error.issues.map((i) => i.path)).toContain('factors[1]');
  });
});
