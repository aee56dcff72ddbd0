/**
 * Builds the {@link ReviewPosture} from manifests: per issuer, its clients with the tokens
 * they can obtain, and the trusts that accept those tokens with their identity mappings.
 */
import { flowOfGrant, type GrantType, type TokenFlow } from '../core/kinds';
import { listOf, valuesOf } from '../manifest/list-fields';
import { trustIssuer } from '../manifest/trust-fields';
import type {
  AssignmentRecord,
  ClientProgramRecord,
  ClientRecord,
  DatabricksTrustRecord,
  FindingRecord,
  IssuerRecord,
  PolicyRuleRecord,
  SnowflakeRoleRecord,
  TrustManifest,
  TrustRecord,
} from '../manifest/types';
import type {
  ClientPosture,
  FindingPosture,
  IdentityMapping,
  IssuerPosture,
  ReviewPosture,
  SecretDates,
  TokenPath,
  TrustPosture,
} from './posture';
import { profileControls } from './profile-controls';

/** Okta's marker for a policy assigned to every client. */
const ALL_CLIENTS = 'ALL_CLIENTS';
const UNDECLARED = '(undeclared)';

/** The review model of `manifests` (one per stack). */
export function buildPosture(manifests: readonly TrustManifest[]): ReviewPosture {
  const issuers: IssuerPosture[] = [];
  const findings: FindingPosture[] = [];
  for (const manifest of manifests) {
    issuers.push(...issuersOf(manifest));
    findings.push(...manifest.findings.map((f) => findingPosture(manifest.stack, f)));
  }
  return { stacks: manifests.map((m) => m.stack), issuers, findings };
}

function issuersOf(manifest: TrustManifest): IssuerPosture[] {
  const declared = new Set(manifest.issuers.map((i) => i.path));
  const result = manifest.issuers.map((issuer) => {
    const trusts = manifest.trusts.filter((t) => t.issuerPath === issuer.path);
    const clients = manifest.clients.filter((c) => c.issuer === issuer.path);
    return issuerPosture(manifest.stack, issuer, clients, trusts);
  });
  // Trusts and clients wired to an issuer that the manifests do not declare, grouped by `iss`.
  const groups = new Map<string, { trusts: TrustRecord[]; clients: ClientRecord[] }>();
  const group = (iss: string) => groups.get(iss) ?? groups.set(iss, { trusts: [], clients: [] }).get(iss)!;
  for (const t of manifest.trusts.filter((t) => !declared.has(t.issuerPath))) group(trustIssuer(t)).trusts.push(t);
  for (const c of manifest.clients.filter((c) => !declared.has(c.issuer))) {
    const trust = manifest.trusts.find((t) => !declared.has(t.issuerPath) && accepts(t, c));
    group(trust ? trustIssuer(trust) : '').clients.push(c);
  }
  for (const [iss, { trusts, clients }] of groups) {
    const record: IssuerRecord = {
      path: UNDECLARED,
      kind: 'generic',
      issuer: iss,
      jwksUrl: '',
      discoveryUrl: '',
      audiences: [],
      scopes: [],
      claims: [],
      policies: [],
      details: {},
    };
    result.push({ ...issuerPosture(manifest.stack, record, clients, trusts), kind: 'unknown' });
  }
  return result;
}

function issuerPosture(stack: string, issuer: IssuerRecord, clients: ClientRecord[], trusts: TrustRecord[]): IssuerPosture {
  const trustPostures = trusts.map(trustPosture);
  return {
    stack,
    path: issuer.path,
    kind: issuer.kind,
    ...(issuer.details.name ? { name: issuer.details.name } : {}),
    issuer: issuer.issuer,
    jwksUrl: issuer.jwksUrl,
    audiences: valuesOf(issuer.audiences),
    scopes: issuer.scopes.map((s) => (s.default ? `${s.name} (default)` : s.name)),
    clients: clients.map((c) => clientPosture(issuer, c, trusts)),
    trusts: trustPostures,
  };
}

function clientPosture(issuer: IssuerRecord, client: ClientRecord, trusts: TrustRecord[]): ClientPosture {
  return {
    path: client.path,
    name: client.name,
    kind: client.kind,
    clientId: client.clientId,
    grantTypes: valuesOf(client.grantTypes),
    responseTypes: [...client.responseTypes],
    redirectUris: [...client.redirectUris],
    postLogoutRedirectUris: [...client.postLogoutRedirectUris],
    scopes: valuesOf(client.scopes),
    ...(client.pkce === undefined ? {} : { pkce: client.pkce }),
    ...(client.tokenEndpointAuthMethod ? { tokenEndpointAuthMethod: client.tokenEndpointAuthMethod } : {}),
    ...(client.refreshToken ? { refreshTokenRotation: client.refreshToken.rotation } : {}),
    ...secretDatesOf(client),
    ...(client.assignment ? { signIn: signInText(client.assignment) } : {}),
    ...(client.trustedOrigins
      ? {
          trustedOrigins: client.trustedOrigins.map(
            (o) => `${o.origin} (${o.scopes.join('+')}${o.source === 'existing' ? ', existing' : ''})`,
          ),
        }
      : {}),
    ...(client.program ? { program: programText(client.program) } : {}),
    tokens: tokenPaths(issuer, client),
    acceptedBy: trusts.filter((t) => accepts(t, client)).map((t) => t.path),
  };
}

/** Who may sign in, in words. */
export function signInText(a: AssignmentRecord): string {
  const ids = [...(a.groups ?? []).map((g) => `group ${g}`), ...(a.users ?? []).map((u) => `user ${u}`)];
  switch (a.mode) {
    case 'assigned':
      return `assigned: ${ids.join(', ')}`;
    case 'everyone':
      return `everyone${a.reason ? ` (${a.reason})` : ''}`;
    case 'none':
      return 'nobody assigned: every sign-in is refused';
    default:
      return 'decided at the IdP (not declared)';
  }
}

/** A client program and its capabilities, in words. */
export function programText(p: ClientProgramRecord): string {
  return `${p.name}: ${p.sendsPkce ? 'sends PKCE' : 'no PKCE'}, ${p.keepsRotatedRefreshToken ? 'keeps rotated refresh tokens' : 'reuses one refresh token'}, ${p.tokenEndpointAuthMethods.join(' / ')}, reads claims from ${p.readsClaimsFrom.join(' / ')}`;
}

/** Only the dates of a client secret; every other field of `secret` stays out of reviews. */
export function secretDatesOf(client: Pick<ClientRecord, 'secret'>): { secret?: SecretDates } {
  if (!client.secret) return {};
  const dates: { endDate?: string; endDateRelative?: string } = {};
  if (typeof client.secret.endDate === 'string') dates.endDate = client.secret.endDate;
  if (typeof client.secret.endDateRelative === 'string') dates.endDateRelative = client.secret.endDateRelative;
  return { secret: dates };
}

function accepts(trust: TrustRecord, client: ClientRecord): boolean {
  if (trust.type === 'profile') return trust.clientPath === client.path;
  return trust.clients.length === 0 || trust.clients.includes(client.path);
}

/** The token paths of `client`: one per policy rule that applies to it, or the registration. */
export function tokenPaths(issuer: IssuerRecord, client: ClientRecord): TokenPath[] {
  const permissionScopes = (client.details.apiPermissions ?? [])
    .filter((p) => p.api === issuer.path || issuer.path === UNDECLARED)
    .flatMap((p) => [...p.scopes, ...p.appRoles.map((r) => `app role ${r}`)]);
  const clientScopes = unique([...valuesOf(client.scopes), ...permissionScopes]);
  if (issuer.policies.length === 0) {
    return [
      {
        via: 'app registration',
        grantTypes: valuesOf(client.grantTypes),
        flows: flowsOf(listOf(client.grantTypes) ?? []),
        scopes: clientScopes,
        ...(issuer.details.accessTokenLifetimeMinutes === undefined
          ? {}
          : { accessTokenLifetimeMinutes: issuer.details.accessTokenLifetimeMinutes }),
        audiences: valuesOf(issuer.audiences),
      },
    ];
  }
  const paths: TokenPath[] = [];
  const policies = [...issuer.policies].sort((a, b) => a.priority - b.priority);
  for (const policy of policies) {
    if (!policy.clients.includes(client.path) && !policy.clients.includes(ALL_CLIENTS)) continue;
    for (const rule of [...policy.rules].sort((a, b) => a.priority - b.priority)) {
      // Grants known only after apply: any grant of the rule may be registered.
      const clientGrants = listOf(client.grantTypes) ?? rule.grantTypes;
      const grants = rule.grantTypes.filter((g) => clientGrants.includes(g));
      if (grants.length === 0) continue;
      paths.push(rulePath(`policy "${policy.name}" / rule "${rule.name}"`, rule, grants, clientScopes, valuesOf(issuer.audiences)));
    }
  }
  return paths;
}

function rulePath(via: string, rule: PolicyRuleRecord, grants: GrantType[], clientScopes: string[], audiences: string[]): TokenPath {
  return {
    via,
    grantTypes: grants,
    flows: flowsOf(grants),
    scopes: effectiveScopes(rule.scopes, clientScopes),
    accessTokenLifetimeMinutes: rule.accessTokenLifetimeMinutes,
    ...(rule.refreshTokenLifetimeMinutes === undefined ? {} : { refreshTokenLifetimeMinutes: rule.refreshTokenLifetimeMinutes }),
    ...(rule.refreshTokenWindowMinutes === undefined ? {} : { refreshTokenWindowMinutes: rule.refreshTokenWindowMinutes }),
    audiences: [...audiences],
  };
}

/** A rule's scopes as the client can use them (`*` in a rule: every scope the client asks for). */
function effectiveScopes(ruleScopes: string[], clientScopes: string[]): string[] {
  if (ruleScopes.includes('*')) return clientScopes.length > 0 ? clientScopes : ['*'];
  if (clientScopes.length === 0) return [...ruleScopes];
  return ruleScopes.filter((s) => clientScopes.includes(s));
}

function flowsOf(grants: readonly GrantType[]): TokenFlow[] {
  return unique(grants.filter((g) => g !== 'refresh_token').map(flowOfGrant));
}

/** "roles created: A, B" and "roles existing: C" (the Snowflake roles declared on an integration). */
function rolesByMode(roles: readonly SnowflakeRoleRecord[]): string[] {
  const names = (mode: SnowflakeRoleRecord['mode']) => roles.filter((r) => r.mode === mode).map((r) => r.name);
  return (['created', 'existing'] as const).flatMap((mode) => (names(mode).length > 0 ? [`roles ${mode}: ${names(mode).join(', ')}`] : []));
}

function trustPosture(trust: TrustRecord): TrustPosture {
  switch (trust.type) {
    case 'snowflake': {
      const anyRole =
        trust.anyRoleMode === 'DISABLE'
          ? "the role of a session:role:ROLE scope, else the user's default role"
          : `any role granted to the user (any-role mode ${trust.anyRoleMode})`;
      return {
        type: 'snowflake',
        path: trust.path,
        name: trust.name,
        issuer: trust.issuer,
        audiences: valuesOf(trust.audiences),
        clients: [...trust.clients],
        mappings: [
          {
            flow: 'user',
            claim: valuesOf(trust.userMappingClaims).join(' | '),
            identity: `Snowflake user by ${trust.mappingAttribute}`,
            role: anyRole,
          },
        ],
        roleControls: [
          `any-role mode ${trust.anyRoleMode}`,
          ...(trust.allowedRoles.length > 0 ? [`allowed roles: ${trust.allowedRoles.join(', ')}`] : []),
          ...(trust.blockedRoles.length > 0 ? [`blocked roles: ${trust.blockedRoles.join(', ')}`] : []),
          ...(trust.scopeMappingAttribute ? [`scope mapping attribute ${trust.scopeMappingAttribute}`] : []),
          ...rolesByMode(trust.roles ?? []),
        ],
        users: trust.users.map((u) => ({
          name: u.name,
          service: u.service,
          ...(u.defaultRole ? { defaultRole: u.defaultRole } : {}),
          roles: [...u.roles],
        })),
        manualSteps: [...trust.manualSteps],
      };
    }
    case 'redshift':
      return {
        type: 'redshift',
        path: trust.path,
        name: trust.name,
        issuer: trust.issuer,
        audiences: valuesOf(trust.audiences),
        clients: [...trust.clients],
        mappings: [
          {
            flow: 'user',
            claim: trust.claimAttributePath,
            identity: `IAM Identity Center user by ${trust.identityStoreAttributePath}`,
            role: 'the Redshift roles of the user and its groups',
          },
        ],
        roleControls: [applicationControl(trust.application)],
        users: [],
        manualSteps: [...trust.application.manualSteps],
      };
    case 'profile':
      return {
        type: 'profile',
        path: trust.path,
        name: trust.profile.name,
        issuer: trust.profile.issuer,
        audiences: valuesOf(trust.profile.audiences),
        clients: [trust.clientPath],
        mappings: profileMappings(trust),
        roleControls: profileControls(trust.profile),
        users: [],
        manualSteps: [],
      };
    case 'databricks':
      return databricksPosture(trust);
  }
}

/** How a Redshift trust's IAM Identity Center application is held: created, adopted (imported) or outside Terraform. */
function applicationControl(app: Extract<TrustRecord, { type: 'redshift' }>['application']): string {
  const arn = app.arn ? ` ${app.arn}` : '';
  return app.mode === 'adopted' ? `application adopted (import), not created:${arn}` : `application ${app.mode}${arn}`;
}

/** A Databricks federation policy: who may exchange which tokens, as whom. */
function databricksPosture(trust: DatabricksTrustRecord): TrustPosture {
  const sp = trust.servicePrincipal;
  const keys =
    trust.jwks.source === 'discovery'
      ? 'keys by OpenID discovery'
      : trust.jwks.source === 'uri'
        ? `keys from jwks_uri ${trust.jwks.uri ?? ''}`
        : `pinned jwks_json (kid ${(trust.jwks.keyIds ?? []).join(', ')}): breaks at the next key rotation`;
  const mapping: IdentityMapping = sp
    ? {
        flow: 'any',
        claim: trust.subjectClaim,
        identity: `service principal ${sp.name ?? sp.applicationId} when it equals ${JSON.stringify(trust.subject ?? '')}`,
        role: "the service principal's own permissions",
      }
    : {
        flow: 'any',
        claim: trust.subjectClaim,
        identity: 'Databricks account user by user name (case handling is not documented)',
        role: "the user's own permissions",
      };
  return {
    type: 'databricks',
    path: trust.path,
    name: trust.name,
    issuer: trust.issuer,
    audiences: trust.audiencesDefaulted
      ? [`(account id${trust.accountId ? ` ${trust.accountId}` : ''}: Databricks default)`]
      : valuesOf(trust.audiences),
    clients: [...trust.clients],
    mappings: [mapping],
    roleControls: [`${trust.scope} federation policy`, keys, ...(sp ? [`exchange client_id = application id ${sp.applicationId}`] : [])],
    users: trust.users.map((u) => ({ name: u.userName, service: false, roles: [] })),
    manualSteps: [],
  };
}

function profileMappings(trust: Extract<TrustRecord, { type: 'profile' }>): IdentityMapping[] {
  const { machineFlow, userFlow } = trust.profile;
  const mappings: IdentityMapping[] = [];
  if (machineFlow.enabled) {
    mappings.push({ flow: 'machine', claim: machineFlow.systemUserClaim, identity: 'system user', role: machineFlow.systemUserRole });
  }
  if (userFlow.enabled && userFlow.usernameClaim) {
    mappings.push({ flow: 'user', claim: userFlow.usernameClaim, identity: 'existing user (resolveUser)', role: "the user's own roles" });
  }
  return mappings;
}

function findingPosture(stack: string, f: FindingRecord): FindingPosture {
  return {
    stack,
    ruleId: f.ruleId,
    severity: f.severity,
    path: f.path,
    message: f.message,
    ...(f.suppressed ? { suppressedReason: f.suppressed.reason } : {}),
    ...(f.source ? { source: `${f.source.file}:${f.source.line}` } : {}),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
