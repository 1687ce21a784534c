import type { Severity } from '@secret-hygiene/core';
import type { ScanReport } from './report.js';

/** SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html). Secrets appear masked only. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning reads `security-severity` (0–10) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

export function formatSarif(report: ScanReport, version: string): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const firstOf = new Map(ruleIds.map((id) => [id, report.findings.find((f) => f.ruleId === id)!]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secret-hygiene',
            semanticVersion: version,
            informationUri: 'https://github.com/secret-hygiene/secret-hygiene',
            rules: ruleIds.map((id) => {
              const sample = firstOf.get(id)!;
              return {
                id,
                name: id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase()),
                shortDescription: { text: sample.message.replace(/ \(.*\)$/, '') },
                defaultConfiguration: { level: LEVEL[sample.severity] },
                properties: { tags: ['security', sample.category], provider: sample.provider, 'security-severity': SECURITY_SEVERITY[sample.severity] },
              };
            }),
          },
        },
        results: report.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId)!,
          level: LEVEL[f.severity],
          message: { text: `${f.message}: ${f.redacted}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          // History findings also name their commit: the same secret introduced at two commits is two alerts.
          partialFingerprints: { 'secretHygiene/v1': f.fingerprint, ...(f.commit ? { 'secretHygiene/commit': `${f.commit.sha}:${f.commit.path}` } : {}) },
          properties: {
            severity: f.severity,
            lifetime: f.lifetime,
            redacted: f.redacted,
            ...(f.expiresAt ? { expiresAt: f.expiresAt } : {}),
            ...(f.commit ? { commit: f.commit } : {}),
            ...(f.verification ? { verification: f.verification } : {}),
          },
        })),
        columnKind: 'utf16CodeUnits',
        // What shaped this run beyond the tool's defaults (SARIF 2.1.0 §3.14.27 run.properties): what the
        // scanned repository loosened, the baseline applied, a managed policy replaced by the environment.
        properties: {
          loosened: report.stats.loosened,
          ...(report.stats.baseline ? { baseline: report.stats.baseline } : {}),
          ...(report.stats.managedPolicy ? { managedPolicy: report.stats.managedPolicy } : {}),
          ...(report.stats.verification ? { verification: report.stats.verification } : {}),
        },
        // An incomplete scan is not a successful execution (SARIF 2.1.0 §3.20.14), and each path not
        // scanned is a notification naming it (§3.20.21, §3.58), so code scanning shows the gap.
        invocations: [
          {
            executionSuccessful: report.stats.incomplete.length === 0,
            toolExecutionNotifications: report.stats.incomplete.map(({ file, reason }) => ({
              level: 'error',
              message: { text: `not scanned: ${reason}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(file) } } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
