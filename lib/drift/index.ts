/**
 * Programmatic API of drift detection: live issuer metadata and JWKS, and Terraform plan JSON.
 */
export type { LiveDriftOptions } from './live/run-live';
export { runLiveDrift } from './live/run-live';
export type { IssuerTarget } from './live/targets';
export { issuerTargets } from './live/targets';
export { isIdentityResourceType } from './plan/identity-types';
export type { PlanJson } from './plan/run-plan';
export { parsePlan, planDrift, PlanFormatError } from './plan/run-plan';
export { renderDriftMarkdown, renderDriftText } from './render';
export type {
  AttributeChange,
  DriftCode,
  DriftFinding,
  DriftReport,
  DriftSeverity,
  IssuerCheck,
  KeySummary,
  PlannedResource,
} from './report';
export { buildDriftReport, DRIFT_CODES } from './report';
