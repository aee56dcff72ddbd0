/** The API validation profile trust. Explicit named exports only. */
export type { ApiValidationProfileProps, MachineFlowOptions, UserFlowOptions } from './api-validation-profile';
export { ApiValidationProfile } from './api-validation-profile';
export type { TokenRules } from './token-rules';
