import type { ReportClaim } from '../export-store.ts';
import { VERIFIEDNESS } from '../../paths/rank-paths.ts';
import { count } from '../../plural.ts';

export interface ReportInput {
  title: string;
  scope: string;
  generatedAt: string;
  items: ReportClaim[];
  sources: { id: string; name: string; kind: string; url: string | null }[];
}

interface Block {
  heading?: { level: 1 | 2 | 3; text: string };
  paragraph?: string;
  list?: string[];
  table?: { header: string[]; rows: string[][] };
}

/** The report's content once; Markdown and HTML render the same blocks. */
function blocks(r: ReportInput): Block[] {
  const claims = r.items.filter((x) => x.kind === 'Claim');
  const links = r.items.filter((x) => x.kind === 'CausalLink');
  const statuses = [...VERIFIEDNESS, 'UNREVIEWED'].filter((s, i, a) => a.indexOf(s) === i);
  // The latest verdict with what it cites, so a reader can follow the evidence from the report itself.
  const evidence = (x: ReportClaim) =>
    x.lastReview?.evidence.length ? ` Evidence: ${x.lastReview.evidence.map((e) => (e.url ? `${e.name} <${e.url}>` : e.name)).join('; ')}.` : '';
  const verdict = (x: ReportClaim) =>
    x.lastReview ? `${x.lastReview.editor}, ${x.lastReview.at.slice(0, 10)}: ${sentence(x.lastReview.rationale ?? '(no rationale)')}${evidence(x)}` : '';
  const review = (x: ReportClaim) => (x.lastReview ? ` — ${verdict(x)}` : '');
  const out: Block[] = [
    { heading: { level: 1, text: r.title } },
    { paragraph: `Scope: ${r.scope}. Generated ${r.generatedAt}. ${count(claims.length, 'claim')}, ${count(links.length, 'causal link')}, ${count(r.sources.length, 'source')}.` },
    {
      table: {
        header: ['Status', 'Claims', 'Causal links'],
        rows: statuses.map((s) => [s, String(claims.filter((c) => c.status === s).length), String(links.filter((l) => l.status === s).length)]).filter((row) => row[1] !== '0' || row[2] !== '0'),
      },
    },
    { heading: { level: 2, text: 'Claims by status' } },
  ];
  for (const s of statuses) {
    const group = claims.filter((c) => c.status === s);
    if (!group.length) continue;
    out.push({ heading: { level: 3, text: `${s} (${group.length})` } });
    out.push({
      list: group.map(
        (c) =>
          `${c.id}: “${c.quote}” (${c.documentId} ${c.start}–${c.end})${c.gloss ? ` — ${c.gloss}` : ''}${c.attributedTo.length ? ` — attributed to ${c.attributedTo.map((a) => a.name).join(', ')}` : ''}${review(c)}`,
      ),
    });
  }
  // Claims matched across documents (src/matching/): one row per relation, from the claim in scope.
  const relations = claims.flatMap((c) => (c.related ?? []).map((m) => [m.kind, m.status, c.id, `${m.otherId} (${m.otherDocumentId})`, `“${m.otherQuote}”`, m.why]));
  if (relations.length) {
    out.push({ heading: { level: 2, text: 'Related claims in other documents' } });
    out.push({ table: { header: ['Relation', 'Status', 'Claim', 'Other claim', 'Other quote', 'Why'], rows: relations } });
  }
  out.push({ heading: { level: 2, text: 'Causal links' } });
  out.push({
    table: {
      header: ['Link', 'From', 'To', 'Polarity', 'Status', 'Quote', 'Latest review'],
      rows: links.map((l) => [l.id, l.from ?? '', l.to ?? '', l.polarity ?? '', l.status, `“${l.quote}”`, verdict(l)]),
    },
  });
  out.push({ heading: { level: 2, text: 'Sources' } });
  out.push({ list: r.sources.map((s) => `${s.name} (${s.kind.toLowerCase()})${s.url ? ` ${s.url}` : ''}`) });
  return out;
}

/** A rationale as a sentence of its own: ended by its own stop (., 。, !, ?, …) or by one added here. */
const sentence = (s: string) => (/[.。!！?？…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(r: ReportInput): string {
  return `${blocks(r)
    .map((b) => {
      if (b.heading) return `${'#'.repeat(b.heading.level)} ${b.heading.text}`;
      if (b.paragraph) return b.paragraph;
      if (b.list) return b.list.map((i) => `- ${i.replace(/\n/g, ' ')}`).join('\n');
      if (b.table) return [`| ${b.table.header.join(' | ')} |`, `| ${b.table.header.map(() => '---').join(' | ')} |`, ...b.table.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`)].join('\n');
      return '';
    })
    .join('\n\n')}\n`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained HTML page (inline styles, no scripts or external assets). */
export function toHtml(r: ReportInput): string {
  const body = blocks(r)
    .map((b) => {
      if (b.heading) return `<h${b.heading.level}>${esc(b.heading.text)}</h${b.heading.level}>`;
      if (b.paragraph) return `<p>${esc(b.paragraph)}</p>`;
      if (b.list) return `<ul>${b.list.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      if (b.table) return `<table><thead><tr>${b.table.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.table.rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      return '';
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(r.title)}</title>
<style>body{font:15px/1.5 system-ui,"Noto Sans CJK TC","PingFang TC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}li{margin:.3rem 0}</style>
</head><body>
${body}
</body></html>
`;
}
