import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, readSeeds } from '../../src/seed/load-seed.ts';
import type { SeedFile } from '../../src/seed/seed-file.ts';
import { gql } from '../support/server.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const { graph, server } = inProcessApi();
let seed: SeedFile;
beforeAll(async () => {
  seed = (await readSeeds())[0]!.seed;
  await loadSeeds(graph);
});

type Path = { factors: { id: string }[]; links: { id: string; polarity: string }[]; netPolarity: string };
const TRACE = `query($from: String!, $to: String!, $maxHops: Int) { trace(from: $from, to: $to, maxHops: $maxHops, first: 50) {
  factors { id } links { id polarity } netPolarity } }`;

describe('every chain the seed article argues is traceable end to end', () => {
  it('lists chains from every chapter', () => {
    expect(seed.chains.length).toBeGreaterThanOrEqual(20);
    expect(seed.chains.some((c) => c.factors.length >= 6)).toBe(true);
  });

  it('finds each chain through the GraphQL trace, over curated links only, with the net polarity the curator read', async () => {
    const curated = new Set(seed.causalLinks.map((l) => l.id));
    const missing: string[] = [];
    for (const chain of seed.chains) {
      const r = await gql<{ trace: Path[] }>(server, TRACE, { from: chain.factors[0], to: chain.factors.at(-1), maxHops: chain.factors.length - 1 });
      expect(r.errors, chain.id).toBeUndefined();
      const path = r.data!.trace.find((p) => p.factors.map((f) => f.id).join('>') === chain.factors.join('>') && p.links.every((l) => curated.has(l.id)));
      if (!path) {
        missing.push(chain.id);
        continue;
      }
      expect(path.netPolarity, chain.id).toBe(chain.netPolarity);
    }
    expect(missing).toEqual([]);
  });
});
