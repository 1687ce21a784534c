/**
 * `agents --verify`: the credentials each AI client hands its MCP servers, checked with their providers
 * like `scan --verify` does (same rules for going online). Each config file is scanned again here to
 * get the findings' ranges (the inventory keeps only masked facts), and the verification is attached
 * to the inventory's credential by fingerprint.
 */
import { readFileSync } from 'node:fs';
import { scanDocument, type Verification } from '@secret-hygiene/core';
import type { CredentialFinding, Inventory } from '../agents/inventory.js';
import type { FileFinding, VerificationStats } from '../output/report.js';
import { mainThreadScanner } from '../walk/scan-file.js';
import { workingTreeTexts } from './secret-source.js';
import { verifyFindings } from './verify-findings.js';

export type VerifiedCredential = CredentialFinding & { verification?: Verification };

export async function verifyInventory(inventory: Inventory, options: { timeoutMs: number; userAgent: string; apiBase: string | undefined }): Promise<{ stats: VerificationStats; notices: string[] }> {
  const started = performance.now();
  const byFingerprint = new Map<string, VerifiedCredential[]>();
  const findings: FileFinding[] = [];
  const paths = new Set<string>();
  for (const config of inventory.clients.flatMap((client) => client.configs)) {
    const credentials = [...config.servers.flatMap((server) => server.credentials), ...config.otherCredentials];
    if (!credentials.length || paths.has(config.path)) continue;
    paths.add(config.path);
    for (const found of credentials) byFingerprint.set(found.fingerprint, [...(byFingerprint.get(found.fingerprint) ?? []), found]);
    let text: string;
    try {
      text = readFileSync(config.path, 'utf8');
    } catch {
      continue;
    }
    const scanned = scanDocument(mainThreadScanner(), text, { path: config.path, minSeverity: 'low' }).findings;
    for (const finding of scanned) if (byFingerprint.has(finding.fingerprint)) findings.push({ file: config.path, ...finding });
  }
  const summary = await verifyFindings(findings, {
    texts: workingTreeTexts([...paths].map((path) => ({ path, display: path })), 2 * 1024 * 1024),
    salt: undefined,
    timeoutMs: options.timeoutMs,
    apiBase: options.apiBase,
    userAgent: options.userAgent,
    now: new Date(),
  });
  for (const finding of findings) {
    if (!finding.verification) continue;
    for (const found of byFingerprint.get(finding.fingerprint) ?? []) found.verification = finding.verification;
  }
  return {
    stats: { ...summary.byStatus, unsupported: summary.unsupported, requests: summary.network.requests, rateLimited: summary.network.rateLimited, durationMs: Math.round(performance.now() - started) },
    notices: summary.notices,
  };
}
