import { FRAME_PROPERTIES, type FactorSource, type FrameDirection, type FrameMode, type FrameMood, type FramePeriod, type QuantityFrame, type TimeSource, type TimeWindow } from './frame.ts';

/** The `frame*` properties of a `:Quantity` node, as written and read (FRAME_PROPERTIES in frame.ts). */
export type FrameProperties = Record<(typeof FRAME_PROPERTIES)[number], string | number | null>;

/**
 * A frame as the `:Quantity` node's flat properties (Neo4j properties cannot be maps). Every property is written,
 * null when absent, so a re-ingest never leaves an old part behind.
 */
export function frameProperties(f: QuantityFrame): FrameProperties {
  return {
    frameFactorId: f.factorId,
    frameFactorEvidence: f.factorEvidence,
    frameMode: f.mode,
    frameDirection: f.direction,
    framePeriod: f.period,
    frameWindowStart: f.window?.start ?? null,
    frameWindowEnd: f.window?.end ?? null,
    frameTimeText: f.timeText,
    frameTimeSource: f.timeSource,
    frameSpanDays: f.spanDays,
    frameBaseValue: f.base?.value ?? null,
    frameBaseUnit: f.base?.unit ?? null,
    frameBaseWindowStart: f.base?.window?.start ?? null,
    frameBaseWindowEnd: f.base?.window?.end ?? null,
    frameBaseTimeText: f.base?.timeText ?? null,
    frameExtremumKind: f.extremum?.kind ?? null,
    frameExtremumSinceStart: f.extremum?.since?.start ?? null,
    frameExtremumSinceEnd: f.extremum?.since?.end ?? null,
    frameExtremumSinceText: f.extremum?.sinceText ?? null,
    frameMood: f.mood,
    frameMoodEvidence: f.moodEvidence,
    frameFactorAnaphor: f.factorAnaphor ?? null,
    frameFactorSource: f.factorId ? (f.factorSource ?? (f.factorAnaphor ? 'SENTENCE_BEFORE' : 'TEXT')) : null,
  };
}

const windowOf = (start: unknown, end: unknown): TimeWindow | null =>
  typeof start === 'string' && typeof end === 'string' ? { start, end } : null;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** The frame read back from a row of `frame*` properties; null when the quantity has none (curated, or ingested before frames). */
export function frameFromProperties(p: Partial<Record<string, unknown>>): QuantityFrame | null {
  if (typeof p['frameMode'] !== 'string') return null;
  const baseValue = num(p['frameBaseValue']);
  const extremum = str(p['frameExtremumKind']);
  return {
    factorId: str(p['frameFactorId']),
    factorEvidence: str(p['frameFactorEvidence']),
    factorAnaphor: str(p['frameFactorAnaphor']),
    // Frames written before sources were recorded: a word referring back means the sentence before.
    factorSource: (str(p['frameFactorSource']) as FactorSource | null) ?? (typeof p['frameFactorId'] !== 'string' ? null : typeof p['frameFactorAnaphor'] === 'string' ? 'SENTENCE_BEFORE' : 'TEXT'),
    mode: p['frameMode'] as FrameMode,
    // Null on frames read before moods were: the checks fall back on the quote's words for them.
    mood: str(p['frameMood']) as FrameMood | null,
    moodEvidence: str(p['frameMoodEvidence']),
    direction: str(p['frameDirection']) as FrameDirection | null,
    period: str(p['framePeriod']) as FramePeriod | null,
    window: windowOf(p['frameWindowStart'], p['frameWindowEnd']),
    timeText: str(p['frameTimeText']),
    timeSource: str(p['frameTimeSource']) as TimeSource | null,
    spanDays: num(p['frameSpanDays']),
    base: baseValue === null ? null : { value: baseValue, unit: str(p['frameBaseUnit']) ?? '', window: windowOf(p['frameBaseWindowStart'], p['frameBaseWindowEnd']), timeText: str(p['frameBaseTimeText']) },
    extremum: extremum === null ? null : { kind: extremum as 'LOWEST' | 'HIGHEST', since: windowOf(p['frameExtremumSinceStart'], p['frameExtremumSinceEnd']), sinceText: str(p['frameExtremumSinceText']) },
  };
}
