// A real OpenID provider (oidc-provider 9, ESM-only) on 127.0.0.1 for the live drift tests,
// run with plain node in a child process (Jest runs CommonJS). Unlike test/support/oidc it can
// change what it publishes while running, which is what drift is about:
//   parent -> child: { id, type: 'configure', issuerSuffix?, jwksRoute? } | { id, type: 'rotateKeys', keepOld? } | { type: 'stop' }
//   child -> parent: { type: 'ready', port, issuer, kids } once listening, then { id, ok, result | error }.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import Provider from 'oidc-provider';

let keys = [newSigningKey()];
let issuerSuffix = '';
let jwksRoute = '/jwks';
let origin;
let provider;

function newSigningKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `k-${randomBytes(6).toString('hex')}`, use: 'sig', alg: 'RS256' };
}

function buildProvider() {
  const p = new Provider(`${origin}${issuerSuffix}`, {
    jwks: { keys },
    routes: { jwks: jwksRoute },
    cookies: { keys: ['drift-test-only-cookie-key'] },
    features: { devInteractions: { enabled: false } },
  });
  return p;
}

function state() {
  return { issuer: `${origin}${issuerSuffix}`, jwksUri: `${origin}${jwksRoute}`, kids: keys.map((k) => k.kid) };
}

const handlers = {
  configure(msg) {
    if (msg.issuerSuffix !== undefined) issuerSuffix = msg.issuerSuffix;
    if (msg.jwksRoute !== undefined) jwksRoute = msg.jwksRoute;
    provider = buildProvider();
    return state();
  },
  rotateKeys(msg) {
    keys = msg.keepOld === false ? [newSigningKey()] : [newSigningKey(), ...keys];
    provider = buildProvider();
    return state();
  },
};

const server = http.createServer((req, res) => provider.callback()(req, res));

process.on('message', (msg) => {
  if (msg.type === 'stop') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
    return;
  }
  try {
    const handler = handlers[msg.type];
    if (!handler) throw new Error(`unknown message ${msg.type}`);
    process.send({ id: msg.id, ok: true, result: handler(msg) });
  } catch (err) {
    process.send({ id: msg.id, ok: false, error: err.message });
  }
});

process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${server.address().port}`;
  provider = buildProvider();
  process.send({ type: 'ready', port: server.address().port, ...state() });
});
