import { mappingClaimsOf } from '../../lib/checks/model';
import { trustAudiences, trustClientPaths, trustIssuer } from '../../lib/manifest/trust-fields';
import { profile, redshift, snowflake } from '../checks/support';

describe('trust fields read the same way for every trust type', () => {
  test('a profile answers from its nested profile; a Snowflake integration from the top level', () => {
    const p = profile({}, { issuer: 'https://idp.example.com', audiences: ['api://orders'] });
    expect(trustIssuer(p)).toBe('https://idp.example.com');
    expect(trustAudiences(p)).toEqual(['api://orders']);
    expect(trustClientPaths(p)).toEqual([p.clientPath]);
    const s = snowflake({
      issuer: 'https://okta.example.com/oauth2/x',
      audiences: ['https://acct.snowflakecomputing.com'],
      clients: ['s/A', 's/B'],
    });
    expect(trustIssuer(s)).toBe('https://okta.example.com/oauth2/x');
    expect(trustAudiences(s)).toEqual(['https://acct.snowflakecomputing.com']);
    expect(trustClientPaths(s)).toEqual(['s/A', 's/B']);
  });

  test('fails when an apply-time list is taken apart: it comes back as the one expression string', () => {
    const s = snowflake({ audiences: '${var.audiences}' as unknown as string[] });
    expect(trustAudiences(s)).toBe('${var.audiences}');
  });
});

describe('mappingClaimsOf (EO-CLAIM-001 and EO-CLAIM-003)', () => {
  test('a profile maps one claim per enabled flow, a Redshift issuer its claim attribute path for every flow', () => {
    const p = profile(
      {},
      {
        machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Server Admin' },
        userFlow: { enabled: true, usernameClaim: 'upn' },
      },
    );
    expect(mappingClaimsOf(p)).toEqual([
      { claims: ['appid'], field: 'machineFlow.systemUserClaim', flow: 'machine' },
      { claims: ['upn'], field: 'userFlow.usernameClaim', flow: 'user' },
    ]);
    expect(mappingClaimsOf(redshift({ claimAttributePath: 'email' }))).toEqual([{ claims: ['email'], field: 'claimAttributePath' }]);
  });

  test('fails when a disabled flow or an apply-time claim list is read as a mapping', () => {
    const p = profile(
      {},
      { machineFlow: { enabled: false, systemUserClaim: 'appid', systemUserRole: 'Server Admin' }, userFlow: { enabled: false } },
    );
    expect(mappingClaimsOf(p)).toEqual([]);
    expect(mappingClaimsOf(snowflake({ userMappingClaims: '${var.claims}' as unknown as string[] }))).toEqual([
      { claims: undefined, field: 'userMappingClaims' },
    ]);
  });
});
