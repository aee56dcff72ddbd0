// A real OpenID provider (oidc-provider 9, ESM-only) on 127.0.0.1, run in a child process so
// that CommonJS callers (Jest, ts-node scripts) can use it. Driven over IPC by ./index.ts:
//   parent -> child: { id, type: 'clientCredentials' | 'userToken' | 'rotateKeys' | 'stop', ... }
//   child -> parent: { type: 'ready', port, issuer } once listening, then { id, ok, result | error }.
// Tokens are always issued by the provider through its HTTP endpoints: client_credentials at
// /token, and the authorization-code flow driven through /auth, a login + consent interaction
// that signs in the account named by login_hint, and /token.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import Provider from 'oidc-provider';

const options = JSON.parse(process.argv[2] ?? '{}');
const keyType = options.keyType ?? 'RSA';
const accounts = options.accounts ?? {};
const resources = options.resources ?? {};
const clients = options.clients ?? [];
const accessTokenTtl = options.accessTokenTtl ?? 600;
const REDIRECT_URI = 'https://client.invalid/callback';

let keys = [newSigningKey()];
let provider;
let issuer;

function newSigningKey() {
  const pair = keyType === 'EC' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...pair.privateKey.export({ format: 'jwk' }), kid: `k-${randomBytes(6).toString('hex')}`, use: 'sig', alg: keyType === 'EC' ? 'ES256' : 'RS256' };
}

function buildProvider() {
  return new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      grant_types: c.grantTypes,
      response_types: c.grantTypes.includes('authorization_code') ? ['code'] : [],
      redirect_uris: c.grantTypes.includes('authorization_code') ? [REDIRECT_URI] : [],
      token_endpoint_auth_method: 'client_secret_post',
      scope: c.scope,
      id_token_signed_response_alg: keyType === 'EC' ? 'ES256' : 'RS256',
    })),
    jwks: { keys },
    cookies: { keys: ['test-only-cookie-key'] },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          const rs = resources[indicator];
          if (!rs) throw new Provider.errors.InvalidTarget();
          return { scope: rs.scope, audience: indicator, accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: keyType === 'EC' ? 'ES256' : 'RS256' } } };
        },
      },
    },
    findAccount: (_ctx, sub) => (accounts[sub] ? { accountId: sub, claims: () => ({ sub }) } : undefined),
    extraTokenClaims: (_ctx, token) => (token.accountId && accounts[token.accountId] ? { ...accounts[token.accountId] } : undefined),
  });
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = details.params.login_hint;
    if (!accounts[accountId]) throw new Error(`unknown account ${accountId}`);
    return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const server = http.createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((err) => {
      res.statusCode = 500;
      res.end(String(err.message));
    });
    return;
  }
  provider.callback()(req, res);
});

async function tokenRequest(params) {
  const res = await fetch(`${issuer}/token`, { method: 'POST', body: new URLSearchParams(params) });
  const body = await res.json();
  if (!res.ok) throw new Error(`token endpoint: ${res.status} ${body.error}: ${body.error_description ?? ''}`);
  return body;
}

function client(clientId) {
  const c = clients.find((x) => x.clientId === clientId);
  if (!c) throw new Error(`unknown client ${clientId}`);
  return c;
}

async function clientCredentials({ clientId, resource, scope }) {
  const c = client(clientId);
  const body = await tokenRequest({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, resource, ...(scope ? { scope } : {}) });
  return body.access_token;
}

async function userToken({ clientId, account, resource, scope }) {
  const c = client(clientId);
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const jar = new Map();
  let url = `${issuer}/auth?${new URLSearchParams({
    client_id: c.clientId,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: `openid ${scope ?? ''}`.trim(),
    resource,
    login_hint: account,
    state: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })}`;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    await res.arrayBuffer();
    const location = res.headers.get('location');
    if (!location) throw new Error(`authorization flow stopped at HTTP ${res.status}`);
    if (location.startsWith(REDIRECT_URI)) {
      const params = new URL(location).searchParams;
      if (!params.get('code')) throw new Error(`authorization error: ${params.get('error')} ${params.get('error_description') ?? ''}`);
      const body = await tokenRequest({
        grant_type: 'authorization_code',
        code: params.get('code'),
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
        client_id: c.clientId,
        client_secret: c.clientSecret,
        resource,
      });
      return body.access_token;
    }
    url = new URL(location, issuer).href;
  }
  throw new Error('authorization flow did not finish');
}

function rotateKeys({ keepOld = true }) {
  keys = keepOld ? [newSigningKey(), ...keys] : [newSigningKey()];
  provider = buildProvider();
  return { kids: keys.map((k) => k.kid) };
}

const handlers = { clientCredentials, userToken, rotateKeys };

process.on('message', async (msg) => {
  if (msg.type === 'stop') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
    return;
  }
  try {
    const handler = handlers[msg.type];
    if (!handler) throw new Error(`unknown message ${msg.type}`);
    process.send({ id: msg.id, ok: true, result: await handler(msg) });
  } catch (err) {
    process.send({ id: msg.id, ok: false, error: err.message });
  }
});

process.on('disconnect', () => process.exit(0));

server.listen(options.port ?? 0, '127.0.0.1', () => {
  const { port } = server.address();
  issuer = `http://127.0.0.1:${port}`;
  provider = buildProvider();
  process.send({ type: 'ready', port, issuer, kids: keys.map((k) => k.kid) });
});
