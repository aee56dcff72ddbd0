import { Rule, RuleOutcome, unevaluable, violation } from '../rule';
import { round, show } from '../values';
import { secretLifetime } from './secrets';

/** The longest client-secret lifetime that passes, in days (2 years). */
export const MAX_SECRET_DAYS = 730;

/** EO-SECRET-001: client secrets live at most 2 years. */
export const secretMaxLifetime: Rule = {
  id: 'EO-SECRET-001',
  severity: 'error',
  title: 'Client secrets expire within 2 years',
  explanation:
    'Entra no longer offers client secrets beyond 24 months in the portal and recommends shorter lives; a secret ' +
    'that never expires in practice is a standing credential that outlives the people who know it. The check ' +
    'measures a fixed end date from the synth time and a relative end date from creation. Fix: set an end date at ' +
    'most 730 days ahead and rotate (e.g. with `time_rotating`), or prefer a certificate or workload identity federation.',
  see: ['https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials?tabs=client-secret'],
  check(ctx) {
    const out: RuleOutcome[] = [];
    for (const client of ctx.manifest.clients) {
      if (!client.secret) continue;
      const life = secretLifetime(client.secret, ctx.now);
      if (life.kind === 'unresolved')
        out.push(unevaluable(client.path, `the client secret's end date ${show(life.value)} is an apply-time value`));
      else if (life.kind === 'days' && life.days > MAX_SECRET_DAYS) {
        out.push(
          violation(
            client.path,
            `${client.path} client secret lives ${round(life.days)} days (${life.from}${life.fixedEnd ? `, measured from ${ctx.now.toISOString()}` : ''}), above ${MAX_SECRET_DAYS} days (2 years). Fix: set an end date at most ${MAX_SECRET_DAYS} days ahead and rotate the secret.`,
          ),
        );
      }
      const rotation = client.secret.rotationDays;
      if (typeof rotation === 'number' && rotation > MAX_SECRET_DAYS) {
        out.push(
          violation(
            client.path,
            `${client.path} client secret rotates every ${rotation} days, above ${MAX_SECRET_DAYS} days (2 years). Fix: rotate at least every ${MAX_SECRET_DAYS} days.`,
          ),
        );
      }
    }
    return out;
  },
};
