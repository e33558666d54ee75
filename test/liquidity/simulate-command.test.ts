import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceFiles } from '../../src/scenarios/reference-files.ts';
import { shippedScenario } from '../../src/scenarios/scenario-files.ts';
import { parseScenario } from '../../src/liquidity/scenario-input.ts';
import { runScenario } from '../../src/liquidity/simulate.ts';
import { Reference } from '../../src/liquidity/snapshot.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/main.ts', 'simulate', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
const reference = new Reference(readReferenceFiles());

describe('claimgraph simulate', () => {
  it('prints the table, the crossings, the attribution and a chart of reserves against the lines', () => {
    const r = cli('shutdown-until-thanksgiving');
    expect(r.status, r.stderr).toBe(0);
    const result = runScenario({ scenario: shippedScenario('shutdown-until-thanksgiving'), reference });
    expect(r.stdout).toContain('every stock is a week average');
    expect(r.stdout).toContain(`lowest reserves ${(result.minimum.value / 1000).toFixed(1)} in the week ending ${result.minimum.week}`);
    expect(r.stdout).toContain('[claim e9186e0b-c006]');
    expect(r.stdout).toMatch(/\|-+\| warning line/);
    expect(r.stdout).toContain('*');
  });

  it('--csv writes every account of every week; a file scenario runs; a bad one exits non-zero naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, 'name: mine\ntitle: QE only\nstart: 2025-12-31\nhorizonWeeks: 3\ndrivers:\n  qe: { perWeek: 10, start: 2025-12-01 }\n');
    const csv = join(dir, 'paths.csv');
    const r = cli(file, '--csv', csv);
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    const header = lines[0]!.split(',');
    const reserves = header.indexOf('banks.reserves');
    expect(Number(lines[4]!.split(',')[reserves]) - Number(lines[1]!.split(',')[reserves])).toBeCloseTo(30, 6);

    writeFileSync(file, 'name: mine\ntitle: bad\nstart: 2025-12-31\nhorizonWeeks: 3\ndrivers:\n  qe: { perWeek: 10, start: 2025-12-01, end: 2025-11-01 }\n');
    const bad = cli(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('drivers.qe.end');
    expect(bad.stderr).toContain('[BAD_USER_INPUT]');
    expect(cli('no-such-scenario').stderr).toContain('[NOT_FOUND]');
  });

  it('refuses a start the series do not cover, naming the field', () => {
    const scenario = parseScenario({ name: 'late', title: 'late', start: '2031-01-01', horizonWeeks: 2, drivers: {} });
    expect(() => runScenario({ scenario, reference })).toThrow(/No complete reference data/);
  });
});
