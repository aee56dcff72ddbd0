import { isApplyTimeOrMissing, isApplyTimeValue, isLoopbackHost } from '../../lib/util/values';

describe('isLoopbackHost (one rule for every module that allows plain http)', () => {
  test.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['LocalHost', true],
    ['127.0.0.1', true],
    ['127.10.0.1', true],
    ['127.255.255.255', true],
    ['[::1]', true],
    ['::1', true],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['127.0.0.1.nip.io', false],
    ['localhost.example.com', false],
    ['[::2]', false],
    ['::ffff:127.0.0.1', false],
    ['', false],
  ])('isLoopbackHost(%j) is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  test('agrees with the hostname WHATWG URL parsing gives for http://[::1] and http://LOCALHOST', () => {
    expect(isLoopbackHost(new URL('http://[::1]:8080/cb').hostname)).toBe(true);
    expect(isLoopbackHost(new URL('http://LOCALHOST/cb').hostname)).toBe(true);
  });
});

describe('apply-time values', () => {
  test('isApplyTimeValue: a string or a list entry holding ${', () => {
    expect(isApplyTimeValue('${okta_auth_server.a.issuer}')).toBe(true);
    expect(isApplyTimeValue('https://${var.host}/oauth2')).toBe(true);
    expect(isApplyTimeValue(['api://x', '${azuread_application.a.client_id}'])).toBe(true);
    expect(isApplyTimeValue('https://idp.example.com')).toBe(false);
    expect(isApplyTimeValue(['a', 'b'])).toBe(false);
    expect(isApplyTimeValue(60)).toBe(false);
  });

  test('fails when a missing value is taken for an apply-time one by isApplyTimeValue, and the reverse by isApplyTimeOrMissing', () => {
    expect(isApplyTimeValue(undefined)).toBe(false);
    expect(isApplyTimeOrMissing(undefined)).toBe(true);
    expect(isApplyTimeOrMissing('${x.y}')).toBe(true);
    expect(isApplyTimeOrMissing('https://idp.example.com/jwks')).toBe(false);
  });
});
