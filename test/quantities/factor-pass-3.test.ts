import { describe, expect, it } from 'vitest';
import { frameOf } from '../support/frame-of.ts';

// Regression tests for the factor, mode and coverage classes found classifying every dev factor and mode miss and
// every uncovered dev row of eval:checks, fresh7.yaml and fresh8.yaml first (issue 18, factor18, eighth session;
// docs/reading.md "Factor, mode and coverage pass 3"). Each block is named after its class; the sentences are written
// for the tests in the manner of those documents, not copied from them.

describe("the page's one subject: a figure whose sentence names no measure, on a page about one measure, had none", () => {
  const page = [
    'Demand for the Fed’s reverse repo facility climbed again on Friday as money funds parked cash there.',
    '',
    'Participants put in more than expected, surpassing the $829.6 billion seen a day earlier.',
    '',
    'Strategists said the reverse repo take-up usually swells at the end of a quarter.',
  ].join('\n');

  it('takes the page’s measure, not firmly (PAGE)', () => {
    expect(frameOf(page, '$829.6 billion', '2023-12-29')).toMatchObject({ factorId: 'f-on-rrp', factorSource: 'PAGE', factorEvidence: expect.stringMatching(/reverse repo/) });
  });

  it('never a figure off the measure’s scale', () => {
    expect(frameOf(page.replace('$829.6 billion', '$5.1 trillion'), '$5.1 trillion', '2023-12-29').factorId).toBeNull();
  });

  it('never on a page that names two measures we ship', () => {
    const two = page.replace('Strategists said the reverse repo take-up', 'Strategists said bank reserves');
    expect(frameOf(two, '$829.6 billion', '2023-12-29').factorId).toBeNull();
  });

  it('never on a page that names its measure once', () => {
    const once = page.replace('Strategists said the reverse repo take-up usually swells at the end of a quarter.', 'Strategists expect more.');
    expect(frameOf(once, '$829.6 billion', '2023-12-29').factorId).toBeNull();
  });

  it('never on a page that names another measure more often (a page about the debt limit names the debt too)', () => {
    const limit = '美国财长表示，美国可能在1月中旬触及债务上限。债务上限是国会设定的举债最高额度。当前这一数额为31.4万亿美元。国会需要提高债务上限，美国债务规模已超过36万亿美元。此前债务上限多次被暂停，国债一再刷新纪录。';
    expect(frameOf(limit, '31.4万亿美元', '2024-12-29').factorId).toBeNull();
  });

  it('never for money that is no one’s balance (receipts, spending, an auction)', () => {
    const receipts = 'Treasury cash pile climbs after tax day\nThe Treasury’s cash balance rose on Tuesday. The Treasury took in $151.1 billion in individual and corporate tax receipts that day. Its cash balance now tops $900 billion.';
    expect(frameOf(receipts, '$151.1 billion', '2024-04-17').factorId).toBeNull();
  });
});
