import { describe, expect, it } from 'vitest';
import { predictionMeasure } from '../../src/predictions/judge-prediction.ts';
import { documentDay, forwardLooking, type ClaimForPrediction } from '../../src/predictions/prediction-rule.ts';

// Sentences written for this test, not taken from the seed: the rule must hold on text it was not built on.
const claim = (quote: string, extra: Partial<{ sentence: string; kind: string; time: string | null }> = {}): ClaimForPrediction => ({ quote, sentence: extra.sentence ?? quote, kind: extra.kind ?? 'LEVEL', time: extra.time ?? null });

describe('which claims are predictions', () => {
  it('reads the document date at its precision', () => {
    expect(documentDay('2025-11')).toBe('2025-11-01');
    expect(documentDay('2025-11-05')).toBe('2025-11-05');
    expect(documentDay(null)).toBeNull();
  });

  it('a future cue with a later year speaks of that year, or its part', () => {
    const a = forwardLooking(claim('Reserves will drop below $2.5 trillion in early 2026'), '2025-11-20');
    expect(a?.cue.kind).toBe('FUTURE');
    expect(a?.window).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    const b = forwardLooking(claim('预计2027年美联储资产将扩张'), '2026-03');
    expect(b?.window).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    const c = forwardLooking(claim('2026年美聯儲將買入國債', { sentence: '分析師認為年底前,2026年美聯儲將買入國債。' }), '2025-10');
    expect(c?.window.from).toBe('2026-10-01');
  });

  it('nearness to a line and a condition speak of the 13 weeks after the document', () => {
    const near = forwardLooking(claim('bank reserves are approaching the $3 trillion floor', { time: '2025' }), '2025-09-03');
    expect(near?.cue.kind).toBe('PROXIMITY');
    expect(near?.window).toEqual({ from: '2025-09-03', to: '2025-12-03' });
    expect(forwardLooking(claim('一旦財政部重建現金餘額,準備金將下降'), '2025-07')?.cue.kind).toBe('CONDITIONAL');
  });

  it('prediction-rule keeps no forecast words of its own: it reads the frames\' mood, one vocabulary with the checks', () => {
    // No forecast word in the quote; the sentence's forecast verb governed the number when ingest read it (FrameMood).
    const governed = forwardLooking({ ...claim('RRP使用量降至約600億美元', { sentence: '花旗策略師預估，RRP使用量降至約600億美元。', time: '2025' }), moods: ['FORECAST'] }, '2025-08-12');
    expect(governed?.cue.kind).toBe('FUTURE');
    expect(forwardLooking({ ...claim('若財政部重建現金,準備金降至2.8兆'), moods: ['CONDITION'] }, '2025-08-12')?.cue.kind).toBe('CONDITIONAL');
    // The same quote read as stated is not a prediction.
    expect(forwardLooking({ ...claim('RRP使用量降至約600億美元', { time: '2025' }), moods: ['STATED'] }, '2025-08-12')).toBeNull();
    // Words of the mood vocabulary (quantities/mood.ts) are the cues: 勢必, 即便, "even if".
    expect(forwardLooking(claim('準備金勢必跌破2.5兆美元', { time: '2025' }), '2025-11-20')?.cue.word).toBe('勢必');
    expect(forwardLooking(claim('even if reserves fall below $2.8 trillion'), '2025-11-20')?.cue.kind).toBe('CONDITIONAL');
    // A planning assumption conditions a number, not what will happen.
    expect(forwardLooking(claim('In July, Treasury estimated borrowing of $1.007 trillion and assumed a cash balance of $850 billion'), '2025-11-03')).toBeNull();
  });

  it('a report of the past is not a prediction, whatever its words', () => {
    expect(forwardLooking(claim('Reserves fell to 2.85 trillion last week', { time: '2025-11' }), '2025-11-20')).toBeNull();
    expect(forwardLooking(claim('準備金已跌破3萬億美元'), '2025-11')).toBeNull();
    // A future word about a year before the document is history told in the future tense.
    expect(forwardLooking(claim('the Fed will end runoff in 2019', { time: '2019' }), '2025-11')).toBeNull();
    expect(forwardLooking(claim('reserves will fall'), null)).toBeNull();
  });

  it('names the measure from the claim\'s words and factors, or none', () => {
    expect(predictionMeasure({ quote: 'reserves near the line', sentence: '', factorNames: ['bank reserves'], usdAmounts: [2.5e12] })).toEqual({ measure: 'RESERVES_LINE', amount: 2_500_000 });
    expect(predictionMeasure({ quote: '年初啟動量化寬鬆', sentence: '', factorNames: [], usdAmounts: [] })?.measure).toBe('FED_ASSETS');
    expect(predictionMeasure({ quote: 'reopening will release $300 billion', sentence: '', factorNames: ['government shutdown'], usdAmounts: [3e11] })).toEqual({ measure: 'TGA_RELEASE', amount: 300_000 });
    expect(predictionMeasure({ quote: 'the S&P 500 will fall 20%', sentence: '', factorNames: ['stock market'], usdAmounts: [] })).toBeNull();
  });
});
