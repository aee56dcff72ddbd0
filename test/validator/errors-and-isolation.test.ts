import * as fs from 'node:fs';
import * as path from 'node:path';

import { bearerChallenge, TOKEN_ERROR_CODES, TokenErrorCode, TokenValidationError } from '../../lib/validator';

describe('error codes', () => {
  const codes = Object.keys(TOKEN_ERROR_CODES) as TokenErrorCode[];

  test('the closed set of codes and statuses is stable', () => {
    expect(Object.fromEntries(codes.map((c) => [c, TOKEN_ERROR_CODES[c].status]))).toEqual({
      missing_token: 401,
      invalid_request: 400,
      token_too_large: 401,
      malformed_token: 401,
      unsupported_token: 401,
      algorithm_not_allowed: 401,
      issuer_not_trusted: 401,
      unknown_client: 401,
      audience_mismatch: 401,
      missing_claim: 401,
      token_expired: 401,
      token_not_yet_valid: 401,
      token_lifetime_exceeded: 401,
      tenant_mismatch: 401,
      flow_disabled: 401,
      key_not_found: 401,
      key_issuer_mismatch: 401,
      invalid_signature: 401,
      token_revoked: 401,
      unknown_user: 401,
      insufficient_scope: 403,
      jwks_unavailable: 503,
      dependency_unavailable: 503,
    });
  });

  test.each(Object.keys(TOKEN_ERROR_CODES) as TokenErrorCode[])('%s has an RFC 6750 challenge', (code) => {
    const err = new TokenValidationError(code);
    const expected = { 400: 'invalid_request', 401: 'invalid_token', 403: 'insufficient_scope', 503: undefined }[err.status];
    if (code === 'missing_token' || expected === undefined) {
      expect(err.wwwAuthenticate).toBe('Bearer realm="api"');
    } else {
      expect(err.wwwAuthenticate).toMatch(new RegExp(`^Bearer realm="api", error="${expected}", error_description="[^"]+"$`));
    }
  });

  test('a realm cannot break out of its quotes', () => {
    expect(bearerChallenge('missing_token', 'a"b\\c')).toBe('Bearer realm="abc"');
  });
});

describe('lib/validator never imports cdktf or constructs', () => {
  /** Runtime (non-type) imports of a TS file. */
  function runtimeImports(file: string): string[] {
    const text = fs.readFileSync(file, 'utf8');
    const out: string[] = [];
    for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) if (!m[2]) out.push(m[3]!);
    for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) out.push(m[1]!);
    for (const m of text.matchAll(/require\(\s*'([^']+)'\s*\)/g)) out.push(m[1]!);
    return out;
  }

  test('transitively, from lib/validator/index.ts', () => {
    const root = path.join(__dirname, '../../lib/validator/index.ts');
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of runtimeImports(file)) {
        if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec) + '.ts');
        else packages.add(spec.split('/')[0]!);
      }
    };
    visit(root);
    expect(seen.size).toBeGreaterThan(10);
    expect([...packages].sort()).toEqual(['ajv', 'node:buffer', 'node:crypto', 'node:fs', 'node:path'].sort());
    // the validator, the manifest reader, and the pure helpers they share (JSON limits, value helpers, the JWK Set reader, the error base class, the version)
    for (const file of seen)
      expect(path.relative(path.join(__dirname, '../../lib'), file)).toMatch(
        /^(validator|manifest)\/|^util\/(json|values|jwks|error)\.ts$|^version\.ts$/,
      );
  });
});
