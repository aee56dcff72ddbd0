/**
 * A construct configuration error during the synth program (`npm start`, `cdktf synth`) prints
 * one line naming the path, field, rule, value and code, and exits 1 without a stack trace.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs a synth program like stacks/main.ts whose issuer URL is plain http. */
function runBrokenApp(args: string[] = [], env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-app-'));
  const script = path.join(dir, 'main.ts');
  fs.writeFileSync(
    script,
    `import { App, TerraformStack } from ${JSON.stringify(path.join(ROOT, 'lib', 'framework'))};
import { ExternalIssuer } from ${JSON.stringify(path.join(ROOT, 'lib', 'external'))};
import { exitOnConfigError } from ${JSON.stringify(path.join(ROOT, 'stacks', 'run-app'))};
exitOnConfigError();
const app = new App({ outdir: ${JSON.stringify(path.join(dir, 'cdktf.out'))} });
const stack = new TerraformStack(app, 'api');
new ExternalIssuer(stack, 'Ping', { kind: 'pingfederate', issuerUrl: 'http://sso.example.com', audiences: ['https://api.example.com'] });
app.synth();
`,
  );
  try {
    const { PATH, HOME } = process.env;
    return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH, HOME, ...env } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('synth program: construct errors', () => {
  test('print the one-line message and a hint, no stack trace, exit 1', () => {
    const res = runBrokenApp();
    expect({ status: res.status, stderr: res.stderr }).toEqual({
      status: 1,
      stderr:
        'error: [api/Ping] issuerUrl: must use https (http is accepted only for loopback hosts) (received "http://sso.example.com") [EO_INVALID_URL]\n' +
        '(run with --verbose or EXTERNAL_OAUTH_VERBOSE=1 for the stack trace)\n',
    });
  });

  test('--verbose and EXTERNAL_OAUTH_VERBOSE=1 add the stack trace', () => {
    for (const res of [runBrokenApp(['--verbose']), runBrokenApp([], { EXTERNAL_OAUTH_VERBOSE: '1' })]) {
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(
        /^error: \[api\/Ping\] issuerUrl: .* \[EO_INVALID_URL\]\nExternalOAuthConfigError: \[api\/Ping\][^\n]*\n\s+at /,
      );
    }
  });
});
