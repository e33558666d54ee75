import type { DriverId } from './simulate.ts';

export type Sign = 'INCREASES' | 'DECREASES';

/** One account a mechanism moves, and which way (for a positive amount of the driver). */
export interface MechanismPosting {
  account: string;
  direction: 1 | -1;
}

/**
 * How the ledger realises a causal link between two factors: the driver, the postings it makes
 * and the sign they give the effect. A link whose polarity matches is backed by the accounting
 * identity; one that does not match, or is not in this table, is only asserted.
 */
export interface Mechanism {
  from: string;
  to: string;
  driver: DriverId;
  sign: Sign;
  postings: MechanismPosting[];
  description: string;
  /** When the sign holds only under a condition the model makes explicit. */
  condition: string | null;
}

const p = (account: string, direction: 1 | -1): MechanismPosting => ({ account, direction });

/** Factor ids of the seed corpus the model covers, as cause → effect. */
export const MECHANISMS: readonly Mechanism[] = [
  {
    from: 'f-treasury-issuance',
    to: 'f-tga-balance',
    driver: 'issuance',
    sign: 'INCREASES',
    postings: [p('treasury.securities', 1), p('treasury.tga', 1), p('fed.tga', 1), p('fed.reserves', -1), p('fed.onrrp', -1)],
    description: 'Buyers pay for new securities into the TGA: the Treasury’s debt and its deposit at the Fed rise together.',
    condition: null,
  },
  {
    from: 'f-treasury-issuance',
    to: 'f-bank-reserves',
    driver: 'issuance',
    sign: 'DECREASES',
    postings: [p('public.securities', 1), p('public.deposits', -1), p('banks.deposits', -1), p('banks.reserves', -1), p('fed.reserves', -1), p('fed.tga', 1)],
    description: 'Buyers pay from bank deposits; their banks’ reserves move to the TGA.',
    condition: 'Only the part ON RRP does not pay: money funds buying with ON RRP cash leave reserves unchanged (drivers.issuance.onrrpShare, down to the floor).',
  },
  {
    from: 'f-tga-balance',
    to: 'f-bank-reserves',
    driver: 'fiscal',
    sign: 'DECREASES',
    postings: [p('fed.tga', 1), p('fed.reserves', -1), p('banks.reserves', -1), p('banks.deposits', -1), p('public.deposits', -1)],
    description: 'The identity: with total assets and the other factors unchanged, every dollar into the TGA is a dollar out of reserves (receipts in, outlays out).',
    condition: null,
  },
  {
    from: 'f-government-shutdown',
    to: 'f-tga-balance',
    driver: 'shutdown',
    sign: 'INCREASES',
    postings: [p('treasury.tga', 1), p('treasury.payables', 1), p('fed.tga', 1), p('fed.reserves', -1), p('public.receivables', 1), p('public.deposits', -1)],
    description: 'Outlays withheld during the lapse stay in the TGA while the payees hold an unpaid claim; the backlog leaves the TGA on reopening.',
    condition: null,
  },
  {
    from: 'f-government-shutdown',
    to: 'f-bank-reserves',
    driver: 'shutdown',
    sign: 'DECREASES',
    postings: [p('fed.tga', 1), p('fed.reserves', -1), p('banks.reserves', -1), p('banks.deposits', -1), p('public.deposits', -1)],
    description: 'Withheld outlays keep reserves in the TGA until the backlog is paid.',
    condition: 'Temporary where the backlog is paid after reopening (drivers.shutdown.releaseShare).',
  },
  {
    from: 'f-debt-monetization',
    to: 'f-bank-reserves',
    driver: 'qe',
    sign: 'INCREASES',
    postings: [p('fed.securities', 1), p('fed.reserves', 1), p('banks.reserves', 1), p('banks.deposits', 1), p('public.deposits', 1), p('public.securities', -1)],
    description: 'The Fed pays for securities with new reserves, credited to the sellers’ banks.',
    condition: null,
  },
  {
    from: 'f-qe4',
    to: 'f-bank-reserves',
    driver: 'qe',
    sign: 'INCREASES',
    postings: [p('fed.securities', 1), p('fed.reserves', 1), p('banks.reserves', 1), p('banks.deposits', 1), p('public.deposits', 1), p('public.securities', -1)],
    description: 'QE purchases are paid with new reserves.',
    condition: null,
  },
  {
    from: 'f-fed-balance-sheet',
    to: 'f-bank-reserves',
    driver: 'runoff',
    sign: 'INCREASES',
    postings: [p('fed.securities', 1), p('fed.reserves', 1), p('banks.reserves', 1)],
    description: 'The Fed’s assets and its liabilities move together: a smaller balance sheet (runoff) means fewer reserves unless ON RRP or the TGA shrink instead.',
    condition: 'With the TGA, ON RRP and the other factors unchanged.',
  },
  {
    from: 'f-stablecoin-adoption',
    to: 'f-bank-reserves',
    driver: 'stablecoins',
    sign: 'DECREASES',
    postings: [p('stablecoins.mmfShares', 1), p('mmfs.onrrp', 1), p('fed.onrrp', 1), p('fed.reserves', -1), p('banks.reserves', -1), p('banks.deposits', -1)],
    description: 'Tokens bought with bank deposits drain reserves only where the issuer parks the money in a government money fund that uses the Fed’s ON RRP.',
    condition: 'Only the deposit-funded share held through money funds (drivers.stablecoins.holdings.moneyFunds); bills bought from the public and bank deposits move deposits between holders and leave reserves unchanged.',
  },
  {
    from: 'f-stablecoin-rules',
    to: 'f-bank-reserves',
    driver: 'stablecoins',
    sign: 'DECREASES',
    postings: [p('stablecoins.mmfShares', 1), p('mmfs.onrrp', 1), p('fed.onrrp', 1), p('fed.reserves', -1), p('banks.reserves', -1), p('banks.deposits', -1)],
    description: 'The rules act through stablecoin growth; see stablecoin adoption → bank reserves.',
    condition: 'Only through stablecoin growth, and only the share issuers hold through money funds that use ON RRP.',
  },
];

const BY_PAIR = new Map(MECHANISMS.map((m) => [`${m.from}→${m.to}`, m]));

/** The mechanism realising a link from one factor to another, if the model covers both ends. */
export const mechanismFor = (fromFactorId: string, toFactorId: string): Mechanism | undefined => BY_PAIR.get(`${fromFactorId}→${toFactorId}`);

/** Whether a link of this polarity is backed by the accounting: the model covers it and gives the same sign. */
export function backedBy(fromFactorId: string, toFactorId: string, polarity: string): { mechanism: Mechanism; agrees: boolean } | undefined {
  const m = mechanismFor(fromFactorId, toFactorId);
  return m ? { mechanism: m, agrees: m.sign === polarity } : undefined;
}
