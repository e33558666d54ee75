import { describe, expect, it } from 'vitest';
import { inferDocumentDate } from '../../src/ingest/infer-document-date.ts';

describe('the date a document speaks from, when none is given', () => {
  it('is the latest full date it writes, moved on by later days of that year written without one', () => {
    expect(inferDocumentDate('2025年10月9日,TGA约有7940.5亿美元,10月30日增至9838.6亿美元,截至11月6日下降至107.5亿美元')).toBe('2025-11-06');
    expect(inferDocumentDate('As of the week ending October 22, 2025, total assets stood at $6.54 trillion; the week ending December 18 saw $2.93 trillion.')).toBe('2025-12-18');
    expect(inferDocumentDate('Released 3 November 2025. See also 2024-10-30.')).toBe('2025-11-03');
  });

  it('never anchors on a month or a year alone, nor on an impossible day', () => {
    expect(inferDocumentDate('Reserves fell in the week ending October 22 to the lowest since January.')).toBeUndefined();
    expect(inferDocumentDate('預期在2035年前增加4.1兆美元，2025年6月末約3.2萬億。')).toBeUndefined();
    expect(inferDocumentDate('2025年2月30日')).toBeUndefined();
  });

  it('does not move into the next year: a January day after an October anchor stays behind it', () => {
    expect(inferDocumentDate('2025年10月9日的數據，與1月1日相比')).toBe('2025-10-09');
  });
});
