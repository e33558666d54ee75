// Cypher for saved scenario runs. A run is stored as a Source of kind MODEL carrying the run's
// properties (inputs hash, model version, scenario, summary), so an editor cites it as review
// evidence by its id like any other source. No label of its own: exports keep one label per node.
import type { Graph } from '../graph/graph.ts';
import { searchText } from '../search/search-text.ts';
import type { SimulationResult } from '../liquidity/simulate.ts';

export interface ScenarioRunRow {
  id: string;
  name: string;
  description: string;
  inputsHash: string;
  modelVersion: string;
  scenarioName: string;
  scenarioDefinition: string;
  summary: string;
  savedAt: string;
  savedBy: string;
}

const RUN_FIELDS = '.id, .name, .description, .inputsHash, .modelVersion, .scenarioName, .scenarioDefinition, .summary, .savedAt, .savedBy';

const bn = (millions: number) => `${(millions / 1000).toFixed(1)} bn`;

/** What a reader of the review sees: the run in one paragraph, computed from the result. */
export function describeRun(result: SimulationResult): string {
  const crossings = result.crossings.map((c) => `${c.name}: ${c.crossed ? `crossed in the week ending ${c.week}` : 'not crossed'}`).join('; ');
  const drivers = result.attribution.map((a) => `${a.label} ${a.change >= 0 ? '+' : ''}${bn(a.change)}`).join(', ');
  return `Reserves (week averages) ${bn(result.reserves[0]!)} in the week ending ${result.weeks[0]} → ${bn(result.reserves.at(-1)!)} in the week ending ${result.weeks.at(-1)}; lowest ${bn(result.minimum.value)} (${result.minimum.week}). ${crossings}. By driver: ${drivers}.`;
}

/**
 * Saves a run, or returns the one already saved with the same inputs: the id is derived from the
 * inputs hash, so saving twice gives one node (MERGE on the unique Source id).
 */
export async function saveScenarioRun(graph: Graph, result: SimulationResult, definition: string, editor: string): Promise<{ run: ScenarioRunRow; created: boolean }> {
  const name = `Scenario run: ${result.scenario.title} (from ${result.weeks[0]}, ${result.weeks.length - 1} weeks)`;
  const description = describeRun(result);
  const summary = JSON.stringify({
    basis: result.basis,
    weeks: [result.weeks[0], result.weeks.at(-1)],
    reservesMillions: [result.reserves[0], result.reserves.at(-1)],
    minimum: result.minimum,
    crossings: result.crossings,
    attribution: result.attribution,
    warnings: result.warnings,
  });
  return graph.write('scenarioRun.save', async (tx) => {
    const [row] = await tx.rows<{ run: ScenarioRunRow; created: boolean }>(
      'scenarioRun.merge',
      `MERGE (s:Source {id: $id})
ON CREATE SET s.kind = 'MODEL', s.name = $name, s.description = $description, s.publisher = $publisher,
  s.inputsHash = $inputsHash, s.modelVersion = $modelVersion, s.scenarioName = $scenarioName, s.scenarioDefinition = $definition,
  s.summary = $summary, s.savedAt = $now, s.savedBy = $editor, s.createdAt = $now, s.searchText = $searchText, s._new = true
WITH s, coalesce(s._new, false) AS created
REMOVE s._new
RETURN s {${RUN_FIELDS}} AS run, created`,
      {
        id: `src-run-${result.inputsHash.slice(0, 20)}`,
        name,
        description,
        publisher: `claimgraph liquidity model (${result.modelVersion})`,
        inputsHash: result.inputsHash,
        modelVersion: result.modelVersion,
        scenarioName: result.scenario.name,
        definition,
        summary,
        now: new Date().toISOString(),
        editor,
        searchText: searchText([name, result.scenario.name, 'scenario run liquidity model']),
      },
    );
    return row as { run: ScenarioRunRow; created: boolean };
  });
}

export async function scenarioRunById(graph: Graph, id: string): Promise<ScenarioRunRow | null> {
  const [row] = await graph.rows<{ run: ScenarioRunRow }>('scenarioRun.byId', `MATCH (s:Source {id: $id}) WHERE s.inputsHash IS NOT NULL RETURN s {${RUN_FIELDS}} AS run`, { id });
  return row?.run ?? null;
}
