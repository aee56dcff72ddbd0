/**
 * Programmatic API of drift detection: live issuer metadata and JWKS, and Terraform plan JSON.
 */
export { runLiveDrift } from './live/run-live';
export type { LiveDriftOptions } from './live/run-live';
export { issuerTargets } from './live/targets';
export type { IssuerTarget } from './live/targets';
export { parsePlan, planDrift, PlanFormatError } from './plan/run-plan';
export type { PlanJson } from './plan/run-plan';
export { isIdentityResourceType } from './plan/identity-types';
export { renderDriftMarkdown, renderDriftText } from './render';
export { buildDriftReport, DRIFT_CODES } from './report';
export type { AttributeChange, DriftCode, DriftFinding, DriftReport, DriftSeverity, IssuerCheck, KeySummary, PlannedResource } from './report';
