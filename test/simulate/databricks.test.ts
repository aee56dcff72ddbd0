/**
 * Databricks federation policies in the simulation: the evaluator of the documented exchange
 * rules against real tokens of a real `oidc-provider` on 127.0.0.1 (each rule with both sides),
 * and the okta-databricks-dbt example simulated end to end (`toGrant`, negative probes).
 */
import { generateKeyPairSync } from 'node:crypto';

import { SignJWT } from 'jose';

import type { DatabricksTrustRecord } from '../../lib/manifest/types';
import { simulate, type SimulationResult } from '../../lib/simulate';
import { DatabricksEvaluator, type ExchangeClientId } from '../../lib/simulate/evaluate-databricks';
import { simulateMatchers } from '../../lib/simulate/jest';
import { decodeJwt, KeyFetcher } from '../../lib/simulate/jwt';
import type { WorldTrust } from '../../lib/simulate/world';
import { checkedApp, cleanOutdirs, example } from '../examples/support';
import { type OidcProvider, startOidcProvider } from '../support/oidc';
import { cellsOf, probesOf, providerChildren } from './support';

expect.extend(simulateMatchers);
jest.setTimeout(120_000);

const APP_ID = '6a0b2f5e-3c1d-4e8f-9a7b-5c4d3e2f1a0b';
const AUD = 'https://api.local.test';

describe('DatabricksEvaluator: the documented exchange rules, on real ES256 tokens of a local OpenID provider', () => {
  let idp: OidcProvider;
  let token: string;

  beforeAll(async () => {
    idp = await startOidcProvider({ keyType: 'EC' });
    token = await idp.clientCredentialsToken({ resource: AUD });
  });
  afterAll(async () => {
    await idp?.stop();
  });

  function policy(over: Partial<DatabricksTrustRecord> = {}): DatabricksTrustRecord {
    return {
      type: 'databricks',
      path: 's/Policy',
      name: 'svc-policy',
      issuerPath: 's/Idp',
      issuer: idp.issuer,
      scope: 'service-principal',
      audiences: [AUD],
      audiencesDefaulted: false,
      subjectClaim: 'sub',
      subject: 'svc-client',
      servicePrincipal: { id: 1234, applicationId: APP_ID, name: 'svc' },
      jwks: { source: 'discovery' },
      clients: ['s/Svc'],
      users: [],
      ...over,
    };
  }

  async function evaluate(
    record: DatabricksTrustRecord,
    options: { at?: number; jwt?: string; clientId?: ExchangeClientId; client?: string } = {},
  ) {
    const trust = {
      record,
      stack: 's',
      info: {
        path: record.path,
        stack: 's',
        name: record.name,
        type: 'databricks',
        issuerPath: record.issuerPath,
        evaluator: 'databricks-documented-rules',
        clients: record.clients,
        audiences: record.audiences,
      },
    } as WorldTrust & { record: DatabricksTrustRecord };
    const evaluator = new DatabricksEvaluator(trust, { display: (u) => u }, new KeyFetcher((u) => u), options.clientId);
    const jwt = decodeJwt(options.jwt ?? token)!;
    return evaluator.evaluate(options.jwt ?? token, jwt, options.at ?? Date.now(), options.client ?? 's/Svc');
  }

  test('the token is what the provider issues for client credentials: ES256, sub = the client id', () => {
    const jwt = decodeJwt(token)!;
    expect(jwt.header.alg).toBe('ES256');
    expect(jwt.payload).toMatchObject({ iss: idp.issuer, sub: 'svc-client', aud: AUD });
  });

  test('accepts the service principal when iss, aud, subject and the exchange client_id match', async () => {
    expect(await evaluate(policy())).toMatchObject({ outcome: 'accepted', as: 'svc', principalKind: 'system', mappedValue: 'svc-client' });
  });

  test('rejects a subject that differs, even only in case (compared exactly)', async () => {
    expect(await evaluate(policy({ subject: 'SVC-client' }))).toMatchObject({ outcome: 'rejected', code: 'subject_mismatch' });
  });

  test("rejects an exchange whose client_id is not the service principal's application id", async () => {
    const other: ExchangeClientId = () => '00000000-0000-4000-8000-000000000000';
    expect(await evaluate(policy(), { clientId: other })).toMatchObject({ outcome: 'rejected', code: 'client_id_mismatch' });
  });

  test('rejects iss that differs by a trailing slash, and aud outside the policy', async () => {
    expect(await evaluate(policy({ issuer: `${idp.issuer}/` }))).toMatchObject({ outcome: 'rejected', code: 'issuer_mismatch' });
    expect(await evaluate(policy({ audiences: ['https://other.local.test'] }))).toMatchObject({
      outcome: 'rejected',
      code: 'audience_mismatch',
    });
  });

  test('omitted audiences: accepts only aud = the account id', async () => {
    expect(await evaluate(policy({ audiences: [], audiencesDefaulted: true, accountId: 'acct-1' }))).toMatchObject({
      outcome: 'rejected',
      code: 'audience_mismatch',
      reason: expect.stringContaining('the account id acct-1'),
    });
    expect(await evaluate(policy({ audiences: [], audiencesDefaulted: true, accountId: AUD }))).toMatchObject({ outcome: 'accepted' });
  });

  test('accepts one second before exp and rejects at exp', async () => {
    const exp = decodeJwt(token)!.payload.exp as number;
    expect(await evaluate(policy(), { at: exp * 1000 - 1000 })).toMatchObject({ outcome: 'accepted' });
    expect(await evaluate(policy(), { at: exp * 1000 })).toMatchObject({ outcome: 'rejected', code: 'token_expired' });
  });

  test('rejects a PS256-signed token before any key lookup (Databricks exchanges RS256 and ES256 only)', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ps256 = await new SignJWT({ ...decodeJwt(token)!.payload }).setProtectedHeader({ alg: 'PS256', kid: 'ps' }).sign(privateKey);
    expect(await evaluate(policy(), { jwt: ps256 })).toMatchObject({ outcome: 'rejected', code: 'unsupported_algorithm' });
  });

  test('a pinned jwks_json holds until the issuer rotates its keys', async () => {
    const kid = decodeJwt(token)!.header.kid as string;
    const pinned = policy({ jwks: { source: 'json', keyIds: [kid] } });
    expect(await evaluate(pinned)).toMatchObject({ outcome: 'accepted' });
    await idp.rotateKeys({ keepOld: false });
    const fresh = await idp.clientCredentialsToken({ resource: AUD });
    expect(await evaluate(pinned, { jwt: fresh })).toMatchObject({
      outcome: 'rejected',
      code: 'invalid_signature',
      reason: expect.stringContaining('pinned keys stop matching at key rotation'),
    });
    // discovery follows the rotation
    expect(await evaluate(policy(), { jwt: fresh })).toMatchObject({ outcome: 'accepted' });
  });

  test('account policy: the subject claim names a declared user, exactly; a case-only match is rejected and explained', async () => {
    const userToken = await idp.userToken({ account: 'alice', resource: AUD, clientId: 'web-app' });
    const sub = decodeJwt(userToken)!.payload.sub as string;
    const account = (userName: string) =>
      policy({ scope: 'account', subject: undefined, servicePrincipal: undefined, users: [{ userName }], clients: ['s/Web'] });
    expect(await evaluate(account(sub), { jwt: userToken, client: 's/Web' })).toMatchObject({
      outcome: 'accepted',
      as: sub,
      principalKind: 'user',
    });
    const verdict = await evaluate(account(sub.toUpperCase()), { jwt: userToken, client: 's/Web' });
    expect(verdict).toMatchObject({
      outcome: 'rejected',
      code: 'unknown_user',
      reason: expect.stringContaining('differs only in case, and Databricks does not document case handling'),
    });
  });
});

describe('simulate: okta-databricks-dbt', () => {
  let result: SimulationResult;

  beforeAll(async () => {
    const app = checkedApp();
    example.oktaDatabricksDbt(app);
    app.synth();
    result = await simulate(app);
  });
  afterAll(() => cleanOutdirs());

  test('labels the Databricks columns an evaluation of documented rules, and stops its providers', () => {
    expect(result.trusts.filter((t) => t.type === 'databricks').map((t) => t.evaluator)).toEqual([
      'databricks-documented-rules',
      'databricks-documented-rules',
      'databricks-documented-rules',
    ]);
    expect(result.disclaimer).toContain('Databricks federation policy columns');
    expect(providerChildren()).toEqual([]);
  });

  test('the dbt jobs client is accepted as the service principal; analysts and the GitHub workflow are not, by that policy', () => {
    expect(result).toGrant({ client: 'DbtJobs', trust: 'okta-dbt-jobs', as: 'dbt-jobs', flow: 'app' });
    expect(result).not.toGrant({ client: 'Analysts', trust: 'okta-dbt-jobs' });
    expect(result).not.toGrant({ client: 'DeployWorkflow', trust: 'okta-dbt-jobs' });
    const analystCells = Object.values(cellsOf(result, 'okta-databricks-dbt/Analysts', 'okta-databricks-dbt/DbtJobsPolicy'));
    expect(analystCells.length).toBeGreaterThan(0);
    for (const cell of analystCells) expect(cell).toMatchObject({ outcome: 'rejected', code: 'subject_mismatch' });
  });

  test('the GitHub Actions workflow (prod) is accepted as the same service principal', () => {
    expect(result).toGrant({ client: 'DeployWorkflow', trust: 'github-deploy-prod', as: 'dbt-jobs', flow: 'app' });
    expect(result).not.toGrant({ client: 'DbtJobs', trust: 'github-deploy-prod' });
  });

  test('the analyst maps to the declared Databricks user through the account policy; app tokens map to no user', () => {
    expect(result).toGrant({ client: 'Analysts', trust: 'okta-users', as: 'analyst@acme.example', flow: 'user' });
    expect(cellsOf(result, 'okta-databricks-dbt/DbtJobs', 'okta-databricks-dbt/AccountPolicy')['app:']).toMatchObject({
      outcome: 'rejected',
      code: 'unknown_user',
    });
  });

  const probeCell = (policyId: string, kind: string) =>
    probesOf(result, `okta-databricks-dbt/${policyId}`)
      .filter((p) => p.probe?.kind === kind)
      .map((p) => p.cells[`okta-databricks-dbt/${policyId}`]!);

  test.each(['DbtJobsPolicy', 'GitHubDeployPolicy', 'AccountPolicy'])('%s: the replay and expired probes are rejected', (policyId) => {
    const replays = probeCell(policyId, 'replay');
    expect(replays.length).toBeGreaterThan(0);
    for (const cell of replays) expect(cell).toMatchObject({ outcome: 'rejected', code: 'audience_mismatch' });
    expect(probeCell(policyId, 'expired')).toEqual([expect.objectContaining({ outcome: 'rejected', code: 'token_expired' })]);
  });

  test.each(['DbtJobsPolicy', 'GitHubDeployPolicy'])(
    '%s: the unlisted-client probe is rejected (another client, another subject)',
    (policyId) => {
      expect(probeCell(policyId, 'unlisted-client')).toEqual([expect.objectContaining({ outcome: 'rejected', code: 'subject_mismatch' })]);
    },
  );

  test('AccountPolicy: the unlisted-client probe is accepted and flagged: an account policy matches the token, not the client', () => {
    const [cell] = probeCell('AccountPolicy', 'unlisted-client');
    expect(cell).toMatchObject({ outcome: 'accepted', as: 'analyst@acme.example' });
    expect(cell!.notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is not listed on policy okta-users, yet accepted: Databricks matches the token, not the client'),
      ]),
    );
  });
});
