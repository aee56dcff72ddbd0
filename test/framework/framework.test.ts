/**
 * The library runs under CDK for Terraform (cdktf) and CDK Terrain (cdktn): lib/framework.ts
 * is written for one of them (`EXTERNAL_OAUTH_FRAMEWORK=cdktn npm test` runs this suite under
 * cdktn). This file may name both frameworks: it builds Apps of the other one on purpose.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { hostFramework } from '../../lib/core/host-framework';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { App, FRAMEWORK, TerraformStack, Testing } from '../../lib/framework';
import { configErrorOf } from '../support/config-error';
import { runMainApp } from '../support/main-app';

const OTHER = FRAMEWORK === 'cdktf' ? 'cdktn' : 'cdktf';

describe(`framework (${FRAMEWORK})`, () => {
  test('the build targets the framework the test leg asks for', () => {
    expect(FRAMEWORK).toBe(process.env.EXTERNAL_OAUTH_FRAMEWORK || 'cdktf');
  });

  test('an App of this framework, or a subclass of it, is recognised as the host', () => {
    class MyApp extends App {}
    expect(hostFramework(new TerraformStack(Testing.app(), 's'))).toBe(FRAMEWORK);
    expect(hostFramework(new TerraformStack(new MyApp({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'eo-app-')) }), 's'))).toBe(
      FRAMEWORK,
    );
  });

  test(`fails when the App is a ${OTHER} App: the error names the package to install`, () => {
    // GIVEN an App of the other framework (both brand their constructs with the same symbols)

    const other = require(OTHER) as typeof import('../../lib/framework');
    const app = new other.App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'eo-app-')) });
    expect(App.isApp(app)).toBe(true);
    const stack = new other.TerraformStack(app, 'wrong');
    // WHEN a construct of this build is declared in it
    const err = configErrorOf(
      () => new ExternalIssuer(stack, 'Idp', { kind: 'pingfederate', issuerUrl: 'https://sso.example.com', audiences: ['a'] }),
    );
    // THEN
    expect(err.code).toBe('EO_WRONG_FRAMEWORK');
    expect(err.field).toBe('framework');
    expect(err.message).toContain(`install ${OTHER}-external-oauth instead`);
    expect(err.message).toMatch(/^\[wrong\/Idp\] framework: /);
    expect(hostFramework(stack)).toBe(OTHER);
  });

  test('a bare construct tree (no App) is not refused', () => {
    const { Construct } = require('constructs') as typeof import('constructs');
    expect(hostFramework(new Construct(undefined as never, 'root'))).toBeUndefined();
  });

  test('synthesizing the examples loads only this framework and none of the prebuilt provider packages', () => {
    // GIVEN / WHEN a fresh Node process synthesizes every example stack (stacks/main.ts)
    const run = runMainApp();
    run.cleanup();
    // THEN
    expect(run.status).toBe(0);
    expect(run.loaded).toEqual(expect.arrayContaining([FRAMEWORK, 'constructs']));
    expect(run.loaded).not.toContain(OTHER);
    expect(run.loaded.filter((p) => /^@cdkt[fn]\//.test(p))).toEqual([]);
  }, 60_000);
});
