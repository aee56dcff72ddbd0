/**
 * App token or user token, by issuer kind, and the mapping claim of the flow that serves it.
 * Never guessed from whichever claim happens to be present: Entra user tokens carry `appid`
 * too, Entra app tokens carry `oid` too, Keycloak service-account tokens carry a user `sub`.
 */
import type { AppTokenRule, ValidationProfile } from '../manifest/types';
import type { CompiledProfile } from './compiled-profile';
import { TokenValidationError } from './errors';

/** The profile fields that decide the classification. */
export type ClassifyingProfile = Pick<ValidationProfile, 'issuerKind' | 'clientId' | 'appTokenRule'>;

/** Claims a test of one profile reads. */
type Claims = Readonly<Record<string, unknown>>;

function ruleTest(rule: AppTokenRule, clientId: string): (claims: Claims) => boolean {
  const { claim } = rule;
  const expected = rule.valueIsClientId === true ? clientId : rule.value;
  return (claims) => claims[claim] === expected;
}

/**
 * The app-token test of a profile (true for client-credentials tokens, no end user):
 * - entra: `idtyp` `app` when the token carries `idtyp`, else no `scp` (app-only tokens carry `roles`)
 *   (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference);
 * - auth0: `gty` is `client-credentials`;
 * - keycloak: a service-account token: `client_id` (older releases `clientId`) equal to the client
 *   id, or `preferred_username` `service-account-<client id in lower case>`;
 * - okta: `sub` equals the client id;
 * - pingfederate and generic: the profile's `appTokenRule` when declared, else `sub` equals the client id.
 */
export function appTokenTest(p: ClassifyingProfile): (claims: Claims) => boolean {
  const clientId = p.clientId;
  switch (p.issuerKind) {
    case 'entra':
      return (claims) => (claims.idtyp !== undefined ? claims.idtyp === 'app' : claims.scp === undefined);
    case 'auth0':
      return (claims) => claims.gty === 'client-credentials';
    case 'keycloak': {
      const serviceAccount = `service-account-${clientId.toLowerCase()}`;
      return (claims) => claims.client_id === clientId || claims.clientId === clientId || claims.preferred_username === serviceAccount;
    }
    case 'pingfederate':
    case 'generic':
      if (p.appTokenRule) return ruleTest(p.appTokenRule, clientId);
      return (claims) => claims.sub === clientId;
    default:
      return (claims) => claims.sub === clientId;
  }
}

/** True for an app token of profile `p` (see {@link appTokenTest}). */
export function isAppToken(p: ClassifyingProfile, claims: Claims): boolean {
  return appTokenTest(p)(claims);
}

/** The flow and mapped name of a token served by `p`. */
export interface Mapping {
  readonly kind: 'system' | 'user';
  readonly username: string;
}

/** Classifies the token and reads the flow's mapping claim (a non-empty string, taken verbatim). */
export function mapToken(claims: Claims, p: CompiledProfile): Mapping {
  const app = p.isAppToken(claims);
  const flow = app ? p.profile.machineFlow : p.profile.userFlow;
  if (!flow.enabled) {
    throw new TokenValidationError(
      'flow_disabled',
      `Profile "${p.name}" does not accept ${app ? 'app (client credentials)' : 'user'} tokens`,
    );
  }
  const claim = app ? p.profile.machineFlow.systemUserClaim : p.profile.userFlow.usernameClaim!;
  const value = claims[claim];
  if (typeof value !== 'string' || value.length === 0) {
    throw new TokenValidationError('missing_claim', `Token has no non-empty string "${claim}" claim (profile "${p.name}")`);
  }
  return { kind: app ? 'system' : 'user', username: value };
}
