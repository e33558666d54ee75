/** Every export format of the API, as download links for the scope the reader is looking at. */
const FORMATS: [string, string][] = [
  ['json', 'Lossless JSON'],
  ['graphml', 'GraphML'],
  ['cytoscape', 'Cytoscape.js JSON'],
  ['csv', 'neo4j-admin CSV (tar)'],
  ['cypher', 'Cypher script'],
  ['claimreview', 'ClaimReview JSON-LD'],
  ['report', 'Review report (Markdown)'],
  ['report-html', 'Review report (HTML)'],
];

export function Exports(props: { label: string; scope: Record<string, string | undefined> }) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(props.scope)) if (v) params.set(k, v);
  const query = params.toString();
  return (
    <details class="exports">
      <summary>Export {props.label}</summary>
      <ul>
        {FORMATS.map(([f, label]) => (
          <li><a href={`/export/${f}${query ? `?${query}` : ''}`} download>{label}</a></li>
        ))}
      </ul>
    </details>
  );
}
