/**
 * A double-entry ledger of the Fed's balance sheet and the sectors around it.
 *
 * Every stock is an account of one sector, on one side (asset, liability or net worth), and
 * every financial account is one side of an instrument: reserves are the banks' asset and the
 * Fed's liability, a Treasury bill is the Treasury's liability and its holder's asset. A flow
 * is a transaction of legs (account, change). The ledger refuses a transaction unless
 *
 *  - every sector's column sums to zero (Δassets = Δliabilities + Δnet worth), so its balance
 *    sheet stays balanced;
 *  - every instrument's row sums to zero across sectors (holders' Δ = issuer's Δ), the
 *    transactions-flow discipline of Godley tables;
 *  - the net-worth row sums to zero (a tax paid is the Treasury's gain and the public's loss).
 *
 * Amounts are whole millions of USD held in doubles, so every sum is exact (far below 2^53)
 * and a check needs no tolerance: any violation is a bug and throws, never absorbed.
 */

export const SECTORS = ['fed', 'treasury', 'banks', 'mmfs', 'stablecoins', 'public'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_NAMES: Record<Sector, string> = {
  fed: 'Federal Reserve',
  treasury: 'US Treasury',
  banks: 'Banks',
  mmfs: 'Money-market funds',
  stablecoins: 'Stablecoin issuers',
  public: 'The public (households, firms, other holders)',
};

export type Side = 'ASSET' | 'LIABILITY' | 'NET_WORTH';

/** Financial instruments: each is one sector's liability and other sectors' asset. */
export const INSTRUMENTS = [
  'reserves',
  'tga',
  'onrrp',
  'currencyAndOther',
  'fedLoans',
  'securities',
  'payables',
  'deposits',
  'bankLoans',
  'mmfShares',
  'tokens',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface AccountDef {
  /** `sector.name`, e.g. `fed.reserves`. */
  id: string;
  sector: Sector;
  side: Side;
  /** The instrument, for asset and liability accounts; null for net worth. */
  instrument: Instrument | null;
  name: string;
}

const a = (sector: Sector, name: string, instrument: Instrument, label: string): AccountDef => ({ id: `${sector}.${name}`, sector, side: 'ASSET', instrument, name: label });
const l = (sector: Sector, name: string, instrument: Instrument, label: string): AccountDef => ({ id: `${sector}.${name}`, sector, side: 'LIABILITY', instrument, name: label });
const nw = (sector: Sector): AccountDef => ({ id: `${sector}.netWorth`, sector, side: 'NET_WORTH', instrument: null, name: 'Net worth' });

/** Every account, in a fixed order (the order of paths, CSV columns and checks). */
export const ACCOUNTS: readonly AccountDef[] = [
  // The Fed. Its "securities" are all of WALCL: Treasuries, agency MBS and other assets, which the shipped series do not split.
  a('fed', 'securities', 'securities', 'Securities and other assets'),
  a('fed', 'loans', 'fedLoans', 'Loans to banks'),
  l('fed', 'reserves', 'reserves', 'Reserve balances'),
  l('fed', 'tga', 'tga', 'Treasury General Account'),
  l('fed', 'onrrp', 'onrrp', 'ON RRP'),
  l('fed', 'currencyAndOther', 'currencyAndOther', 'Currency and other factors (residual)'),
  nw('fed'),
  a('treasury', 'tga', 'tga', 'TGA deposit'),
  l('treasury', 'securities', 'securities', 'Debt: Treasury securities'),
  l('treasury', 'payables', 'payables', 'Unpaid outlays (shutdown backlog)'),
  nw('treasury'),
  a('banks', 'reserves', 'reserves', 'Reserve balances'),
  a('banks', 'loans', 'bankLoans', 'Loans and other assets'),
  l('banks', 'deposits', 'deposits', 'Deposits'),
  l('banks', 'fedLoans', 'fedLoans', 'Borrowing from the Fed'),
  nw('banks'),
  a('mmfs', 'onrrp', 'onrrp', 'ON RRP'),
  a('mmfs', 'securities', 'securities', 'Treasury bills'),
  l('mmfs', 'shares', 'mmfShares', 'Fund shares'),
  nw('mmfs'),
  a('stablecoins', 'securities', 'securities', 'Treasury bills'),
  a('stablecoins', 'deposits', 'deposits', 'Bank deposits'),
  a('stablecoins', 'mmfShares', 'mmfShares', 'Government money-fund shares (ON RRP through the fund)'),
  l('stablecoins', 'tokens', 'tokens', 'Tokens outstanding'),
  nw('stablecoins'),
  a('public', 'deposits', 'deposits', 'Bank deposits'),
  a('public', 'mmfShares', 'mmfShares', 'Money-fund shares'),
  a('public', 'tokens', 'tokens', 'Stablecoins'),
  a('public', 'securities', 'securities', 'Treasury securities'),
  a('public', 'currencyAndOther', 'currencyAndOther', 'Currency and other claims on the Fed'),
  a('public', 'receivables', 'payables', 'Unpaid federal payments due'),
  l('public', 'bankLoans', 'bankLoans', 'Bank loans'),
  nw('public'),
];

export type AccountId = string;

const INDEX = new Map(ACCOUNTS.map((acc, i) => [acc.id, i]));

/** The index of an account; an unknown id is a programming error. */
export function accountIndex(id: AccountId): number {
  const i = INDEX.get(id);
  if (i === undefined) throw new LedgerError(`unknown account ${id}`);
  return i;
}

/** Stable numeric handles, so drivers build legs without map look-ups in the weekly loop. */
export const AC = Object.fromEntries(ACCOUNTS.map((acc, i) => [acc.id, i])) as Record<string, number>;

const SECTOR_OF = Int32Array.from(ACCOUNTS, (acc) => SECTORS.indexOf(acc.sector));
const INSTRUMENT_OF = Int32Array.from(ACCOUNTS, (acc) => (acc.instrument ? INSTRUMENTS.indexOf(acc.instrument) : -1));
/** +1 for assets, −1 for liabilities and net worth: a balanced column sums to zero with these signs. */
const COLUMN_SIGN = Int8Array.from(ACCOUNTS, (acc) => (acc.side === 'ASSET' ? 1 : -1));

/** A broken identity: always a bug in a driver or the ledger, never bad user input. */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

/** One flow: legs as flat pairs [account index, change in millions, …], named for attribution. */
export interface Transaction {
  driver: string;
  legs: number[];
}

export class Ledger {
  readonly balances: Float64Array;
  private readonly sectorSums = new Float64Array(SECTORS.length);
  private readonly instrumentSums = new Float64Array(INSTRUMENTS.length);
  /** Transactions posted so far (checked one by one). */
  posted = 0;

  constructor(initial: Float64Array) {
    if (initial.length !== ACCOUNTS.length) throw new LedgerError(`expected ${ACCOUNTS.length} balances, got ${initial.length}`);
    this.balances = Float64Array.from(initial);
    this.checkLevels('opening balances');
  }

  balance(id: AccountId): number {
    return this.balances[accountIndex(id)] as number;
  }

  /**
   * Checks a transaction's rows and columns, then applies it. Nothing is applied when a check
   * fails, so a caught error leaves the ledger as it was.
   */
  post(tx: Transaction): void {
    const legs = tx.legs;
    if (legs.length % 2 !== 0) throw new LedgerError(`${tx.driver}: odd leg list`);
    this.sectorSums.fill(0);
    this.instrumentSums.fill(0);
    let netWorthSum = 0;
    for (let k = 0; k < legs.length; k += 2) {
      const i = legs[k] as number;
      const delta = legs[k + 1] as number;
      if (!Number.isSafeInteger(delta)) throw new LedgerError(`${tx.driver}: ${ACCOUNTS[i]?.id ?? i} change ${delta} is not a whole number of millions`);
      const sign = COLUMN_SIGN[i] as number;
      this.sectorSums[SECTOR_OF[i] as number]! += sign * delta;
      const instrument = INSTRUMENT_OF[i] as number;
      if (instrument >= 0) this.instrumentSums[instrument]! += sign * delta;
      else netWorthSum += delta;
    }
    for (let s = 0; s < SECTORS.length; s++) {
      if (this.sectorSums[s] !== 0) throw new LedgerError(`${tx.driver}: the ${SECTORS[s]} column does not balance (off by ${this.sectorSums[s]})`);
    }
    for (let m = 0; m < INSTRUMENTS.length; m++) {
      if (this.instrumentSums[m] !== 0) throw new LedgerError(`${tx.driver}: the ${INSTRUMENTS[m]} row does not sum to zero across sectors (off by ${this.instrumentSums[m]})`);
    }
    if (netWorthSum !== 0) throw new LedgerError(`${tx.driver}: the net-worth row does not sum to zero (off by ${netWorthSum})`);
    for (let k = 0; k < legs.length; k += 2) this.balances[legs[k] as number]! += legs[k + 1] as number;
    this.posted++;
  }

  /** Every sector balances and every instrument's holdings equal its issue: the stock identities. */
  checkLevels(when: string): void {
    this.sectorSums.fill(0);
    this.instrumentSums.fill(0);
    for (let i = 0; i < ACCOUNTS.length; i++) {
      const v = this.balances[i] as number;
      if (!Number.isSafeInteger(v)) throw new LedgerError(`${when}: ${ACCOUNTS[i]!.id} = ${v} is not a whole number of millions`);
      const sign = COLUMN_SIGN[i] as number;
      this.sectorSums[SECTOR_OF[i] as number]! += sign * v;
      const instrument = INSTRUMENT_OF[i] as number;
      if (instrument >= 0) this.instrumentSums[instrument]! += sign * v;
    }
    for (let s = 0; s < SECTORS.length; s++) {
      if (this.sectorSums[s] !== 0) throw new LedgerError(`${when}: the ${SECTORS[s]} balance sheet does not balance (off by ${this.sectorSums[s]})`);
    }
    for (let m = 0; m < INSTRUMENTS.length; m++) {
      if (this.instrumentSums[m] !== 0) throw new LedgerError(`${when}: ${INSTRUMENTS[m]} held ≠ issued (off by ${this.instrumentSums[m]})`);
    }
  }
}

/** Opening balances that balance by construction: net worth is each sector's residual. */
export function openingBalances(values: Partial<Record<AccountId, number>>): Float64Array {
  const out = new Float64Array(ACCOUNTS.length);
  for (const [id, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const i = accountIndex(id);
    if (ACCOUNTS[i]!.side === 'NET_WORTH') throw new LedgerError(`${id}: net worth is derived, not given`);
    out[i] = v;
  }
  // Net worth closes each column: assets − liabilities.
  for (const sector of SECTORS) {
    let sum = 0;
    ACCOUNTS.forEach((acc, i) => {
      if (acc.sector === sector && acc.side !== 'NET_WORTH') sum += (acc.side === 'ASSET' ? 1 : -1) * (out[i] as number);
    });
    out[accountIndex(`${sector}.netWorth`)] = sum;
  }
  return out;
}
