/**
 * The check that runs before the framework loads: a missing framework names the package to install.
 */
import { assertFrameworkInstalled, ExternalOAuthFrameworkError } from '../../lib/core/framework-preflight';
import { ExternalOAuthError } from '../../lib/util/error';

describe('framework preflight', () => {
  test('passes when the framework resolves', () => {
    expect(() => assertFrameworkInstalled('cdktf')).not.toThrow();
  });

  test('fails when the framework is not installed, naming both packages, with a code', () => {
    // GIVEN a framework name that does not resolve (stands in for cdktn missing from an app)
    const missing = 'cdktn-not-installed' as 'cdktn';
    // WHEN / THEN
    let thrown: unknown;
    try {
      assertFrameworkInstalled(missing);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ExternalOAuthFrameworkError);
    expect(thrown).toBeInstanceOf(ExternalOAuthError);
    expect(thrown).toMatchObject({ name: 'ExternalOAuthFrameworkError', code: 'EO_FRAMEWORK_NOT_INSTALLED' });
    expect((thrown as Error).message).toContain(
      'cdktn-not-installed-external-oauth is built for cdktn-not-installed, which is not installed',
    );
    expect((thrown as Error).message).toContain('install cdktf-external-oauth instead');
  });
});
