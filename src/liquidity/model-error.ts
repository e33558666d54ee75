/**
 * The model's own error: a scenario it cannot run (a wrong field, a week the series do not cover).
 * The model knows nothing of GraphQL or the CLI; callers map it to their own vocabulary
 * (`src/scenarios/model-errors.ts` makes it BAD_USER_INPUT). A broken accounting identity is a
 * `LedgerError` instead: a bug, never the caller's fault.
 */
export type ModelErrorKind = 'INVALID_SCENARIO' | 'DATA_INCOMPLETE';

/** One wrong input field, by its dotted path. */
export interface ModelIssue {
  path: string;
  message: string;
}

export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  readonly issues: ModelIssue[];

  constructor(kind: ModelErrorKind, message: string, issues: ModelIssue[] = []) {
    super(message);
    this.name = 'ModelError';
    this.kind = kind;
    this.issues = issues;
  }
}
