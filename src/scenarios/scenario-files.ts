import { readdirSync, readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '../config.ts';
import { notFound } from '../errors.ts';
import { parseScenarioText, type Scenario } from '../liquidity/scenario-input.ts';

export const SCENARIO_DIR = `${PROJECT_ROOT}seeds/scenarios/`;

/** The shipped scenarios (`seeds/scenarios/*.yaml`), validated, in name order. A broken file fails loudly. */
export function readScenarioFiles(dir = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseScenarioText(readFileSync(`${dir}${f}`, 'utf8'), `scenario file ${f}`));
}

/** A shipped scenario by name, or NOT_FOUND listing the names there are. */
export function shippedScenario(name: string, dir = SCENARIO_DIR): Scenario {
  const all = readScenarioFiles(dir);
  const found = all.find((s) => s.name === name);
  // The name is not echoed back: the suggestions say what there is.
  if (!found) throw notFound(`No shipped scenario has that name; the shipped ones are ${all.map((s) => s.name).join(', ')}`, { suggestions: all.map((s) => s.name) });
  return found;
}
