/**
 * Construct-time validation of a {@link ClientAssignment}, shared by the Okta, Entra and
 * external clients: ids listed once and well-formed, and a reason for opening a client to
 * everyone.
 */
import { IConstruct } from 'constructs';

import type { AssignmentRecord } from '../manifest/types';
import { ClientAssignment, MIN_ASSIGNMENT_REASON_LENGTH } from './client-program';
import { CONFIG_ERROR_CODES } from './errors';
import { fail, requireNonEmpty, requirePattern, requireUnique } from './validate';

/** How a kind of client names its assignees. */
export interface AssigneeRules {
  /** Who "everyone" is, for messages: `the org`, `the tenant`, `the IdP`. */
  readonly everyone: string;
  /** The id form, and the rule in words. */
  readonly idPattern: RegExp;
  readonly idRule: string;
}

/** The record of a validated assignment (without resources: the caller creates those). */
export function assignmentRecordOf(scope: IConstruct, field: string, assignment: ClientAssignment, rules: AssigneeRules): AssignmentRecord {
  if (assignment.mode === 'everyone') {
    const reason = (assignment.reason ?? '').trim();
    if (reason.length < MIN_ASSIGNMENT_REASON_LENGTH) {
      fail(
        scope,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        `${field}.reason`,
        assignment.reason ?? '',
        `must say in at least ${MIN_ASSIGNMENT_REASON_LENGTH} characters why every user of ${rules.everyone} may sign in`,
      );
    }
    return { mode: 'everyone', reason };
  }
  const { groupIds: groups, userIds: users } = assignment;
  if (groups.length + users.length === 0) requireNonEmpty(scope, `${field}.groups`, groups);
  for (const [name, ids] of [
    ['groups', groups],
    ['users', users],
  ] as const) {
    requireUnique(scope, `${field}.${name}`, ids);
    ids.forEach((id, i) => requirePattern(scope, `${field}.${name}[${i}]`, id, rules.idPattern, rules.idRule));
  }
  return { mode: 'assigned', ...(groups.length > 0 ? { groups: [...groups] } : {}), ...(users.length > 0 ? { users: [...users] } : {}) };
}
