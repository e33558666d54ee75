import { describe, expect, it } from 'vitest';
import { evaluate, evaluateRealText, loadCases } from '../eval/eval-extract.ts';

describe('extraction quality (the thresholds the product promises)', () => {
  it('finds ≥ 95% of the curated seed quantities with the same value and unit, at ≥ 90% precision', async () => {
    const scores = await evaluate();
    const seed = [...scores.entries()].find(([name]) => name.startsWith('seed'))![1];
    expect(seed.exact / seed.gold).toBeGreaterThanOrEqual(0.95);
    expect(seed.real / seed.found).toBeGreaterThanOrEqual(0.9);
  });

  it('has a labelled set of at least 100 sentences in all three variants, scored per language', async () => {
    const cases = loadCases();
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const scores = await evaluate();
    for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
      const s = scores.get(lang)!;
      expect(s.gold, lang).toBeGreaterThan(20);
      expect(s.exact / s.gold, `${lang} recall: ${s.misses.join('; ')}`).toBeGreaterThanOrEqual(0.85);
      expect(s.real / s.found, `${lang} precision: ${s.spurious.join(', ')}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('on real text nobody here wrote (held-out, fresh and final parts), meets the floors in every language and beats the baseline', () => {
    const { current, baseline } = evaluateRealText();
    for (const part of ['heldout', 'fresh', 'final', 'last']) {
      for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
        const s = current.get(`${lang} ${part}`);
        if (!s) continue;
        const name = `${lang} ${part}`;
        const b = baseline.get(name)!;
        expect(s.gold, name).toBeGreaterThan(20);
        expect(s.located / s.gold, `${name} recall`).toBeGreaterThanOrEqual(0.9);
        expect(s.value / s.located, `${name} value accuracy`).toBeGreaterThanOrEqual(0.95);
        expect(s.real / s.found, `${name} precision`).toBeGreaterThanOrEqual(0.95);
        expect(s.located / s.gold, `${name} recall against the baseline`).toBeGreaterThanOrEqual(b.located / b.gold);
      }
    }
    // Unit accuracy over all the parts together: one page can swing a small part (a list of 震度 levels).
    for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
      const parts = ['heldout', 'fresh', 'final', 'last'].map((p) => current.get(`${lang} ${p}`)).filter((x) => x !== undefined);
      const unit = parts.reduce((n, x) => n + x.unit, 0) / parts.reduce((n, x) => n + x.located, 0);
      expect(unit, `${lang} unit accuracy`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
