/**
 * RFC 6750 bearer token extraction for node:http requests, and the error response.
 *
 * - no bearer credentials -> 401 `missing_token` (challenge without `error`)
 * - `Bearer` without a well-formed token, two `Authorization` headers (seen through
 *   `req.headersDistinct`, since `req.headers` keeps only one), or a token in both the header
 *   and the `access_token` query parameter -> 400 `invalid_request`
 * Responses never echo token text or header values.
 */
import { TOKEN_ERROR_CODES, TokenValidationError } from './errors';

/** The parts of a node:http `IncomingMessage` the adapters read. */
export interface IncomingRequestLike {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly headersDistinct?: Readonly<Record<string, string[] | undefined>>;
  readonly rawHeaders?: readonly string[];
  readonly url?: string;
}

/** The parts of a node:http `ServerResponse` the adapters write. */
export interface ServerResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

/** How tokens are taken from a request. */
export interface AuthenticateOptions {
  /** Accept a token in the `access_token` query parameter (RFC 6750 2.3, discouraged). @default false */
  readonly allowQueryToken?: boolean;
}

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

function authorizationValues(req: IncomingRequestLike): string[] {
  const distinct = req.headersDistinct?.authorization;
  if (distinct) return distinct;
  if (req.rawHeaders) {
    const values: string[] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i]!.toLowerCase() === 'authorization') values.push(req.rawHeaders[i + 1]!);
    }
    if (values.length > 0) return values;
  }
  const single = req.headers.authorization;
  return single === undefined ? [] : Array.isArray(single) ? single : [single];
}

function queryTokens(url: string | undefined): string[] {
  if (!url || !url.includes('access_token')) return [];
  const q = url.indexOf('?');
  return q < 0 ? [] : new URLSearchParams(url.slice(q + 1)).getAll('access_token');
}

const invalidRequest = (why: string): TokenValidationError => new TokenValidationError('invalid_request', `Invalid request: ${why}`);

/** The bearer token of `req`; throws `missing_token` or `invalid_request`. */
export function extractBearerToken(req: IncomingRequestLike, options: AuthenticateOptions = {}): string {
  const values = authorizationValues(req);
  if (values.length > 1) throw invalidRequest('more than one Authorization header');
  let fromHeader: string | undefined;
  if (values.length === 1) {
    const value = values[0]!;
    const space = value.indexOf(' ');
    const scheme = space < 0 ? value : value.slice(0, space);
    if (scheme.toLowerCase() === 'bearer') {
      const credentials = space < 0 ? '' : value.slice(space + 1).replace(/^ +| +$/g, '');
      if (!B64TOKEN.test(credentials)) throw invalidRequest('malformed Bearer credentials');
      fromHeader = credentials;
    }
  }
  const fromQuery = queryTokens(req.url);
  if (fromQuery.length > 0 && values.length > 0) throw invalidRequest('token in both the Authorization header and the query');
  if (fromQuery.length > 1) throw invalidRequest('more than one access_token parameter');
  if (fromHeader !== undefined) return fromHeader;
  if (fromQuery.length === 1 && options.allowQueryToken) return fromQuery[0]!;
  throw new TokenValidationError('missing_token');
}

/** The JSON body of an error response: the RFC 6750 error, the stable code and a fixed description. */
export function errorBody(err: TokenValidationError): string {
  const error = err.bearerError ?? (err.status === 503 ? 'temporarily_unavailable' : 'unauthorized');
  return JSON.stringify({ error, code: err.code, error_description: TOKEN_ERROR_CODES[err.code].description });
}

/** Writes `err` as a node:http response: status, `WWW-Authenticate`, `Retry-After`, JSON body. */
export function sendAuthError(res: ServerResponseLike, err: TokenValidationError, realm?: string): void {
  res.statusCode = err.status;
  for (const [name, value] of authErrorHeaders(err, realm)) res.setHeader(name, value);
  res.end(errorBody(err));
}

/** The headers of an error response. */
export function authErrorHeaders(err: TokenValidationError, realm?: string): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['Content-Type', 'application/json'],
    ['Cache-Control', 'no-store'],
  ];
  if (err.status !== 503) headers.push(['WWW-Authenticate', err.challenge(realm)]);
  if (err.retryAfterSeconds !== undefined) headers.push(['Retry-After', String(err.retryAfterSeconds)]);
  return headers;
}
