/**
 * From a finding to the credential a spec checks: the secret read back from the scanned text, and the
 * companion values the provider needs (an AWS secret key's access key id), taken from findings of the
 * named rules in the same file — the nearest one before or after it.
 */
import type { Credential, VerifierSpec } from '@secret-hygiene/core';
import type { FileFinding } from '../output/report.js';
import { secretAt, type ScannedText } from './secret-source.js';

/** Findings of one file (and one commit, in history mode), so companions are looked up beside the secret. */
export function groupByText(findings: readonly FileFinding[]): Map<string, FileFinding[]> {
  const groups = new Map<string, FileFinding[]>();
  for (const f of findings) {
    const key = `${f.commit?.sha ?? ''}\u0000${f.file}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return groups;
}

export function sameTextKey(f: FileFinding): string {
  return `${f.commit?.sha ?? ''}\u0000${f.file}`;
}

export type CredentialResult = { credential: Credential; key: string } | { error: string };

export function credentialFor(
  finding: FileFinding,
  spec: VerifierSpec,
  neighbours: readonly FileFinding[],
  texts: ScannedText,
  salt: string | undefined,
  now: Date,
): CredentialResult {
  const text = texts.textOf(finding);
  if ('error' in text) return { error: `not checked: ${text.error}` };
  const secret = secretAt(finding, text.text, salt);
  if (secret === undefined) return { error: 'not checked: the file changed since it was scanned' };
  const companions: Record<string, string> = {};
  const keyParts = [finding.fingerprint];
  for (const companion of spec.companions ?? []) {
    const candidates = neighbours
      .filter((n) => n !== finding && companion.ruleIds.includes(n.ruleId))
      .sort((a, b) => Math.abs(a.range[0] - finding.range[0]) - Math.abs(b.range[0] - finding.range[0]));
    for (const candidate of candidates) {
      const value = secretAt(candidate, text.text, salt);
      if (value === undefined) continue;
      companions[companion.name] = value;
      keyParts.push(candidate.fingerprint);
      break;
    }
  }
  // Cached by fingerprints (content hashes), never by value: the same token in two files is asked once.
  return { credential: { ruleId: finding.ruleId, secret, companions, now }, key: keyParts.join('+') };
}
