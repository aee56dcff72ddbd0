/**
 * Access simulation: who (client / user / flow) gets into which trust, as whom and with which
 * role, proven against real local OpenID providers shaped like the declared issuers. Never
 * imports cdktf or constructs.
 */
export type { AccessChange } from './diff';
export { diffSimulations, renderAccessChangesMarkdown } from './diff';
export type { GrantExpectation } from './jest';
export { simulateMatchers, toGrant } from './jest';
export type { LocalProvider, LocalProviderClient, LocalProviderOptions, LocalProviderState } from './local-provider';
export { startLocalProvider } from './local-provider';
export { liveProviderPids } from './provider-host';
export type { SimulationFormat } from './render';
export {
  cellText,
  columnsOf,
  renderMermaid,
  renderSimulation,
  renderSimulationJson,
  renderSimulationMarkdown,
  renderSimulationText,
  rowLabel,
} from './render';
export type { SimulateOptions, SimulationErrorCode, SimulationInput } from './simulate';
export { loadSimulationInput, simulate, SimulationError } from './simulate';
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
  SimulationResult,
  SimulationTimings,
  SimUserInfo,
  StandIn,
  TokenSummary,
} from './types';
export { KEYCLOAK_BROKER_DISCLAIMER, SIMULATION_DISCLAIMER } from './types';
