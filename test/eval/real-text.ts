// The labelled real-text set (test/eval/real-text.yaml): loading and scoring per language, split and kind.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const REAL_TEXT_FILE = new URL('./real-text.yaml', import.meta.url);

export interface RealGold {
  start: number;
  end: number;
  surface: string;
  value: number;
  upper?: number;
  unit: string;
  kind: string;
  qualifier?: string;
  direction?: string;
}

export interface RealDoc {
  id: string;
  lang: string;
  split: string; // tune, heldout, or a later batch's own split (fresh, final, last, dec07-tune, dec07-heldout)
  url: string;
  text: string;
  gold: RealGold[];
}

/** Parses `surface | value | unit | kind | q=… dir=… cal=…` lines and locates each surface in text order. */
export function loadRealText(): RealDoc[] {
  const raw = parse(readFileSync(REAL_TEXT_FILE, 'utf8')) as { docs: { id: string; lang: string; split: string; url: string; text: string; q: string[] }[] };
  return raw.docs.map((d) => {
    let cursor = 0;
    const gold = d.q.map((line) => {
      const [surface, value, unit, kind, extras = ''] = line.split(' | ').map((s) => s.trim()) as [string, string, string, string, string?];
      const start = d.text.indexOf(surface, cursor);
      if (start < 0) throw new Error(`real-text.yaml ${d.id}: "${surface}" not found after offset ${cursor}`);
      cursor = start + surface.length;
      const [lo, hi] = value.split('..').map(Number) as [number, number?];
      const extra = Object.fromEntries(extras.split(/\s+/).filter(Boolean).map((kv) => kv.split('=') as [string, string]));
      const g: RealGold = { start, end: start + surface.length, surface, value: lo, unit, kind };
      if (hi !== undefined) g.upper = hi;
      if (extra['q']) g.qualifier = extra['q'];
      if (extra['dir']) g.direction = extra['dir'];
      return g;
    });
    return { id: d.id, lang: d.lang, split: d.split, url: d.url, text: d.text, gold };
  });
}

export interface RealScore {
  gold: number;
  found: number;
  /** Gold numbers overlapped by a reported mention. */
  located: number;
  /** …of which the value (and upper bound) is right. */
  value: number;
  /** …of which the unit is right. */
  unit: number;
  /** Reported mentions that overlap a gold number. */
  real: number;
  /** Gold numbers with a direction / qualifier, and how many of those were located with the same one. */
  directed: number;
  direction: number;
  qualified: number;
  qualifier: number;
  errors: string[];
}

export const emptyRealScore = (): RealScore => ({ gold: 0, found: 0, located: 0, value: 0, unit: 0, real: 0, directed: 0, direction: 0, qualified: 0, qualifier: 0, errors: [] });

const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

type Mention = { start: number; end: number; surface: string; value: number; upper?: number; unit: string; qualifier?: string; kind?: string; direction?: string };

/**
 * Scores one document, adding into `byKey(key)` for every key a number belongs to
 * (its language+split, and language+split+kind: the gold's kind for recall, the mention's for precision).
 */
export function scoreDoc(doc: RealDoc, found: Mention[], add: (keys: string[]) => RealScore[]): void {
  const base = `${doc.lang} ${doc.split}`;
  for (const g of doc.gold) {
    const s = add([base, `${base} ${g.kind}`]);
    const hits = found.filter((f) => overlap(f, g) > 0).sort((a, b) => overlap(b, g) - overlap(a, g));
    const hit = hits[0];
    const where = `${doc.id}: ${g.surface}`;
    s.forEach((x) => x.gold++);
    if (g.direction) s.forEach((x) => x.directed++);
    if (g.qualifier) s.forEach((x) => x.qualified++);
    if (!hit) {
      s.forEach((x) => x.errors.push(`${where} not found`));
      continue;
    }
    s.forEach((x) => x.located++);
    const valueOk = same(hit.value, g.value) && same(hit.upper ?? hit.value, g.upper ?? g.value);
    if (valueOk) s.forEach((x) => x.value++);
    if (hit.unit === g.unit) s.forEach((x) => x.unit++);
    if (g.direction && hit.direction === g.direction) s.forEach((x) => x.direction++);
    if (g.qualifier && hit.qualifier === g.qualifier) s.forEach((x) => x.qualifier++);
    if (g.direction && hit.direction !== g.direction) s.forEach((x) => x.errors.push(`${where} → direction ${hit.direction ?? 'none'}, want ${g.direction}`));
    if (g.qualifier && hit.qualifier !== g.qualifier) s.forEach((x) => x.errors.push(`${where} → qualifier ${hit.qualifier ?? 'none'}, want ${g.qualifier}`));
    if (!valueOk || hit.unit !== g.unit) {
      s.forEach((x) => x.errors.push(`${where} → got ${hit.surface} = ${hit.value}${hit.upper !== undefined ? `..${hit.upper}` : ''} ${hit.unit}, want ${g.value}${g.upper !== undefined ? `..${g.upper}` : ''} ${g.unit}`));
    }
  }
  for (const f of found) {
    const g = doc.gold.filter((x) => overlap(f, x) > 0).sort((a, b) => overlap(b, f) - overlap(a, f))[0];
    const s = add([base, `${base} ${f.kind ?? g?.kind ?? 'count'}`]);
    s.forEach((x) => x.found++);
    if (g) s.forEach((x) => x.real++);
    else s.forEach((x) => x.errors.push(`${doc.id}: spurious "${f.surface}" (${doc.text.slice(Math.max(0, f.start - 6), f.end + 4).replace(/\n/g, ' ')})`));
  }
}

/** Scores an extractor over the whole set; keys are `lang split` and `lang split kind`. */
export function scoreRealText(docs: RealDoc[], extract: (text: string) => Mention[]): Map<string, RealScore> {
  const scores = new Map<string, RealScore>();
  const add = (keys: string[]) =>
    keys.map((k) => {
      let s = scores.get(k);
      if (!s) scores.set(k, (s = emptyRealScore()));
      return s;
    });
  for (const doc of docs) scoreDoc(doc, extract(doc.text), add);
  return scores;
}
