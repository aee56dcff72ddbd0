/**
 * Review of Databricks federation policies, on the okta-databricks-dbt example's real manifest:
 * the trust section (who may exchange, as whom, keys), and `review --base` changes ranked by risk
 * (a widened subject or audience is high).
 */
import type { DatabricksTrustRecord, TrustManifest } from '../../lib/manifest/types';
import { diffManifests } from '../../lib/review/diff/diff-manifests';
import { renderReviewMarkdown } from '../../lib/review/render-markdown';
import { buildReviewReport } from '../../lib/review/report';
import { checkedApp, cleanOutdirs, example, manifestOf } from '../examples/support';

const STACK = 'okta-databricks-dbt';
let real: TrustManifest;

beforeAll(() => {
  const app = checkedApp();
  example.oktaDatabricksDbt(app);
  app.synth();
  real = manifestOf(app, STACK);
});
afterAll(cleanOutdirs);

/** A copy of the real manifest with one Databricks policy edited. */
function edited(
  path: string,
  edit: (t: { -readonly [K in keyof DatabricksTrustRecord]: DatabricksTrustRecord[K] }) => void,
): TrustManifest {
  const m = structuredClone(real);
  const t = m.trusts.find((x) => x.path === `${STACK}/${path}`) as DatabricksTrustRecord;
  edit(t);
  return m;
}

describe('review: Databricks federation policies', () => {
  test('the trust section shows subject → service principal, the account users and the key source', () => {
    const md = renderReviewMarkdown(buildReviewReport([real]));
    expect(md).toContain('| `okta-dbt-jobs` `okta-databricks-dbt/DbtJobsPolicy` | databricks |');
    expect(md).toContain('any: `sub` → service principal dbt-jobs when it equals "repo:my-github-org/my-repo:environment:prod"');
    expect(md).toContain(
      'service-principal federation policy; keys by OpenID discovery; exchange client\\_id = application id 00000000-0000-4000-8000-0000000000db',
    );
    expect(md).toContain('any: `sub` → Databricks account user by user name (case handling is not documented)');
    expect(md).toContain('account federation policy; keys by OpenID discovery; users: analyst@acme.example');
  });

  test('a new policy is a high-risk trust_added', () => {
    const base: TrustManifest = { ...structuredClone(real), trusts: real.trusts.filter((t) => t.path !== `${STACK}/GitHubDeployPolicy`) };
    const changes = diffManifests([base], [real]);
    expect(changes).toEqual([expect.objectContaining({ kind: 'trust_added', risk: 'high', subject: `${STACK}/GitHubDeployPolicy` })]);
  });

  test('a widened subject (another GitHub environment) is high risk, ranked above a medium change', () => {
    const head = edited('GitHubDeployPolicy', (t) => {
      t.subject = 'repo:my-github-org/my-repo:environment:staging';
      t.users = [];
      t.jwks = { source: 'uri', uri: 'https://token.actions.githubusercontent.com/.well-known/jwks' };
    });
    const changes = diffManifests([real], [head]);
    expect(changes.map((c) => [c.kind, c.risk])).toEqual([
      ['federation_identity_changed', 'high'],
      ['key_source_changed', 'medium'],
    ]);
    expect(changes[0]).toMatchObject({
      before: expect.stringContaining('environment:prod'),
      after: expect.stringContaining('environment:staging'),
    });
  });

  test('an added audience is high risk; omitting audiences shows as the account id', () => {
    const widened = edited('AccountPolicy', (t) => {
      t.audiences = ['databricks', 'https://github.com/my-github-org'];
    });
    expect(diffManifests([real], [widened])).toEqual([
      expect.objectContaining({ kind: 'audience_widened', risk: 'high', summary: 'accepts audience `https://github.com/my-github-org`' }),
    ]);
    const defaulted = edited('AccountPolicy', (t) => {
      t.audiences = [];
      t.audiencesDefaulted = true;
    });
    const changes = diffManifests([real], [defaulted]);
    expect(changes.map((c) => c.kind).sort()).toEqual(['audience_widened', 'narrowed']);
    expect(changes.find((c) => c.kind === 'audience_widened')!.summary).toBe(
      'accepts audience `(account id 00000000-0000-4000-8000-00000000d8b1)`',
    );
  });

  test('another service principal, a changed subject claim, and a declared user are reported; nothing for an unchanged policy', () => {
    expect(diffManifests([real], [real])).toEqual([]);
    const sp = edited('DbtJobsPolicy', (t) => {
      t.servicePrincipal = { ...t.servicePrincipal!, id: 9999 };
    });
    expect(diffManifests([real], [sp]).map((c) => c.kind)).toEqual(['federation_identity_changed']);
    const claim = edited('AccountPolicy', (t) => {
      t.subjectClaim = 'email';
      t.users = [...t.users, { userName: 'lead@acme.example' }];
    });
    expect(diffManifests([real], [claim]).map((c) => [c.kind, c.risk])).toEqual([
      ['federation_identity_changed', 'high'],
      ['principal_added', 'medium'],
    ]);
  });
});
