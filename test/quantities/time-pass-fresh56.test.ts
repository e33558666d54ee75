import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/quantities/extract-quantities.ts';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the time-attribution defects found classifying every dev time miss of checks fresh5.yaml and
// fresh6.yaml (held out until 2026-12-07, tuning text since) and the rest of dev (time18, 2026-12-07 evening), each
// named after its defect. The sentences are written for the test in the manner of the dev documents.
const win = (start: string, end = start) => ({ start, end });

describe('"QT #1" read as a count of 1 that took the sentence\'s span, and as the QT under way', () => {
  it('the number after # names which one, it is no amount', () => {
    const q = extractQuantities('During QT #1 the balance sheet shrank.').find((x) => x.surface === '1');
    expect(q?.kind).toBe('ordinal');
  });
  it('"During QT #1 between November 2017 and August 2019, … dropped by $688 billion" is the change over that span', () => {
    const f = frameOf('During QT #1 between November 2017 and August 2019, the Fed’s total assets dropped by $688 billion.', '$688 billion', '2024-03-07');
    expect(f).toMatchObject({ window: win('2017-11-01', '2019-08-31'), timeSource: 'TEXT' });
  });
  it('"Note the cute little QT #1 between November 2017 and August 2019, when total assets dropped by $688 billion" too', () => {
    const f = frameOf('Note the cute little QT #1 between November 2017 and August 2019, when total assets dropped by $688 billion.', '$688 billion', '2023-09-07');
    expect(f.window).toEqual(win('2017-11-01', '2019-08-31'));
  });
  it('"During QT #1, … dropped by $688 billion" is the first QT in the table (2017–2019), not the one under way', () => {
    expect(frameOf('During QT #1, the Fed’s total assets dropped by $688 billion.', '$688 billion', '2024-03-07').window).toEqual(win('2017-10-01', '2019-07-31'));
    expect(frameOf('During QT-2, the Fed’s total assets dropped by $1.4 trillion.', '$1.4 trillion', '2024-03-07').window).toEqual(win('2022-06-01', '2024-03-07'));
  });
});

describe('"the previous figure" and "a week earlier" took the sentence\'s or the document\'s date', () => {
  it('"dropping from the previous figure of $3.062 trillion" is the release before the one of January 22 (the week 13 to 7 days before)', () => {
    const f = frameOf('As of January 22, 2026, reserve balances fell to $2.957 trillion, dropping from the previous figure of $3.062 trillion.', '$3.062 trillion', '2026-01-22');
    expect(f).toMatchObject({ window: win('2026-01-09', '2026-01-15'), timeSource: 'TEXT', timeText: 'the previous figure' });
  });
  it('"the previous recorded figure" in the sentence after the dated one counts from that date', () => {
    const f = frameOf('Reserve balances with Federal Reserve Banks rose to $3.541 trillion as of April 4, 2024. This marks an increase from the previous recorded figure of $3.472 trillion.', '$3.472 trillion', '2024-04-04');
    expect(f.window).toEqual(win('2024-03-22', '2024-03-28'));
  });
  it('"down from the previous level of $3.366 trillion" with no day named counts from the document\'s date', () => {
    expect(frameOf('Reserve balances fell to $3.269 trillion, down from the previous level of $3.366 trillion.', '$3.366 trillion', '2024-06-27').window).toEqual(win('2024-06-14', '2024-06-20'));
  });
  it('"$7.06 trillion as of July 1 versus $7.13 trillion a week earlier" dates the base 24 June', () => {
    const text = 'The Fed’s total balance sheet size declined by about $74 billion to $7.06 trillion as of July 1 versus $7.13 trillion a week earlier.';
    expect(frameOf(text, '$7.13 trillion', '2020-07-02').window).toEqual(win('2020-06-24'));
    expect(frameOf(text, '$7.06 trillion', '2020-07-02').window).toEqual(win('2020-07-01'));
  });
  it('"fell to $7.14 trillion on June 17 from $7.22 trillion a week earlier" dates the base 10 June', () => {
    expect(frameOf('The Fed’s balance sheet fell to $7.14 trillion on June 17 from $7.22 trillion a week earlier.', '$7.22 trillion', '2020-06-18').window).toEqual(win('2020-06-10'));
  });
});
