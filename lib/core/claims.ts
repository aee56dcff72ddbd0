/**
 * The claims each issuer kind puts in access tokens by default, per flow. Checks use these
 * to prove that a trust's mapping claim is one the issuer really emits.
 */
import type { ClaimRecord } from '../manifest/types';
import type { IssuerKind, TokenFlow } from './kinds';

const both: TokenFlow[] = ['machine', 'user'];
const user: TokenFlow[] = ['user'];

function claim(name: string, flows: TokenFlow[], valueKind: ClaimRecord['valueKind'] = 'other'): ClaimRecord {
  return { name, flows, tokenType: 'access', valueKind };
}

/**
 * Built-in access-token claims of each kind.
 * @see https://developer.okta.com/docs/reference/api/oidc/#reserved-claims-in-the-payload-section
 * @see https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference
 */
export const BUILT_IN_CLAIMS: Record<IssuerKind, readonly ClaimRecord[]> = {
  okta: [
    claim('iss', both),
    claim('aud', both),
    claim('sub', both, 'username'),
    claim('cid', both, 'id'),
    claim('uid', user, 'id'),
    claim('scp', both),
    claim('jti', both),
    claim('iat', both),
    claim('exp', both),
  ],
  entra: [
    claim('iss', both),
    claim('aud', both),
    claim('sub', both, 'id'),
    claim('oid', both, 'id'),
    claim('tid', both, 'id'),
    claim('appid', both, 'id'),
    claim('azp', both, 'id'),
    claim('ver', both),
    claim('roles', both),
    claim('idtyp', both),
    claim('scp', user),
    claim('upn', user, 'email'),
    claim('unique_name', user, 'username'),
    claim('preferred_username', user, 'username'),
    claim('name', user),
    claim('email', user, 'email'),
    claim('iat', both),
    claim('exp', both),
  ],
  auth0: [
    claim('iss', both),
    claim('aud', both),
    claim('sub', both, 'username'),
    claim('azp', both, 'id'),
    claim('scope', both),
    claim('gty', ['machine']),
    claim('iat', both),
    claim('exp', both),
  ],
  pingfederate: [
    claim('iss', both),
    claim('aud', both),
    claim('sub', both, 'username'),
    claim('client_id', both, 'id'),
    claim('scope', both),
    claim('iat', both),
    claim('exp', both),
  ],
  keycloak: [
    claim('iss', both),
    claim('aud', both),
    claim('sub', both, 'id'),
    claim('azp', both, 'id'),
    claim('scope', both),
    claim('preferred_username', both, 'username'),
    claim('email', user, 'email'),
    claim('iat', both),
    claim('exp', both),
  ],
  generic: [
    claim('iss', both),
    claim('aud', both),
    claim('sub', both, 'username'),
    claim('client_id', both, 'id'),
    claim('scope', both),
    claim('iat', both),
    claim('exp', both),
  ],
};
