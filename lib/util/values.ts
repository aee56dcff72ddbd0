/**
 * Value helpers shared by the constructs, the checks and the runtime modules (validator,
 * review, drift, simulate, CLI). Pure: no cdktf, no Node built-ins, so every module may import
 * it; the cdktf-aware token test stays in `core/validate.ts`.
 *
 * A synthesized value known only after `terraform apply` is a string holding a Terraform
 * template interpolation `${...}`; a list known only after apply is one such string.
 * @see https://developer.hashicorp.com/terraform/language/expressions/strings#interpolation
 */

/** Snowflake's scope that lets a session use any role granted to the user. @see https://docs.snowflake.com/en/user-guide/oauth-ext-overview#scopes */
export const SNOWFLAKE_ROLE_ANY_SCOPE = 'session:role-any';

/** The prefix of Snowflake's `session:role:<ROLE>` scope. @see https://docs.snowflake.com/en/user-guide/oauth-ext-overview#scopes */
export const SNOWFLAKE_ROLE_SCOPE_PREFIX = 'session:role:';

/**
 * True for loopback hosts: `localhost`, `127.0.0.0/8` and `::1`, in any letter case, with or
 * without IPv6 brackets (`[::1]`, the form `URL.hostname` gives).
 * @see https://www.rfc-editor.org/rfc/rfc8252#section-7.3
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** True when a synthesized value (or a string inside a list) holds an apply-time expression (`${`). */
export function isApplyTimeValue(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('${');
  if (Array.isArray(value)) return value.some(isApplyTimeValue);
  return false;
}

/** True when a value cannot be read before apply: it is missing, or it holds an apply-time expression. */
export function isApplyTimeOrMissing(value: string | undefined): boolean {
  return value === undefined || isApplyTimeValue(value);
}
