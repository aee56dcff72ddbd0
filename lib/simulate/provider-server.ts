/**
 * One local OpenID provider (`oidc-provider` 9) on 127.0.0.1, run as a child process by
 * `provider-host` (oidc-provider is ESM-only: it is loaded with a dynamic `import()`, which
 * works from this CommonJS file under plain node and under tsx). Driven over IPC, see
 * `provider-protocol`. Every token is issued by the provider through its own endpoints and
 * signed with its keys; `formats.customizers.jwt` only gives the payload the claim shape of the
 * issuer kind being simulated (Okta `cid`/`uid`/`scp`, Entra `appid`/`oid`/`tid`, ...).
 *
 * Not part of the public API. Never imports cdktf.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';

import type { ChildMessage, LocalClient, MintRequest, MintResult, ParentMessage, ProviderConfig, SignInRefusal } from './provider-protocol';
import { FAIL_START_FLAG, LOCAL_REDIRECT_URI, NOT_ASSIGNED_DESCRIPTION } from './provider-protocol';

/** oidc-provider ships no TypeScript types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider ships no type declarations
type AnyProvider = any;

interface Plan {
  readonly request: MintRequest;
}

const plans = new Map<string, Plan>();
const accounts = new Set<string>();
/** The registered clients' settings by client id. */
const clientConf = new Map<string, LocalClient>();
/** ID-token claims of the sign-in under way, by client id and account. */
const idClaims = new Map<string, Readonly<Record<string, unknown>>>();

/** A sign-in the provider (or the simulated browser) refused: returned as data, not thrown. */
class Refused extends Error {
  constructor(public readonly refusal: SignInRefusal) {
    super(`${refusal.error}: ${refusal.description}`);
  }
}
let ProviderClass: AnyProvider;
let provider: AnyProvider;
let config: ProviderConfig | undefined;
let origin = '';
let planCounter = 0;

function send(message: ChildMessage): void {
  if (process.send) process.send(message);
}

async function loadProvider(): Promise<AnyProvider> {
  // A variable specifier: TypeScript keeps the dynamic import as is (no types to resolve).
  const specifier = 'oidc-provider';
  const mod = (await import(specifier)) as { default: AnyProvider };
  return mod.default;
}

function buildProvider(cfg: ProviderConfig): AnyProvider {
  const jwksRoute = cfg.jwksPaths[0] ?? '/jwks';
  // Tokens are signed with the first key, with the algorithm it declares (RS256, ES256, ...).
  const alg = cfg.keys[0]?.alg ?? 'RS256';
  clientConf.clear();
  for (const c of cfg.clients) clientConf.set(c.clientId, c);
  return new ProviderClass(cfg.issuer, {
    clients: cfg.clients.map((c) => {
      const code = c.grantTypes.includes('authorization_code');
      return {
        client_id: c.clientId,
        ...(c.clientSecret
          ? { client_secret: c.clientSecret, token_endpoint_auth_method: 'client_secret_post' }
          : { token_endpoint_auth_method: 'none' }),
        grant_types: [...c.grantTypes],
        response_types: code ? ['code'] : [],
        redirect_uris: code ? [LOCAL_REDIRECT_URI] : [],
        id_token_signed_response_alg: alg,
      };
    }),
    jwks: { keys: cfg.keys.map((k) => ({ ...k })) },
    routes: { jwks: jwksRoute },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    // Only the clients whose IdP setting requires PKCE (Okta "Require PKCE"); the simulated client sends it unless its program does not.
    pkce: { required: (_ctx: unknown, client: { clientId: string }) => clientConf.get(client.clientId)?.pkceRequired === true },
    // The token endpoint answers a browser's CORS request only for the client's trusted origins.
    clientBasedCORS: (_ctx: unknown, requestOrigin: string, client: { clientId: string }) => {
      const allowed = clientConf.get(client.clientId)?.corsOrigins;
      return allowed === undefined || allowed.includes(requestOrigin);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider's context (untyped)
    rotateRefreshToken: (ctx: any) => clientConf.get(ctx.oidc.entities.Client.clientId)?.rotateRefreshToken === true,
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(grant: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    claims: { acr: null, auth_time: null, iss: null, sid: null, openid: ['sub', ...(cfg.idClaimNames ?? [])] },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        defaultResource: () => undefined,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          const plan = plans.get(indicator);
          if (!plan) throw new ProviderClass.errors.InvalidTarget();
          return {
            scope: plan.request.scopes.join(' '),
            audience: plan.request.audience,
            accessTokenTTL: plan.request.ttlSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg } },
          };
        },
      },
    },
    formats: {
      customizers: {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider's token (untyped)
        jwt: (_ctx: unknown, token: any, jwt: { header?: Record<string, unknown>; payload: Record<string, unknown> }) => {
          const indicator: string | undefined = token.resourceServer?.identifier();
          const plan = indicator ? plans.get(indicator) : undefined;
          if (!plan) return;
          const { request } = plan;
          const p = jwt.payload;
          const granted = typeof token.scope === 'string' && token.scope.length > 0 ? token.scope.split(' ') : [];
          const shaped: Record<string, unknown> = { iss: p.iss, aud: p.aud, iat: p.iat, exp: p.exp };
          if (request.keepJti) shaped.jti = p.jti;
          Object.assign(shaped, request.claims);
          if (request.scopeClaim && granted.length > 0)
            shaped[request.scopeClaim.name] = request.scopeClaim.format === 'array' ? granted : granted.join(' ');
          jwt.payload = shaped;
          if (cfg.tokenTyp !== undefined) jwt.header = { ...(jwt.header ?? {}), typ: cfg.tokenTyp ?? undefined };
        },
      },
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- oidc-provider's context (untyped)
    findAccount: (ctx: any, sub: string) => {
      if (!accounts.has(sub)) return undefined;
      const extra = idClaims.get(`${ctx?.oidc?.client?.clientId ?? ''}\u0000${sub}`) ?? {};
      return { accountId: sub, claims: () => ({ ...extra, sub }) };
    },
  });
}

async function interaction(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'login') {
    const accountId = details.params.login_hint as string;
    if (!accounts.has(accountId)) throw new Error(`unknown account ${accountId}`);
    // Okta: only users assigned to the app (directly or through a group) may sign in.
    const assignment = clientConf.get(details.params.client_id as string)?.assignment;
    const resource = details.params.resource as string | undefined;
    const memberships = (resource ? plans.get(resource)?.request.memberships : undefined) ?? [];
    if (assignment && ('nobody' in assignment || !memberships.some((m) => assignment.admits.includes(m)))) {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: NOT_ASSIGNED_DESCRIPTION },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries((missing.missingResourceScopes ?? {}) as Record<string, string[]>))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (!provider || !config) {
    res.statusCode = 503;
    res.end('not configured');
    return;
  }
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const pathname = q < 0 ? raw : raw.slice(0, q);
  if (config.jwksPaths.includes(pathname)) req.url = (config.jwksPaths[0] ?? '/jwks') + (q < 0 ? '' : raw.slice(q));
  else if (config.discoveryPaths.includes(pathname)) req.url = '/.well-known/openid-configuration';
  else if (pathname.startsWith('/interaction/')) {
    interaction(req, res).catch((err: Error) => {
      res.statusCode = 500;
      res.end(err.message);
    });
    return;
  }
  provider.callback()(req, res);
}

interface TokenBody {
  readonly access_token: string;
  readonly scope?: string;
  readonly id_token?: string;
  readonly refresh_token?: string;
}

class TokenError extends Error {
  constructor(
    public readonly error: string,
    public readonly description: string,
    status: number,
  ) {
    super(`token endpoint: HTTP ${status} ${error} ${description}`.trim());
  }
}

/** POST /token; `browserOrigin`: sent as `Origin`, and the response is read only if it allows that origin (as a browser does). */
async function tokenRequest(params: Record<string, string>, browserOrigin?: string): Promise<TokenBody> {
  const res = await fetch(`${origin}/token`, {
    method: 'POST',
    body: new URLSearchParams(params),
    ...(browserOrigin ? { headers: { origin: browserOrigin } } : {}),
  });
  if (browserOrigin !== undefined) {
    const allowed = res.headers.get('access-control-allow-origin');
    if (allowed !== browserOrigin && allowed !== '*') {
      await res.arrayBuffer();
      throw new Refused({
        step: 'cors',
        error: 'cors_blocked',
        description: `blocked by CORS: origin ${browserOrigin} is not a trusted origin`,
      });
    }
  }
  const body = (await res.json()) as Partial<TokenBody> & { error?: string; error_description?: string };
  if (!res.ok || !body.access_token) throw new TokenError(body.error ?? '', body.error_description ?? '', res.status);
  return body as TokenBody;
}

function clientAuth(c: LocalClient): Record<string, string> {
  return c.clientSecret ? { client_id: c.clientId, client_secret: c.clientSecret } : { client_id: c.clientId };
}

async function authorizationCode(
  c: LocalClient,
  resource: string,
  request: MintRequest,
): Promise<TokenBody & { refreshedTwice?: boolean }> {
  if (!request.accountId) throw new Error('authorization_code needs an account');
  accounts.add(request.accountId);
  if (request.idClaims) idClaims.set(`${c.clientId}\u0000${request.accountId}`, request.idClaims);
  const sendsPkce = request.sendsPkce !== false;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const jar = new Map<string, string>();
  let url = `${origin}/auth?${new URLSearchParams({
    client_id: c.clientId,
    response_type: 'code',
    redirect_uri: LOCAL_REDIRECT_URI,
    scope: ['openid', ...request.scopes.filter((s) => s !== 'openid')].join(' '),
    resource,
    login_hint: request.accountId,
    // oidc-provider keeps offline_access only with prompt=consent (and a refresh_token client).
    ...(request.scopes.includes('offline_access') ? { prompt: 'consent' } : {}),
    state: randomBytes(8).toString('hex'),
    ...(sendsPkce ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
  }).toString()}`;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const text = await res.text();
    const location = res.headers.get('location');
    if (!location) throw new Error(`authorization flow stopped at HTTP ${res.status}: ${text.slice(0, 200)}`);
    if (location.startsWith(LOCAL_REDIRECT_URI)) {
      const params = new URL(location).searchParams;
      const code = params.get('code');
      if (!code) {
        const error = params.get('error') ?? '';
        const description = params.get('error_description') ?? '';
        // The IdP's refusals of a sign-in: the assignment (login) and the authorization request itself (PKCE).
        if (error === 'access_denied' && description === NOT_ASSIGNED_DESCRIPTION) throw new Refused({ step: 'login', error, description });
        if (error === 'invalid_request' && !sendsPkce) throw new Refused({ step: 'authorize', error, description });
        throw new Error(`authorization error: ${error} ${description}`.trim());
      }
      const body = await tokenRequest(
        {
          grant_type: 'authorization_code',
          code,
          redirect_uri: LOCAL_REDIRECT_URI,
          ...(sendsPkce ? { code_verifier: verifier } : {}),
          resource,
          ...clientAuth(c),
        },
        request.browserOrigin,
      );
      if (!request.refreshTwiceWithFirst) return body;
      // A program that keeps only the first refresh token: it refreshes with it, later again with the same one.
      const first = body.refresh_token;
      if (!first) throw new Error('the provider issued no refresh token');
      const refresh = { grant_type: 'refresh_token', refresh_token: first, resource, ...clientAuth(c) };
      await tokenRequest(refresh, request.browserOrigin);
      try {
        await tokenRequest(refresh, request.browserOrigin);
      } catch (err) {
        if (err instanceof TokenError && err.error === 'invalid_grant')
          throw new Refused({ step: 'refresh', error: err.error, description: err.description });
        throw err;
      }
      return { ...body, refreshedTwice: true };
    }
    url = new URL(location, origin).href;
  }
  throw new Error('authorization flow did not finish');
}

async function mint(request: MintRequest): Promise<MintResult> {
  if (!config) throw new Error('not configured');
  const c = config.clients.find((x) => x.clientId === request.clientId);
  if (!c) throw new Error(`client ${request.clientId} is not registered at ${config.issuer}`);
  const resource = `urn:simulate:token:${++planCounter}`;
  plans.set(resource, { request });
  try {
    const body: TokenBody & { refreshedTwice?: boolean } =
      request.grant === 'client_credentials'
        ? await tokenRequest({
            grant_type: 'client_credentials',
            resource,
            ...(request.scopes.length > 0 ? { scope: request.scopes.join(' ') } : {}),
            ...clientAuth(c),
          })
        : await authorizationCode(c, resource, request);
    return {
      token: body.access_token,
      scopes: body.scope ? body.scope.split(' ') : [],
      ...(body.id_token ? { idToken: body.id_token } : {}),
      ...(body.refreshedTwice ? { refreshedTwice: true } : {}),
    };
  } catch (err) {
    if (err instanceof Refused) return { refused: err.refusal };
    throw err;
  } finally {
    plans.delete(resource);
  }
}

async function configure(cfg: ProviderConfig): Promise<{ issuer: string }> {
  if (cfg.failConfigure) throw new Error('fault injection: configure failed');
  ProviderClass ??= await loadProvider();
  config = cfg;
  provider = buildProvider(cfg);
  provider.on('server_error', (_ctx: unknown, err: Error) => process.stderr.write(`server_error: ${err.stack ?? err.message}\n`));
  return { issuer: cfg.issuer };
}

const server = http.createServer(route);
server.keepAliveTimeout = 1000;

function stop(): void {
  server.closeAllConnections();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
}

process.on('message', (msg: ParentMessage) => {
  if (msg.type === 'stop') {
    stop();
    return;
  }
  const run =
    msg.type === 'configure'
      ? configure(msg.config)
      : msg.type === 'mint'
        ? mint(msg.request)
        : Promise.reject(new Error('unknown message'));
  run.then(
    (result) => send({ id: msg.id, ok: true, result }),
    (err: unknown) => send({ id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
});

// The parent went away (crash, kill): never outlive it.
process.on('disconnect', () => process.exit(0));

if (process.argv.includes(FAIL_START_FLAG)) {
  process.stderr.write('fault injection: provider exits before listening\n');
  process.exit(3);
}

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  send({ type: 'ready', port });
  // Load oidc-provider while the parent plans the configuration.
  loadProvider().then(
    (p) => (ProviderClass ??= p),
    () => undefined,
  );
});
