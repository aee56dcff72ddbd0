import { Construct } from 'constructs';

import { Duration } from '../../lib/core/duration';
import { ExternalOAuthConfigError } from '../../lib/core/errors';
import {
  requireInRange,
  requireMinutesInRange,
  requireNonEmpty,
  requireRedirectUri,
  requireSecureUrl,
  requireUnique,
} from '../../lib/core/validate';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/framework';
import { configErrorOf } from '../support/config-error';

function scope(): Construct {
  return new Construct(new TerraformStack(Testing.app(), 'stack'), 'Thing');
}

const errorOf = configErrorOf;

describe('requireSecureUrl', () => {
  test('fails when the URL uses http on a public host, naming path, field, value and rule', () => {
    const err = errorOf(() => requireSecureUrl(scope(), 'issuerUrl', 'http://idp.example.com'));
    expect(err.code).toBe('EO_INVALID_URL');
    expect(err.message).toBe(
      '[stack/Thing] issuerUrl: must use https (http is accepted only for loopback hosts) (received "http://idp.example.com") [EO_INVALID_URL]',
    );
  });
  test.each([
    'http://localhost:8080/cb',
    'http://127.0.0.1/cb',
    'http://127.8.9.10/x',
    'http://[::1]:3000/',
    'http://LOCALHOST:8080/cb',
    'https://idp.example.com/',
  ])('accepts %s', (url) => {
    expect(() => requireSecureUrl(scope(), 'url', url)).not.toThrow();
  });
  test('fails when http loopback is not allowed', () => {
    expect(errorOf(() => requireSecureUrl(scope(), 'url', 'http://localhost/', { allowLoopbackHttp: false })).code).toBe('EO_INVALID_URL');
  });
  test.each([
    ['not a url', 'must be an absolute URL'],
    ['https://user:pw@idp.example.com', 'must not carry credentials'],
    ['https://idp.example.com/#frag', 'must not have a fragment'],
    ['ftp://idp.example.com', 'must use https'],
  ])('fails when the URL is %s', (url, rule) => {
    expect(errorOf(() => requireSecureUrl(scope(), 'url', url)).rule).toContain(rule);
  });
  test('fails when a custom scheme is not allowed, accepts it when allowed', () => {
    expect(() => requireSecureUrl(scope(), 'url', 'com.example.app:/callback')).toThrow(ExternalOAuthConfigError);
    expect(() => requireSecureUrl(scope(), 'url', 'com.example.app:/callback', { allowCustomScheme: true })).not.toThrow();
  });
  test('skips unresolved tokens', () => {
    const s = scope();
    const v = new TerraformVariable(TerraformStack.of(s), 'u', { type: 'string' });
    expect(() => requireSecureUrl(s, 'url', `${v.stringValue}/v1/keys`)).not.toThrow();
  });
});

describe('requireRedirectUri', () => {
  test('fails when the URI has a wildcard', () => {
    expect(errorOf(() => requireRedirectUri(scope(), 'redirectUris[0]', 'https://*.example.com/cb')).code).toBe('EO_WILDCARD_URI');
  });
  test('accepts an exact https URI', () => {
    expect(() => requireRedirectUri(scope(), 'redirectUris[0]', 'https://app.example.com/cb')).not.toThrow();
  });
});

describe('ranges and lists', () => {
  test('requireInRange: fails outside, accepts both bounds', () => {
    expect(errorOf(() => requireInRange(scope(), 'n', 4, 5, 10)).code).toBe('EO_OUT_OF_RANGE');
    expect(errorOf(() => requireInRange(scope(), 'n', 11, 5, 10)).code).toBe('EO_OUT_OF_RANGE');
    expect(() => requireInRange(scope(), 'n', 5, 5, 10)).not.toThrow();
    expect(() => requireInRange(scope(), 'n', 10, 5, 10)).not.toThrow();
  });
  test('requireMinutesInRange: fails when not whole minutes or outside, returns minutes', () => {
    expect(errorOf(() => requireMinutesInRange(scope(), 'd', Duration.seconds(90), 5, 60)).rule).toContain('whole number of minutes');
    expect(errorOf(() => requireMinutesInRange(scope(), 'd', Duration.minutes(61), 5, 60)).rule).toBe('must be between 5 and 60 minutes');
    expect(requireMinutesInRange(scope(), 'd', Duration.hours(1), 5, 60)).toBe(60);
  });
  test('requireNonEmpty: fails when empty, accepts one', () => {
    expect(errorOf(() => requireNonEmpty(scope(), 'audiences', [])).code).toBe('EO_EMPTY_LIST');
    expect(() => requireNonEmpty(scope(), 'audiences', ['a'])).not.toThrow();
  });
  test('requireUnique: fails on a repeated value', () => {
    expect(errorOf(() => requireUnique(scope(), 'audiences', ['a', 'b', 'a'])).code).toBe('EO_DUPLICATE_NAME');
    expect(() => requireUnique(scope(), 'audiences', ['a', 'b'])).not.toThrow();
  });
});

describe('Duration', () => {
  test('converts units', () => {
    expect(Duration.days(90).toMinutes()).toBe(129600);
    expect(Duration.hours(2).toSeconds()).toBe(7200);
    expect(Duration.minutes(30).toString()).toBe('30 minutes');
  });
  test('fails when negative', () => {
    expect(() => Duration.minutes(-1)).toThrow(RangeError);
  });
});
