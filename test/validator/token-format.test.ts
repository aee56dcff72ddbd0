import { COMPACT_JWS, decodeSegment, isCanonicalBase64url, splitCompact } from '../../lib/validator/compact';
import { appClaims, token, userClaims, validatorFor, verdict } from './helpers/fixtures';
import { b64, ecKey, rsaKey, signBytes, signJwt } from './helpers/keys';

/** Replaces the last character of the signature with one that only changes the trailing bits. */
function nonCanonical(jwt: string): string {
  const last = jwt[jwt.length - 1]!;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const i = alphabet.indexOf(last);
  return jwt.slice(0, -1) + alphabet[i + 1];
}

/** A token whose compact parts are `header` and `payload` segments as given, signed over them. */
function rawToken(headerSegment: string, payloadSegment: string): string {
  const input = `${headerSegment}.${payloadSegment}`;
  return `${input}.${signBytes(input, rsaKey(), 'RS256').toString('base64url')}`;
}

describe('token size cap and compact form', () => {
  const { validator } = validatorFor();

  test('accepts a well-formed token (control)', async () => {
    // GIVEN a token signed by the published key WHEN validated THEN accepted
    expect(await verdict(validator, token())).toBe('accepted');
  });

  test('accepts a token of exactly the size cap and fails when the cap is one byte smaller', async () => {
    // GIVEN a valid token of length L
    const t = token();
    const { validator: exact } = validatorFor([rsaKey()], { maxTokenBytes: t.length });
    const { validator: under, fetch } = validatorFor([rsaKey()], { maxTokenBytes: t.length - 1 });
    // WHEN validated with cap L and with cap L - 1 THEN accepted, then token_too_large before any key lookup
    expect(await verdict(exact, t)).toBe('accepted');
    expect(await verdict(under, t)).toBe('token_too_large');
    expect(fetch.calls).toBe(0);
  });

  test('fails when the token is over the default 16 KiB cap', async () => {
    expect(await verdict(validator, 'a'.repeat(16 * 1024 + 1))).toBe('token_too_large');
  });

  test.each([
    ['has two segments', (t: string) => t.split('.').slice(0, 2).join('.')],
    ['has five segments (JWE)', (t: string) => `${t}.AAAA.BBBB`],
    ['has an empty signature', (t: string) => t.slice(0, t.lastIndexOf('.') + 1)],
    [
      'has an empty payload',
      (t: string) => {
        const [h, , s] = t.split('.');
        return `${h}..${s}`;
      },
    ],
    ['has base64 padding', (t: string) => `${t}==`],
    ['has a space', (t: string) => t.replace('.', ' .')],
    ['has a trailing newline', (t: string) => `${t}\n`],
    [
      'uses standard base64 characters',
      (t: string) => t.replace(/-/g, '+').replace(/_/g, '/') + (t.includes('-') || t.includes('_') ? '' : '+'),
    ],
    ['has a non-canonical signature encoding', nonCanonical],
    ['has non-ASCII characters', (t: string) => `${t}é`],
  ])('fails when the token %s', async (_what, mutate) => {
    // GIVEN a valid token WHEN its compact form is broken THEN malformed_token, before any key lookup
    const { validator: v, fetch } = validatorFor();
    expect(await verdict(v, mutate(token()))).toBe('malformed_token');
    expect(fetch.calls).toBe(0);
  });

  test.each([
    ['a JSON array', b64([1, 2])],
    ['a JSON string', b64('"RS256"')],
    ['not JSON', b64('{alg:RS256}')],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')],
  ])('fails when the header is %s', async (_what, header) => {
    expect(await verdict(validator, rawToken(header, b64(appClaims())))).toBe('malformed_token');
  });

  test.each([
    ['a JSON array', b64([appClaims()])],
    ['null', b64('null')],
    ['not JSON', b64('iss=x')],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]).toString('base64url')],
  ])('fails when the payload is %s', async (_what, payload) => {
    expect(await verdict(validator, rawToken(b64({ alg: 'RS256', kid: 'rsa-1' }), payload))).toBe('malformed_token');
  });

  test('reads a non-ASCII payload as UTF-8 (2- and 4-byte characters), an ASCII one as it is', async () => {
    const { validator: v } = validatorFor([rsaKey()], { cacheSize: 0 });
    for (const name of ['Zoë Müller', 'Łukasz 🚀', 'ascii.only@example.test', 'é']) {
      expect(await v.validate(signJwt(userClaims({ preferred_username: name }), rsaKey()))).toMatchObject({ username: name });
    }
  });

  test('fails when the token is not a string', async () => {
    expect(await verdict(validator, 42 as unknown as string)).toBe('malformed_token');
  });

  test('accepts ES256 tokens whose signature segment needs no padding trick (control for canonical check)', async () => {
    const { validator: v } = validatorFor([ecKey()]);
    expect(await verdict(v, signJwt(appClaims(), ecKey()))).toBe('accepted');
  });
});

describe('the regex-free compact check accepts exactly COMPACT_JWS with canonical segments', () => {
  test('Node decodes base64url skipping every ASCII character outside the base64 alphabets (and stops at "=")', () => {
    // the hot path relies on this: one stray character shortens the decoded output
    const seen: Array<[number, number]> = [];
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const expected = /[A-Za-z0-9+/_-]/.test(ch) ? 6 : ch === '=' ? 3 : 5;
      seen.push([c, Buffer.from(`AAAA${ch}AAA`, 'base64url').length - expected]);
    }
    expect(seen.filter(([, d]) => d !== 0)).toEqual([]);
  });

  test('on a corpus of mutated tokens, the fast check and the regex agree', () => {
    const spec = (t: string): boolean => COMPACT_JWS.test(t) && t.split('.').every((seg) => isCanonicalBase64url(seg));
    const fast = (t: string): boolean => {
      try {
        const { dot1, dot2 } = splitCompact(t);
        return decodeSegment(t.slice(0, dot1)) !== undefined && decodeSegment(t.slice(dot1 + 1, dot2)) !== undefined;
      } catch {
        return false;
      }
    };
    const base = [token(), signJwt(appClaims(), ecKey()), 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln', 'AA.AA.AA', 'AAA.AAAA.AAAAA'];
    const noise = [
      ...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)),
      'é',
      'ī',
      'ĭ',
      'İ',
      'Ａ',
      '\u2028',
      '\ud83d\ude00',
      '\uffff',
    ];
    let seed = 7;
    const rnd = (n: number): number => {
      // mulberry32: a deterministic, well-spread sequence
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) % n;
    };
    const mismatches: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      let t = base[rnd(base.length)]!;
      for (let m = 0; m <= rnd(3); m++) {
        const at = rnd(t.length + 1);
        const ch = noise[rnd(noise.length)]!;
        const op = rnd(4);
        t =
          op === 0
            ? t.slice(0, at) + ch + t.slice(at)
            : op === 1
              ? t.slice(0, at) + ch + t.slice(at + 1)
              : op === 2
                ? t.slice(0, at) + t.slice(at + 1)
                : t.slice(0, at);
      }
      const want = spec(t);
      if (want) accepted++;
      if (fast(t) !== want) mismatches.push(JSON.stringify(t));
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(accepted).toBeGreaterThan(1000);
  });
});
