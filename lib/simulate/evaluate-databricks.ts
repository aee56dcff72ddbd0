/**
 * A Databricks OAuth token federation policy, by its documented exchange rules: an evaluation of
 * the rules Databricks publishes ("Configure a federation policy", "Authenticate with an identity
 * provider token"), NOT Databricks. The RFC 8693 token exchange at `/oidc/v1/token`
 * (`grant_type=urn:ietf:params:oauth:grant-type:token-exchange`,
 * `subject_token_type=urn:ietf:params:oauth:token-type:jwt`, `scope=all-apis`, and for a
 * service-principal policy `client_id` = its application id) is judged in this order:
 * 1. the token is signed with RS256 or ES256;
 * 2. `iss` equals the policy's issuer exactly;
 * 3. the signature verifies with a key found by OpenID discovery (or the pinned `jwks_uri` /
 *    `jwks_json`);
 * 4. `aud` is one of the policy's audiences (omitted: the account id);
 * 5. `exp` has not passed;
 * 6. service principal: the subject claim equals `subject` exactly and the exchange's `client_id`
 *    is the service principal's application id; account: the subject claim's value names a
 *    declared Databricks user (compared exactly: Databricks does not document case handling).
 */
import { valuesOf } from '../manifest/list-fields';
import { DATABRICKS_EXCHANGE_ALGORITHMS, type DatabricksTrustRecord } from '../manifest/types';
import type { TrustEvaluator, Verdict } from './evaluate';
import { DecodedJwt, KeyFetcher, verifySignature } from './jwt';
import type { World, WorldTrust } from './world';

/** The `client_id` a client sends in the exchange: by default, the service principal's application id (the documented configuration). */
export type ExchangeClientId = (clientPath: string | undefined, trust: DatabricksTrustRecord) => string | undefined;

const documentedClientId: ExchangeClientId = (_clientPath, trust) => trust.servicePrincipal?.applicationId;

function rejected(code: string, reason: string): Verdict {
  return { outcome: 'rejected', code, reason };
}

function audiences(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
}

/** A Databricks federation policy (account-wide or service principal), by the documented exchange rules. */
export class DatabricksEvaluator implements TrustEvaluator {
  constructor(
    private readonly trust: WorldTrust & { record: DatabricksTrustRecord },
    private readonly world: Pick<World, 'display'>,
    private readonly fetcher: KeyFetcher,
    /** What `client_id` the exchange carries; tests pass another to probe the rule. */
    private readonly exchangeClientId: ExchangeClientId = documentedClientId,
  ) {}

  public async evaluate(_token: string, jwt: DecodedJwt, atMs: number, clientPath: string | undefined): Promise<Verdict> {
    const t = this.trust.record;
    const d = this.world.display;
    const claims = jwt.payload;
    const alg = jwt.header.alg;
    if (typeof alg !== 'string' || !DATABRICKS_EXCHANGE_ALGORITHMS.includes(alg))
      return rejected('unsupported_algorithm', `the token is signed with ${String(alg)}; Databricks exchanges RS256 and ES256 tokens only`);
    if (claims.iss !== t.issuer)
      return rejected('issuer_mismatch', `iss ${d(String(claims.iss))} is not the policy's issuer ${d(t.issuer)}`);
    const sig = await this.verify(jwt);
    if (sig) return rejected('invalid_signature', sig);
    const accepted = t.audiencesDefaulted ? (t.accountId ? [t.accountId] : []) : valuesOf(t.audiences);
    const aud = audiences(claims.aud);
    if (!aud.some((a) => accepted.includes(a))) {
      const expected = t.audiencesDefaulted
        ? `the account id${t.accountId ? ` ${t.accountId}` : ' (not declared)'}, the default of a policy without audiences`
        : `a policy audience (${valuesOf(t.audiences).join(', ')})`;
      return rejected('audience_mismatch', `aud ${aud.join(', ') || '(none)'} is not ${expected}`);
    }
    if (typeof claims.exp !== 'number') return rejected('missing_claim', 'token has no exp');
    if (claims.exp * 1000 <= atMs) return rejected('token_expired', 'token expired (exp has passed)');
    const value = claims[t.subjectClaim];
    if (typeof value !== 'string' || value.length === 0)
      return rejected('missing_claim', `token has no "${t.subjectClaim}" claim (the policy's subject claim)`);
    const listedNote =
      clientPath === undefined || t.clients.includes(clientPath)
        ? []
        : [`${clientPath} is not listed on policy ${t.name}, yet accepted: Databricks matches the token, not the client`];
    if (t.servicePrincipal) {
      const sp = t.servicePrincipal;
      if (value !== t.subject)
        return rejected(
          'subject_mismatch',
          `"${t.subjectClaim}" is ${JSON.stringify(value)}, not the policy's subject ${JSON.stringify(t.subject ?? '')} (compared exactly)`,
        );
      const clientId = this.exchangeClientId(clientPath, t);
      if (clientId !== sp.applicationId)
        return rejected(
          'client_id_mismatch',
          `the exchange's client_id ${clientId ?? '(none)'} is not the service principal's application id ${sp.applicationId}`,
        );
      return {
        outcome: 'accepted',
        as: sp.name ?? sp.applicationId,
        principalKind: 'system',
        mappedValue: value,
        reason: `service principal ${sp.name ?? sp.applicationId}: "${t.subjectClaim}" equals the policy's subject; exchanged with client_id ${sp.applicationId}, scope all-apis`,
        ...(listedNote.length > 0 ? { notes: listedNote } : {}),
      };
    }
    const user = t.users.find((u) => u.userName === value);
    if (!user) {
      const caseOnly = t.users.find((u) => u.userName.toLowerCase() === value.toLowerCase());
      const hint = caseOnly ? `; ${caseOnly.userName} differs only in case, and Databricks does not document case handling` : '';
      return rejected(
        'unknown_user',
        `no Databricks user declared on policy ${t.name} is named ${value} (claim "${t.subjectClaim}")${hint}`,
      );
    }
    return {
      outcome: 'accepted',
      as: user.userName,
      principalKind: 'user',
      mappedValue: value,
      reason: `Databricks account user ${user.userName} (claim "${t.subjectClaim}"); exchanged with scope all-apis`,
      notes: [
        'the user is assumed provisioned in the Databricks account (SCIM); Databricks does not document how the user name is compared, the evaluation compares exactly',
        ...listedNote,
      ],
    };
  }

  /**
   * Signature, with keys by discovery (the default), the pinned `jwks_uri`, or the pinned
   * `jwks_json`. The manifest records the pinned key ids, not the keys: a token whose `kid` is
   * pinned is verified with the issuer's published key of that `kid`.
   */
  private async verify(jwt: DecodedJwt): Promise<string | undefined> {
    const t = this.trust.record;
    const d = this.world.display;
    if (t.jwks.source === 'json') {
      const kids = t.jwks.keyIds ?? [];
      if (typeof jwt.header.kid !== 'string' || !kids.includes(jwt.header.kid)) {
        return `the pinned jwks_json holds kid ${kids.join(', ') || '(unknown)'}, and the token is signed with kid ${String(jwt.header.kid ?? '(none)')}: pinned keys stop matching at key rotation`;
      }
    }
    if (t.jwks.source === 'uri' && t.jwks.uri) {
      const sig = await verifySignature(jwt, [t.jwks.uri], this.fetcher);
      return sig ? `signature (jwks_uri ${d(t.jwks.uri)}): ${sig}` : undefined;
    }
    const discovery = await this.fetcher.discover(t.issuer);
    if (!discovery.ok) return `OpenID discovery of ${d(t.issuer)}: ${discovery.reason}`;
    if (discovery.doc.issuer !== t.issuer)
      return `the discovery document of ${d(t.issuer)} names issuer ${d(String(discovery.doc.issuer))}`;
    const sig = await verifySignature(jwt, typeof discovery.doc.jwks_uri === 'string' ? [discovery.doc.jwks_uri] : [], this.fetcher);
    return sig ? `signature: ${sig}` : undefined;
  }
}
