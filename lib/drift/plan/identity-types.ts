/**
 * Which Terraform resource types are identity resources, the only ones `drift --plan` reports.
 */

const PATTERNS: readonly RegExp[] = [
  /^okta_/,
  /^azuread_/,
  // Snowflake security: integrations, users, roles, grants, authentication / network policies.
  /^snowflake_(?:[a-z0-9_]+_)?integration(?:_[a-z0-9_]+)?$/,
  /^snowflake_(?:[a-z0-9_]+_)?user$/,
  /^snowflake_(?:[a-z0-9_]+_)?role$/,
  /^snowflake_grant_/,
  /^snowflake_(?:authentication|network|password)_policy(?:_attachment)?$/,
  /^aws_ssoadmin_trusted_token_issuer$/,
  /^aws_redshift_idc_application$/,
  /^databricks_(?:account|service_principal)_federation_policy$/,
];

/** True for the identity resource types: okta_*, azuread_*, Snowflake security / user / role / grant, the two AWS trust resources, the two Databricks federation policies. */
export function isIdentityResourceType(type: string): boolean {
  return PATTERNS.some((p) => p.test(type));
}
