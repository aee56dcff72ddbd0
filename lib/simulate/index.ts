/**
 * Access simulation: who (client / user / flow) gets into which trust, as whom and with which
 * role, proven against real local OpenID providers shaped like the declared issuers. Never
 * imports cdktf or constructs.
 */
export { simulate, loadSimulationInput, SimulationError } from './simulate';
export type { SimulateOptions, SimulationErrorCode, SimulationInput } from './simulate';
export { KEYCLOAK_BROKER_DISCLAIMER, SIMULATION_DISCLAIMER } from './types';
export type {
  AccessRow,
  Cell,
  Evaluator,
  ProbeInfo,
  ProbeKind,
  SimClientInfo,
  SimFlow,
  SimIssuerInfo,
  SimTrustInfo,
  SimUserInfo,
  SimulationResult,
  SimulationTimings,
  StandIn,
  TokenSummary,
} from './types';
export { renderSimulation, renderSimulationText, renderSimulationMarkdown, renderSimulationJson, renderMermaid, cellText, rowLabel, columnsOf } from './render';
export type { SimulationFormat } from './render';
export { diffSimulations, renderAccessChangesMarkdown } from './diff';
export type { AccessChange } from './diff';
export { toGrant, simulateMatchers } from './jest';
export type { GrantExpectation } from './jest';
export { liveProviderPids } from './provider-host';
export { startLocalProvider } from './local-provider';
export type { LocalProvider, LocalProviderClient, LocalProviderOptions, LocalProviderState } from './local-provider';
