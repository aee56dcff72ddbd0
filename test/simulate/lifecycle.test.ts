/**
 * The providers a simulation starts are always stopped: after success, when a provider fails to
 * start, and when one fails after the others started (configure). Checked from /proc, not only
 * from the module's own bookkeeping. Also: the server script runs from sources (tsx) and from
 * the compiled output (plain node), and the input forms.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { simulate, SimulationError } from '../../lib/simulate';
import { liveProviderPids, serverScript } from '../../lib/simulate/provider-host';
import { runSimulation } from '../../lib/simulate/simulate';
import { cleanOutdirs } from '../examples/support';
import { alive, cleanWritten, manifestCopy, providerChildren, synthAllExamples, writeOutdir } from './support';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..');
let outdir: string;
let twoStacks: string;

beforeAll(() => {
  outdir = synthAllExamples();
  twoStacks = writeOutdir([manifestCopy(outdir, 'alation-entra-api'), manifestCopy(outdir, 'okta-snowflake-dbt')]);
});

afterAll(() => {
  cleanOutdirs();
  cleanWritten();
});

/** Runs `work` while sampling this process's provider children; returns what was seen and the outcome. */
async function watching<T>(work: () => Promise<T>): Promise<{ seen: number[]; outcome: PromiseSettledResult<T> }> {
  const seen = new Set<number>();
  const timer = setInterval(() => providerChildren().forEach((p) => seen.add(p)), 10);
  const [outcome] = await Promise.allSettled([work()]);
  clearInterval(timer);
  return { seen: [...seen], outcome: outcome! };
}

describe('provider processes are always stopped', () => {
  test('after a successful run', async () => {
    const { seen, outcome } = await watching(() => simulate(twoStacks, { probes: false }));
    expect(outcome.status).toBe('fulfilled');
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.filter(alive)).toEqual([]);
    expect(providerChildren()).toEqual([]);
    expect(liveProviderPids()).toEqual([]);
  });

  test('fails when a provider does not start, and stops the one that did', async () => {
    const { seen, outcome } = await watching(() =>
      runSimulation(twoStacks, { faultInjection: { issuerPath: 'okta-snowflake-dbt/AuthServer', at: 'start' } }),
    );
    expect(outcome.status).toBe('rejected');
    const err = (outcome as PromiseRejectedResult).reason as SimulationError;
    expect(err).toBeInstanceOf(SimulationError);
    expect(err.code).toBe('EO_SIM_PROVIDER_FAILED');
    expect(err.message).toMatch(/okta-snowflake-dbt\/AuthServer .*exited before listening \(code 3\): fault injection/);
    expect(seen.length).toBeGreaterThanOrEqual(1); // the Entra provider had started
    expect(seen.filter(alive)).toEqual([]);
    expect(providerChildren()).toEqual([]);
    expect(liveProviderPids()).toEqual([]);
  });

  test('fails when a provider fails after every provider started (configure), and stops them all', async () => {
    const { seen, outcome } = await watching(() => runSimulation(twoStacks, { faultInjection: { issuerPath: '*', at: 'configure' } }));
    expect(outcome.status).toBe('rejected');
    expect(((outcome as PromiseRejectedResult).reason as Error).message).toMatch(
      /could not be configured: .*fault injection: configure failed/,
    );
    expect(seen.length).toBe(2);
    expect(seen.filter(alive)).toEqual([]);
    expect(providerChildren()).toEqual([]);
  });
});

describe('inputs and the server script', () => {
  test('one manifest file: a trust with no other trust is probed with a foreign audience', async () => {
    const file = path.join(outdir, 'stacks', 'alation-entra-api', 'external-oauth.json');
    const result = await simulate(file);
    const replay = result.rows.find((r) => r.probe?.kind === 'replay')!;
    expect(replay.tokens[0]!.audience).toBe('https://other-resource.simulate.invalid');
    expect(replay.cells['alation-entra-api/AlationProfile']).toMatchObject({ outcome: 'rejected', code: 'audience_mismatch' });
  });

  test('a profile whose audiences are known only after apply is loaded by the validator, its stand-in one audience', async () => {
    // GIVEN the Alation API profile with its audiences, and those of its issuer, one apply-time list expression
    const AUDIENCES = '${var.api_audiences}';
    const manifest = manifestCopy(outdir, 'alation-entra-api');
    const trust = manifest.trusts.find((t) => t.type === 'profile')!;
    if (trust.type !== 'profile') throw new Error('the example has an API profile');
    Object.assign(trust.profile, { audiences: AUDIENCES });
    Object.assign(manifest.profiles[0]!, { audiences: AUDIENCES });
    Object.assign(
      manifest.issuers.find((i) => i.path === trust.issuerPath)!,
      { audiences: AUDIENCES },
    );
    // WHEN it is simulated
    const result = await simulate(writeOutdir([manifest]), { probes: false });
    // THEN the expression has one stand-in, the profile loads, and the daemon's app token (minted for that audience) is accepted
    expect(result.standIns.filter((s) => s.expression === AUDIENCES)).toHaveLength(1);
    const cells = result.rows.map((r) => r.cells[trust.path]!);
    expect(cells.filter((c) => c.outcome === 'rejected' && c.code === 'profile_refused')).toEqual([]);
    expect(cells.some((c) => c.outcome === 'accepted')).toBe(true);
  });

  test('a synthesized App (anything with outdir) and a manifest list are accepted; an empty folder is an error', async () => {
    const fromApp = await simulate({ outdir: writeOutdir([manifestCopy(outdir, 'pingfederate-snowflake-atlan')]) }, { probes: false });
    expect(fromApp.stacks).toEqual(['pingfederate-snowflake-atlan']);
    const fromList = await simulate([manifestCopy(outdir, 'pingfederate-snowflake-atlan')], { probes: false });
    expect(fromList.rows.map((r) => r.cells['pingfederate-snowflake-atlan/Snowflake']!.outcome)).toEqual([
      'accepted',
      'accepted',
      'rejected',
    ]);
    await expect(simulate(writeOutdir([]))).rejects.toMatchObject({ code: 'EO_SIM_NO_MANIFESTS' });
  });

  test('the server script: the .ts source through tsx (here), the compiled .js with plain node (dist)', () => {
    const src = serverScript(path.join(ROOT, 'lib', 'simulate'));
    expect(src.file).toBe(path.join(ROOT, 'lib', 'simulate', 'provider-server.ts'));
    expect(src.execArgv).toEqual(['--no-warnings', '--require', require.resolve('tsx/cjs')]);
    const dist = path.join(ROOT, 'dist', 'lib', 'simulate');
    if (fs.existsSync(path.join(dist, 'provider-server.js')))
      expect(serverScript(dist)).toEqual({ file: path.join(dist, 'provider-server.js'), execArgv: ['--no-warnings'] });
  });
});
