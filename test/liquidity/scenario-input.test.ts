import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/liquidity/model-error.ts';
import { readScenarioFiles } from '../../src/scenarios/scenario-files.ts';
import { MAX_HORIZON_WEEKS, parseScenario, parseScenarioText } from '../../src/liquidity/scenario-input.ts';

function fieldsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).kind).toBe('INVALID_SCENARIO');
    const fields = (error as ModelError).issues;
    return Object.fromEntries(fields.map((f) => [f.path, f.message]));
  }
  throw new Error('expected INVALID_SCENARIO');
}

const valid = {
  name: 'ok',
  title: 'A valid scenario',
  start: '2025-09-24',
  horizonWeeks: 10,
  drivers: { fiscal: { receiptsPerWeek: 100, outlaysPerWeek: 134 }, shutdown: { start: '2025-10-01', end: '2025-11-12', frozenShare: 0.15 } },
};

describe('scenario validation', () => {
  it('accepts a valid scenario and fills defaults', () => {
    const s = parseScenario(valid);
    expect(s.drivers.shutdown).toMatchObject({ releaseShare: 1, releaseWeeks: 1 });
    expect(s.thresholds).toEqual([]);
  });

  it('names every wrong field at once: negative share, end before start, unknown driver, horizon over the limit', () => {
    const fields = fieldsOf(() =>
      parseScenario({
        ...valid,
        horizonWeeks: MAX_HORIZON_WEEKS + 1,
        drivers: {
          ...valid.drivers,
          shutdown: { start: '2025-11-12', end: '2025-10-01', frozenShare: -0.2 },
          tarrifs: { perWeek: 3 },
          stablecoins: { growthPerWeek: 1, depositShare: 1.5, holdings: { bills: 0.5, moneyFunds: 0.2, deposits: 0.2 } },
        },
        thresholds: [{ name: 'x', level: -1, claim: 'e9186e0b-c006' }],
      }),
    );
    expect(Object.keys(fields).sort()).toEqual(
      [
        'horizonWeeks',
        'drivers.shutdown.frozenShare',
        'drivers.shutdown.end',
        'drivers.tarrifs',
        'drivers.stablecoins.depositShare',
        'drivers.stablecoins.holdings',
        'thresholds.0.level',
      ].sort(),
    );
    expect(fields['drivers.tarrifs']).toMatch(/unknown driver/);
    expect(fields['drivers.shutdown.end']).toMatch(/after/);
  });

  it('refuses drivers that a recorded term already contains, and a shutdown without outlays', () => {
    const fields = fieldsOf(() =>
      parseScenario({ ...valid, drivers: { recorded: { tga: true }, issuance: { perWeek: 10 }, shutdown: valid.drivers.shutdown } }),
    );
    expect(Object.keys(fields).sort()).toEqual(['drivers.issuance', 'drivers.shutdown'].sort());
  });

  it('never echoes the input back in the message', () => {
    const secret = '<script>alert(1)</script>';
    try {
      parseScenario({ ...valid, name: secret, title: 5, drivers: { ...valid.drivers, [secret]: 1 } });
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
      expect(JSON.stringify((error as ModelError).issues)).not.toContain(secret);
      return;
    }
    throw new Error('expected an error');
  });

  it('reports broken YAML with its position', () => {
    expect(() => parseScenarioText('name: [unclosed')).toThrow(/not valid YAML/);
  });

  it('ships the scenarios issues 9 and 23 ask for, each tied to the seed claims of the two lines', () => {
    const all = readScenarioFiles();
    expect(all.map((s) => s.name).sort()).toEqual(['as-announced-2025-07-30', 'as-announced-2025-10-29', 'as-announced-2025-12-10', 'as-recorded', 'qe4-early-2026', 'shutdown-ends-november-12', 'shutdown-until-thanksgiving']);
    for (const s of all) expect(s.thresholds.map((t) => [t.level, t.claim])).toEqual([[2700, 'e9186e0b-c006'], [2500, 'e9186e0b-c007']]);
  });
});

describe('as-announced drivers', () => {
  const base = { name: 'plan', title: 'plan', start: '2025-07-30', horizonWeeks: 4 };
  it('refuses a treasury plan combined with issuance, quarters out of order, and both or neither of perWeek and fitWeeks', () => {
    const fields = fieldsOf(() =>
      parseScenario({
        ...base,
        drivers: {
          treasuryPlan: { quarters: [{ end: '2025-12-31', borrowing: 590, cashBalance: 850 }, { end: '2025-09-30', borrowing: 1007, cashBalance: 850 }] },
          issuance: { perWeek: 10 },
          runoff: { perWeek: 5, fitWeeks: 13 },
          otherFactors: {},
        },
      }),
    );
    expect(Object.keys(fields).sort()).toEqual(['drivers.issuance', 'drivers.otherFactors', 'drivers.runoff', 'drivers.treasuryPlan.quarters.1.end'].sort());
  });
  it('refuses an announcement without a URL', () => {
    const fields = fieldsOf(() => parseScenario({ ...base, drivers: { otherFactors: { fitWeeks: 52 } }, announcements: [{ driver: 'runoff', summary: 'x', publisher: 'Fed', date: '2025-07-30', url: 'not a url' }] }));
    expect(Object.keys(fields)).toEqual(['announcements.0.url']);
  });
});
