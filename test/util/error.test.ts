/**
 * One error family: every error the package throws extends ExternalOAuthError, carries a code
 * in one style (EO_ upper snake case; token codes lower snake case, as they go out over HTTP)
 * and is told apart with instanceof.
 */
import * as root from '../../lib';
import { CLI_ERROR_CODES, CliError } from '../../lib/cli/errors';
import { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from '../../lib/core/errors';
import { StateFileError } from '../../lib/drift/live/state';
import { parsePlan, PlanFormatError } from '../../lib/drift/plan/run-plan';
import { ManifestReadError, parseManifest } from '../../lib/manifest/read';
import { ProviderProcessError } from '../../lib/simulate/provider-host';
import { SimulationError } from '../../lib/simulate/simulate';
import { ExternalOAuthError } from '../../lib/util/error';
import { JsonInputError, parseJsonText } from '../../lib/util/json';
import { WriteFileError } from '../../lib/util/write-file';
import * as validator from '../../lib/validator';
import { VALIDATOR_CONFIG_ERROR_CODES, ValidatorConfigError } from '../../lib/validator/config-error';
import { TOKEN_ERROR_CODES, TokenValidationError } from '../../lib/validator/errors';
import { JwksFetchError } from '../../lib/validator/jwks-fetch';
import { InvalidJwksError } from '../../lib/validator/keys';

const EO_CODE = /^EO_[A-Z0-9]+(_[A-Z0-9]+)*$/;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('the error family', () => {
  const errors: Array<[string, Error]> = [
    [
      'ExternalOAuthConfigError',
      new ExternalOAuthConfigError(CONFIG_ERROR_CODES.INVALID_URL, {
        path: 'a/B',
        field: 'url',
        value: 'http://x',
        rule: 'must use https',
      }),
    ],
    ['ValidatorConfigError', new ValidatorConfigError(VALIDATOR_CONFIG_ERROR_CODES.PROFILE_INVALID, 'profile 0 is not valid')],
    ['CliError', new CliError(CLI_ERROR_CODES.USAGE, 'bad usage')],
    ['SimulationError', new SimulationError('EO_SIM_NO_MANIFESTS', 'no manifest')],
    ['ProviderProcessError', new ProviderProcessError('exited', '')],
    ['ManifestReadError', thrown(() => parseManifest('{', 'm.json')) as Error],
    ['PlanFormatError', thrown(() => parsePlan('{}', 'plan.json')) as Error],
    ['StateFileError', new StateFileError('state.json: not a drift state')],
    ['JsonInputError', thrown(() => parseJsonText('{', { maxDepth: 8 })) as Error],
    ['WriteFileError', new WriteFileError('the folder /nope does not exist')],
    ['JwksFetchError', new JwksFetchError('timeout', 'timed out')],
    ['InvalidJwksError', new InvalidJwksError('not a JWK Set')],
  ];

  test.each(errors)('%s extends ExternalOAuthError, is named after its class and has an EO_ code', (name, err) => {
    expect(err).toBeInstanceOf(ExternalOAuthError);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe(name);
    expect((err as ExternalOAuthError).code).toMatch(EO_CODE);
  });

  test('the error classes are the ones their throwers throw', () => {
    expect(thrown(() => parseManifest('{', 'm.json'))).toBeInstanceOf(ManifestReadError);
    expect(thrown(() => parsePlan('{}', 'plan.json'))).toBeInstanceOf(PlanFormatError);
    expect(thrown(() => parseJsonText('{', { maxDepth: 8 }))).toBeInstanceOf(JsonInputError);
  });

  test('every construct, validator configuration and CLI code is EO_ upper snake case', () => {
    for (const code of [
      ...Object.values(CONFIG_ERROR_CODES),
      ...Object.values(VALIDATOR_CONFIG_ERROR_CODES),
      ...Object.values(CLI_ERROR_CODES),
    ])
      expect(code).toMatch(EO_CODE);
  });

  test('token codes stay lower snake case (they go out over HTTP), and a token error is in the family', () => {
    for (const code of Object.keys(TOKEN_ERROR_CODES)) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const err = new TokenValidationError('token_expired');
    expect(err).toBeInstanceOf(ExternalOAuthError);
    expect(err.name).toBe('TokenValidationError');
    expect({ code: err.code, status: err.status }).toEqual({ code: 'token_expired', status: 401 });
  });

  test('a construct error keeps its printed form', () => {
    expect(errors[0]![1].message).toBe('[a/B] url: must use https (received "http://x") [EO_INVALID_URL]');
  });

  test('the root and the validator entry export the same base class, and no two code maps share a name', () => {
    expect(root.ExternalOAuthError).toBe(validator.ExternalOAuthError);
    expect((validator as Record<string, unknown>).CONFIG_ERROR_CODES).toBeUndefined();
    expect(validator.VALIDATOR_CONFIG_ERROR_CODES.PROFILE_INVALID).toBe('EO_PROFILE_INVALID');
  });
});
