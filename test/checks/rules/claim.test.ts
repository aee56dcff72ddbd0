import { mappingClaimEmitted } from '../../../lib/checks/rules/claim-001-mapping-claim-emitted';
import { emailMapping } from '../../../lib/checks/rules/claim-002-email-mapping';
import { claimPlacement } from '../../../lib/checks/rules/claim-003-claim-placement';
import { redshiftEmailAttribute } from '../../../lib/checks/rules/rs-001-email-attribute';
import {
  apiClient,
  broker,
  client,
  entraClient,
  entraIssuer,
  externalIssuer,
  manifest,
  oktaIssuer,
  oktaSnowflake,
  profile,
  redshift,
  snowflake,
  unevaluableOf,
  violationsOf,
} from '../support';

describe('EO-CLAIM-001 mapping claim emitted for the flow', () => {
  test('passes when an Entra user-flow client maps upn', () => {
    expect(
      violationsOf(mappingClaimEmitted, manifest({ issuers: [entraIssuer()], clients: [entraClient()], trusts: [redshift()] })),
    ).toEqual([]);
  });

  test('fails when an Entra client-credentials client maps upn (app tokens carry no upn)', () => {
    // GIVEN a machine client behind a trust that maps upn
    const m = manifest({ issuers: [entraIssuer()], clients: [entraClient({ grantTypes: ['client_credentials'] })], trusts: [redshift()] });
    // WHEN
    const [message] = violationsOf(mappingClaimEmitted, m);
    // THEN
    expect(message).toContain('"upn"');
    expect(message).toContain('only in user tokens');
    expect(message).toContain('machine tokens (client credentials)');
    expect(message).toContain('s/EntraClient');
    expect(message).toMatch(/Fix: map a claim that machine tokens carry \(e\.g\. \[.*"appid".*\]\)/);
  });

  test('fails when an Okta custom claim was never declared', () => {
    const base = oktaSnowflake();
    const m = manifest({ ...base, trusts: [snowflake({ userMappingClaims: ['login'], mappingAttribute: 'LOGIN_NAME' })] });
    expect(violationsOf(mappingClaimEmitted, m)[0]).toMatch(/emits no such access-token claim.*addClaim\(\)/);
  });

  test('passes when the Okta custom claim is declared for the user flow', () => {
    const base = oktaSnowflake();
    const okta = oktaIssuer({
      claims: [...base.issuers[0].claims, { name: 'login', flows: ['user'], tokenType: 'access', valueKind: 'username' }],
    });
    expect(
      violationsOf(
        mappingClaimEmitted,
        manifest({ ...base, issuers: [okta], trusts: [snowflake({ userMappingClaims: ['login'], mappingAttribute: 'LOGIN_NAME' })] }),
      ),
    ).toEqual([]);
  });

  test('leaves a claim declared only as an ID-token claim to EO-CLAIM-003 (the wrong token, one finding)', () => {
    const okta = oktaIssuer({
      claims: [
        { name: 'iss', flows: ['machine', 'user'], tokenType: 'access' },
        { name: 'email', flows: ['user'], tokenType: 'id', valueKind: 'email' },
      ],
    });
    const m = manifest({ issuers: [okta], clients: [client()], trusts: [snowflake()] });
    expect(violationsOf(mappingClaimEmitted, m)).toEqual([]);
    expect(violationsOf(claimPlacement, m)).toHaveLength(1);
  });

  test('fails when a profile user flow maps a claim the issuer does not emit', () => {
    const m = manifest({
      issuers: [externalIssuer()],
      clients: [apiClient()],
      trusts: [profile({}, { userFlow: { enabled: true, usernameClaim: 'unique_name' } })],
    });
    expect(violationsOf(mappingClaimEmitted, m)[0]).toContain('userFlow.usernameClaim "unique_name"');
  });

  test('passes when a profile machine flow maps client_id and the user flow is disabled', () => {
    expect(
      violationsOf(mappingClaimEmitted, manifest({ issuers: [externalIssuer()], clients: [apiClient()], trusts: [profile()] })),
    ).toEqual([]);
  });

  test('reports could-not-evaluate when the mapping claims are an apply-time value', () => {
    const base = oktaSnowflake();
    const m = manifest({ ...base, trusts: [snowflake({ userMappingClaims: '${var.claims}' as unknown as string[] })] });
    expect(unevaluableOf(mappingClaimEmitted, m)).toHaveLength(1);
  });
});

describe('EO-CLAIM-002 Snowflake EMAIL_ADDRESS mapping', () => {
  test('passes when EMAIL_ADDRESS maps an email-valued claim', () => {
    expect(violationsOf(emailMapping, manifest(oktaSnowflake()))).toEqual([]);
  });

  test('fails when EMAIL_ADDRESS maps sub (a username, not an email)', () => {
    const base = oktaSnowflake();
    const [message] = violationsOf(emailMapping, manifest({ ...base, trusts: [snowflake({ userMappingClaims: ['sub'] })] }));
    expect(message).toContain('claim "sub"');
    expect(message).toContain('"username"');
    expect(message).toContain('["email"]');
    expect(message).toContain('LOGIN_NAME');
  });

  test('passes when LOGIN_NAME maps sub', () => {
    const base = oktaSnowflake();
    expect(
      violationsOf(
        emailMapping,
        manifest({ ...base, trusts: [snowflake({ userMappingClaims: ['sub'], mappingAttribute: 'LOGIN_NAME' })] }),
      ),
    ).toEqual([]);
  });
});

describe('EO-RS-001 Redshift emails.value needs an email claim', () => {
  test('passes when upn is matched against emails.value', () => {
    expect(violationsOf(redshiftEmailAttribute, manifest({ issuers: [entraIssuer()], trusts: [redshift()] }))).toEqual([]);
  });

  test('fails when oid is matched against emails.value', () => {
    const [message] = violationsOf(
      redshiftEmailAttribute,
      manifest({ issuers: [entraIssuer()], trusts: [redshift({ claimAttributePath: 'oid' })] }),
    );
    expect(message).toContain('claim "oid"');
    expect(message).toContain('"emails.value"');
  });

  test('passes when oid is matched against userName', () => {
    expect(
      violationsOf(
        redshiftEmailAttribute,
        manifest({ issuers: [entraIssuer()], trusts: [redshift({ claimAttributePath: 'oid', identityStoreAttributePath: 'userName' })] }),
      ),
    ).toEqual([]);
  });
});

describe('EO-CLAIM-003 each claim is in the token its reader reads', () => {
  const groups = (tokenType: 'access' | 'id') => ({ name: 'groups', flows: ['user' as const], tokenType, valueKind: 'groups' as const });
  const withGroups = (...tokenTypes: Array<'access' | 'id'>) => oktaIssuer({ claims: [...oktaIssuer().claims, ...tokenTypes.map(groups)] });
  const mapper = { name: 'okta-groups', type: 'oidc-advanced-group-idp-mapper', claim: 'groups' };
  const setup = (issuer = withGroups('id'), b: Parameters<typeof broker>[0] = {}) =>
    manifest({ issuers: [issuer], clients: [client()], brokers: [broker({ mappers: [mapper], scopes: ['openid'], ...b })] });

  test('passes when the mapper claim is in the ID token', () => {
    expect(violationsOf(claimPlacement, setup())).toEqual([]);
  });
  test('passes when the claim is in both tokens', () => {
    expect(violationsOf(claimPlacement, setup(withGroups('id', 'access')))).toEqual([]);
  });
  test('fails when the mapper claim is only in the access token', () => {
    expect(violationsOf(claimPlacement, setup(withGroups('access')))[0]).toMatch(
      /mapper "okta-groups" reads claim "groups", which s\/Okta puts only in the access token \(claim type RESOURCE\); the broker reads the ID token and userinfo.*Fix: declare "groups" as an ID-token claim/,
    );
  });
  test('passes for an access-token claim when the broker reads JWT access tokens', () => {
    expect(violationsOf(claimPlacement, setup(withGroups('access'), { accessTokenIsJwt: true }))).toEqual([]);
  });
  test('fails when the claim is in no token', () => {
    expect(violationsOf(claimPlacement, setup(oktaIssuer()))[0]).toContain('puts in no token');
  });
  test('passes for a standard claim the requested scope brings (email with the email scope), fails without the scope', () => {
    const emailMapper = { name: 'email', type: 'oidc-user-attribute-idp-mapper', claim: 'email' };
    expect(violationsOf(claimPlacement, setup(oktaIssuer(), { mappers: [emailMapper], scopes: ['openid', 'email'] }))).toEqual([]);
    expect(
      violationsOf(
        claimPlacement,
        setup(oktaIssuer({ claims: oktaIssuer().claims.filter((c) => c.name !== 'email') }), {
          mappers: [emailMapper],
          scopes: ['openid'],
        }),
      ),
    ).toHaveLength(1);
  });
  test('fails when a trust maps a claim that is only in the ID token; EO-CLAIM-001 leaves it to this rule', () => {
    const issuer = oktaIssuer({
      claims: [
        ...oktaIssuer().claims.filter((c) => c.name !== 'email'),
        { name: 'email', flows: ['user'], tokenType: 'id', valueKind: 'email' },
      ],
    });
    const records = manifest({ issuers: [issuer], clients: [client()], trusts: [snowflake({ userMappingClaims: ['email'] })] });
    expect(violationsOf(claimPlacement, records)[0]).toMatch(
      /reads claim "email" from the access token, but s\/Okta puts it only in the ID token \(claim type IDENTITY\)/,
    );
    expect(violationsOf(mappingClaimEmitted, records)).toEqual([]);
  });
});
