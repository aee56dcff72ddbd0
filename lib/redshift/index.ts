/** Redshift / IAM Identity Center trust: explicit named exports (loads cdktf and two aws submodules). */
export type {
  RedshiftIdcApplicationAuthorizedTokenIssuer,
  RedshiftIdcApplicationConfig,
  RedshiftIdcApplicationServiceIntegrations,
  RedshiftServiceAuthorization,
  RedshiftServiceScope,
} from './redshift-idc-application';
export {
  REDSHIFT_IDC_APPLICATION_MAX_TOKEN_ISSUERS,
  REDSHIFT_IDC_APPLICATION_MIN_AWS_VERSION,
  RedshiftIdcApplication,
  requireAwsProviderVersion,
} from './redshift-idc-application';
export type {
  RedshiftAdoptedApplicationOptions,
  RedshiftAuthorizedTokenIssuerEntry,
  RedshiftIdcApplicationOptions,
  RedshiftTrustedTokenIssuerProps,
} from './redshift-trusted-token-issuer';
export { modifyApplicationCommand, RedshiftTrustedTokenIssuer } from './redshift-trusted-token-issuer';
