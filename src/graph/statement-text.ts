/**
 * The text sent for a statement: its name as the first line (Neo4j's query listings show it),
 * then the Cypher without comments and indentation.
 *
 * Why: the driver writes a message to the socket in 1,400-byte chunks, one write each, and on
 * loopback each write runs the receiving side's TCP work too — for a small read the socket writes
 * were a fifth of the server's CPU. The store code's statements are written to be read (comments
 * that explain why, indented subqueries): a 3.2 KB trace statement is 2.6 KB without them. Neo4j's
 * plan cache keys on the text, and the same Cypher always gives the same text.
 *
 * Only what lies outside string literals and quoted names is dropped (a small scanner follows
 * quotes and escapes across lines), so no value changes.
 */
const compacted = new Map<string, string>();
/** Distinct statements are few (one per code path and option); the cache is bounded anyway. */
const CACHE_LIMIT = 1000;

export function statementText(name: string, cypher: string): string {
  let text = compacted.get(cypher);
  if (text === undefined) {
    text = compactCypher(cypher);
    if (compacted.size >= CACHE_LIMIT) compacted.clear();
    compacted.set(cypher, text);
  }
  return `// ${name}\n${text}`;
}

/** Cypher without `//` and `/* *\/` comments and without the whitespace that opens each line. */
export function compactCypher(cypher: string): string {
  let out = '';
  let quote = ''; // the open literal's quote: ', " or ` (a quoted name)
  let lineStart = true;
  for (let i = 0; i < cypher.length; i++) {
    const ch = cypher[i]!;
    if (quote) {
      out += ch;
      if (ch === '\\' && quote !== '`' && i + 1 < cypher.length) out += cypher[++i];
      else if (ch === quote) quote = '';
      continue;
    }
    if (lineStart && (ch === ' ' || ch === '\t')) continue;
    if (ch === '/' && cypher[i + 1] === '/') {
      const end = cypher.indexOf('\n', i);
      if (end < 0) break;
      // A comment on a line of its own leaves no empty line; after code, the line still ends.
      i = lineStart ? end : end - 1;
      continue;
    }
    if (ch === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? cypher.length : end + 1;
      continue;
    }
    lineStart = ch === '\n';
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    out += ch;
  }
  return out.trimEnd();
}
