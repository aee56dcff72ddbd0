/**
 * Ids and metadata that are not rules but belong to the pack (RULES.md, SARIF). Pure: the CLI
 * loads it through `rules/index`, so it must import neither cdktf nor constructs.
 */

/** The shortest accepted reason. */
export const MIN_SUPPRESSION_REASON_LENGTH = 10;

/** The id of the finding raised for a suppression that matches nothing. */
export const UNMATCHED_SUPPRESSION_ID = 'EO-SUP-001';

/** Metadata of {@link UNMATCHED_SUPPRESSION_ID} (raised by the Aspect, not by a rule), for RULES.md and SARIF. */
export const UNMATCHED_SUPPRESSION_RULE = {
  id: UNMATCHED_SUPPRESSION_ID,
  severity: 'error',
  title: 'A suppression matches a finding',
  explanation:
    'Raised by the Aspect, not by a rule: a suppression whose rule reports nothing on its construct or below it is ' +
    'stale (the problem was fixed) or misplaced (attached to the wrong construct, or a mistyped id), and would ' +
    'silently hide a future finding. Fix: remove it, or attach it where the finding is. It cannot be suppressed.',
} as const;
