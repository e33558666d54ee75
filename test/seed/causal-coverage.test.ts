import { beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/seed/load-seed.ts';
import type { SeedFile } from '../../src/seed/seed-file.ts';
import { segmentSentences } from '../../src/quantities/sentences.ts';

let seed: SeedFile;
let text: string;
beforeAll(async () => {
  [{ seed, text }] = (await readSeeds()) as [{ seed: SeedFile; text: string }];
});

interface Span {
  start: number;
  end: number;
}

/** Every sentence of the text, as the product splits them (headings are lines of their own). */
function sentences(t: string): Span[] {
  return segmentSentences(t);
}

/** Clauses: a sentence cut at commas, semicolons, colons, question marks and dashes. */
function clauses(t: string, s: Span): Span[] {
  const out: Span[] = [];
  let from = s.start;
  for (const m of t.slice(s.start, s.end).matchAll(/[,，;；:：?？!！。]|——/g)) {
    const end = s.start + m.index;
    if (end > from) out.push({ start: from, end });
    from = end + m[0].length;
  }
  if (s.end > from) out.push({ start: from, end: s.end });
  return out;
}

/**
 * Words that make a clause read as causal in this article: connectives (導致, 使, 從而),
 * verbs of transmission (注入, 抽血, 拖入, 分流), conditionals (若, 當…時) and consequences
 * (意味著, 將). A clause holding one must be a curated link or be listed as not causal.
 */
const CAUSAL_CUE =
  /導致|造成|引發|使|讓|從而|推動|拖累|迫使|加速|釋放|形成|注入|抽血|失血|流向|拖入|因|若|當|意味著|終結|吞噬|製造|壓垮|分流|失去|始於|蔓延|反噬|構建|構成|需要|證明|解釋|填補|萎縮|凍結|枯竭|破產|相悖|淪為|將|必然|取決|驅動|收割|替代|通過|寧願|幻想/;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const show = (s: Span) => `${s.start}: ${text.slice(s.start, s.end)}`;

describe('every causal assertion of the seed article is accounted for', () => {
  it('has every sentence either asserting a curated causal link or listed as not causal, with a reason', () => {
    const accounted = (s: Span) => seed.causalLinks.some((l) => overlaps(l, s)) || seed.nonCausal.some((n) => overlaps({ start: n.start, end: n.start + n.quote.length }, s));
    const all = sentences(text);
    expect(all.length).toBeGreaterThan(45);
    expect(all.filter((s) => !accounted(s)).map(show)).toEqual([]);
  });

  it('has every clause with a causal cue word inside a curated link or listed as not causal', () => {
    const listed = seed.nonCausal.map((n) => ({ start: n.start, end: n.start + n.quote.length }));
    const cueClauses = sentences(text)
      .flatMap((s) => clauses(text, s))
      .filter((c) => CAUSAL_CUE.test(text.slice(c.start, c.end)));
    expect(cueClauses.length).toBeGreaterThan(40);
    const unaccounted = cueClauses.filter((c) => !seed.causalLinks.some((l) => overlaps(l, c)) && !listed.some((n) => overlaps(n, c)));
    expect(unaccounted.map(show)).toEqual([]);
  });

  it('never calls the text of a curated link not causal, and gives every exclusion a reason', () => {
    for (const n of seed.nonCausal) {
      const span = { start: n.start, end: n.start + n.quote.length };
      expect(seed.causalLinks.filter((l) => overlaps(l, span)).map((l) => l.id), n.quote).toEqual([]);
      expect(n.reason.length, n.quote).toBeGreaterThan(10);
    }
  });

  it('covers every chapter: each has curated links, and each chain names factors linked in order', () => {
    const headings = [...text.matchAll(/^(引言|第[一二三四五六七八九十]+章|結語).*$/gm)].map((m) => m.index);
    expect(headings.length).toBe(6);
    const bounds = [...headings, text.length];
    for (let i = 0; i < headings.length; i++) {
      const chapter = { start: bounds[i]!, end: bounds[i + 1]! };
      const links = seed.causalLinks.filter((l) => overlaps(l, chapter));
      expect(links.length, text.slice(chapter.start, chapter.start + 20)).toBeGreaterThanOrEqual(4);
    }
    for (const c of seed.chains) {
      const signs = c.factors.slice(1).map((to, j) => {
        const link = seed.causalLinks.find((l) => l.from === c.factors[j] && l.to === to);
        expect(link, `${c.id}: ${c.factors[j]} → ${to}`).toBeDefined();
        return link!.polarity === 'DECREASES' ? -1 : 1;
      });
      expect(signs.reduce((a: number, b) => a * b, 1) > 0 ? 'INCREASES' : 'DECREASES', c.id).toBe(c.netPolarity);
    }
  });

  it('uses every factor in a causal link (no factor is left unconnected)', () => {
    const linked = new Set(seed.causalLinks.flatMap((l) => [l.from, l.to]));
    const claimOnly = seed.factors.filter((f) => !linked.has(f.id)).map((f) => f.id);
    // Factors only claims are about (an index that fell, a balance sheet) need no link; list them here knowingly.
    expect(claimOnly).toEqual(['f-fed-balance-sheet']);
  });
});
