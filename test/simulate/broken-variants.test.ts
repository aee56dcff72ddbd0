/**
 * Deliberately broken variants of the examples, one per seed pitfall (and the Snowflake role
 * rules), made by mutating copies of the real synthesized manifests (the constructs refuse some
 * of these, or derive the value themselves). All variants run in one simulation, each as its own
 * stack; the matrix shows the rejection with its reason.
 */
import type { ProfileTrustRecord, RedshiftTrustRecord, SnowflakeTrustRecord, TrustManifest } from '../../lib/manifest/types';
import { simulate, type SimulationResult } from '../../lib/simulate';
import type { ExampleName } from '../examples/support';
import { cleanOutdirs } from '../examples/support';
import { cellsOf, cleanWritten, manifestCopy, synthAllExamples, writeOutdir } from './support';

jest.setTimeout(60_000);

const TENANT = '00000000-0000-4000-8000-000000000000';

let result: SimulationResult;

/** A copy of `example` renamed to stack `name` (every path moves with it), broken by `mutate`. */
function variant(outdir: string, example: ExampleName, name: string, mutate: (m: TrustManifest) => void): TrustManifest {
  const copy = JSON.parse(JSON.stringify(manifestCopy(outdir, example)).split(`"${example}`).join(`"${name}`)) as TrustManifest;
  mutate(copy);
  return copy;
}

const snowflake = (m: TrustManifest): SnowflakeTrustRecord => m.trusts.find((t): t is SnowflakeTrustRecord => t.type === 'snowflake')!;
const redshift = (m: TrustManifest): RedshiftTrustRecord => m.trusts.find((t): t is RedshiftTrustRecord => t.type === 'redshift')!;
const profile = (m: TrustManifest): ProfileTrustRecord => m.trusts.find((t): t is ProfileTrustRecord => t.type === 'profile')!;
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
const w = <T>(value: T): Mutable<T> => value as Mutable<T>;

/** Sets a profile field in the trust record and in the manifest's profile list. */
function setProfile(m: TrustManifest, edit: (p: Mutable<ProfileTrustRecord['profile']>) => void): void {
  edit(w(profile(m).profile));
  for (const p of m.profiles) edit(w(p));
}

beforeAll(async () => {
  const outdir = synthAllExamples();
  const variants = [
    // Pitfall 1: an issuer string without its trailing slash (Entra v1 iss ends with "/"), and an extra one (PingFederate has none).
    variant(outdir, 'alation-entra-api', 'alation-no-slash', (m) => setProfile(m, (p) => (p.issuer = `https://sts.windows.net/${TENANT}`))),
    variant(outdir, 'entra-redshift-dbt', 'redshift-no-slash', (m) => (w(redshift(m)).issuer = `https://sts.windows.net/${TENANT}`)),
    variant(outdir, 'pingfederate-snowflake-atlan', 'atlan-extra-slash', (m) => (w(snowflake(m)).issuer = 'https://sso.acme.example/')),
    // Pitfall 2: an audience off by one character.
    variant(
      outdir,
      'okta-snowflake-dbt',
      'dbt-audience',
      (m) => (w(snowflake(m)).audiences = ['https://acme-analytics.snowflakecomputing.co']),
    ),
    variant(outdir, 'alation-entra-api', 'alation-audience', (m) =>
      setProfile(m, (p) => (p.audiences = ['https://alation.acme.example/apis'])),
    ),
    // Pitfall 3: a mapping claim the issuer does not emit.
    variant(
      outdir,
      'okta-keycloak-ataccama',
      'ataccama-no-email',
      (m) => (w(m.issuers[0]!).claims = m.issuers[0]!.claims.filter((c) => c.name !== 'email')),
    ),
    variant(outdir, 'entra-redshift-dbt', 'redshift-email', (m) => (w(redshift(m)).claimAttributePath = 'email')),
    variant(outdir, 'alation-entra-api', 'alation-v2-claim', (m) =>
      setProfile(m, (p) => (p.userFlow.usernameClaim = 'preferred_username')),
    ),
    // Snowflake role rules.
    variant(outdir, 'okta-snowflake-dbt', 'dbt-blocked', (m) => (w(snowflake(m)).blockedRoles = ['TRANSFORMER'])),
    variant(outdir, 'okta-snowflake-dbt', 'dbt-any-role-off', (m) => (w(snowflake(m)).anyRoleMode = 'DISABLE')),
    variant(outdir, 'okta-snowflake-dbt', 'dbt-admin', (m) => {
      const u = w(snowflake(m).users[0]!);
      u.defaultRole = 'ACCOUNTADMIN';
      u.roles = ['ACCOUNTADMIN'];
    }),
  ];
  result = await simulate(writeOutdir(variants), { probes: false });
});

afterAll(() => {
  cleanOutdirs();
  cleanWritten();
});

describe('pitfall: issuer without (or with an extra) trailing slash', () => {
  test('the API profile rejects every token of its own client: issuer_not_trusted', () => {
    const cells = cellsOf(result, 'alation-no-slash/AlationClient', 'alation-no-slash/AlationProfile');
    expect(cells['app:']).toMatchObject({ outcome: 'rejected', code: 'issuer_not_trusted' });
    expect(cells['user:sim.user@example.test']).toMatchObject({ outcome: 'rejected', code: 'issuer_not_trusted' });
  });

  test('the Redshift trusted token issuer rejects with both strings in the reason', () => {
    expect(cellsOf(result, 'redshift-no-slash/DbtCloud', 'redshift-no-slash/Redshift')['user:sim.user@example.test']).toMatchObject({
      outcome: 'rejected',
      code: 'issuer_mismatch',
      reason: `iss https://sts.windows.net/${TENANT}/ is not the trusted token issuer URL https://sts.windows.net/${TENANT}`,
    });
  });

  test('the Snowflake integration rejects a PingFederate token when its issuer has an extra slash', () => {
    expect(cellsOf(result, 'atlan-extra-slash/Atlan', 'atlan-extra-slash/Snowflake')['user:jane.doe']).toMatchObject({
      outcome: 'rejected',
      code: 'issuer_mismatch',
      reason: 'iss https://sso.acme.example is not EXTERNAL_OAUTH_ISSUER https://sso.acme.example/',
    });
  });
});

describe('pitfall: audience off by one character', () => {
  test('the Snowflake integration rejects the dbt user token, naming its audience list', () => {
    expect(cellsOf(result, 'dbt-audience/DbtCloud', 'dbt-audience/Snowflake')['user:analyst@acme.example']).toMatchObject({
      outcome: 'rejected',
      code: 'audience_mismatch',
      reason:
        'aud https://acme-analytics.snowflakecomputing.com is not in EXTERNAL_OAUTH_AUDIENCE_LIST (https://acme-analytics.snowflakecomputing.co)',
    });
  });

  test('the API profile rejects with audience_mismatch', () => {
    expect(cellsOf(result, 'alation-audience/AlationClient', 'alation-audience/AlationProfile')['app:']).toMatchObject({
      outcome: 'rejected',
      code: 'audience_mismatch',
    });
  });
});

describe('pitfall: a mapping claim the issuer does not emit', () => {
  test('Snowflake: the Okta token has no email claim', () => {
    const cell = cellsOf(result, 'ataccama-no-email/Ataccama', 'ataccama-no-email/Snowflake')['user:steward@acme.example']!;
    expect(cell).toMatchObject({
      outcome: 'rejected',
      code: 'missing_claim',
      reason: 'token has no "email" claim (EXTERNAL_OAUTH_TOKEN_USER_MAPPING_CLAIM)',
    });
    const token = result.rows.find((r) => r.kind === 'access' && r.client === 'ataccama-no-email/Ataccama')!.tokens[0]!;
    expect(token.claims).not.toHaveProperty('email');
  });

  test('Redshift: an Entra v1 token carries no email claim', () => {
    expect(cellsOf(result, 'redshift-email/DbtCloud', 'redshift-email/Redshift')['user:sim.user@example.test']).toMatchObject({
      outcome: 'rejected',
      code: 'missing_claim',
      reason: 'token has no "email" claim (claim attribute path)',
    });
  });

  test('API profile: v1 user tokens have no preferred_username (the app token, mapped by appid, still gets in)', () => {
    const cells = cellsOf(result, 'alation-v2-claim/AlationClient', 'alation-v2-claim/AlationProfile');
    expect(cells['user:sim.user@example.test']).toMatchObject({ outcome: 'rejected', code: 'missing_claim' });
    expect(cells['user:sim.user@example.test']!.reason).toContain('"preferred_username"');
    expect(cells['app:']).toMatchObject({ outcome: 'accepted', role: 'Steward' });
  });
});

describe('Snowflake role rules', () => {
  test("a blocked default role is refused (session:role-any starts in the user's default role)", () => {
    expect(cellsOf(result, 'dbt-blocked/DbtCloud', 'dbt-blocked/Snowflake')['user:analyst@acme.example']).toMatchObject({
      outcome: 'rejected',
      code: 'role_blocked',
    });
  });

  test('session:role-any with any-role mode DISABLE is refused', () => {
    expect(cellsOf(result, 'dbt-any-role-off/DbtCloud', 'dbt-any-role-off/Snowflake')['user:analyst@acme.example']).toMatchObject({
      outcome: 'rejected',
      code: 'any_role_disabled',
    });
  });

  test('ACCOUNTADMIN is blocked by default', () => {
    expect(cellsOf(result, 'dbt-admin/DbtCloud', 'dbt-admin/Snowflake')['user:analyst@acme.example']).toMatchObject({
      outcome: 'rejected',
      code: 'role_blocked',
      reason: expect.stringContaining('role ACCOUNTADMIN'),
    });
  });
});
