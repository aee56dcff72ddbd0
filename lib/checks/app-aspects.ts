/**
 * cdktf 0.21 and cdktn 0.24 invoke only the aspects of a stack and its children: aspects added
 * to the App (`Aspects.of(app).add(...)`) are never visited. This bridge makes
 * `ExternalOAuthChecks` on the App (or any scope above a stack) visit each stack when that stack
 * synthesizes. Other aspects are left alone. `Aspects` and `StackSynthesizer` come from the
 * framework this package is built for (the same internal path in both), so the bridge patches
 * the synthesizer the App actually runs.
 */
import type { IConstruct } from 'constructs';

import { Aspects, type ISynthesisSession, StackSynthesizer } from '../framework';

/** Brands aspects that the bridge forwards from scopes above a stack. */
export const INHERITED_ASPECT = Symbol.for('cdktf-external-oauth.inheritedAspect');

const INSTALLED = Symbol.for('cdktf-external-oauth.appAspectBridge');

type Synthesize = (this: { stack?: IConstruct }, session: ISynthesisSession) => void;

/** Installs the bridge once per process. */
export function installAppAspectBridge(): void {
  const proto = StackSynthesizer.prototype as unknown as { synthesize: Synthesize; [INSTALLED]?: boolean };
  if (proto[INSTALLED] || typeof proto.synthesize !== 'function') return;
  const original = proto.synthesize;
  Object.defineProperty(proto, INSTALLED, { value: true });
  proto.synthesize = function synthesize(this: { stack?: IConstruct }, session: ISynthesisSession): void {
    const stack = this.stack;
    if (stack) visitInherited(stack);
    original.call(this, session);
  };
}

/** Visits `stack` with each branded aspect of the scopes above it. */
export function visitInherited(stack: IConstruct): void {
  for (const scope of stack.node.scopes) {
    if (scope === stack) continue;
    for (const aspect of Aspects.of(scope).all) {
      if ((aspect as unknown as Record<symbol, unknown>)[INHERITED_ASPECT] === true) aspect.visit(stack);
    }
  }
}
