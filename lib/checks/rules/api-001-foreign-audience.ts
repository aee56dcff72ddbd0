import { audiencesOfTrust, describeTrust } from '../model';
import { Rule, RuleOutcome, violation } from '../rule';
import { isApplyTimeValue, show } from '../values';

/** Audiences of well-known first-party resources, with their names. */
const WELL_KNOWN: Record<string, string> = {
  'https://graph.microsoft.com': 'Microsoft Graph',
  '00000003-0000-0000-c000-000000000000': 'Microsoft Graph',
  'https://graph.windows.net': 'Azure AD Graph',
  '00000002-0000-0000-c000-000000000000': 'Azure AD Graph',
  'https://management.azure.com': 'Azure Resource Manager',
  'https://management.core.windows.net': 'Azure Service Management',
  '797f4846-ba00-4fd7-ba43-dac1f8f63013': 'Azure Service Management',
  'https://vault.azure.net': 'Azure Key Vault',
  'cfa8b339-82a2-471a-a3c9-0fc0be7a4093': 'Azure Key Vault',
  'https://storage.azure.com': 'Azure Storage',
  'e406a681-f3d4-42a8-90b6-c2b029497af1': 'Azure Storage',
  'https://database.windows.net': 'Azure SQL Database',
  'https://outlook.office.com': 'Exchange Online',
  'https://outlook.office365.com': 'Exchange Online',
  '00000002-0000-0ff1-ce00-000000000000': 'Exchange Online',
  '00000003-0000-0ff1-ce00-000000000000': 'SharePoint Online',
  'https://analysis.windows.net/powerbi/api': 'Power BI',
  'https://api.loganalytics.io': 'Log Analytics',
};

const PATTERNS: readonly [RegExp, string][] = [
  [/^https:\/\/[^/]+\.snowflakecomputing\.com$/i, 'a Snowflake account'],
  [/^https:\/\/[^/]+\.(okta|oktapreview|okta-emea|okta-gov)\.com$/i, 'the Okta org (management API)'],
  [/^https:\/\/[^/]+\.sharepoint\.com$/i, 'SharePoint Online'],
];

function normal(aud: string): string {
  return aud.trim().replace(/\/+$/, '').toLowerCase();
}

/** EO-API-001: an API accepts only its own audience. */
export const foreignAudience: Rule = {
  id: 'EO-API-001',
  severity: 'error',
  title: "An API profile never accepts another resource's audience",
  explanation:
    'An API that accepts the audience of another resource (Microsoft Graph `https://graph.microsoft.com` or ' +
    '`00000003-0000-0000-c000-000000000000`, Azure Resource Manager, a Snowflake account, the Okta org, or the ' +
    'audience of a Snowflake / Redshift trust in this stack) accepts every token minted for that resource: a token ' +
    'a user gave to any app for Graph can be replayed against the API. Fix: give the API its own audience (its Entra ' +
    'identifier URI or client id, its own Okta authorization server audience) and accept only that.',
  see: ['https://www.rfc-editor.org/rfc/rfc9068#section-4', 'https://www.rfc-editor.org/rfc/rfc9700#section-4.10'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    const others = new Map<string, string>();
    for (const t of ctx.manifest.trusts) {
      if (t.type === 'profile') continue;
      for (const aud of audiencesOfTrust(t) ?? []) if (!isApplyTimeValue(aud)) others.set(normal(aud), describeTrust(t));
    }
    for (const trust of ctx.profileTrusts) {
      for (const aud of audiencesOfTrust(trust) ?? []) {
        if (isApplyTimeValue(aud)) continue;
        const n = normal(aud);
        const owner =
          others.get(n) ?? Object.entries(WELL_KNOWN).find(([k]) => normal(k) === n)?.[1] ?? PATTERNS.find(([re]) => re.test(n))?.[1];
        if (!owner) continue;
        out.push(
          violation(
            trust.path,
            `${describeTrust(trust)} accepts audience ${show(aud)}, which belongs to ${owner}; tokens minted for it could be replayed against this API. Fix: accept only the API's own audience.`,
          ),
        );
      }
    }
    return out;
  },
};
