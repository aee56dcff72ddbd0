/**
 * The simulation's token shapes and the validator's classification are the same facts: every
 * shape the simulation mints (lib/simulate/shape.ts), per issuer kind and flow, goes through
 * the classifier, which must find the flow the simulation meant.
 */
import { BUILT_IN_CLAIMS } from '../../lib/core/claims';
import { ISSUER_KINDS, IssuerKind } from '../../lib/core/kinds';
import type { ClaimRecord, IssuerRecord, ValidationProfile } from '../../lib/manifest/types';
import { type PlanInput, planToken } from '../../lib/simulate/shape';
import type { SimFlow } from '../../lib/simulate/types';
import type { World, WorldClient, WorldIssuer, WorldUser } from '../../lib/simulate/world';
import { isAppToken } from '../../lib/validator/classify';

const TENANT = 'aaaaaaaa-2222-3333-4444-5555555555bb';

function issuer(kind: IssuerKind, claims: readonly ClaimRecord[], accessTokenVersion?: 1 | 2): WorldIssuer {
  const record: IssuerRecord = {
    path: `stack/${kind}`,
    kind,
    issuer: kind === 'entra' ? `https://sts.windows.net/${TENANT}/` : `https://${kind}.example.test`,
    jwksUrl: `https://${kind}.example.test/keys`,
    discoveryUrl: `https://${kind}.example.test/.well-known/openid-configuration`,
    audiences: ['api://orders'],
    scopes: [{ name: 'orders.read', default: true }],
    claims: [...claims],
    policies: [],
    details: accessTokenVersion ? { accessTokenVersion } : {},
  };
  return { record, stack: 'stack', provider: 0, claims, ...(kind === 'entra' ? { tenant: TENANT } : {}) };
}

function client(target: WorldIssuer, clientId: string): WorldClient {
  return {
    record: {
      path: 'stack/client',
      kind: 'external',
      name: 'orders client',
      issuer: target.record.path,
      clientId,
      grantTypes: ['client_credentials', 'authorization_code'],
      responseTypes: ['code'],
      redirectUris: [],
      postLogoutRedirectUris: [],
      scopes: ['orders.read'],
      details: {},
    },
    stack: 'stack',
    issuer: target,
    providers: [0],
    synthetic: false,
  };
}

const USER: WorldUser = {
  info: { id: '0:alice@example.test', username: 'alice@example.test', email: 'alice@example.test', origin: 'synthetic', declaredAs: [] },
  provider: 0,
  objectId: 'eeeeeeee-1111-2222-3333-444444444444',
  oktaUid: '00u1a2b3c4d5e6f7g8h9',
  displayName: 'Alice Example',
  groups: [],
};

/** The payload the simulated provider signs for a plan (as lib/simulate/provider-server.ts assembles it). */
function mintedClaims(input: PlanInput, now: number): Record<string, unknown> {
  const outcome = planToken(input);
  if (!outcome.ok) throw new Error(`the simulation refuses to mint: ${outcome.reason}`);
  const { request } = outcome.plan;
  const claims: Record<string, unknown> = { iss: input.target.record.issuer, aud: input.audience, iat: now, exp: now + request.ttlSeconds };
  if (request.keepJti) claims.jti = 'sim-jti';
  Object.assign(claims, request.claims);
  if (request.scopeClaim && request.scopes.length > 0)
    claims[request.scopeClaim.name] = request.scopeClaim.format === 'array' ? [...request.scopes] : request.scopes.join(' ');
  return claims;
}

interface Variant {
  readonly name: string;
  readonly kind: IssuerKind;
  readonly claims: readonly ClaimRecord[];
  readonly version?: 1 | 2;
}

const variants: Variant[] = [
  ...ISSUER_KINDS.map((kind) => ({ name: kind, kind, claims: BUILT_IN_CLAIMS[kind] })),
  { name: 'entra v2', kind: 'entra', claims: BUILT_IN_CLAIMS.entra, version: 2 },
  // Entra without the optional idtyp claim: the classifier falls back to "no scp"
  { name: 'entra without idtyp', kind: 'entra', claims: BUILT_IN_CLAIMS.entra.filter((c) => c.name !== 'idtyp') },
];

const cases = variants.flatMap((v) =>
  (['app', 'user'] as const).flatMap((flow) => ['orders-client', 'Orders-Service'].map((clientId) => [v.name, flow, clientId, v] as const)),
);

describe('every token shape the simulation mints is classified as the flow it was minted for', () => {
  test.each(cases)('%s, %s token of client %s', (_name, flow: SimFlow, clientId, v) => {
    const target = issuer(v.kind, v.claims, v.version);
    const c = client(target, clientId);
    const input: PlanInput = {
      world: {} as World,
      client: c,
      flow,
      grant: flow === 'app' ? 'client_credentials' : 'authorization_code',
      ...(flow === 'user' ? { user: USER } : {}),
      target,
      audience: 'api://orders',
      // mint whatever the IdP's own policy would decide: the shape is what is tested here
      force: { grant: { scopes: ['orders.read'], roles: ['Orders.Read.All'] } },
    };
    const claims = mintedClaims(input, 1_800_000_000);
    const profile: Pick<ValidationProfile, 'issuerKind' | 'clientId'> = { issuerKind: v.kind, clientId };
    expect(isAppToken(profile, claims)).toBe(flow === 'app');
  });

  test('the cases cover every issuer kind and both flows', () => {
    expect(new Set(cases.map(([, , , v]) => v.kind))).toEqual(new Set(ISSUER_KINDS));
    expect(cases.filter(([, flow]) => flow === 'app').length).toBe(cases.length / 2);
  });
});
