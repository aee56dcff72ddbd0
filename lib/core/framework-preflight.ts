/**
 * Runs before the framework loads (lib/framework.ts calls it first): when the CDK framework
 * this package is built for is not installed, say which package fits instead of Node's bare
 * "Cannot find module". Imports nothing of the framework itself.
 */
import { ExternalOAuthError } from '../util/error';

/** The framework this package is built for is not installed (`EO_FRAMEWORK_NOT_INSTALLED`). */
export class ExternalOAuthFrameworkError extends ExternalOAuthError {}

const INSTALL: Record<'cdktf' | 'cdktn', string> = {
  cdktf: 'npm install cdktf@0.21.0 constructs@^10.4.2',
  cdktn: "npm install cdktn@^0.24.0 'constructs@>=10.6.0 <10.8.0'",
};

/** Throws a message naming both packages when `framework` cannot be resolved from this package. */
export function assertFrameworkInstalled(framework: 'cdktf' | 'cdktn'): void {
  try {
    require.resolve(framework);
  } catch {
    const other = framework === 'cdktf' ? 'cdktn' : 'cdktf';
    throw new ExternalOAuthFrameworkError(
      'EO_FRAMEWORK_NOT_INSTALLED',
      `${framework}-external-oauth is built for ${framework}, which is not installed. ` +
        `In a ${other} app install ${other}-external-oauth instead; for ${framework} run: ${INSTALL[framework]}`,
    );
  }
}
