import '../support/framework-jest';

import { TerraformStack, Testing } from '../../lib/framework';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { OktaOidcApp, OktaOidcAppProps } from '../../lib/okta/okta-oidc-app';
import { OktaProvider } from '../../lib/providers/okta/provider';

Testing.setupJest();

/** A stack with an Okta provider (so that `Testing.synth(stack, true)` validates). */
export function oktaStack(id = 'okta'): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new OktaProvider(stack, 'okta', { orgName: 'example', baseUrl: 'okta.com' });
  return stack;
}

/** A custom authorization server named `snowflake` with audience `api://snowflake`. */
export function server(stack: TerraformStack, id = 'Server'): OktaAuthorizationServer {
  return new OktaAuthorizationServer(stack, id, { name: 'snowflake', audiences: ['api://snowflake'] });
}

/** A service app of `authorizationServer`. */
export function serviceApp(
  stack: TerraformStack,
  authorizationServer: OktaAuthorizationServer,
  id = 'Svc',
  props: Partial<OktaOidcAppProps> = {},
): OktaOidcApp {
  return new OktaOidcApp(stack, id, { authorizationServer, kind: 'service', ...props });
}

/** A web app of `authorizationServer` with authorization code + refresh token. */
export function webApp(
  stack: TerraformStack,
  authorizationServer: OktaAuthorizationServer,
  id = 'Web',
  props: Partial<OktaOidcAppProps> = {},
): OktaOidcApp {
  return new OktaOidcApp(stack, id, {
    authorizationServer,
    kind: 'web',
    grantTypes: ['authorization_code', 'refresh_token'],
    redirectUris: ['https://app.example.com/callback'],
    ...props,
  });
}

/** The synthesized Terraform JSON, parsed. */
export function synthJson(stack: TerraformStack): {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
} {
  return JSON.parse(Testing.synth(stack));
}

/** The single resource of `type` in the synthesized JSON. */
export function onlyResource(stack: TerraformStack, type: string): Record<string, unknown> {
  const all = Object.values(synthJson(stack).resource[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}
