/**
 * Which CDK framework an App belongs to. This package is built for one framework: cdktf
 * (CDK for Terraform, npm `cdktf-external-oauth`) or cdktn (CDK Terrain, npm
 * `cdktn-external-oauth`). Both frameworks brand their constructs with the same `Symbol.for`
 * keys, so `App.isApp()` is true for either; the jsii type name on the App's class chain
 * (`cdktf.App` or `cdktn.App`) tells them apart. A resource of the other framework fails only
 * deep inside synth, so the library checks the host first and names the package to install.
 */
import type { IConstruct } from 'constructs';

import { FRAMEWORK } from '../framework';
import { CONFIG_ERROR_CODES } from './errors';
import { fail } from './validate';

const JSII_RTTI = Symbol.for('jsii.rtti');
const APP_TYPES: Record<string, 'cdktf' | 'cdktn'> = { 'cdktf.App': 'cdktf', 'cdktn.App': 'cdktn' };

/** The framework of the App at the root of `scope`, or undefined for a root that is no App of either. */
export function hostFramework(scope: IConstruct): 'cdktf' | 'cdktn' | undefined {
  for (let c: unknown = scope.node.root.constructor; typeof c === 'function' && c !== Object; c = Object.getPrototypeOf(c)) {
    const fqn = (c as unknown as Record<symbol, { fqn?: string } | undefined>)[JSII_RTTI]?.fqn;
    if (fqn && APP_TYPES[fqn]) return APP_TYPES[fqn];
  }
  return undefined;
}

/**
 * Fails when `scope` lives in an App of the other framework than this build's, naming the
 * package built for the App's framework.
 */
export function assertHostFramework(scope: IConstruct): void {
  const host = hostFramework(scope);
  if (host === undefined || host === FRAMEWORK) return;
  fail(
    scope,
    CONFIG_ERROR_CODES.WRONG_FRAMEWORK,
    'framework',
    `${host}.App`,
    `this package is built for ${FRAMEWORK} (npm ${FRAMEWORK}-external-oauth) but the App is a ${host} App: install ${host}-external-oauth instead`,
  );
}
