import { messageOf } from '../core/error-message.js';

/**
 * A problem with a store the user can act on: a corrupt file, a lock held by another Winnow, a store
 * from a newer version. Its message names the file and the reason; callers print it, never a stack.
 */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** A StoreError as it is, anything else as a StoreError that says what was being done. */
export function asStoreError(error: unknown, context: string): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError(`${context}: ${messageOf(error)}`);
}
