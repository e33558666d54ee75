import { AppError } from '../../src/errors.ts';

/** The AppError `run` throws; fails the test if it throws nothing (`what` says what should have failed). */
export function thrownAppError(run: () => unknown, what = 'expected a refusal'): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(what);
}
