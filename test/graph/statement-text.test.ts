import { describe, expect, it } from 'vitest';
import { compactCypher, statementText } from '../../src/graph/statement-text.ts';

describe('statementText: the Cypher sent without comments and indentation', () => {
  it('drops whole-line and trailing comments and the indentation of each line', () => {
    const cypher = `// why the walk is bounded
MATCH (a:Factor {id: $id})
  // the simple paths only
  WITH a // trailing
  RETURN a.id AS id`;
    expect(compactCypher(cypher)).toBe('MATCH (a:Factor {id: $id})\nWITH a \nRETURN a.id AS id');
  });

  it('keeps string literals and quoted names whole, comment marks and leading spaces included', () => {
    const cypher = `RETURN 'http://x.org/a // b' AS url, "it's" AS q, 'a\\'b // c' AS e,
  'line one
    // still the literal
  end' AS multi, \`odd // name\` AS n /* a block
  comment */ , 1 AS one`;
    const out = compactCypher(cypher);
    expect(out).toContain("'http://x.org/a // b' AS url");
    expect(out).toContain(`"it's" AS q`);
    expect(out).toContain("'a\\'b // c' AS e");
    expect(out).toContain("'line one\n    // still the literal\n  end' AS multi");
    expect(out).toContain('`odd // name` AS n');
    expect(out).not.toContain('block');
    expect(out).toMatch(/AS n\s+, 1 AS one$/);
  });

  it('names the statement on its first line and gives the same text for the same Cypher', () => {
    const a = statementText('claim.list', '  MATCH (c)\n  // x\n  RETURN c');
    expect(a).toBe('// claim.list\nMATCH (c)\nRETURN c');
    expect(statementText('claim.list', '  MATCH (c)\n  // x\n  RETURN c')).toBe(a);
  });
});
