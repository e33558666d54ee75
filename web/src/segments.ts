/** A claim's place in the text: UTF-16 offsets, the same units as the DOM and `String.prototype.slice`. */
export interface SpanRef {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of spans; `ids` outermost (longest) first. */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Splits `text` at every span boundary into leaf segments, so overlapping and nested spans never need
 * nested or broken elements: each segment lists every span covering it. A boundary that falls inside a
 * surrogate pair (a bad span) is moved past the pair rather than splitting a character.
 */
export function segmentText(text: string, spans: readonly SpanRef[]): Segment[] {
  const safe = (i: number) => {
    const b = Math.max(0, Math.min(text.length, i));
    return b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b)) ? b + 1 : b;
  };
  const valid = spans
    .map((s) => ({ id: s.id, start: safe(s.start), end: safe(s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  // Longest first, so the outermost span is listed first and the innermost last.
  const byLength = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    segments.push({ start, end, ids: byLength.filter((s) => s.start <= start && s.end >= end).map((s) => s.id) });
  }
  return segments;
}
