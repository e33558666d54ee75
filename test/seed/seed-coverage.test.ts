import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseNumber } from '../../src/quantities/normalise-number.ts';
import { SEEDS_DIR, readSeeds } from '../../src/seed/load-seed.ts';
import type { SeedFile } from '../../src/seed/seed-file.ts';

let seed: SeedFile;
let text: string;
beforeAll(async () => {
  [{ seed, text }] = (await readSeeds()) as [{ seed: SeedFile; text: string }];
});

/** Every number in the text: runs of Arabic digits (with decimals) and runs of Chinese numerals. */
function scanNumbers(t: string): { start: number; end: number; surface: string }[] {
  const found = [];
  for (const m of t.matchAll(/\d+(?:\.\d+)?|[一二兩三四五六七八九十百千萬億]+/g)) {
    found.push({ start: m.index, end: m.index + m[0].length, surface: m[0] });
  }
  return found;
}

describe('coverage of the seed article', () => {
  it('is the shipped article, unchanged', async () => {
    expect(text).toBe(await readFile(`${SEEDS_DIR}${seed.document.file}`, 'utf8'));
    expect(scanNumbers(text).length).toBeGreaterThan(70);
  });

  it('has every number inside a claim quote and represented by a quantity, or explicitly excluded', () => {
    const quantitySpans = seed.claims.flatMap((c) =>
      c.quantities.map((q) => {
        const at = c.start + c.quote.indexOf(q.surface);
        return { start: at, end: at + q.surface.length };
      }),
    );
    const excluded = new Set(seed.exclusions.map((x) => x.start));
    const uncovered = scanNumbers(text).filter(
      (n) => !excluded.has(n.start) && !quantitySpans.some((q) => q.start <= n.start && n.end <= q.end),
    );
    expect(uncovered.map((n) => `${n.surface} at ${n.start}: …${text.slice(n.start - 10, n.end + 6)}…`)).toEqual([]);
  });

  it('lists no stale exclusions: each one is a scanned number at its offset', () => {
    const scanned = new Map(scanNumbers(text).map((n) => [n.start, n.surface]));
    for (const x of seed.exclusions) expect(scanned.get(x.start), `${x.surface} at ${x.start}`).toBe(x.surface);
  });

  it('never counts a number twice: no excluded number is also a quantity', () => {
    const quantityStarts = seed.claims.flatMap((c) => c.quantities.map((q) => c.start + c.quote.indexOf(q.surface)));
    for (const x of seed.exclusions) expect(quantityStarts).not.toContain(x.start);
  });

  it('has spans that slice to their quotes, and surfaces inside them', () => {
    for (const c of [...seed.claims, ...seed.causalLinks]) expect(text.slice(c.start, c.end)).toBe(c.quote);
    for (const c of seed.claims) for (const q of c.quantities) expect(c.quote).toContain(q.surface);
  });

  it('has values that parse to what each surface says', () => {
    for (const c of seed.claims) {
      for (const q of c.quantities) {
        const parsed = normaliseNumber(q.surface, { year: 2025 });
        expect(parsed, q.surface).toBeDefined();
        const where = `${c.id} ${q.surface}`;
        expect(parsed!.value / q.value, where).toBeCloseTo(1, 9);
        if (q.upper !== undefined) expect(parsed!.upper, where).toBeCloseTo(q.upper, 9);
        // The surface fixes the unit unless it names none (2.5萬億 in a USD sentence) or the
        // context adds a period (每月3000億美元 → USD/month).
        if (parsed!.unit !== 'count') expect(q.unit.split('/')[0], where).toBe(parsed!.unit);
        if (q.date) expect(parsed!.date, where).toBe(q.date);
      }
    }
  });
});
