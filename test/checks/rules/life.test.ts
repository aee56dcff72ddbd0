import { accessTokenLifetime } from '../../../lib/checks/rules/life-001-access-token-lifetime';
import { refreshTokenLifetime } from '../../../lib/checks/rules/life-002-refresh-token-lifetime';
import { externalIssuer, manifest, oktaIssuer, policy, unevaluableOf, violationsOf } from '../support';

const withRule = (rule: Parameters<typeof policy>[1]) => manifest({ issuers: [oktaIssuer({ policies: [policy({}, rule)] })] });

describe('EO-LIFE-001 access-token lifetime', () => {
  test('passes at 60 minutes', () => {
    expect(violationsOf(accessTokenLifetime, withRule({ accessTokenLifetimeMinutes: 60 }))).toEqual([]);
  });
  test('fails at 61 minutes', () => {
    const [message] = violationsOf(accessTokenLifetime, withRule({ accessTokenLifetimeMinutes: 61 }));
    expect(message).toContain('s/Okta policy "dbt" rule "default" issues access tokens for 61 minutes, above 60 minutes');
    expect(message).toContain('Fix:');
  });
  test('fails when an external issuer declares 120 minutes', () => {
    expect(
      violationsOf(
        accessTokenLifetime,
        manifest({ issuers: [externalIssuer('pingfederate', { details: { accessTokenLifetimeMinutes: 120 } })] }),
      )[0],
    ).toContain('2 hours (120 min)');
  });
  test('reports could-not-evaluate for an apply-time lifetime', () => {
    expect(unevaluableOf(accessTokenLifetime, withRule({ accessTokenLifetimeMinutes: '${var.ttl}' as unknown as number }))).toHaveLength(1);
  });
});

describe('EO-LIFE-002 refresh-token lifetime', () => {
  test('passes at 90 days', () => {
    expect(violationsOf(refreshTokenLifetime, withRule({ refreshTokenLifetimeMinutes: 90 * 1440 }))).toEqual([]);
  });
  test('fails at 91 days', () => {
    expect(violationsOf(refreshTokenLifetime, withRule({ refreshTokenLifetimeMinutes: 91 * 1440 }))[0]).toContain(
      '91 days (131040 min), above 90 days',
    );
  });
  test('fails for an unlimited lifetime (0)', () => {
    expect(violationsOf(refreshTokenLifetime, withRule({ refreshTokenLifetimeMinutes: 0 }))[0]).toContain('unlimited');
  });
});
