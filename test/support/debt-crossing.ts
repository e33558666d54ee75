import type { Figure } from '../../src/matching/figure.ts';
import { measureRecord } from '../../src/matching/measure-record.ts';
import type { FigureRelation } from '../../src/matching/relate-figures.ts';

/**
 * The quarterly federal debt around its 37-trillion crossing (GFDEBTN, millions, as shipped): the line is crossed once,
 * between 30 June and 30 September 2025. The matching tests of crossings reported without a date or a year read it.
 */
export const debtAround37Trillion = () =>
  measureRecord(
    [
      ['2024-12-31', 36_218_605],
      ['2025-03-31', 36_214_309],
      ['2025-06-30', 36_211_469],
      ['2025-09-30', 37_637_552],
      ['2025-12-31', 38_514_009],
    ].map(([periodEnd, value]) => ({ factorId: 'f-us-federal-debt', seriesId: 'FRED:GFDEBTN', periodEnd: periodEnd as string, value: value as number })),
  );

/** The relation the matcher found between two figures, whichever is the earlier. */
export const relationBetween = (rs: readonly FigureRelation[], a: Figure, b: Figure) =>
  rs.find((r) => [r.earlier.quantityId, r.later.quantityId].sort().join('|') === [a.quantityId, b.quantityId].sort().join('|'));
