/**
 * How each trust decides about a token.
 *
 * - API validation profiles: the bundled validator (`TokenValidator`) itself, pointed at the
 *   local provider's JWKS.
 * - Snowflake EXTERNAL_OAUTH integrations, Redshift (IAM Identity Center) trusted token
 *   issuers and Databricks federation policies (`evaluate-databricks.ts`): an evaluation of the
 *   vendors' documented acceptance rules, NOT the vendors. See
 *   README.md "Access simulation" for the rules and the choices made where the documentation is silent.
 */
import { valuesOf } from '../manifest/list-fields';
import type { RedshiftTrustRecord, SnowflakeTrustRecord, SnowflakeUserRecord, ValidationProfile } from '../manifest/types';
import { SNOWFLAKE_ROLE_ANY_SCOPE, SNOWFLAKE_ROLE_SCOPE_PREFIX } from '../util/values';
import { TokenValidator } from '../validator/index';
import { DatabricksEvaluator } from './evaluate-databricks';
import { DecodedJwt, KeyFetcher, verifySignature } from './jwt';
import type { Cell } from './types';
import type { World, WorldBroker, WorldTrust, WorldUser } from './world';

/** A trust's decision (a {@link Cell} without its trust and audience). */
export type Verdict = Omit<Cell, 'trust' | 'audience'>;

/** Decides about tokens for one trust. */
export interface TrustEvaluator {
  /** `atMs`: the evaluation time (later than now for the expired probe). `clientPath`: who obtained the token. */
  evaluate(token: string, jwt: DecodedJwt, atMs: number, clientPath: string | undefined): Promise<Verdict>;
}

/** Roles Snowflake blocks for External OAuth unless the account turns that off (not declared in manifests). */
export const SNOWFLAKE_PRIVILEGED_ROLES: readonly string[] = ['ACCOUNTADMIN', 'ORGADMIN', 'SECURITYADMIN'];

function rejected(code: string, reason: string, notes?: string[]): Verdict {
  return { outcome: 'rejected', code, reason, ...(notes && notes.length > 0 ? { notes } : {}) };
}

function audiences(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [];
}

function listed(trust: WorldTrust, clientPath: string | undefined): boolean {
  return clientPath === undefined || trust.info.clients.includes(clientPath);
}

/**
 * The profile as the validator would load it after deployment: a list known only after apply was
 * written as one expression, and its stand-in is the one value of the list.
 */
function deployedProfile(profile: ValidationProfile): ValidationProfile {
  return {
    ...profile,
    audiences: valuesOf(profile.audiences),
    ...(profile.clientIdClaims !== undefined ? { clientIdClaims: valuesOf(profile.clientIdClaims) } : {}),
  };
}

/** The API profile, through the real validator. */
export class ProfileEvaluator implements TrustEvaluator {
  private readonly validators = new Map<number, TokenValidator | Error>();

  constructor(private readonly trust: WorldTrust & { record: { type: 'profile' } }) {}

  private validatorAt(offsetMs: number): TokenValidator | Error {
    let v = this.validators.get(offsetMs);
    if (!v) {
      try {
        v = new TokenValidator([deployedProfile(this.trust.record.profile)], {
          clock: () => Date.now() + offsetMs,
          cacheSize: 0,
          jwksTimeoutMs: 5000,
        });
      } catch (err) {
        v = err as Error;
      }
      this.validators.set(offsetMs, v);
    }
    return v;
  }

  public async evaluate(token: string, _jwt: DecodedJwt, atMs: number, clientPath: string | undefined): Promise<Verdict> {
    const offset = atMs - Date.now();
    const validator = this.validatorAt(offset < 5000 ? 0 : Math.ceil(offset / 1000) * 1000);
    if (validator instanceof Error) return rejected('profile_refused', `the validator refuses the profile: ${validator.message}`);
    try {
      const p = await validator.validate(token);
      const notes = listed(this.trust, clientPath) ? [] : [`${clientPath} is not the profile's client, yet accepted`];
      return {
        outcome: 'accepted',
        as: p.username,
        principalKind: p.kind,
        ...(p.role !== undefined ? { role: p.role } : {}),
        reason:
          p.kind === 'system'
            ? `app token: system user from "${this.trust.record.profile.machineFlow.systemUserClaim}", role from the profile`
            : `user token: username from "${this.trust.record.profile.userFlow.usernameClaim ?? ''}"; the API's own user directory decides the role`,
        ...(notes.length > 0 ? { notes } : {}),
      };
    } catch (err) {
      const e = err as { code?: string; message?: string };
      return rejected(e.code ?? 'error', `${e.code ?? 'error'}: ${e.message ?? String(err)}`);
    }
  }
}

function scopesOf(value: unknown, delimiter: string | undefined): string[] {
  if (Array.isArray(value)) return value.filter((s): s is string => typeof s === 'string');
  if (typeof value !== 'string') return [];
  return value.split(delimiter ?? /[ ,]/).filter((s) => s.length > 0);
}

/** A Snowflake EXTERNAL_OAUTH integration, by its documented rules. */
export class SnowflakeEvaluator implements TrustEvaluator {
  constructor(
    private readonly trust: WorldTrust & { record: SnowflakeTrustRecord },
    private readonly world: World,
    private readonly fetcher: KeyFetcher,
  ) {}

  private findUser(value: string): SnowflakeUserRecord | undefined {
    const t = this.trust.record;
    const v = value.toLowerCase();
    return t.users.find((u) =>
      t.mappingAttribute === 'LOGIN_NAME' ? (u.loginName ?? u.name).toLowerCase() === v : u.email?.toLowerCase() === v,
    );
  }

  public async evaluate(_token: string, jwt: DecodedJwt, atMs: number, clientPath: string | undefined): Promise<Verdict> {
    const t = this.trust.record;
    const d = this.world.display;
    const claims = jwt.payload;
    const notes: string[] = [];
    const accepted: string[] = listed(this.trust, clientPath)
      ? []
      : [`Snowflake does not check the client: ${clientPath} is not listed on ${t.name}, yet accepted`];
    // 1. Issuer, exactly.
    if (claims.iss !== t.issuer)
      return rejected('issuer_mismatch', `iss ${d(String(claims.iss))} is not EXTERNAL_OAUTH_ISSUER ${d(t.issuer)}`, notes);
    // 2. Signature, with a key of EXTERNAL_OAUTH_JWS_KEYS_URL.
    const sig = await verifySignature(jwt, t.jwksUrls, this.fetcher);
    if (sig) return rejected('invalid_signature', `signature: ${sig}`, notes);
    // 3. Audience in EXTERNAL_OAUTH_AUDIENCE_LIST.
    const aud = audiences(claims.aud);
    if (!aud.some((a) => valuesOf(t.audiences).includes(a)))
      return rejected(
        'audience_mismatch',
        `aud ${aud.join(', ') || '(none)'} is not in EXTERNAL_OAUTH_AUDIENCE_LIST (${valuesOf(t.audiences).join(', ')})`,
        notes,
      );
    // 4. Expiry.
    if (typeof claims.exp !== 'number') return rejected('missing_claim', 'token has no exp', notes);
    if (claims.exp * 1000 <= atMs) return rejected('token_expired', 'token expired (exp has passed)', notes);
    // 5. User mapping: the first mapping claim present, looked up by LOGIN_NAME or EMAIL_ADDRESS.
    const claimName = valuesOf(t.userMappingClaims).find((c) => typeof claims[c] === 'string' && (claims[c] as string).length > 0);
    if (!claimName)
      return rejected(
        'missing_claim',
        `token has no ${valuesOf(t.userMappingClaims)
          .map((c) => `"${c}"`)
          .join(' / ')} claim (EXTERNAL_OAUTH_TOKEN_USER_MAPPING_CLAIM)`,
        notes,
      );
    const value = claims[claimName] as string;
    const user = this.findUser(value);
    if (!user)
      return rejected(
        'unknown_user',
        `no Snowflake user declared on ${t.name} has ${t.mappingAttribute} = ${value} (claim "${claimName}")`,
        notes,
      );
    // 6. Role: session:role:<R>, session:role-any, or the default role; blocked and allowed lists.
    const scopeAttribute = t.scopeMappingAttribute ?? (t.integrationType === 'PING_FEDERATE' ? 'scope' : 'scp');
    const scopes = scopesOf(claims[scopeAttribute], t.scopeDelimiter);
    const granted = new Set([...user.roles, ...(user.defaultRole ? [user.defaultRole] : [])].map((r) => r.toUpperCase()));
    const blocked = new Set([...t.blockedRoles, ...SNOWFLAKE_PRIVILEGED_ROLES].map((r) => r.toUpperCase()));
    const allowed = t.allowedRoles.map((r) => r.toUpperCase());
    const check = (role: string, how: string): Verdict => {
      const r = role.toUpperCase();
      if (blocked.has(r)) return rejected('role_blocked', `role ${role} (${how}) is blocked for External OAuth on ${t.name}`, notes);
      if (allowed.length > 0 && !allowed.includes(r))
        return rejected('role_not_allowed', `role ${role} (${how}) is not in EXTERNAL_OAUTH_ALLOWED_ROLES_LIST`, notes);
      if (!granted.has(r)) return rejected('role_not_granted', `role ${role} (${how}) is not granted to ${user.name}`, notes);
      return {
        outcome: 'accepted',
        as: user.name,
        principalKind: user.service ? 'system' : 'user',
        role: r,
        mappedValue: value,
        reason: `mapped by ${t.mappingAttribute} = ${value} (claim "${claimName}"); role ${how}`,
        ...(accepted.length > 0 ? { notes: accepted } : {}),
      };
    };
    if (scopes.includes(SNOWFLAKE_ROLE_ANY_SCOPE)) {
      if (t.anyRoleMode === 'DISABLE')
        return rejected('any_role_disabled', `token has session:role-any but EXTERNAL_OAUTH_ANY_ROLE_MODE is DISABLE`, notes);
      if (!user.defaultRole)
        return rejected('no_role', `session:role-any: ${user.name} has no default role to start the session with`, notes);
      const v = check(user.defaultRole, 'the default role; session:role-any lets the session use any granted role');
      if (v.outcome === 'accepted') {
        const extra = `any role mode ${t.anyRoleMode}: may USE ${[...granted].sort().join(', ')}`;
        return { ...v, notes: [...(v.notes ?? []), extra] };
      }
      return v;
    }
    const roleScope = scopes.find((s) => s.startsWith(SNOWFLAKE_ROLE_SCOPE_PREFIX));
    if (roleScope) return check(roleScope.slice(SNOWFLAKE_ROLE_SCOPE_PREFIX.length), `from scope ${roleScope}`);
    if (!user.defaultRole)
      return rejected('no_role', `token has no session:role scope in "${scopeAttribute}" and ${user.name} has no default role`, notes);
    return check(user.defaultRole, `the default role (no session:role scope in "${scopeAttribute}")`);
  }
}

function valueAtPath(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let v: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** A Redshift IAM Identity Center trusted token issuer (and its application's audiences), by the documented rules. */
export class RedshiftEvaluator implements TrustEvaluator {
  constructor(
    private readonly trust: WorldTrust & { record: RedshiftTrustRecord },
    private readonly world: World,
    private readonly fetcher: KeyFetcher,
    /** Identity Center users, assumed provisioned from the issuer (SCIM). */
    private readonly users: readonly WorldUser[],
  ) {}

  public async evaluate(_token: string, jwt: DecodedJwt, atMs: number, clientPath: string | undefined): Promise<Verdict> {
    const t = this.trust.record;
    const d = this.world.display;
    const claims = jwt.payload;
    const notes: string[] = [];
    const accepted: string[] = listed(this.trust, clientPath)
      ? []
      : [`Identity Center does not check the client: ${clientPath} is not listed on ${t.name}, yet accepted`];
    if (claims.iss !== t.issuer)
      return rejected('issuer_mismatch', `iss ${d(String(claims.iss))} is not the trusted token issuer URL ${d(t.issuer)}`, notes);
    // JWKS by OpenID discovery (jwks_retrieval_option OPEN_ID_DISCOVERY).
    const discovery = await this.fetcher.discover(t.issuer);
    if (!discovery.ok) return rejected('discovery_failed', `OpenID discovery of ${d(t.issuer)}: ${discovery.reason}`, notes);
    if (discovery.doc.issuer !== t.issuer)
      return rejected(
        'discovery_failed',
        `the discovery document of ${d(t.issuer)} names issuer ${d(String(discovery.doc.issuer))}`,
        notes,
      );
    const sig = await verifySignature(jwt, typeof discovery.doc.jwks_uri === 'string' ? [discovery.doc.jwks_uri] : [], this.fetcher);
    if (sig) return rejected('invalid_signature', `signature: ${sig}`, notes);
    const aud = audiences(claims.aud);
    if (!aud.some((a) => valuesOf(t.audiences).includes(a)))
      return rejected(
        'audience_mismatch',
        `aud ${aud.join(', ') || '(none)'} is not an authorized audience of the Redshift application (${valuesOf(t.audiences).join(', ')})`,
        notes,
      );
    if (typeof claims.exp !== 'number') return rejected('missing_claim', 'token has no exp', notes);
    if (claims.exp * 1000 <= atMs) return rejected('token_expired', 'token expired (exp has passed)', notes);
    const value = valueAtPath(claims, t.claimAttributePath);
    if (typeof value !== 'string' || value.length === 0)
      return rejected('missing_claim', `token has no "${t.claimAttributePath}" claim (claim attribute path)`, notes);
    const v = value.toLowerCase();
    const attr = t.identityStoreAttributePath;
    let user: WorldUser | undefined;
    if (attr === 'emails.value') user = this.users.find((u) => u.info.email?.toLowerCase() === v);
    else if (attr === 'userName') user = this.users.find((u) => u.info.username.toLowerCase() === v);
    else return rejected('unknown_user', `identity store attribute ${attr} is not simulated (emails.value and userName are)`, notes);
    if (!user) return rejected('unknown_user', `no Identity Center user has ${attr} = ${value} (claim "${t.claimAttributePath}")`, notes);
    return {
      outcome: 'accepted',
      as: user.info.username,
      principalKind: 'user',
      mappedValue: value,
      reason: `Identity Center user with ${attr} = ${value} (claim "${t.claimAttributePath}"); Redshift roles come from Identity Center groups`,
      ...(accepted.length > 0 ? { notes: accepted } : {}),
    };
  }
}

/** The evaluator of each trust. */
export function evaluatorsFor(world: World, fetcher: KeyFetcher): Map<string, TrustEvaluator> {
  const out = new Map<string, TrustEvaluator>();
  for (const t of world.trusts) {
    const r = t.record;
    if (r.type === 'profile') out.set(t.info.path, new ProfileEvaluator(t as WorldTrust & { record: typeof r }));
    else if (r.type === 'snowflake') out.set(t.info.path, new SnowflakeEvaluator(t as WorldTrust & { record: typeof r }, world, fetcher));
    else if (r.type === 'databricks') out.set(t.info.path, new DatabricksEvaluator(t as WorldTrust & { record: typeof r }, world, fetcher));
    else {
      const issuer = world.issuers.find((i) => i.record.path === r.issuerPath);
      const users = issuer ? world.providers[issuer.provider]!.users : [];
      out.set(t.info.path, new RedshiftEvaluator(t as WorldTrust & { record: typeof r }, world, fetcher, users));
    }
  }
  return out;
}

const KEYCLOAK_MAPPER_NOTE =
  'Keycloak identity-provider mappers read the ID token and userinfo, and the access token only when "Access token is JWT" is on: put the claim in the ID token (Okta: claim type IDENTITY); https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc';

/**
 * A Keycloak identity broker, by Keycloak's documented mapper behaviour (NOT Keycloak): its
 * identity-provider mappers read a claim from the upstream ID token or userinfo, and from the
 * access token only when "Access token is JWT" is on (Keycloak `AbstractClaimMapper.getClaimValue`).
 * The local provider's userinfo carries the ID token's claims, so the ID token stands for both.
 * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc
 */
export class BrokerEvaluator {
  constructor(private readonly broker: WorldBroker) {}

  /** `undefined`: the row is not a user sign-in of the broker's client (no cell). */
  public evaluate(clientPath: string, accessToken: DecodedJwt, idToken: DecodedJwt | undefined): Verdict | undefined {
    const b = this.broker.record;
    if (clientPath !== b.clientPath) return undefined;
    if (!idToken) return rejected('missing_id_token', 'the sign-in returned no ID token, so Keycloak has nothing to map');
    const mappers = b.mappers ?? [];
    const found: string[] = [];
    const notes: string[] = [];
    for (const m of mappers) {
      const inId = idToken.payload[m.claim] !== undefined;
      const inAccess = accessToken.payload[m.claim] !== undefined;
      if (inId) found.push(`${m.name} <- ${m.claim} (ID token)`);
      else if (inAccess && b.accessTokenIsJwt === true) found.push(`${m.name} <- ${m.claim} (access token; "Access token is JWT" is on)`);
      else if (inAccess)
        return rejected(
          'mapper_claim_missing',
          `mapper ${m.name} finds no claim ${m.claim} in the ID token (it is only in the access token)`,
          [KEYCLOAK_MAPPER_NOTE],
        );
      else
        return rejected(
          'mapper_claim_missing',
          `mapper ${m.name} finds no claim ${m.claim} in the ID token${b.accessTokenIsJwt === true ? ' or the access token' : ''} (the IdP emits it in neither)`,
          [KEYCLOAK_MAPPER_NOTE],
        );
      const value = inId ? idToken.payload[m.claim] : accessToken.payload[m.claim];
      notes.push(`${m.claim} = ${JSON.stringify(value)}`);
    }
    const sub = typeof idToken.payload.sub === 'string' ? idToken.payload.sub : '?';
    return {
      outcome: 'accepted',
      as: sub,
      principalKind: 'user',
      reason:
        mappers.length === 0
          ? 'the broker links the user by the ID token sub; no mapper is declared'
          : `the mappers find their claims: ${found.join('; ')}`,
      ...(notes.length > 0 ? { notes } : {}),
    };
  }
}
