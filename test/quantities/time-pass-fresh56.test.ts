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
