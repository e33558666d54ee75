import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/load-schema.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { anchors, docExamples, docFiles, readDoc } from './doc-examples.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));
const examples = docExamples();

describe('GraphQL examples in the README and docs/', () => {
  it('are found in the reference', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(examples.filter((e) => !e.run).length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s is valid against the schema', (_where, example) => {
    const errors = validate(schema, parse(example.text)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});

describe('links in the README and docs/', () => {
  it.each(docFiles().map((f) => [f] as const))('%s links only to headings and files that exist', (file) => {
    const md = readDoc(file).replace(/^```[\s\S]*?^```/gm, '');
    const broken: string[] = [];
    for (const m of md.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] as string;
      if (/^[a-z]+:/.test(target)) continue;
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const targetFile = path ? normalize(join(dirname(file), path)) : file;
      if (!existsSync(join(PROJECT_ROOT, targetFile))) broken.push(target);
      else if (anchor && targetFile.endsWith('.md') && !anchors(readDoc(targetFile)).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  it.each(docFiles().filter((f) => f.startsWith('docs/') && f !== 'docs/layout.md').map((f) => [f] as const))('%s has a table of contents', (file) => {
    expect(readDoc(file)).toMatch(/^## Contents\n\n- \[/m);
  });
});
