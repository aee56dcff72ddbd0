/**
 * Synth benchmark: a stack with N Snowflake integrations (each with its own PingFederate
 * issuer, client and user), the checks on, synthesized in a fresh process per N.
 * Prints wall time and peak RSS per N, the time per integration, and the growth ratios.
 *
 *   npm run bench:synth            # N = 1, 10, 100
 *   npm run bench:synth -- 1 50    # other N
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface Sample {
  readonly n: number;
  readonly wallMs: number;
  readonly synthMs: number;
  readonly peakRssMb: number;
}

/** Runs in the child: declares N integrations, synthesizes, prints one JSON sample. */
function child(n: number): void {
  const start = performance.now();
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { App, Aspects, TerraformStack } = require('../lib/framework') as typeof import('../lib/framework');
  const { SnowflakeProvider } = require('../lib/providers/snowflake/provider') as typeof import('../lib/providers/snowflake/provider');
  const { ExternalIssuer } = require('../lib/external/external-issuer') as typeof import('../lib/external/external-issuer');
  const { ExternalClient } = require('../lib/external/external-client') as typeof import('../lib/external/external-client');
  const { SnowflakeExternalOAuth } =
    require('../lib/snowflake/snowflake-external-oauth') as typeof import('../lib/snowflake/snowflake-external-oauth');
  const { ExternalOAuthChecks } = require('../lib/checks/aspect') as typeof import('../lib/checks/aspect');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'eo-bench-synth-'));
  try {
    const app = new App({ outdir });
    Aspects.of(app).add(new ExternalOAuthChecks());
    const stack = new TerraformStack(app, 'bench');
    new SnowflakeProvider(stack, 'snowflake', {});
    for (let i = 0; i < n; i++) {
      const issuer = new ExternalIssuer(stack, `Idp${i}`, {
        kind: 'pingfederate',
        issuerUrl: `https://sso${i}.example.com`,
        audiences: [`https://acct.snowflakecomputing.com/${i}`],
      });
      const client = new ExternalClient(stack, `Client${i}`, {
        issuer,
        clientId: `client-${i}`,
        grantTypes: ['authorization_code'],
        redirectUris: [`https://app${i}.example.com/callback`],
      });
      const integration = new SnowflakeExternalOAuth(stack, `Snowflake${i}`, {
        issuer,
        name: `PING_${i}`,
        userMappingClaim: 'sub',
        clients: [client],
      });
      integration.addUser({ loginName: `USER_${i}`, roles: ['ANALYST'], defaultRole: 'ANALYST' });
    }
    const synthStart = performance.now();
    app.synth();
    const end = performance.now();
    const sample: Sample = { n, wallMs: end - start, synthMs: end - synthStart, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(JSON.stringify(sample));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function parent(ns: number[]): void {
  const samples: Sample[] = ns.map((n) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', String(n)], { encoding: 'utf8' });
    return JSON.parse(out) as Sample;
  });
  console.log('synth benchmark (fresh process per N, checks on; wall = declare + synth, excluding Node start-up)');
  console.log('N\twall ms\tsynth ms\tpeak RSS MB\tms / integration');
  for (const s of samples) {
    console.log(`${s.n}\t${s.wallMs.toFixed(0)}\t${s.synthMs.toFixed(0)}\t${s.peakRssMb.toFixed(0)}\t\t${(s.wallMs / s.n).toFixed(1)}`);
  }
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1];
    const b = samples[i];
    const marginal = (b.wallMs - a.wallMs) / (b.n - a.n);
    console.log(
      `N ${a.n} -> ${b.n}: time x${(b.wallMs / a.wallMs).toFixed(2)} for N x${(b.n / a.n).toFixed(0)}; marginal ${marginal.toFixed(1)} ms per added integration`,
    );
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) child(Number(process.argv[childIndex + 1]));
else
  parent(
    process.argv
      .slice(2)
      .map(Number)
      .filter((n) => n > 0).length
      ? process.argv.slice(2).map(Number)
      : [1, 10, 100],
  );
