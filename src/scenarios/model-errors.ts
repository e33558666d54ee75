import { badInput, type AppError } from '../errors.ts';
import { ModelError } from '../liquidity/model-error.ts';

/** The model's error as the API's: a scenario that cannot run is the caller's input, BAD_USER_INPUT with its fields. */
export function toAppError(error: unknown): unknown {
  return error instanceof ModelError ? (badInput(error.message, error.issues) satisfies AppError) : error;
}

/** Runs `fn`, turning a ModelError into BAD_USER_INPUT; anything else passes through (and is masked if unexpected). */
export function mappingModelErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toAppError(error);
  }
}
