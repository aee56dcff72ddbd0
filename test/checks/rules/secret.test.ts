import { secretMaxLifetime } from '../../../lib/checks/rules/secret-001-max-lifetime';
import { secretExpiringSoon } from '../../../lib/checks/rules/secret-002-expiring-soon';
import { goDurationHours } from '../../../lib/checks/rules/secrets';
import type { ClientRecord } from '../../../lib/manifest/types';
import { entraClient, manifest, NOW, unevaluableOf, violationsOf } from '../support';

const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
const withSecret = (secret: ClientRecord['secret']) => manifest({ clients: [entraClient({ secret })] });

describe('EO-SECRET-001 client secrets expire within 2 years', () => {
  test('passes at 730 days', () => {
    expect(violationsOf(secretMaxLifetime, withSecret({ endDate: inDays(730) }))).toEqual([]);
  });
  test('fails at 731 days', () => {
    const [message] = violationsOf(secretMaxLifetime, withSecret({ endDate: inDays(731) }));
    expect(message).toContain('s/EntraClient client secret lives 731 days');
    expect(message).toContain(`measured from ${NOW.toISOString()}`);
    expect(message).toContain('above 730 days');
  });
  test('passes for a relative end date of 17520h (730 days)', () => {
    expect(violationsOf(secretMaxLifetime, withSecret({ endDateRelative: '17520h' }))).toEqual([]);
  });
  test('fails for a relative end date of 17544h (731 days)', () => {
    expect(violationsOf(secretMaxLifetime, withSecret({ endDateRelative: '17544h' }))[0]).toContain('endDateRelative "17544h"');
  });
  test('fails when the secret rotates less often than every 2 years', () => {
    expect(violationsOf(secretMaxLifetime, withSecret({ rotationDays: 800 }))[0]).toContain('rotates every 800 days');
  });
  test('reports could-not-evaluate for an apply-time end date', () => {
    expect(unevaluableOf(secretMaxLifetime, withSecret({ endDate: '${time_rotating.secret.rotation_rfc3339}' }))).toHaveLength(1);
  });
  test('reads Go durations', () => {
    expect(goDurationHours('8760h')).toBe(8760);
    expect(goDurationHours('1h30m')).toBe(1.5);
    expect(goDurationHours('2 years')).toBeUndefined();
  });
});

describe('EO-SECRET-002 client secrets do not expire within 30 days', () => {
  test('passes at 31 days left', () => {
    expect(violationsOf(secretExpiringSoon, withSecret({ endDate: inDays(31) }))).toEqual([]);
  });
  test('fails at 30 days left', () => {
    expect(violationsOf(secretExpiringSoon, withSecret({ endDate: inDays(30) }))[0]).toMatch(
      /client secret expires in 30 days .*Fix: rotate/,
    );
  });
  test('fails when the secret has expired', () => {
    expect(violationsOf(secretExpiringSoon, withSecret({ endDate: inDays(-2) }))[0]).toContain('expired 2 days ago');
  });
});
