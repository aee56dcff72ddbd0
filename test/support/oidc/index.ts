/**
 * The local OpenID provider of the tests: a thin façade over `startLocalProvider()` of
 * `cdktf-external-oauth/simulate` (one provider process for the simulation, the tests and the demo).
 *
 * ```ts
 * const idp = await startOidcProvider();
 * const token = await idp.clientCredentialsToken({ resource: idp.resources[0] });
 * await idp.stop();
 * ```
 */
export type {
  LocalProviderClient as OidcClient,
  LocalProvider as OidcProvider,
  LocalProviderOptions as OidcProviderOptions,
} from '../../../lib/simulate/local-provider';
export { startLocalProvider as startOidcProvider } from '../../../lib/simulate/local-provider';
