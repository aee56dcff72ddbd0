/**
 * Jest matchers for access matrices:
 *
 * ```ts
 * import { simulate } from 'cdktf-external-oauth/simulate';
 * import { simulateMatchers } from 'cdktf-external-oauth/simulate/jest';
 * expect.extend(simulateMatchers);
 *
 * const matrix = await simulate('cdktf.out');
 * expect(matrix).toGrant({ client: 'DbtCloud', trust: 'OKTA_DBT', as: 'DBT_ANALYST', role: 'TRANSFORMER' });
 * expect(matrix).not.toGrant({ client: 'Atlan', trust: 'alation-entra' });
 * ```
 *
 * `client` and `trust` match a construct path, the path's last segment(s), or the record's name
 * (client display name; trust name such as the Snowflake integration or profile name). `as`
 * matches the mapped identity or the mapped claim value (e.g. the email); `as`, `role` and
 * `user` accept Jest asymmetric matchers (`expect.stringMatching(...)`).
 * Probe rows are not considered.
 */
import { cellText, columnsOf, rowLabel } from './render';
import type { AccessRow, Cell, SimFlow, SimulationResult } from './types';

/** What `toGrant` asserts. */
export interface GrantExpectation {
  /** Client: construct path, trailing path segment(s), or name. */
  readonly client: string;
  /** Trust: construct path, trailing path segment(s), or name. */
  readonly trust: string;
  /** The identity the trust maps the token to (or the mapped claim value). */
  readonly as?: unknown;
  /** The role. */
  readonly role?: unknown;
  /** `app` (client credentials) or `user`. */
  readonly flow?: SimFlow;
  /** The signed-in user's IdP username or email. */
  readonly user?: unknown;
}

/** The subset of Jest's matcher context that the matchers use. */
interface MatcherContext {
  readonly isNot?: boolean;
  equals(a: unknown, b: unknown): boolean;
  utils?: { printExpected(v: unknown): string; printReceived(v: unknown): string };
}

/** A matcher result. */
export interface MatcherResult {
  readonly pass: boolean;
  message(): string;
}

function matchesName(path: string, name: string, query: string): boolean {
  return path === query || name === query || path.endsWith(`/${query}`);
}

function resolveOne<T extends { path: string; name: string }>(items: readonly T[], query: string, what: string): T | string {
  const found = items.filter((i) => matchesName(i.path, i.name, query));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) return `no ${what} matches "${query}"; ${what}s: ${items.map((i) => `${i.name} (${i.path})`).join(', ')}`;
  return `"${query}" matches ${found.length} ${what}s: ${found.map((i) => i.path).join(', ')}; use a construct path`;
}

function isResult(value: unknown): value is SimulationResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as SimulationResult).simulationVersion === 1 &&
    Array.isArray((value as SimulationResult).rows)
  );
}

/** The access rows of `client` with their cell for `trust`, filtered by flow and user. */
function candidates(
  result: SimulationResult,
  clientPath: string,
  trustPath: string,
  expected: GrantExpectation,
  equals: (a: unknown, b: unknown) => boolean,
): Array<{ row: AccessRow; cell: Cell }> {
  return result.rows
    .filter((r) => r.kind === 'access' && r.client === clientPath && (expected.flow === undefined || r.flow === expected.flow))
    .filter((r) => {
      if (expected.user === undefined) return true;
      const u = result.users.find((x) => x.id === r.user);
      return u !== undefined && (equals(u.username, expected.user) || (u.email !== undefined && equals(u.email, expected.user)));
    })
    .flatMap((row) => (row.cells[trustPath] ? [{ row, cell: row.cells[trustPath]! }] : []));
}

/** `expect(result).toGrant({ client, trust, as?, role?, flow?, user? })`. */
export function toGrant(this: MatcherContext, received: unknown, expected: GrantExpectation): MatcherResult {
  if (!isResult(received)) return { pass: false, message: () => 'toGrant expects the result of simulate()' };
  const client = resolveOne(
    received.clients.filter((c) => !c.synthetic),
    expected.client,
    'client',
  );
  const trust = resolveOne(columnsOf(received), expected.trust, 'trust');
  if (typeof client === 'string' || typeof trust === 'string') {
    const problem = [client, trust].filter((x): x is string => typeof x === 'string').join('; ');
    return { pass: this.isNot === true, message: () => `toGrant: ${problem}` };
  }
  const rows = candidates(received, client.path, trust.path, expected, (a, b) => this.equals(a, b));
  const matching = rows.filter(
    ({ cell }) =>
      cell.outcome === 'accepted' &&
      (expected.as === undefined ||
        this.equals(cell.as, expected.as) ||
        (cell.mappedValue !== undefined && this.equals(cell.mappedValue, expected.as))) &&
      (expected.role === undefined || this.equals(cell.role, expected.role)),
  );
  const pass = matching.length > 0;
  const want = [
    `${client.name} -> ${trust.name}`,
    expected.flow ? `flow ${expected.flow}` : '',
    expected.user !== undefined ? `user ${String(expected.user)}` : '',
    expected.as !== undefined ? `as ${String(expected.as)}` : '',
    expected.role !== undefined ? `role ${String(expected.role)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const seen =
    rows.map(({ row, cell }) => `  ${rowLabel(received, row)}: ${cellText(cell)}`).join('\n') || '  (no row of this client for this trust)';
  return {
    pass,
    message: () =>
      pass
        ? `expected no grant (${want}), but:\n${matching.map(({ row, cell }) => `  ${rowLabel(received, row)}: ${cellText(cell)}`).join('\n')}`
        : `expected a grant (${want}), got:\n${seen}`,
  };
}

/** The matchers, for `expect.extend(simulateMatchers)`. */
export const simulateMatchers = { toGrant };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- @types/jest declares its matchers in the global namespace `jest`
  namespace jest {
    // The same type parameters as @types/jest's Matchers, so that the declarations merge.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type -- as @types/jest declares them
    interface Matchers<R, T = {}> {
      /** The access matrix grants `client` access to `trust` (as / role / flow / user when given). */
      toGrant(expected: GrantExpectation): R;
    }
  }
}
