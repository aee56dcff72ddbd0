/**
 * `oidc-provider` is an optional peer dependency: only the simulation needs it, so an API that
 * installs this package for the validator does not pay for it. This finds it before any
 * provider process starts, and says what to install when it is missing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The package the local OpenID providers run on, and the versions this library is tested with. */
export const OIDC_PROVIDER = { name: 'oidc-provider', range: '^9.13.3' } as const;

/**
 * True when `oidc-provider` can be found from `paths` (default: the node_modules folders Node
 * would search from this module). Looks for its package.json, since the package is ESM-only and
 * exports no CommonJS entry to `require.resolve`.
 */
export function oidcProviderInstalled(paths: readonly string[] = require.resolve.paths(OIDC_PROVIDER.name) ?? []): boolean {
  return paths.some((dir) => fs.existsSync(path.join(dir, OIDC_PROVIDER.name, 'package.json')));
}

/** The message for a missing `oidc-provider`: which package, which versions, how to add it. */
export function missingOidcProviderMessage(): string {
  return `the access simulation needs the optional peer dependency ${OIDC_PROVIDER.name} (${OIDC_PROVIDER.range}), which is not installed: npm install --save-dev ${OIDC_PROVIDER.name}@"${OIDC_PROVIDER.range}"`;
}
