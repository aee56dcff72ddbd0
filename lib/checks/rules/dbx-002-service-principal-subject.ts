import type { IssuerKind } from '../../core/kinds';
import type { ClientRecord } from '../../manifest/types';
import { describeTrust, flowsOfClient } from '../model';
import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** What the issuer puts in `claim` of a client's client-credentials token: a value, or why it cannot be known here. */
type ClaimValue = { readonly value: string; readonly basis: string } | { readonly unknown: string };

/**
 * The value of `claim` in `client`'s app (client-credentials) tokens, per issuer kind, when the
 * manifest can tell; `undefined` when the claim carries nothing client-derived.
 */
export function appTokenClaimValue(kind: IssuerKind, claim: string, client: ClientRecord): ClaimValue | undefined {
  const id = client.clientId;
  const clientIdClaims: Record<IssuerKind, readonly string[]> = {
    okta: ['sub', 'cid'],
    entra: ['azp', 'appid'],
    auth0: ['azp'],
    keycloak: ['azp', 'client_id'],
    pingfederate: ['sub', 'client_id'],
    generic: ['sub', 'client_id'],
  };
  if (clientIdClaims[kind].includes(claim))
    return { value: id, basis: `${kind} client-credentials tokens carry the client id in ${claim}` };
  if (kind === 'auth0' && claim === 'sub')
    return { value: `${id}@clients`, basis: 'Auth0 client-credentials tokens carry <client id>@clients in sub' };
  if (kind === 'keycloak' && claim === 'preferred_username')
    return {
      value: `service-account-${id.toLowerCase()}`,
      basis: 'Keycloak service-account tokens carry service-account-<client id> in preferred_username',
    };
  if (kind === 'keycloak' && claim === 'sub') return { unknown: "Keycloak puts the service-account user's UUID in sub" };
  if (kind === 'entra' && claim === 'oid')
    return { unknown: "Entra puts the object id of the client's service principal in oid, which the manifest does not hold" };
  return undefined;
}

/** EO-DBX-002: a service-principal policy's subject is what the issuer puts in the subject claim for its clients. */
export const databricksServicePrincipalSubject: Rule = {
  id: 'EO-DBX-002',
  severity: 'error',
  title: "A service-principal federation policy's subject is the value its clients' tokens carry",
  explanation:
    'A Databricks service-principal federation policy exchanges a token only when its subject claim equals ' +
    '`subject` exactly. The value is decided by the issuer: Okta client-credentials tokens carry the client id in ' +
    '`sub` (and `cid`); Entra app tokens carry it in `azp` / `appid`; Auth0 puts `<client id>@clients` in `sub`; ' +
    'GitHub Actions puts `repo:<org>/<repo>:environment:<env>` in `sub`. A subject that differs (a display name, a ' +
    'user, a copied id) fails every exchange with an opaque error, e.g. dbt-databricks passing `dbt parse` and ' +
    'failing its first connection. Fix: take the subject from the client object (its `clientId`), or from the ' +
    "workload's documented subject format.",
  see: [
    'https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation-policy',
    'https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#claims',
  ],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const trust of ctx.databricksTrusts) {
      if (trust.scope !== 'service-principal' || trust.subject === undefined) continue;
      const issuer = ctx.issuerByPath(trust.issuerPath);
      if (!issuer) continue;
      for (const path of trust.clients) {
        const client = ctx.clientByPath(path);
        if (!client || !flowsOfClient(client).includes('machine')) continue;
        const expected = appTokenClaimValue(issuer.kind, trust.subjectClaim, client);
        if (!expected) continue;
        if ('unknown' in expected) {
          out.push(
            unevaluable(
              trust.path,
              `${describeTrust(trust)} requires ${trust.subjectClaim} = ${show(trust.subject)} for ${path}: ${expected.unknown}`,
            ),
          );
          continue;
        }
        if (expected.value === trust.subject) continue;
        if (isApplyTimeValue(expected.value) || isApplyTimeValue(trust.subject)) {
          out.push(unevaluable(trust.path, `subject ${show(trust.subject)} vs ${show(expected.value)} (${expected.basis}) for ${path}`));
          continue;
        }
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} requires ${trust.subjectClaim} = ${show(trust.subject)}, but ${path} gets tokens with ${trust.subjectClaim} = ${show(expected.value)} (${expected.basis}): every exchange fails. Fix: set subject to ${show(expected.value)} (wire it from the client object).`,
          ),
        );
      }
    }
    return out;
  },
};
