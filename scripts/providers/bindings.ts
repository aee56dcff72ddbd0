/**
 * The Terraform types the constructs create or read, per provider: the library's own provider
 * bindings under lib/providers/ are generated for exactly these (full schemas: trimming the
 * schema renames classes such as `ApplicationPasswordA`).
 *
 * `pkg` is the prebuilt package the schema is reconstructed from (a devDependency only).
 */
export interface ProviderBindings {
  /** Folder under lib/providers/ and the generator's provider name. */
  readonly name: string;
  /** The prebuilt package the schema is reconstructed from. */
  readonly pkg: string;
  /** Provider source address. */
  readonly source: string;
  /** Terraform types: resources, `data.` sources, and `provider`. */
  readonly types: readonly string[];
}

export const PROVIDER_BINDINGS: readonly ProviderBindings[] = [
  {
    name: 'okta',
    pkg: '@cdktf/provider-okta',
    source: 'okta/okta',
    types: [
      'okta_app_group_assignments',
      'okta_app_oauth',
      'okta_app_user',
      'okta_auth_server',
      'okta_auth_server_claim',
      'okta_auth_server_policy',
      'okta_auth_server_policy_rule',
      'okta_auth_server_scope',
      'okta_trusted_origin',
      'data.okta_auth_server',
      'data.okta_everyone_group',
      'provider',
    ],
  },
  {
    name: 'azuread',
    pkg: '@cdktf/provider-azuread',
    source: 'hashicorp/azuread',
    types: [
      'azuread_app_role_assignment',
      'azuread_application',
      'azuread_application_api_access',
      'azuread_application_identifier_uri',
      'azuread_application_password',
      'azuread_service_principal',
      'azuread_service_principal_delegated_permission_grant',
      'provider',
    ],
  },
  {
    name: 'snowflake',
    pkg: '@cdktf/provider-snowflake',
    source: 'snowflakedb/snowflake',
    types: [
      'snowflake_account_role',
      'snowflake_external_oauth_integration',
      'snowflake_grant_account_role',
      'snowflake_service_user',
      'snowflake_user',
      'provider',
    ],
  },
  {
    name: 'aws',
    pkg: '@cdktf/provider-aws',
    source: 'hashicorp/aws',
    types: ['aws_ssoadmin_trusted_token_issuer', 'provider'],
  },
  {
    name: 'databricks',
    pkg: '@cdktf/provider-databricks',
    source: 'databricks/databricks',
    types: ['databricks_account_federation_policy', 'databricks_service_principal_federation_policy', 'provider'],
  },
];
