import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { mapNeo4jError } from '../../src/graph/graph.ts';

const driverError = (code: string, message = 'driver message with internals') => Object.assign(new Error(message), { code });

describe('mapNeo4jError', () => {
  it('a transient failure that outlasted the retries (deadlock, lock wait, terminated) is UNAVAILABLE, not an internal error', () => {
    for (const code of ['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockClientStopped', 'Neo.TransientError.Transaction.Terminated']) {
      const mapped = mapNeo4jError(driverError(code), 'ingest.publish');
      expect(mapped).toBeInstanceOf(AppError);
      expect((mapped as AppError).code).toBe('UNAVAILABLE');
      // The reply names the statement, never the driver's message.
      expect((mapped as AppError).message).not.toContain('internals');
    }
  });

  it('keeps the codes it had: timeouts and lost connections UNAVAILABLE, constraint failures CONFLICT, the unknown unmasked for the log', () => {
    expect((mapNeo4jError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 'x') as AppError).code).toBe('UNAVAILABLE');
    expect((mapNeo4jError(driverError('ServiceUnavailable'), 'x') as AppError).code).toBe('UNAVAILABLE');
    expect((mapNeo4jError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'), 'x') as AppError).code).toBe('CONFLICT');
    const unknown = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(unknown, 'x')).toBe(unknown);
  });
});
