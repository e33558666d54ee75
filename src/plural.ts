/**
 * "1 claim", "2 claims": a count with its noun in the right number, for every message and report
 * in English (the page bundles it too). Imports nothing.
 */
const rules = new Intl.PluralRules('en');

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${rules.select(n) === 'one' ? singular : plural}`;
}
