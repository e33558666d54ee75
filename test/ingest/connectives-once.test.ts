import { describe, expect, it } from 'vitest';
import { connectivesIn } from '../../src/ingest/extract-claims.ts';
import { segmentSentences } from '../../src/quantities/sentences.ts';

// Causal links and factor proposals read one text's connectives with one segmentation (read-piece.ts): the second
// reading takes the first's list. The list must be what a fresh reading gives, and never another text's.
describe('connectivesIn, found once per text and segmentation', () => {
  const text = '政府停擺導致TGA上升。The shutdown drained reserves, which leads to a selloff.';

  it('gives the same connectives the second time as a fresh reading does', () => {
    const sentences = segmentSentences(text);
    const first = connectivesIn(text, sentences);
    expect(first.map((c) => c.text)).toEqual(['導致', 'drained', 'leads to']);
    expect(connectivesIn(text, sentences)).toEqual(connectivesIn(text, segmentSentences(text)));
  });

  it('reads another text anew even with the same sentence list', () => {
    const sentences = segmentSentences(text);
    connectivesIn(text, sentences);
    const other = `${text.replace('導致', '使得')}`;
    expect(connectivesIn(other, sentences).map((c) => c.text)).toEqual(['使得', 'drained', 'leads to']);
  });
});
