/**
 * Chromium's managed policy on Linux: JSON files under /etc/chromium/policies/managed/, where
 * `3rdparty.extensions.<id>` is what the extension reads from `storage.managed`. The file affects every
 * Chromium on the machine, so it is always removed in a `finally`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANAGED_POLICY_DIR = process.env.SH_E2E_POLICY_DIR ?? '/etc/chromium/policies/managed';

export function writeManagedPolicy(extensionId: string, policy: unknown, name = `secret-hygiene-e2e-${process.pid}.json`): string {
  mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
  const path = join(MANAGED_POLICY_DIR, name);
  writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  return path;
}

export function removeManagedPolicy(path: string): void {
  rmSync(path, { force: true });
}
