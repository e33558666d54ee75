import { describe, expect, it } from 'vitest';
import { quantityFor, score, scoreTable, type Label, type ScoredPair } from './score-matching.ts';

const pair = (label: Label, predicted: Label, extra: Partial<ScoredPair> = {}): ScoredPair => ({
  a: 'a',
  b: 'b',
  label,
  predicted,
  split: 'dev',
  languages: 'en–zh-Hant',
  doubtful: false,
  unmapped: false,
  ...extra,
});

describe('matching scores', () => {
  const pairs = [
    pair('SAME_FIGURE', 'SAME_FIGURE'),
    pair('SAME_FIGURE', 'NONE', { unmapped: true }),
    pair('SAME_FIGURE', 'CONTRADICTS'),
    pair('UPDATES', 'UPDATES'),
    pair('NONE', 'SAME_FIGURE'),
    pair('NONE', 'NONE'),
    pair('CONTRADICTS', 'CONTRADICTS'),
  ];

  it('counts a relation right only when the matcher proposes that relation, and an unmapped claim as a miss', () => {
    const s = score(pairs, 'SAME_FIGURE');
    // Proposed SAME_FIGURE twice (one right, one on a NONE pair); labelled three times.
    expect(s).toMatchObject({ truePositives: 1, predicted: 2, labelled: 3 });
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
  });

  it('scores overall over every proposed relation, with NONE pairs kept when nothing is proposed', () => {
    const s = score(pairs);
    expect(s).toMatchObject({ truePositives: 3, predicted: 5, labelled: 5, noneKept: 1, none: 2 });
    expect(score(pairs, 'UPDATES')).toMatchObject({ precision: 1, recall: 1 });
    expect(score([pair('NONE', 'NONE')], 'UPDATES')).toMatchObject({ precision: null, recall: null });
  });

  it('prints a row per relation and overall', () => {
    const t = scoreTable('dev', pairs);
    expect(t).toMatch(/SAME_FIGURE\s+precision\s+50\.0% \(1\/2\)\s+recall\s+33\.3% \(1\/3\)/);
    expect(t).toMatch(/overall\s+precision\s+60\.0% \(3\/5\)/);
  });
});

describe('labelled claims mapped to product quantities (issue 19, fourth pass)', () => {
  it('a line written inside the labelled level is not taken for it: 2.93万亿美元 after 首次跌破3万亿美元', () => {
    // The quantities of "9月末,准备金余额首次跌破3万亿美元,降至2.93万亿美元" in order: the line first.
    const quantities = [{ surface: '3万亿美元' }, { surface: '2.93万亿美元' }];
    expect(quantityFor('2.93万亿美元', quantities)?.surface).toBe('2.93万亿美元');
    expect(quantityFor('3万亿美元', quantities)?.surface).toBe('3万亿美元');
  });

  it('still maps a surface written inside or around the labelled one when none is written exactly so', () => {
    expect(quantityFor('8000億美', [{ surface: '8000億' }])?.surface).toBe('8000億');
    expect(quantityFor('3,260 億', [{ surface: '3260億美元' }])?.surface).toBe('3260億美元');
    expect(quantityFor('9.9兆', [{ surface: '1兆' }])).toBeUndefined();
  });
});
