import { describe, expect, it } from 'vitest';
import { measureMarks, type MeasureClaim } from '../../web/src/measure-marks.ts';

const claim = (id: string, checks: MeasureClaim['checks']): MeasureClaim => ({
  id, quote: `quote ${id}`, status: 'UNREVIEWED', candidate: null,
  document: { id: 'd1', title: 'A document', language: 'zh-Hant', published: '2025-11-20' },
  checks,
});
const check = (over: Partial<MeasureClaim['checks'][number]>): MeasureClaim['checks'][number] => ({
  verdict: 'CONSISTENT', mode: 'LEVEL', claimed: 9.8e11, recorded: 9.7e11, reading: 'ABOUT',
  window: { from: '2025-10-01', to: '2025-11-12', label: 'the shutdown' }, factor: { id: 'f-tga-balance' },
  quantity: { surface: '9800億美元', unit: 'USD' }, series: { id: 'TREASURY:DTS_TGA_CLOSE' }, ...over,
});

describe('a measure’s marks (the measure view)', () => {
  // Seen on the TGA's view: the seed's "相當於每月從市場抽血3000億美元" (a flow of 300 bn a month) was drawn as a
  // mark at 0.3 trillion on the level chart, a level nobody claimed, far below the record's line.
  it('a flow or a change is a move, not a value: listed beside the record’s move, never drawn on the level chart', () => {
    const { marks, moves, unplaced } = measureMarks('f-tga-balance', [
      claim('level', [check({})]),
      claim('flow', [check({ mode: 'FLOW', claimed: 3e11, recorded: 3.7e10, verdict: 'INCONSISTENT', quantity: { surface: '3000億美元', unit: 'USD/month' } })]),
      claim('change', [check({ mode: 'CHANGE', claimed: -5.9e10, recorded: -6.1e10 })]),
      claim('crossed', [check({ mode: 'CROSSED', claimed: 1e12 })]),
    ]);
    expect(marks.map((m) => [m.claimId, m.mode])).toEqual([['crossed', 'CROSSED'], ['level', 'LEVEL']]);
    expect(moves.map((m) => [m.claimId, m.mode, m.value, m.recorded, m.unit])).toEqual([
      ['change', 'CHANGE', -5.9e10, -6.1e10, 'USD'],
      ['flow', 'FLOW', 3e11, 3.7e10, 'USD/month'],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('leaves out checks of another factor, and lists claims with no value or window as not placed', () => {
    const { marks, moves, unplaced } = measureMarks('f-tga-balance', [
      claim('other', [check({ factor: { id: 'f-bank-reserves' } })]),
      claim('none', [check({ claimed: null, window: null, verdict: 'NOT_CHECKABLE' })]),
    ]);
    expect([marks, moves]).toEqual([[], []]);
    expect(unplaced.map((c) => c.id)).toEqual(['other', 'none']);
  });
});
