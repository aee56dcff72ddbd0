import { ClientAssignment, ClientProgram } from '../../lib/core/client-program';
import { Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { OktaOidcApp, OktaOidcAppProps } from '../../lib/okta/okta-oidc-app';
import { AppGroupAssignments } from '../../lib/providers/okta/app-group-assignments';
import { AppOauth } from '../../lib/providers/okta/app-oauth';
import { AppUser } from '../../lib/providers/okta/app-user';
import { DataOktaEveryoneGroup } from '../../lib/providers/okta/data-okta-everyone-group';
import { TrustedOrigin } from '../../lib/providers/okta/trusted-origin';
import { configErrorOf } from '../support/config-error';
import { oktaStack, server } from './support';

function build(props: Partial<OktaOidcAppProps> & Pick<OktaOidcAppProps, 'kind'>) {
  const stack = oktaStack();
  const app = new OktaOidcApp(stack, 'App', { authorizationServer: server(stack), ...props });
  return { stack, app, synth: Testing.synth(stack), record: app.toClientRecord() };
}

const WEB: Pick<OktaOidcAppProps, 'kind' | 'redirectUris'> = { kind: 'web', redirectUris: ['https://app.example.com/callback'] };
const SPA: Pick<OktaOidcAppProps, 'kind' | 'redirectUris'> = { kind: 'browser', redirectUris: ['https://app.example.com/callback'] };

describe('OktaOidcApp sign-in preconditions', () => {
  describe('assignment', () => {
    test('groups become okta_app_group_assignments and the record says who may sign in', () => {
      const { synth, record } = build({ ...WEB, assignment: ClientAssignment.groups(['00g1a', '00g1b']) });
      expect(synth).toHaveResourceWithProperties(AppGroupAssignments, { group: [{ id: '00g1a' }, { id: '00g1b' }] });
      expect(record.assignment).toEqual({ mode: 'assigned', groups: ['00g1a', '00g1b'] });
      expect(record.details.groups).toEqual(['00g1a', '00g1b']);
    });

    test('users become one okta_app_user each', () => {
      const { synth, record } = build({ ...WEB, assignment: ClientAssignment.users(['00u1a', '00u1b']) });
      const users = Object.values(JSON.parse(synth).resource.okta_app_user as Record<string, { user_id: string; app_id: string }>);
      expect(users.map((u) => [u.user_id, u.app_id])).toEqual([
        ['00u1a', '${okta_app_oauth.App_F1B96344.id}'],
        ['00u1b', '${okta_app_oauth.App_F1B96344.id}'],
      ]);
      expect(synth).toHaveResource(AppUser);
      expect(record.assignment).toEqual({ mode: 'assigned', users: ['00u1a', '00u1b'] });
    });

    test("everyone assigns the org's Everyone group and records the reason", () => {
      const { synth, record } = build({ ...WEB, assignment: ClientAssignment.everyone('every analyst uses dbt Cloud') });
      expect(synth).toHaveDataSource(DataOktaEveryoneGroup);
      expect(synth).toHaveResourceWithProperties(AppGroupAssignments, {
        group: [{ id: expect.stringMatching(/^\$\{data\.okta_everyone_group\./) }],
      });
      expect(record.assignment).toEqual({ mode: 'everyone', reason: 'every analyst uses dbt Cloud' });
    });

    test('without an assignment the record says nobody is assigned (EO-SIGNIN-001 reports it)', () => {
      const { synth, record } = build(WEB);
      expect(synth).not.toHaveResource(AppGroupAssignments);
      expect(record.assignment).toEqual({ mode: 'none' });
    });

    test('the groups prop stays a shorthand for ClientAssignment.groups', () => {
      expect(build({ ...WEB, groups: ['00g1a'] }).record.assignment).toEqual({ mode: 'assigned', groups: ['00g1a'] });
    });

    test.each([
      ['a reason of 9 characters', ClientAssignment.everyone('too short'), 'assignment.reason', 'EO_MISSING_VALUE'],
      ['an empty assignment', ClientAssignment.of({}), 'assignment.groups', 'EO_EMPTY_LIST'],
      ['a group listed twice', ClientAssignment.groups(['00g1a', '00g1a']), 'assignment.groups', 'EO_DUPLICATE_NAME'],
      ['a user id with a space', ClientAssignment.users(['00u 1']), 'assignment.users[0]', 'EO_INVALID_VALUE'],
    ])('fails for %s, naming the field', (_label, assignment, field, code) => {
      const err = configErrorOf(() => build({ ...WEB, assignment }));
      expect([err.field, err.code]).toEqual([field, code]);
    });

    test('passes with a reason of exactly 10 characters', () => {
      expect(build({ ...WEB, assignment: ClientAssignment.everyone('ten chars!') }).record.assignment?.mode).toBe('everyone');
    });

    test('fails for groups and assignment together, and for a service app', () => {
      expect(configErrorOf(() => build({ ...WEB, groups: ['00g1a'], assignment: ClientAssignment.groups(['00g1b']) })).field).toBe(
        'groups',
      );
      expect(configErrorOf(() => build({ kind: 'service', assignment: ClientAssignment.groups(['00g1b']) })).rule).toContain(
        'does not apply to a service app',
      );
    });
  });

  describe('trusted origins', () => {
    test('a browser app trusts each https origin of its redirect and sign-out URIs for CORS and redirect', () => {
      const { synth, record } = build({
        ...SPA,
        redirectUris: ['https://app.example.com/callback', 'https://app.example.com/silent'],
        postLogoutRedirectUris: ['https://www.example.com/bye'],
      });
      const origins = Object.values(
        JSON.parse(synth).resource.okta_trusted_origin as Record<string, { origin: string; scopes: string[]; name: string }>,
      );
      expect(origins.map((o) => [o.origin, o.scopes])).toEqual([
        ['https://app.example.com', ['CORS', 'REDIRECT']],
        ['https://www.example.com', ['CORS', 'REDIRECT']],
      ]);
      expect(origins[0]!.name).toBe('App https://app.example.com');
      expect(record.trustedOrigins).toEqual([
        { origin: 'https://app.example.com', scopes: ['CORS', 'REDIRECT'], source: 'managed' },
        { origin: 'https://www.example.com', scopes: ['CORS', 'REDIRECT'], source: 'managed' },
      ]);
    });

    test('origins the org already trusts are declared, not created', () => {
      const { synth, record } = build({ ...SPA, trustedOrigins: { existing: ['https://app.example.com'] } });
      expect(synth).not.toHaveResource(TrustedOrigin);
      expect(record.trustedOrigins).toEqual([{ origin: 'https://app.example.com', scopes: ['CORS', 'REDIRECT'], source: 'existing' }]);
    });

    test('create: false declares none (EO-SIGNIN-002 reports the browser app)', () => {
      const { synth, record } = build({ ...SPA, trustedOrigins: { create: false } });
      expect(synth).not.toHaveResource(TrustedOrigin);
      expect(record.trustedOrigins).toEqual([]);
    });

    test('a web app trusts no origin by default', () => {
      expect(build(WEB).synth).not.toHaveResource(TrustedOrigin);
    });

    test.each(['https://app.example.com/', 'https://app.example.com/path', 'http://app.example.com'])(
      'fails for the existing origin %s',
      (origin) => {
        expect(configErrorOf(() => build({ ...SPA, trustedOrigins: { existing: [origin] } })).field).toBe('trustedOrigins.existing[0]');
      },
    );
  });

  describe('client program', () => {
    test('a program that sends no PKCE and keeps one refresh token makes the defaults follow it', () => {
      const { synth, record } = build({
        kind: 'web',
        grantTypes: ['authorization_code', 'refresh_token'],
        program: ClientProgram.keycloakBroker({ realmUrl: 'https://kc.example.com/realms/data', alias: 'okta' }),
      });
      expect(synth).toHaveResourceWithProperties(AppOauth, {
        pkce_required: false,
        refresh_token_rotation: 'STATIC',
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: ['https://kc.example.com/realms/data/broker/okta/endpoint'],
        post_logout_redirect_uris: ['https://kc.example.com/realms/data/broker/okta/endpoint/logout_response'],
      });
      expect(record.program).toEqual({
        name: 'Keycloak broker',
        see: 'https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc',
        sendsPkce: false,
        keepsRotatedRefreshToken: false,
        tokenEndpointAuthMethods: ['client_secret_post'],
        readsClaimsFrom: ['id_token', 'userinfo'],
        requestedScopes: ['openid'],
      });
    });

    test('a program that sends PKCE and keeps rotated tokens keeps the secure defaults', () => {
      const { synth } = build({
        kind: 'browser',
        grantTypes: ['authorization_code', 'refresh_token'],
        program: ClientProgram.openMetadata('https://om.example.com/'),
      });
      expect(synth).toHaveResourceWithProperties(AppOauth, {
        pkce_required: true,
        refresh_token_rotation: 'ROTATE',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['https://om.example.com/callback', 'https://om.example.com/silent-callback'],
      });
    });

    test('a public client keeps PKCE even when its program does not send it (EO-CLIENT-001 reports the program)', () => {
      const program = ClientProgram.custom({
        name: 'legacy SPA',
        sendsPkce: false,
        keepsRotatedRefreshToken: true,
        tokenEndpointAuthMethods: ['none'],
        redirectUris: ['https://spa.example.com/cb'],
      });
      expect(build({ kind: 'browser', program }).synth).toHaveResourceWithProperties(AppOauth, { pkce_required: true });
    });

    test('explicit props win over the program', () => {
      const { synth } = build({
        ...WEB,
        grantTypes: ['authorization_code', 'refresh_token'],
        pkce: true,
        refreshToken: { rotation: 'ROTATE' },
        tokenEndpointAuthMethod: 'client_secret_basic',
        program: ClientProgram.dbtCloudSnowflake('https://cloud.getdbt.com'),
      });
      expect(synth).toHaveResourceWithProperties(AppOauth, {
        pkce_required: true,
        refresh_token_rotation: 'ROTATE',
        token_endpoint_auth_method: 'client_secret_basic',
        redirect_uris: ['https://app.example.com/callback'],
      });
    });

    test('the manifest with assignment, origins and program fits the JSON Schema', () => {
      const { stack } = build({
        ...SPA,
        assignment: ClientAssignment.groups(['00g1a']),
        program: ClientProgram.openMetadata('https://app.example.com'),
      });
      expect(manifestProblems(ManifestWriter.of(stack).build())).toEqual([]);
    });

    test('a program without an authentication method is refused with the field named', () => {
      const err = configErrorOf(() =>
        ClientProgram.custom({ name: 'x', sendsPkce: true, keepsRotatedRefreshToken: true, tokenEndpointAuthMethods: [] }),
      );
      expect([err.field, err.code]).toEqual(['tokenEndpointAuthMethods', 'EO_EMPTY_LIST']);
    });
  });
});
