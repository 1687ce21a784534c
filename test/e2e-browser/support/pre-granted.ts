/**
 * A copy of an unpacked build whose manifest also lists some optional host permissions as required, so
 * Chromium grants them at load: it stands for a user who accepted the browser's permission prompt.
 * Playwright cannot answer that prompt (it is browser UI, not page UI: microsoft/playwright#32755), and
 * Chromium offers no way to grant an optional permission without it (a call from the worker is refused:
 * "must be called during a user gesture"). The extension's own `permissions.request` then answers true
 * without a prompt, as it does for any origin already granted.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function preGrantedCopy(extensionDir: string, into: string, origins: readonly string[]): string {
  const dir = join(into, 'extension-pre-granted');
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[]; optional_host_permissions?: string[] };
  for (const origin of origins) {
    if (!manifest.optional_host_permissions?.includes(origin)) throw new Error(`${origin} is not an optional host permission of ${extensionDir}`);
  }
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}
