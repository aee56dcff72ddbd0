/**
 * The vocabulary of the trust model, shared by constructs, manifest, checks and runtime.
 * Pure types: importing this file never loads cdktf.
 */

/** Who signs tokens; decides how app tokens are told from user tokens (README.md, "What is checked, in order"). */
export type IssuerKind = 'okta' | 'entra' | 'auth0' | 'pingfederate' | 'keycloak' | 'generic';

/** Every issuer kind, in a stable order. */
export const ISSUER_KINDS: readonly IssuerKind[] = ['okta', 'entra', 'auth0', 'pingfederate', 'keycloak', 'generic'];

/**
 * A token flow. `machine`: client credentials, no end user (an "app token").
 * `user`: a token obtained on behalf of a signed-in user.
 */
export type TokenFlow = 'machine' | 'user';

/** OAuth 2.0 grant types, as Okta and RFC 7591 spell them. */
export type GrantType =
  | 'authorization_code'
  | 'refresh_token'
  | 'client_credentials'
  | 'implicit'
  | 'password'
  | 'urn:ietf:params:oauth:grant-type:device_code'
  | 'urn:ietf:params:oauth:grant-type:token-exchange'
  | 'urn:ietf:params:oauth:grant-type:jwt-bearer'
  | 'urn:ietf:params:oauth:grant-type:saml2-bearer';

/** The grant types that yield app (machine) tokens; every other grant yields user tokens. */
export const MACHINE_GRANT_TYPES: readonly GrantType[] = ['client_credentials'];

/** The grants of a client that sign a user in, in declared order (`refresh_token` only renews a token, it yields no first one). */
export function userGrants(grants: readonly string[]): string[] {
  return grants.filter((g) => g !== 'client_credentials' && g !== 'refresh_token');
}

/** The flow that a grant type produces tokens for. */
export function flowOfGrant(grant: GrantType): TokenFlow {
  return MACHINE_GRANT_TYPES.includes(grant) ? 'machine' : 'user';
}

/**
 * The response types of a client that hand tokens out at the authorization endpoint (the
 * implicit and hybrid flows): `id_token`, and `token` with the implicit grant. Without the
 * implicit grant the authorization endpoint issues no access token (RFC 7591 section 2.1 pairs
 * `token` with `implicit`); Okta registers `token` for the back-channel client-credentials grant.
 * @see https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2
 */
export function frontChannelResponseTypes(grantTypes: readonly string[], responseTypes: readonly string[]): string[] {
  const implicit = grantTypes.includes('implicit');
  const values = new Set(responseTypes.flatMap((r) => r.split(/\s+/)));
  return [...values].filter((r) => r === 'id_token' || (r === 'token' && implicit));
}
