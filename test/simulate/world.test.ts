/**
 * The simulation's world read from manifests: lists known only after apply.
 */
import { buildWorld, planProviders } from '../../lib/simulate/world';
import { manifestCopy, synthAllExamples } from './support';

describe('simulation world', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = synthAllExamples();
  });

  test('keeps a list known only after apply as one value, never split into characters', () => {
    // GIVEN a Snowflake trust whose audiences and clients are each one apply-time expression
    const manifest = manifestCopy(outdir, 'okta-snowflake-dbt');
    const trust = manifest.trusts.find((t) => t.type === 'snowflake')!;
    Object.assign(trust, { audiences: '${okta_auth_server.dbt.audiences}', clients: '${local.clients}' });
    // WHEN the world is built
    const plans = planProviders([manifest]);
    const world = buildWorld(
      [manifest],
      plans,
      plans.map((_, i) => 40_000 + i),
      () => 'secret',
    );
    // THEN each expression is one value (one stand-in, as for any apply-time value)
    const info = world.trusts.find((t) => t.record.path === trust.path)!.info;
    const standIn = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(info.audiences).toEqual([expect.stringMatching(standIn)]);
    expect(info.clients).toEqual([expect.stringMatching(standIn)]);
  });
});
