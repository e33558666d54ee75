import { useEffect, useState } from 'preact/hooks';
import { gql } from './api.ts';
import { DESK_DOCUMENTS, DESK_SOURCES, type Scorecard } from './queries.ts';
import { navigate } from './router.ts';
import { MeasureLinks, withRecord, type MeasureFactor } from './measure-links.tsx';
import { SortableTable, type Column } from './sortable-table.tsx';

interface DeskDocument { id: string; title: string; titleEn: string | null; language: string; published: string | null; url: string | null; origin: string; scorecard: Scorecard }
interface DeskSource { id: string; name: string; nameZh: string | null; kind: string; publisher: string | null; scorecard: Scorecard }

const go = (path: string, label: string) => (
  <a href={path} onClick={(e) => { e.preventDefault(); navigate(path); }}>{label}</a>
);

/** The tally columns every scorecard table shares. */
const tallies = <R extends { scorecard: Scorecard }>(): Column<R>[] =>
  (['claims', 'checked', 'consistent', 'inconsistent', 'misleading', 'reviewed'] as const).map((k) => ({
    key: k,
    label: k[0]!.toUpperCase() + k.slice(1),
    value: (r: R) => r.scorecard[k],
    numeric: true,
  }));

/**
 * The desk's first screen: every document and every source with its scorecard — claims, how many
 * the record could check and what it suggested, how many an editor has judged — sortable, and the
 * measures whose record can be compared with what was claimed.
 */
export function DeskView() {
  const [docs, setDocs] = useState<DeskDocument[] | null>(null);
  const [sources, setSources] = useState<DeskSource[]>([]);
  const [measures, setMeasures] = useState<MeasureFactor[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    // Documents first: the sources' tallies (every attributed claim checked again) must not hold them up.
    gql<{ documents: { edges: { node: DeskDocument }[] } }>(DESK_DOCUMENTS).then(
      (d) => setDocs(d.documents.edges.map((e) => e.node)),
      (e: Error) => setError(e.message),
    );
    gql<{ sources: DeskSource[]; factors: MeasureFactor[] }>(DESK_SOURCES).then(
      (d) => {
        setSources(d.sources.filter((s) => s.scorecard.claims > 0));
        setMeasures(withRecord(d.factors));
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  if (error) return <p class="error desk-error" role="alert">{error}</p>;
  if (!docs) return <p class="loading" role="status">Loading documents…</p>;
  const docColumns: Column<DeskDocument>[] = [
    { key: 'title', label: 'Document', value: (d) => d.titleEn ?? d.title, render: (d) => <>{go(`/documents/${encodeURIComponent(d.id)}`, d.title)}{d.titleEn && d.titleEn !== d.title && <span class="title-en" lang="en"> — {d.titleEn}</span>}</> },
    { key: 'language', label: 'Language', value: (d) => d.language },
    { key: 'published', label: 'Published', value: (d) => d.published ?? '' },
    ...tallies<DeskDocument>(),
  ];
  const sourceColumns: Column<DeskSource>[] = [
    { key: 'name', label: 'Source', value: (s) => s.name, render: (s) => <>{s.name}{s.nameZh && <span lang="zh"> ({s.nameZh})</span>}</> },
    { key: 'kind', label: 'Kind', value: (s) => s.kind.toLowerCase().replace('_', ' ') },
    ...tallies<DeskSource>(),
  ];
  return (
    <div class="desk">
      <h2>Documents</h2>
      <p class="hint">
        {docs.length === 1 ? 'One document' : `${docs.length} documents`}. <em>Checked</em>: claims the record could suggest a verdict for; <em>consistent</em>, <em>inconsistent</em> and <em>misleading</em> are those suggestions
        (an editor decides); <em>reviewed</em>: claims an editor gave a verdict.
      </p>
      <SortableTable id="documents-table" caption="Documents and their scorecards" columns={docColumns} rows={docs} rowKey={(d) => d.id} initial={{ key: 'published', dir: 'descending' }} />
      <h2>Sources</h2>
      <SortableTable id="sources-table" caption="Sources with claims, and their scorecards" columns={sourceColumns} rows={sources} rowKey={(s) => s.id} initial={{ key: 'claims', dir: 'descending' }} />
      {measures.length > 0 && (
        <>
          <h2>Measures</h2>
          <p class="hint">What has been claimed about each measure, against its record.</p>
          <MeasureLinks measures={measures} />
        </>
      )}
    </div>
  );
}
