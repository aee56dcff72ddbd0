/**
 * Example settings come from environment variables with documented example defaults, so that
 * `npm start` works with none set. Provider credentials are never settings: each Terraform
 * provider reads its own environment variables (OKTA_API_TOKEN, ARM_*, SNOWFLAKE_*, AWS_*).
 */

/** The value of environment variable `name`, or `fallback` when unset or empty. */
export function setting(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}
