/**
 * `cdktf-external-oauth/manifest`: read, schema-check and type the trust manifest
 * (`external-oauth.json`) that a synth writes. Never imports cdktf or constructs.
 */
export { findManifestFiles, ManifestReadError, parseManifest, readManifest, readManifests } from './read';
export { MANIFEST_SCHEMA, PROFILE_SCHEMA } from './schema';
export { manifestProblems, profileProblems } from './schema-validation';
export type {
  AppTokenRule,
  AssignmentRecord,
  ClaimSource,
  ClientProgramRecord,
  ClientRecord,
  DatabricksTrustRecord,
  FindingRecord,
  IssuerRecord,
  ProfileTrustRecord,
  RedshiftTrustRecord,
  SnowflakeRoleRecord,
  SnowflakeTrustRecord,
  TokenProfile,
  TrustedOriginRecord,
  TrustManifest,
  TrustRecord,
  ValidationProfile,
} from './types';
export { MANIFEST_FILE_NAME, MANIFEST_SCHEMA_VERSION, PROFILES_OUTPUT_ID } from './types';
