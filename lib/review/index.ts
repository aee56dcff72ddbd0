/**
 * Programmatic API of the review: the posture of manifests and the risk-ranked base..head diff.
 */
export { buildPosture } from './build-posture';
export type { ChangeKind, ReviewChange, RiskLevel } from './diff/change-kinds';
export { CHANGE_KINDS, rankChanges, RISK_LEVELS } from './diff/change-kinds';
export { diffManifests } from './diff/diff-manifests';
export type { ClientPosture, FindingPosture, IdentityMapping, IssuerPosture, ReviewPosture, TokenPath, TrustPosture } from './posture';
export { renderReviewMarkdown } from './render-markdown';
export type { ReviewReport, ReviewSummary } from './report';
export { buildReviewReport } from './report';
