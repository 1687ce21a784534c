/**
 * Merging a managed allowlist of 1,000,000 fingerprints (issue 17: target under 2 s), in process: the
 * managed file's text parsed, validated and layered over a workspace file that repeats 1,000 of them.
 * CPU time (user + system) of each run, the median of three; the first run includes the JIT warming up.
 */
import { resolvePolicy } from '@secret-hygiene/core';

const fingerprint = (i: number) => `github-classic-pat:${i.toString(16).padStart(24, '0')}`;

export function policyMergeBenchLine(count = 1_000_000, runs = 3): string {
  const managed = JSON.stringify({ allowlist: { fingerprints: Array.from({ length: count }, (_, i) => fingerprint(i)) } });
  const workspace = JSON.stringify({ allowlist: { fingerprints: Array.from({ length: 1000 }, (_, i) => fingerprint(count - 500 + i)) } });
  const cpuMs: number[] = [];
  let merged = 0;
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    const resolved = resolvePolicy([
      { source: 'workspace', origin: 'bench/.secret-hygiene.json', text: workspace },
      { source: 'managed', origin: 'bench/policy.json', text: managed },
    ]);
    const used = process.cpuUsage(start);
    cpuMs.push((used.user + used.system) / 1000);
    merged = resolved.policy.allowlist.fingerprints.length;
  }
  const sorted = [...cpuMs].sort((a, b) => a - b);
  return `- managed allowlist of ${count.toLocaleString('en')} fingerprints (${(managed.length / 1024 / 1024).toFixed(0)} MB of JSON), parsed, validated and merged: ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms CPU (median; runs ${cpuMs.map((ms) => ms.toFixed(0)).join(' / ')} ms; ${merged.toLocaleString('en')} effective) (target < 2 s)`;
}
