import { sessionIdleWithinMax } from '../../../lib/checks/rules/kc-001-session-idle-within-max';
import { sessionWithinRefreshLifetime } from '../../../lib/checks/rules/kc-002-session-within-refresh';
import { refreshWindowWithinLifetime } from '../../../lib/checks/rules/kc-003-refresh-window';
import { brokerRedirectExact } from '../../../lib/checks/rules/kc-004-broker-redirect';
import { brokerClientAuthentication } from '../../../lib/checks/rules/kc-005-client-authentication';
import { brokerScopesGranted } from '../../../lib/checks/rules/kc-006-requested-scopes';
import { brokerStoresTokens } from '../../../lib/checks/rules/kc-007-stored-tokens';
import { brokerLogoutResponse } from '../../../lib/checks/rules/kc-008-logout-response';
import { brokerReserve } from '../../../lib/checks/rules/kc-009-reserve';
import { broker, client, manifest, oktaIssuer, policy, snowflake, unevaluableOf, violationsOf } from '../support';

const ENDPOINT = 'https://ataccama.example.com/auth/realms/ataccamaone/broker/okta/endpoint';
const setup = (parts: { rule?: Parameters<typeof policy>[1]; redirectUris?: string[]; b?: Parameters<typeof broker>[0] } = {}) =>
  manifest({
    issuers: [oktaIssuer({ policies: [policy({}, parts.rule)] })],
    clients: [client({ redirectUris: parts.redirectUris ?? [ENDPOINT] })],
    brokers: [broker(parts.b)],
  });

describe('EO-KC-001 SSO Session Idle <= SSO Session Max', () => {
  test('passes when Idle equals Max', () => {
    expect(violationsOf(sessionIdleWithinMax, setup({ b: { ssoSessionIdleSeconds: 36000, ssoSessionMaxSeconds: 36000 } }))).toEqual([]);
  });
  test("passes when Idle is below Max (Keycloak's usual set-up)", () => {
    expect(violationsOf(sessionIdleWithinMax, setup({ b: { ssoSessionIdleSeconds: 1800, ssoSessionMaxSeconds: 36000 } }))).toEqual([]);
  });
  test('fails when Idle is one second above Max, as a warning', () => {
    expect(sessionIdleWithinMax.severity).toBe('warning');
    const [message] = violationsOf(sessionIdleWithinMax, setup({ b: { ssoSessionIdleSeconds: 1801, ssoSessionMaxSeconds: 1800 } }));
    expect(message).toContain(
      'Keycloak broker "ataccama" (s/Keycloak) has SSO Session Idle 1801 seconds above SSO Session Max 30 minutes: the idle timeout never takes effect',
    );
    expect(message).toContain('Fix:');
  });
});

describe('EO-KC-002 SSO Session Max + reserve <= Okta refresh-token lifetime', () => {
  test('passes when Max + reserve equals the lifetime', () => {
    // 8 h + 5 min = 485 min
    expect(
      violationsOf(sessionWithinRefreshLifetime, setup({ rule: { refreshTokenLifetimeMinutes: 485, refreshTokenWindowMinutes: 485 } })),
    ).toEqual([]);
  });
  test('fails when the lifetime is one minute short', () => {
    const [message] = violationsOf(
      sessionWithinRefreshLifetime,
      setup({ rule: { refreshTokenLifetimeMinutes: 484, refreshTokenWindowMinutes: 60 } }),
    );
    expect(message).toContain('SSO Session Max 8 hours (480 min) + reserve 5 minutes = 485 minutes');
    expect(message).toContain('policy "dbt" rule "default" of s/Okta gives its client s/WebApp refresh tokens for only 484 minutes');
    expect(message).toContain('at least 485 minutes');
  });
  test('passes when only a client-credentials rule is short (the broker uses authorization code)', () => {
    const issuer = oktaIssuer({
      policies: [
        policy({}, {}),
        policy(
          { name: 'machines' },
          { name: 'm2m', grantTypes: ['client_credentials'], refreshTokenLifetimeMinutes: 10, refreshTokenWindowMinutes: 10 },
        ),
      ],
    });
    const m = manifest({ issuers: [issuer], clients: [client({ redirectUris: [ENDPOINT] })], brokers: [broker()] });
    expect(violationsOf(sessionWithinRefreshLifetime, m)).toEqual([]);
  });
  test('passes for an unlimited lifetime (0)', () => {
    expect(violationsOf(sessionWithinRefreshLifetime, setup({ rule: { refreshTokenLifetimeMinutes: 0 } }))).toEqual([]);
  });
  test('reports could-not-evaluate when no policy rule of the client declares a lifetime', () => {
    const m = manifest({
      issuers: [oktaIssuer({ policies: [policy({ clients: ['s/Other'] })] })],
      clients: [client({ redirectUris: [ENDPOINT] })],
      brokers: [broker()],
    });
    expect(unevaluableOf(sessionWithinRefreshLifetime, m)[0]).toContain('no Okta policy rule assigned to s/WebApp');
  });
});

describe('EO-KC-003 refresh window <= refresh-token lifetime', () => {
  test('passes when the window equals the lifetime', () => {
    expect(
      violationsOf(refreshWindowWithinLifetime, setup({ rule: { refreshTokenLifetimeMinutes: 1440, refreshTokenWindowMinutes: 1440 } })),
    ).toEqual([]);
  });
  test('fails when the window is one minute longer', () => {
    expect(
      violationsOf(refreshWindowWithinLifetime, setup({ rule: { refreshTokenLifetimeMinutes: 1440, refreshTokenWindowMinutes: 1441 } }))[0],
    ).toMatch(
      /expires refresh tokens if not used every 1441 minutes, longer than their lifetime 1 day \(1440 min\)\. Fix: set the refresh window to 1440 minutes or less/,
    );
  });
  test('fails when the unset window (Okta default 7 days) exceeds a 1 day lifetime', () => {
    expect(
      violationsOf(
        refreshWindowWithinLifetime,
        setup({ rule: { refreshTokenLifetimeMinutes: 1440, refreshTokenWindowMinutes: undefined } }),
      )[0],
    ).toContain('(Okta default)');
  });
});

describe('EO-KC-004 the broker redirect URI is the exact Keycloak endpoint', () => {
  test.each([ENDPOINT, 'https://kc.example.com/realms/data/broker/okta/endpoint'])('passes for %s', (uri) => {
    expect(violationsOf(brokerRedirectExact, setup({ redirectUris: [uri, 'https://ataccama.example.com/home'] }))).toEqual([]);
  });
  test.each([`${ENDPOINT}/`, `${ENDPOINT}?x=1`, 'https://ataccama.example.com/auth/realms/ataccamaone/broker/okta'])(
    'fails for %s',
    (uri) => {
      const messages = violationsOf(brokerRedirectExact, setup({ redirectUris: [uri] }));
      expect(messages[0]).toContain(`redirect URI ${JSON.stringify(uri)} is not an exact Keycloak broker endpoint`);
      expect(messages[1]).toContain('registers no exact Keycloak broker endpoint');
    },
  );
  test('fails when the client has no broker endpoint at all', () => {
    expect(violationsOf(brokerRedirectExact, setup({ redirectUris: ['https://app.example.com/callback'] }))).toHaveLength(1);
  });
});

// Keycloak broker settings against the upstream app.
const KC_ENDPOINT = 'https://kc.example.com/realms/data/broker/okta/endpoint';
const kcApp = (over: Parameters<typeof client>[0] = {}) =>
  client({
    redirectUris: [KC_ENDPOINT],
    postLogoutRedirectUris: [`${KC_ENDPOINT}/logout_response`],
    tokenEndpointAuthMethod: 'client_secret_post',
    ...over,
  });
const kcSetup = (b: Parameters<typeof broker>[0] = {}, c: Parameters<typeof client>[0] = {}, trusts = [snowflake()]) =>
  manifest({
    issuers: [oktaIssuer()],
    clients: [kcApp(c)],
    trusts,
    brokers: [
      broker({
        clientAuthentication: 'client_secret_post',
        scopes: ['openid', 'offline_access'],
        storeTokens: true,
        storedTokensReadable: true,
        reserveSeconds: 7200,
        ...b,
      }),
    ],
  });

describe('EO-KC-005 client authentication', () => {
  test('passes when the broker uses the registered method', () => {
    expect(violationsOf(brokerClientAuthentication, kcSetup())).toEqual([]);
  });
  test('fails when the broker posts the secret and the app expects basic', () => {
    expect(violationsOf(brokerClientAuthentication, kcSetup({}, { tokenEndpointAuthMethod: 'client_secret_basic' }))[0]).toMatch(
      /authenticates with "client_secret_post", but s\/WebApp is registered with "client_secret_basic": the code exchange fails with invalid_client/,
    );
  });
});

describe('EO-KC-006 requested scopes', () => {
  test('passes when the authorization-code rule grants every requested scope', () => {
    expect(violationsOf(brokerScopesGranted, kcSetup({ scopes: ['openid', 'offline_access', 'session:role-any'] }))).toEqual([]);
  });
  test('fails for a scope no rule grants, naming it and the rule', () => {
    expect(violationsOf(brokerScopesGranted, kcSetup({ scopes: ['openid', 'groups'] }))[0]).toMatch(
      /requests \["groups"\], which no authorization-code policy rule serving s\/WebApp grants \(policy "dbt" rule "default" of s\/Okta\)/,
    );
  });
});

describe('EO-KC-007 stored tokens', () => {
  test('passes when both are on', () => {
    expect(violationsOf(brokerStoresTokens, kcSetup())).toEqual([]);
  });
  test('passes when no trust consumes the upstream tokens', () => {
    expect(violationsOf(brokerStoresTokens, kcSetup({ storeTokens: false }, {}, []))).toEqual([]);
  });
  test.each([
    [{ storeTokens: false }, 'Store tokens off'],
    [{ storedTokensReadable: false }, 'Stored tokens readable off'],
    [{ storeTokens: false, storedTokensReadable: false }, 'Store tokens and Stored tokens readable off'],
  ])('fails when %o', (b, words) => {
    expect(violationsOf(brokerStoresTokens, kcSetup(b))[0]).toContain(`has ${words}, while Snowflake integration`);
  });
});

describe('EO-KC-008 sign-out redirect', () => {
  test('passes with `/logout_response` registered', () => {
    expect(violationsOf(brokerLogoutResponse, kcSetup())).toEqual([]);
  });
  test('fails when it is missing, naming the exact URI', () => {
    expect(violationsOf(brokerLogoutResponse, kcSetup({}, { postLogoutRedirectUris: [`${KC_ENDPOINT}/logout`] }))[0]).toContain(
      `without "${KC_ENDPOINT}/logout_response"`,
    );
  });
});

describe('EO-KC-009 reserve', () => {
  test('passes at exactly 1 hour', () => {
    expect(violationsOf(brokerReserve, kcSetup({ reserveSeconds: 3600 }))).toEqual([]);
  });
  test('fails at 1 hour minus 1 second, as a warning', () => {
    expect(brokerReserve.severity).toBe('warning');
    expect(violationsOf(brokerReserve, kcSetup({ reserveSeconds: 3599 }))[0]).toMatch(/reserves 3599 seconds .* less than 1 hour/);
  });
});
