import { describe, expect, it } from 'vitest';
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { recordedWeek } from '../../src/liquidity/recorded-week.ts';
import { addDays } from '../../src/liquidity/observations.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';

const reference = new Reference(readReferenceFiles());

// The model's opening week, the projection's scoring and the page's record line read a week through one function; a
// second copy of the TGA's fallback (WTREGEN, then the daily statement) once lived in Snapshot.weekTerms.
describe('recordedWeek: one reading of a week for the model and its scoring', () => {
  const wtregenLast = reference.series['FRED:WTREGEN'].last!;
  const afterWtregen = addDays(wtregenLast, 14);

  it('reads the TGA from WTREGEN while it lasts, then from the daily statement, naming the days averaged', () => {
    expect(recordedWeek(reference, 'tga', wtregenLast)).toMatchObject({ series: 'FRED:WTREGEN' });
    expect(recordedWeek(reference, 'tga', wtregenLast)!.days).toBeUndefined();
    const later = recordedWeek(reference, 'tga', afterWtregen)!;
    expect(later).toMatchObject({ series: 'TREASURY:DTS_TGA_CLOSE', days: { from: addDays(afterWtregen, -6), to: afterWtregen } });
    expect(recordedWeek(reference, 'onrrp', afterWtregen)).toMatchObject({ series: 'FRED:RRPONTSYD', days: { to: afterWtregen } });
  });

  it('the snapshot terms of a week are the recorded weeks, before and after WTREGEN ends', () => {
    for (const week of [wtregenLast, afterWtregen]) {
      const terms = reference.weekTerms(week);
      if ('missing' in terms) throw new Error(terms.missing.join('; '));
      for (const m of ['reserves', 'tga', 'onrrp'] as const) {
        const rec = recordedWeek(reference, m, week)!;
        expect(terms[m].value).toBe(rec.value);
        expect(terms[m].series).toEqual([rec.series]);
      }
    }
    const dts = reference.weekTerms(afterWtregen);
    if ('missing' in dts) throw new Error('no terms');
    expect(dts.tga.method).toContain(`${addDays(afterWtregen, -6)}..${afterWtregen}`);
  });

  it('a week the record does not reach has no recorded week and no terms, with the reasons', () => {
    const far = '2031-01-01';
    expect(recordedWeek(reference, 'tga', far)).toBeUndefined();
    const terms = reference.weekTerms(far);
    expect('missing' in terms && terms.missing.length).toBeGreaterThanOrEqual(3);
  });
});
