/**
 * A protected API in front of a real local OpenID provider.
 *
 * 1. starts oidc-provider on 127.0.0.1 with `startLocalProvider()` (client_credentials + authorization code),
 * 2. writes the validation profiles the way a deployment hands them over
 *    (`terraform output -json` shape, output "external_oauth_profiles"),
 * 3. starts a node:http API protected by `TokenValidator` (GET /orders: any caller,
 *    GET /admin: role "Server Admin"),
 * 4. calls it with accepted and rejected tokens and prints what happened.
 *
 * Run: `npm run demo` (node --import tsx examples/local-idp-api/main.ts)
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import type { ValidationProfile } from 'cdktf-external-oauth/manifest';
import { startLocalProvider } from 'cdktf-external-oauth/simulate';
import { requireRole, sendAuthError, TokenValidationError, TokenValidator } from 'cdktf-external-oauth/validator';

const API = 'https://api.local.test';

async function main(): Promise<void> {
  const idp = await startLocalProvider();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-idp-api-'));
  let server: http.Server | undefined;
  try {
    console.log(`IdP     ${idp.issuer} (JWKS ${idp.jwksUrl})`);

    // 2. the profiles, as `terraform output -json` prints them after deployment
    const common = { issuer: idp.issuer, audiences: [API], jwksUrl: idp.jwksUrl, issuerKind: 'generic' as const };
    const profiles: ValidationProfile[] = [
      {
        name: 'orders-svc',
        clientId: 'svc-client',
        ...common,
        machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
        userFlow: { enabled: false },
      },
      {
        name: 'orders-web',
        clientId: 'web-app',
        ...common,
        machineFlow: { enabled: false, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
        userFlow: { enabled: true, usernameClaim: 'preferred_username' },
      },
    ];
    const profilesFile = path.join(dir, 'outputs.json');
    fs.writeFileSync(
      profilesFile,
      JSON.stringify({ external_oauth_profiles: { sensitive: false, type: 'tuple', value: profiles } }, null, 2),
    );
    console.log(`Profiles ${profilesFile}`);

    // 3. the protected API
    const directory = new Map([['alice@example.test', { role: 'Analyst' }]]);
    const validator = TokenValidator.fromFile(profilesFile, {
      realm: 'orders-api',
      resolveUser: (username) => directory.get(username),
      onEvent: (e) => {
        if (e.type === 'jwks_fetch') console.log(`  [event] jwks_fetch ok=${e.ok} keys=${e.keys ?? 0}`);
        if (e.type === 'rejected') console.log(`  [event] rejected ${e.code}${e.profile ? ` (profile ${e.profile})` : ''}`);
      },
    });
    await validator.warm();
    server = http.createServer((req, res) => {
      validator
        .authenticate(req)
        .then((principal) => {
          if (req.url === '/admin') requireRole(principal, ['Server Admin']);
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ hello: principal.username, kind: principal.kind, role: principal.role ?? null }));
        })
        .catch((err: unknown) => {
          if (err instanceof TokenValidationError) return sendAuthError(res, err, 'orders-api');
          res.statusCode = 500;
          res.end();
        });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    console.log(`API     ${base} (GET /orders: any caller, GET /admin: role "Server Admin")\n`);

    // 4. calls
    const call = async (label: string, urlPath: string, token?: string): Promise<number> => {
      const res = await fetch(`${base}${urlPath}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const body = await res.text();
      const challenge = res.headers.get('www-authenticate');
      console.log(
        `${res.ok ? 'ACCEPTED' : 'REJECTED'} ${label}\n  GET ${urlPath} -> ${res.status} ${body}${challenge ? `\n  WWW-Authenticate: ${challenge}` : ''}\n`,
      );
      return res.status;
    };
    const statuses = [
      await call('service token (client_credentials) as system user', '/admin', await idp.clientCredentialsToken({ resource: API })),
      await call('user token (authorization code) of alice', '/orders', await idp.userToken({ account: 'alice', resource: API })),
      await call('user token of alice on an admin route', '/admin', await idp.userToken({ account: 'alice', resource: API })),
      await call('user token of bob (not in the user directory)', '/orders', await idp.userToken({ account: 'bob', resource: API })),
      await call(
        'service token issued for another API (replay)',
        '/orders',
        await idp.clientCredentialsToken({ resource: 'https://other.local.test' }),
      ),
      await call('no token', '/orders'),
    ];
    const expected = [200, 200, 403, 401, 401, 401];
    if (statuses.join() !== expected.join()) throw new Error(`unexpected statuses ${statuses.join()} (expected ${expected.join()})`);
    console.log('All calls answered as expected.');
  } finally {
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server!.close(resolve));
    }
    await idp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
