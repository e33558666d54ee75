import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../web/src/segments.ts';

// The page cuts a document at every claim boundary; overlapping claims must survive intact.
const text = fc.array(fc.constantFrom('a', '萬', '億', '。', '𠀋', '😀', ' ', '\n'), { maxLength: 60 }).map((cs) => cs.join(''));

describe('segmentText', () => {
  it('tiles the text, lists every span over exactly its own range, and never cuts a surrogate pair', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 8 }))),
        ([t, pairs]) => {
          const spans = pairs.map(([a, b], i) => ({ id: `s${i}`, start: Math.min(a, b), end: Math.max(a, b) }));
          const segments = segmentText(t, spans);
          expect(segments.map((s) => t.slice(s.start, s.end)).join('')).toBe(t);
          for (const s of segments) {
            const high = t.charCodeAt(s.start - 1);
            if (s.start > 0) expect(high >= 0xd800 && high <= 0xdbff, `cut inside a pair at ${s.start}`).toBe(false);
          }
          const isHigh = (i: number) => i > 0 && i < t.length && t.charCodeAt(i - 1) >= 0xd800 && t.charCodeAt(i - 1) <= 0xdbff;
          for (const span of spans) {
            const start = isHigh(span.start) ? span.start + 1 : span.start;
            const end = isHigh(span.end) ? span.end + 1 : span.end;
            const covered = segments.filter((s) => s.ids.includes(span.id));
            if (end <= start) {
              expect(covered).toEqual([]);
              continue;
            }
            expect(covered.map((s) => t.slice(s.start, s.end)).join('')).toBe(t.slice(start, end));
            // Outermost first: a longer span is never listed after a shorter one covering the same segment.
            for (const s of covered) {
              const adjusted = (i: number) => (isHigh(i) ? i + 1 : i);
              const lengths = s.ids.map((id) => spans.find((x) => x.id === id)!).map((x) => adjusted(x.end) - adjusted(x.start));
              expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives nested and overlapping claims their own leaf segments', () => {
    const t = '聯邦政府停擺導致萬億財政存款凍結';
    const segments = segmentText(t, [
      { id: 'outer', start: 0, end: t.length },
      { id: 'inner', start: 2, end: 6 },
      { id: 'cross', start: 4, end: 10 },
    ]);
    expect(segments.map((s) => [t.slice(s.start, s.end), s.ids])).toEqual([
      ['聯邦', ['outer']],
      ['政府', ['outer', 'inner']],
      ['停擺', ['outer', 'cross', 'inner']],
      ['導致萬億', ['outer', 'cross']],
      ['財政存款凍結', ['outer']],
    ]);
  });
});
