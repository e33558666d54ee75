import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';

/** One statement as it was sent: text and parameters. */
export interface SentStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** What PROFILE says of a request's statements: how many, their db hits and operators, summed. */
export interface PlanCount {
  statements: number;
  dbHits: number;
  operators: number;
}

/** One operator of a PROFILEd plan, depth-first, with its depth. */
export interface PlanLine {
  depth: number;
  plan: ProfiledPlan;
}

/**
 * PROFILE of one statement: its operators depth-first, and the statement's db hits and operator
 * count. A leading `CYPHER 5` (as @neo4j/graphql sends) keeps its place before PROFILE.
 */
export async function profileStatement(driver: Driver, database: string | undefined, s: SentStatement): Promise<{ lines: PlanLine[]; dbHits: number; operators: number }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const text = s.cypher.replace(/^((?:CYPHER[^\n]*\n)?)/, '$1PROFILE ');
    const result = await session.run(text, s.params);
    const lines: PlanLine[] = [];
    const walk = (p: ProfiledPlan | false, depth: number) => {
      if (!p) return;
      lines.push({ depth, plan: p });
      for (const c of p.children) walk(c, depth + 1);
    };
    walk(result.summary.profile, 0);
    return { lines, dbHits: lines.reduce((n, l) => n + l.plan.dbHits, 0), operators: lines.length };
  } finally {
    await session.close();
  }
}

/** The summed PROFILE counts of a request's statements (each run alone, in the order sent). */
export async function countPlans(driver: Driver, database: string | undefined, statements: readonly SentStatement[]): Promise<PlanCount> {
  const count: PlanCount = { statements: statements.length, dbHits: 0, operators: 0 };
  for (const s of statements) {
    const p = await profileStatement(driver, database, s);
    count.dbHits += p.dbHits;
    count.operators += p.operators;
  }
  return count;
}

export const planCell = (c: PlanCount) => `${c.dbHits.toLocaleString('en-US')} / ${c.operators}${c.statements === 1 ? '' : ` (${c.statements} statements)`}`;

/**
 * A driver that hands every statement a managed read transaction runs to `onRun` (how
 * @neo4j/graphql sends its Cypher: session.executeRead, then tx.run), for PROFILEing it after.
 */
export function recordingDriver(driver: Driver, onRun: (s: SentStatement) => void): Driver {
  const bind = <T extends object>(target: T, key: string | symbol) => {
    const v = (target as Record<string | symbol, unknown>)[key];
    return typeof v === 'function' ? v.bind(target) : v;
  };
  const recordTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get: (t, k) =>
        k === 'run'
          ? (cypher: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
              onRun({ cypher, params });
              return (t as unknown as { run: (...a: unknown[]) => unknown }).run(cypher, params, ...rest);
            }
          : bind(t, k),
    });
  return new Proxy(driver, {
    get: (d, k) =>
      k === 'session'
        ? (...args: Parameters<Driver['session']>) =>
            new Proxy(d.session(...args), {
              get: (s, sk) =>
                sk === 'executeRead' || sk === 'executeWrite'
                  ? (work: (tx: object) => unknown, config?: unknown) => (s[sk] as (w: (tx: object) => unknown, c?: unknown) => unknown)((tx) => work(recordTx(tx)), config)
                  : bind(s, sk),
            })
        : bind(d, k),
  });
}
