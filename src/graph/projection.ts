/**
 * Lighter rows: a store's projection (`key: expression, .key, …`) cut down to the fields a
 * request selected, so a page reads and sends only what the client asked for.
 */

/** A projected map's fields, `key: expression` or `.key`, split at its top-level commas. */
export function mapEntries(fields: string): Map<string, string> {
  const out = new Map<string, string>();
  let depth = 0;
  let start = 0;
  const add = (entry: string) => {
    const e = entry.trim();
    out.set(e.startsWith('.') ? e.slice(1) : e.slice(0, e.indexOf(':')).trim(), e);
  };
  for (let i = 0; i < fields.length; i++) {
    const ch = fields[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      add(fields.slice(start, i));
      start = i + 1;
    }
  }
  add(fields.slice(start));
  return out;
}

/** The projection of `all` keeping only `keys` (and `id`); every field when `keys` is undefined. */
export function pick(all: string, keys: readonly string[] | undefined): string {
  if (!keys) return all;
  const entries = mapEntries(all);
  return [...new Set(['id', ...keys])].filter((k) => entries.has(k)).map((k) => entries.get(k)!).join(', ');
}
