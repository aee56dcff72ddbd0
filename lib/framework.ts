/**
 * The one module that names the CDK framework: this build targets CDK for Terraform (npm cdktf 0.21).
 * Written by scripts/framework.ts (`npm run build`); every other module imports the framework
 * from here. The internals below have the same paths in cdktf 0.21 and cdktn 0.24.
 */
import { assertFrameworkInstalled } from './core/framework-preflight';

assertFrameworkInstalled('cdktf');

export * from 'cdktf';
export { resolve } from 'cdktf/lib/_tokens';
export { addCustomSynthesis, StackSynthesizer } from 'cdktf/lib/synthesize/synthesizer';

/** The framework this build targets. */
export const FRAMEWORK: 'cdktf' | 'cdktn' = 'cdktf';
