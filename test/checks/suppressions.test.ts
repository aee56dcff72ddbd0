import { Construct } from 'constructs';

import { applySuppressions, ExternalOAuthSuppressions, unmatchedSuppressionFinding } from '../../lib/checks/suppressions';
import { TerraformStack, Testing } from '../../lib/framework';
import type { FindingRecord } from '../../lib/manifest/types';
import { configErrorOf } from '../support/config-error';

const finding = (ruleId: string, path: string): FindingRecord => ({ ruleId, severity: 'warning', path, message: 'm' });

describe('ExternalOAuthSuppressions.add', () => {
  const scope = () => new Construct(new TerraformStack(Testing.app(), 's'), 'Spa');

  test('records suppressions with trimmed reasons', () => {
    const c = scope();
    ExternalOAuthSuppressions.add(c, [{ id: 'EO-GRANT-001', reason: '  OpenMetadata needs hybrid  ' }]);
    expect(ExternalOAuthSuppressions.of(c)).toEqual([{ id: 'EO-GRANT-001', reason: 'OpenMetadata needs hybrid' }]);
  });

  test('accepts a reason of exactly 10 characters', () => {
    expect(() => ExternalOAuthSuppressions.add(scope(), [{ id: 'EO-GRANT-001', reason: '0123456789' }])).not.toThrow();
  });

  test('fails when the reason has 9 characters', () => {
    const err = configErrorOf(() => ExternalOAuthSuppressions.add(scope(), [{ id: 'EO-GRANT-001', reason: '012345678' }]));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.path).toBe('s/Spa');
    expect(err.field).toBe('suppressions[0].reason');
    expect(err.message).toContain('at least 10 characters');
  });

  test('fails when the id is not a rule id', () => {
    expect(configErrorOf(() => ExternalOAuthSuppressions.add(scope(), [{ id: 'GRANT-1', reason: 'a good long reason' }])).field).toBe(
      'suppressions[0].id',
    );
  });

  test('fails when one construct suppresses the same id twice', () => {
    const c = scope();
    ExternalOAuthSuppressions.add(c, [{ id: 'EO-GRANT-001', reason: 'a good long reason' }]);
    expect(configErrorOf(() => ExternalOAuthSuppressions.add(c, [{ id: 'EO-GRANT-001', reason: 'another long reason' }])).code).toBe(
      'EO_DUPLICATE_NAME',
    );
  });
});

describe('applySuppressions', () => {
  test('covers the construct and its children, not its siblings', () => {
    const { findings, unmatched } = applySuppressions(
      [finding('EO-A-001', 's/Spa'), finding('EO-A-001', 's/Spa/Child'), finding('EO-A-001', 's/SpaX'), finding('EO-B-001', 's/Spa')],
      [{ id: 'EO-A-001', reason: 'accepted for now', path: 's/Spa' }],
    );
    expect(findings.map((f) => !!f.suppressed)).toEqual([true, true, false, false]);
    expect(unmatched).toEqual([]);
  });

  test("uses the closest construct's reason and counts every matching suppression as used", () => {
    const { findings, unmatched } = applySuppressions(
      [finding('EO-A-001', 's/Spa')],
      [
        { id: 'EO-A-001', reason: 'stack-wide reason', path: 's' },
        { id: 'EO-A-001', reason: 'the spa reason', path: 's/Spa' },
      ],
    );
    expect(findings[0].suppressed).toEqual({ reason: 'the spa reason' });
    expect(unmatched).toEqual([]);
  });

  test('returns suppressions that match nothing', () => {
    const s = { id: 'EO-A-001', reason: 'no longer needed', path: 's/Spa' };
    expect(applySuppressions([finding('EO-A-001', 's/Other')], [s]).unmatched).toEqual([s]);
    expect(unmatchedSuppressionFinding(s, ['EO-B-001'])).toMatchObject({
      ruleId: 'EO-SUP-001',
      severity: 'error',
      path: 's/Spa',
      message: expect.stringContaining('No rule has the id EO-A-001'),
    });
  });
});
