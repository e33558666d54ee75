import { parseArgs } from 'node:util';
import { badInput, notFound } from '../errors.ts';
import { CATALOGUE, seriesInfo } from '../series/catalogue.ts';
import { importSeriesFile, importSeriesText } from '../series/import-series.ts';
import { listSeries, observations, type ImportOutcome } from '../series/series-store.ts';
import { createProgress } from '../progress/progress.ts';
import type { CommandContext } from './main.ts';
import { withGraph } from './with-graph.ts';

const usage = `Usage: claimgraph series <subcommand>

  series import FILE [--series ID] [--convert]   import a FRED CSV (observation_date,ID or DATE,ID) or a
                                                 Daily Treasury Statement operating-cash-balance CSV
  series list                                    every series with its provenance
  series show ID [--from yyyy-mm-dd] [--to yyyy-mm-dd]   observations as CSV (date,value in the series' scale)
  series fetch ID                                download the series from the FRED API (needs FRED_API_KEY)

A file is validated completely before anything is written; an error names the line and the column.
A file in billions where the series is stored in millions (or the reverse) is refused unless --convert
is given, which multiplies it explicitly and records the conversion. Importing the same file twice
changes nothing; a newer vintage updates values and keeps the ones it replaced.`;

function summary(o: ImportOutcome): string {
  if (o.alreadyCurrent) return `${o.seriesId}: this file (sha256 ${o.sha256.slice(0, 12)}…) is already imported; nothing changed`;
  return `${o.seriesId}: ${o.rows} rows, ${o.added} added, ${o.changed} revised (previous values kept), ${o.unchanged} unchanged, ${o.missing} missing${o.converted ? ', converted from the file\'s scale' : ''}`;
}

/** A FRED API answer as the CSV FRED serves for download, so it takes the same validated import path. */
async function fetchFred(id: string, apiKey: string): Promise<string> {
  const url = new URL('https://api.stlouisfed.org/fred/series/observations');
  url.search = new URLSearchParams({ series_id: id, api_key: apiKey, file_type: 'json', observation_start: '2019-01-01' }).toString();
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`the FRED API answered ${response.status} for ${id}`);
  const body = (await response.json()) as { observations?: { date: string; value: string }[] };
  return [`observation_date,${id}`, ...(body.observations ?? []).map((o) => `${o.date},${o.value === '.' ? '' : o.value}`)].join('\n') + '\n';
}

export const seriesCommand = {
  usage,
  async run(ctx: CommandContext): Promise<number> {
    const [sub, ...rest] = ctx.args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { series: { type: 'string' }, convert: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' } },
    });
    const arg = positionals[0];
    switch (sub) {
      case 'import': {
        if (!arg) break;
        const progress = createProgress('series import');
        const outcome = await withGraph(ctx, (graph) =>
          importSeriesFile(graph, arg, { seriesId: values.series, convert: values.convert, onProgress: (done, total) => progress.update('observations', done, total) }),
        );
        progress.done(summary(outcome));
        return 0;
      }
      case 'list': {
        const rows = await withGraph(ctx, (graph) => listSeries(graph));
        process.stdout.write('id\tkind\tscale\tfirst\tlast\tobservations\tsha256\torigin\n');
        for (const s of rows) {
          process.stdout.write(`${s.id}\t${s.observationKind}\t${s.scale === 1e6 ? 'USD millions' : 'USD billions'}\t${s.firstDate}\t${s.lastDate}\t${s.observationCount}\t${s.sha256.slice(0, 12)}\t${s.origin}\n`);
        }
        return 0;
      }
      case 'show': {
        if (!arg) break;
        const id = seriesInfo(arg)?.id ?? arg;
        for (const [name, v] of [['--from', values.from], ['--to', values.to]] as const) {
          if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw badInput(`${name} must be yyyy-mm-dd, not ${JSON.stringify(v)}`);
        }
        const rows = await withGraph(ctx, (graph) => observations(graph, id, values.from, values.to));
        process.stdout.write(`date,${id}\n${rows.map((r) => `${r.date},${r.value}`).join('\n')}${rows.length ? '\n' : ''}`);
        return 0;
      }
      case 'fetch': {
        if (!arg) break;
        const info = seriesInfo(arg);
        if (!info || info.format !== 'FRED_CSV') throw notFound(`${arg} is not a FRED series in the catalogue (${CATALOGUE.filter((s) => s.format === 'FRED_CSV').map((s) => s.id).join(', ')})`);
        const apiKey = ctx.config.fredApiKey;
        if (!apiKey) throw badInput('series fetch needs FRED_API_KEY (a free key from https://fred.stlouisfed.org/docs/api/api_key.html) and a network');
        const progress = createProgress('series fetch');
        const text = await fetchFred(info.id.slice(5), apiKey);
        const outcome = await withGraph(ctx, (graph) => importSeriesText(graph, text, { seriesId: info.id, origin: `FRED API, ${new Date().toISOString().slice(0, 10)}` }));
        progress.done(summary(outcome));
        return 0;
      }
    }
    process.stderr.write(`${usage}\n`);
    return 2;
  },
};
