/**
 * The rule pack, in the order RULES.md lists it. Add a rule: one file, one entry here, then
 * `npm run rules`. Never renumber or reuse an id.
 */
import { UNMATCHED_SUPPRESSION_RULE } from '../meta';
import type { Rule } from '../rule';
import { foreignAudience } from './api-001-foreign-audience';
import { mintedAudience } from './aud-001-minted-audience';
import { mappingClaimEmitted } from './claim-001-mapping-claim-emitted';
import { emailMapping } from './claim-002-email-mapping';
import { claimPlacement } from './claim-003-claim-placement';
import { programSendsPkce } from './client-001-pkce';
import { programKeepsRotatedToken } from './client-002-rotation';
import { programAuthMethod } from './client-003-auth-method';
import { databricksDefaultAudience } from './dbx-001-default-audience';
import { databricksServicePrincipalSubject } from './dbx-002-service-principal-subject';
import { databricksEntraSubjectClaim } from './dbx-003-entra-subject-claim';
import { databricksSigningAlgorithm } from './dbx-004-signing-algorithm';
import { databricksPinnedKeys } from './dbx-005-pinned-keys';
import { entraV1Endpoint } from './entra-001-v1-endpoint';
import { implicitHybrid } from './grant-001-implicit-hybrid';
import { refreshRotation } from './grant-002-refresh-rotation';
import { publicClientCredentials } from './grant-003-public-client-credentials';
import { passwordGrant } from './grant-004-password';
import { publicClientPkce } from './grant-005-pkce';
import { issuerString } from './iss-001-issuer-string';
import { tenantSpecificIssuer } from './iss-002-tenant-specific';
import { knownIssuerForm } from './iss-003-known-issuer-form';
import { sessionIdleWithinMax } from './kc-001-session-idle-within-max';
import { sessionWithinRefreshLifetime } from './kc-002-session-within-refresh';
import { refreshWindowWithinLifetime } from './kc-003-refresh-window';
import { brokerRedirectExact } from './kc-004-broker-redirect';
import { brokerClientAuthentication } from './kc-005-client-authentication';
import { brokerScopesGranted } from './kc-006-requested-scopes';
import { brokerStoresTokens } from './kc-007-stored-tokens';
import { brokerLogoutResponse } from './kc-008-logout-response';
import { brokerReserve } from './kc-009-reserve';
import { accessTokenLifetime } from './life-001-access-token-lifetime';
import { refreshTokenLifetime } from './life-002-refresh-token-lifetime';
import { dynamicIssuerMode } from './okta-001-dynamic-issuer';
import { defaultAuthServer } from './okta-002-default-auth-server';
import { adminSystemUser } from './role-001-admin-system-user';
import { redshiftEmailAttribute } from './rs-001-email-attribute';
import { secretMaxLifetime } from './secret-001-max-lifetime';
import { secretExpiringSoon } from './secret-002-expiring-soon';
import { clientAssignment } from './signin-001-assignment';
import { browserTrustedOrigin } from './signin-002-trusted-origin';
import { anyRoleScope } from './snow-001-any-role-scope';
import { sessionRoleGranted } from './snow-002-session-role-granted';
import { scopeTypo } from './snow-003-scope-typo';
import { blockedRole } from './snow-004-blocked-role';
import { entraScopeMapping } from './snow-005-entra-scope-mapping';
import { oneIntegrationPerIssuer } from './snow-006-one-integration-per-issuer';
import { jwksUrlLimit } from './snow-007-jwks-url-limit';
import { issuerJwks } from './snow-008-issuer-jwks';
import { roleDeclared } from './snow-009-role-declared';
import { accountUrlAudience } from './snow-010-account-url-audience';
import { httpsUris } from './uri-001-https';
import { noWildcardUris } from './uri-002-no-wildcards';

/** Every rule of the pack, in a stable order. */
export const ALL_RULES: readonly Rule[] = [
  issuerString,
  tenantSpecificIssuer,
  knownIssuerForm,
  mintedAudience,
  mappingClaimEmitted,
  emailMapping,
  claimPlacement,
  clientAssignment,
  browserTrustedOrigin,
  programSendsPkce,
  programKeepsRotatedToken,
  programAuthMethod,
  anyRoleScope,
  sessionRoleGranted,
  scopeTypo,
  blockedRole,
  entraScopeMapping,
  oneIntegrationPerIssuer,
  jwksUrlLimit,
  issuerJwks,
  roleDeclared,
  accountUrlAudience,
  redshiftEmailAttribute,
  foreignAudience,
  httpsUris,
  noWildcardUris,
  implicitHybrid,
  refreshRotation,
  publicClientCredentials,
  passwordGrant,
  publicClientPkce,
  dynamicIssuerMode,
  defaultAuthServer,
  accessTokenLifetime,
  refreshTokenLifetime,
  secretMaxLifetime,
  secretExpiringSoon,
  sessionIdleWithinMax,
  sessionWithinRefreshLifetime,
  refreshWindowWithinLifetime,
  brokerRedirectExact,
  brokerClientAuthentication,
  brokerScopesGranted,
  brokerStoresTokens,
  brokerLogoutResponse,
  brokerReserve,
  adminSystemUser,
  entraV1Endpoint,
  databricksDefaultAudience,
  databricksServicePrincipalSubject,
  databricksEntraSubjectClaim,
  databricksSigningAlgorithm,
  databricksPinnedKeys,
];

/** Metadata (no `check`) of the finding the Aspect raises for a suppression that matches nothing. */
export const unmatchedSuppression = UNMATCHED_SUPPRESSION_RULE;

export {
  accessTokenLifetime,
  accountUrlAudience,
  adminSystemUser,
  anyRoleScope,
  blockedRole,
  brokerClientAuthentication,
  brokerLogoutResponse,
  brokerRedirectExact,
  brokerReserve,
  brokerScopesGranted,
  brokerStoresTokens,
  browserTrustedOrigin,
  claimPlacement,
  clientAssignment,
  databricksDefaultAudience,
  databricksEntraSubjectClaim,
  databricksPinnedKeys,
  databricksServicePrincipalSubject,
  databricksSigningAlgorithm,
  defaultAuthServer,
  dynamicIssuerMode,
  emailMapping,
  entraScopeMapping,
  entraV1Endpoint,
  foreignAudience,
  httpsUris,
  implicitHybrid,
  issuerJwks,
  issuerString,
  jwksUrlLimit,
  knownIssuerForm,
  mappingClaimEmitted,
  mintedAudience,
  noWildcardUris,
  oneIntegrationPerIssuer,
  passwordGrant,
  programAuthMethod,
  programKeepsRotatedToken,
  programSendsPkce,
  publicClientCredentials,
  publicClientPkce,
  redshiftEmailAttribute,
  refreshRotation,
  refreshTokenLifetime,
  refreshWindowWithinLifetime,
  scopeTypo,
  secretExpiringSoon,
  secretMaxLifetime,
  sessionIdleWithinMax,
  sessionRoleGranted,
  sessionWithinRefreshLifetime,
  tenantSpecificIssuer,
};
