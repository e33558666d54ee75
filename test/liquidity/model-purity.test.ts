import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mappingModelErrors } from '../../src/scenarios/model-errors.ts';
import { ModelError } from '../../src/liquidity/model-error.ts';
import { AppError } from '../../src/errors.ts';

// Issue 22 item 4: the model computes on plain values; stores, files, the API and its errors live around it.
const DIR = new URL('../../src/liquidity/', import.meta.url);
const FORBIDDEN = [/^node:fs/, /^node:(net|http|https|child_process)/, /^graphql/, /^neo4j-driver/, /\/graph\//, /\/api\//, /\/errors\.ts$/, /-store\.ts$/, /\/scenarios\//, /\/config\.ts$/, /\/series\//];

describe('src/liquidity is a pure model', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports no store, graph, API, config or file IO', (file) => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const imports = [...text.matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
    expect(imports.filter((i) => FORBIDDEN.some((re) => re.test(i)))).toEqual([]);
  });

  it('raises its own error, mapped to BAD_USER_INPUT at the boundary', () => {
    const err = new ModelError('INVALID_SCENARIO', 'Invalid scenario: start: must be a date', [{ path: 'start', message: 'must be a date' }]);
    let mapped: unknown;
    try {
      mappingModelErrors(() => {
        throw err;
      });
    } catch (e) {
      mapped = e;
    }
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe('BAD_USER_INPUT');
    expect((mapped as AppError).extensions['fields']).toEqual([{ path: 'start', message: 'must be a date' }]);
    const other = new RangeError('bug');
    expect(() => mappingModelErrors(() => { throw other; })).toThrow(other);
  });
});
