import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/ingest/extract-claims.ts';
import { yearlessDocumentDate } from '../../src/ingest/yearless-windows.ts';
import { segmentSentences } from '../../src/quantities/sentences.ts';
import { seedMatcher } from '../support/seed-matcher.ts';

const windowOf = (text: string, surface: string) =>
  extractClaims(text, seedMatcher())
    .flatMap((c) => c.quantities.map((q, i) => ({ surface: q.surface, window: c.frames[i]!.window, yearless: c.yearless?.[i] ?? null })))
    .find((x) => x.surface === surface);

describe('pages that state no year: the date they speak from (issue 19)', () => {
  it('issue 19: a figure whose sentence states no time, in a page that states no year, had no window at all ("dropping below the $3 trillion mark")', () => {
    const text = 'U.S. bank reserves dropped below the $3 trillion mark for the first time. As of the week ending October 1, bank reserves fell to $2.98 trillion. This is the lowest level since January 8.';
    // The page's year-less date: its latest month and day, not the one a "since" looks back to.
    expect(yearlessDocumentDate(text, segmentSentences(text))).toBe('2000-10-01');
    const line = windowOf(text, '$3 trillion')!;
    expect(line.window).toBeNull();
    expect(line.yearless).toEqual({ start: '1000-10-01', end: '1000-10-01', timeSource: 'DOCUMENT_DATE' });
    // A figure dated by its own month and day keeps that window, from the text.
    expect(windowOf(text, '$2.98 trillion')!.yearless).toEqual({ start: '1000-10-01', end: '1000-10-01', timeSource: 'TEXT' });
  });

  it('issue 19: a page with no month and day, or a relative time, gets no year-less date', () => {
    expect(yearlessDocumentDate('Reserves are now $2.85 trillion, the lowest since early 2021.', segmentSentences('Reserves are now $2.85 trillion, the lowest since early 2021.'))).toBeNull();
    const text = 'As of the week ending October 1, bank reserves were $2.98 trillion. The TGA rose to $1 trillion last Friday.';
    expect(windowOf(text, '$1 trillion')?.yearless ?? null).toBeNull();
  });
});

describe('the year-less date goes round New Year (issue 19)', () => {
  it('issue 19: a January page that looks back to 31 December was dated 31 December, nine months after its own figures', () => {
    const text = 'Bank reserves fell below $3 trillion. In the week ended Jan. 1, reserves fell to $2.89 trillion. On Dec. 31, the repo facility took in $375 billion.';
    expect(yearlessDocumentDate(text, segmentSentences(text))).toBe('2000-01-01');
    const text2 = 'Reserves were $2.93 trillion in the week ending December 17, the lowest since December 3.';
    expect(yearlessDocumentDate(text2, segmentSentences(text2))).toBe('2000-12-17');
  });
});

describe('a since through a week is looked back to (issue 19, seventh pass)', () => {
  it('issue 19: "the lowest level since the week of January 1" dated a page of the week ending October 22 as of 1 January (round New Year)', () => {
    const pages = [
      'Bank reserves fell by approximately $59 billion in the week ending October 22, reaching $2.93 trillion. This is the lowest level since the week of January 1.',
      'Reserves fell to $2.93 trillion on October 22, the lowest since the end of March.',
    ];
    expect(pages.map((text) => yearlessDocumentDate(text, segmentSentences(text)))).toEqual(['2000-10-22', '2000-10-22']);
  });
});
