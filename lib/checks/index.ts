/**
 * `cdktf-external-oauth/checks`: the rules and their runner, pure (the CLI runs them on
 * manifests). Never imports cdktf: the Aspect that runs them during synth,
 * `ExternalOAuthChecks`, is exported by the package root.
 */
export type { KeycloakBrokerRecord, ManifestRecords, RuleContext } from './context';
export { createRuleContext, KEYCLOAK_BROKERS_CONTEXT_KEY } from './context';
export type { Rule, RuleOutcome, RuleSeverity, RuleUnevaluable, RuleViolation } from './rule';
export { unevaluable, violation } from './rule';
export { ALL_RULES } from './rules';
export { renderRulesMarkdown } from './rules-doc';
export type { RunRulesOptions } from './run';
export { runRules, toFinding } from './run';
export type { ScopedSuppression, Suppression } from './suppressions';
export { applySuppressions, MIN_SUPPRESSION_REASON_LENGTH, UNMATCHED_SUPPRESSION_ID } from './suppressions';
