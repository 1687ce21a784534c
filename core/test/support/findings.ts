/**
 * A Finding for a secret placed in a fixture text, as the engine would report it: remediation tests plan
 * fixes from findings without running the rules.
 */
import assert from 'node:assert/strict';
import type { Finding, FindingLocation } from '../../src/engine/types.js';

export interface FindingSpec {
  ruleId: string;
  provider: string;
  location?: FindingLocation;
  /** Which occurrence of the secret (0-based), when the text holds it more than once. */
  occurrence?: number;
}

export function findingFor(text: string, secret: string, spec: FindingSpec): Finding {
  let start = text.indexOf(secret);
  for (let i = 0; i < (spec.occurrence ?? 0); i++) start = text.indexOf(secret, start + 1);
  assert.notEqual(start, -1, 'the fixture must contain the secret');
  return {
    ruleId: spec.ruleId,
    category: 'secret',
    severity: 'critical',
    lifetime: 'long-lived',
    provider: spec.provider,
    message: 'test finding',
    range: [start, start + secret.length],
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    redacted: `${secret.slice(0, 4)}…`,
    fingerprint: 'test',
    ...(spec.location ? { location: spec.location } : {}),
  };
}
