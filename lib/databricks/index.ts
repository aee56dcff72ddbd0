/** Databricks OAuth token federation: explicit named exports (loads cdktf and two databricks submodules). */
export type { DatabricksFederationPolicyProps, DatabricksServicePrincipalRef } from './databricks-federation-policy';
export {
  DATABRICKS_DEFAULT_SUBJECT_CLAIM,
  DATABRICKS_EXCHANGE_ALGORITHMS,
  DatabricksFederationPolicy,
  MAX_DATABRICKS_POLICIES_PER_SERVICE_PRINCIPAL,
} from './databricks-federation-policy';
