import { describe, expect, it } from 'vitest';
import { uniquePrefix } from '../support/graph.ts';
import { inProcessApi } from '../support/in-process-api.ts';

const h = inProcessApi({ editorToken: true });

type Q = { surface: string; value: number; upper: number | null; unit: string; kind: string | null; direction: string | null; calendar: string | null; qualifier: string | null };

describe('ingest stores what the extractor reads of each number (issue 12)', () => {
  it('keeps kind, direction and the calendar written, readable through GraphQL from the real Neo4j', async () => {
    const tag = uniquePrefix('qty');
    const text = `${tag}\n主計總處預測民國107年經濟成長2.42%,台股暴跌1,497.77點,市值縮水5186億元。乾隆六年人口突破1億,增加約二千多人。`;
    const document = await h.api.ingest<{ claims: { quantities: Q[] }[] }>({ text, title: tag }, { documentFields: 'claims { quantities { surface value upper unit kind direction calendar qualifier } }' });
    const qs = document.claims.flatMap((c) => c.quantities);
    const by = (surface: string) => qs.find((q) => q.surface === surface)!;
    expect([by('民國107年').value, by('民國107年').unit, by('民國107年').kind, by('民國107年').calendar]).toEqual([2018, 'year', 'year', 'ROC']);
    expect([by('1,497.77點').unit, by('1,497.77點').kind, by('1,497.77點').direction]).toEqual(['points', 'measure', 'FALL']);
    expect([by('5186億元').value, by('5186億元').unit, by('5186億元').direction]).toEqual([5.186e11, 'TWD', 'FALL']);
    expect([by('乾隆六年').value, by('乾隆六年').calendar]).toEqual([1741, 'qianlong']);
    expect([by('二千多人').value, by('二千多人').unit, by('二千多人').qualifier]).toEqual([2000, 'people', 'ABOVE']);
    expect(by('2.42%').direction).toBe('RISE'); // 成長2.42%: growth is a rise
  });
});
