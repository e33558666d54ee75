import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { badInput } from '../errors.ts';
import { readReferenceFiles } from '../scenarios/reference-files.ts';
import { shippedScenario } from '../scenarios/scenario-files.ts';
import { MAX_DEFINITION_BYTES, parseScenarioText } from '../liquidity/scenario-input.ts';
import { renderChart, renderCsv, renderTable } from '../liquidity/render.ts';
import { runScenario } from '../liquidity/simulate.ts';
import { mappingModelErrors } from '../scenarios/model-errors.ts';
import { Reference } from '../liquidity/snapshot.ts';
import type { CommandContext } from './main.ts';

export const simulateCommand = {
  usage: `Usage: claimgraph simulate FILE|NAME [--csv FILE|-]

Runs a scenario through the liquidity model from the recorded balance sheet (the shipped
reference series in seeds/reference/) and prints a weekly table, the threshold crossings,
the change in reserves by driver and a text chart. NAME is a shipped scenario
(seeds/scenarios/NAME.yaml: as-recorded, shutdown-until-thanksgiving, shutdown-ends-november-12,
qe4-early-2026). --csv writes every account's weekly path (billions of USD) to FILE, or to
stdout with "-" (the table then goes to stderr). Needs no database.`,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseArgs({ args: ctx.args, options: { csv: { type: 'string' } }, allowPositionals: true });
    const [target] = positionals;
    if (!target || positionals.length > 1) throw badInput('give one scenario file or shipped scenario name', [{ path: 'FILE|NAME', message: 'required' }]);
    let scenario;
    if (existsSync(target)) {
      const text = readFileSync(target, 'utf8');
      if (text.length > MAX_DEFINITION_BYTES) throw badInput(`${target} is over ${MAX_DEFINITION_BYTES} characters`, [{ path: 'FILE', message: 'too large' }]);
      scenario = mappingModelErrors(() => parseScenarioText(text, `scenario file ${target}`));
    } else scenario = shippedScenario(target);
    const result = mappingModelErrors(() => runScenario({ scenario, reference: new Reference(readReferenceFiles()) }));
    const report = `${renderTable(result)}\n${renderChart(result)}`;
    if (values.csv === '-') {
      process.stderr.write(report);
      process.stdout.write(renderCsv(result));
    } else {
      process.stdout.write(report);
      if (values.csv) {
        writeFileSync(values.csv, renderCsv(result));
        process.stderr.write(`wrote ${result.weeks.length} weeks × ${result.accounts.length} accounts to ${values.csv}\n`);
      }
    }
    return 0;
  },
};
