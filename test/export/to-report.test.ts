import { describe, expect, it } from 'vitest';
import type { ReportClaim } from '../../src/export/export-store.ts';
import { toHtml, toMarkdown, type ReportInput } from '../../src/export/formats/to-report.ts';

const claim = (id: string, rationale: string | null, evidence: { name: string; url: string | null }[]): ReportClaim => ({
  id,
  kind: 'Claim',
  quote: '準備金已跌破2.7萬億美元',
  start: 10,
  end: 22,
  gloss: null,
  status: 'FALSE',
  documentId: 'doc-1',
  documentTitle: null,
  documentUrl: null,
  documentPublished: null,
  from: null,
  to: null,
  polarity: null,
  attributedTo: [],
  lastReview: { id: `r-${id}`, editor: 'Ada', at: '2026-12-01T10:00:00Z', rationale, evidence },
});

const report = (items: ReportClaim[]): ReportInput => ({ title: 'Report', scope: 'doc-1', generatedAt: '2026-12-06', items, sources: [{ id: 's1', name: 'H.4.1', kind: 'DATASET', url: null }] });

describe('the review report (issue 22)', () => {
  it('counts one claim and one source in the singular', () => {
    expect(toMarkdown(report([claim('c1', 'Below the record.', [])]))).toContain('1 claim, 0 causal links, 1 source.');
  });

  it('keeps the rationale a sentence of its own before the evidence, whatever its last character', () => {
    const md = toMarkdown(
      report([
        claim('c1', 'The record stays above 2.7 trillion.', [{ name: 'H.4.1', url: 'https://www.federalreserve.gov/releases/h41/' }]),
        claim('c2', 'Reserves were higher…', [{ name: 'WRESBAL', url: null }]),
        claim('c3', '紀錄顯示高於2.7萬億。', [{ name: 'H.4.1', url: null }, { name: 'DTS', url: null }]),
        claim('c4', 'No stop at the end', [{ name: 'H.4.1', url: null }]),
      ]),
    );
    expect(md).toContain('Ada, 2026-12-01: The record stays above 2.7 trillion. Evidence: H.4.1 <https://www.federalreserve.gov/releases/h41/>.');
    expect(md).toContain('Reserves were higher… Evidence: WRESBAL.');
    expect(md).toContain('紀錄顯示高於2.7萬億。 Evidence: H.4.1; DTS.');
    expect(md).toContain('No stop at the end. Evidence: H.4.1.');
    expect(md).not.toMatch(/[.…。];/);
    expect(toHtml(report([claim('c1', 'Checked.', [{ name: 'H.4.1', url: null }])]))).toContain('Checked. Evidence: H.4.1.');
  });
});
