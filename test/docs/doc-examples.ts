import { readdirSync, readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../../src/config.ts';

/** One GraphQL operation shown in the README or docs/, with where it is. */
export interface DocExample {
  file: string;
  line: number;
  text: string;
  /** Run on the seeded graph as well as validated: not a subscription, not marked `# not run`, not inside a shell command. */
  run: boolean;
}

/** README.md and every docs/*.md, as paths relative to the project root. */
export function docFiles(): string[] {
  const docs = readdirSync(`${PROJECT_ROOT}docs`).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

export const readDoc = (file: string) => readFileSync(`${PROJECT_ROOT}${file}`, 'utf8');

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Every GraphQL example of the documentation: each ```graphql block, and the `"query"` of each
 * curl command in a ```sh block (those need a token and write, so they are validated, not run).
 */
export function docExamples(files = docFiles()): DocExample[] {
  return files.flatMap((file) => {
    const md = readDoc(file);
    const blocks = [...md.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((m) => {
      const text = m[1] as string;
      const run = !/^\s*#\s*not run\b/.test(text) && !/^\s*subscription\b/.test(text);
      return { file, line: lineAt(md, m.index) + 1, text, run };
    });
    const curl = [...md.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((block) =>
      [...(block[1] as string).matchAll(/"query":\s*("(?:[^"\\]|\\.)*")/g)].map((q) => ({
        file,
        line: lineAt(md, (block.index ?? 0) + (q.index ?? 0)) + 1,
        text: JSON.parse(q[1] as string) as string,
        run: false,
      })),
    );
    return [...blocks, ...curl];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings (outside code blocks), with GitHub's -1, -2 for repeats. */
export function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fence = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const m = !fence && /^#{1,6} (.+)$/.exec(line);
    if (!m) continue;
    const base = headingAnchor(m[1] as string);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}
