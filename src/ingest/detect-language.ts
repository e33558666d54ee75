import { Converter } from 'opencc-js';

export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const toSimplified = Converter({ from: 't', to: 'cn' });
const toTraditional = Converter({ from: 'cn', to: 't' });

/**
 * English when CJK characters are rare; otherwise Traditional or Simplified by which
 * conversion changes more characters (a Traditional text changes under t→s, not s→t).
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk < sample.replace(/\s/g, '').length * 0.2) return 'en';
  const diff = (a: string, b: string) => [...a].filter((c, i) => c !== b[i]).length;
  return diff(sample, toSimplified(sample)) >= diff(sample, toTraditional(sample)) ? 'zh-Hant' : 'zh-Hans';
}
