import { ExternalOAuthConfigError } from '../../lib/core/errors';

/** Runs `fn` and returns the ExternalOAuthConfigError it throws; fails the test otherwise. */
export function configErrorOf(fn: () => unknown): ExternalOAuthConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ExternalOAuthConfigError) return err;
    throw err;
  }
  throw new Error('expected an ExternalOAuthConfigError, but nothing was thrown');
}
