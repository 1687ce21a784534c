/**
 * The content script on authorization hosts: runs each feature on its own, so one failing never stops
 * the others. Injected again on the same page (generic hosts are injected on demand) it does nothing.
 */
import { appNameFeature } from './app-name.js';
import { bannerFeature } from './banner.js';
import { consentPageFeature } from './consent-page.js';
import type { ContentFeature } from './feature.js';

const FEATURES: readonly ContentFeature[] = [bannerFeature, appNameFeature, consentPageFeature];

const marker = Symbol.for('secret-hygiene.content');
const scope = globalThis as unknown as Record<symbol, boolean>;
if (!scope[marker]) {
  scope[marker] = true;
  const controller = new AbortController();
  addEventListener('pagehide', () => controller.abort(), { once: true });
  for (const feature of FEATURES) {
    try {
      const running = feature.init(controller.signal);
      if (running) running.catch((error: unknown) => report(feature, error));
    } catch (error) {
      report(feature, error);
    }
  }
}

function report(feature: ContentFeature, error: unknown): void {
  // The feature's name and the error's name and message only: no page data.
  const e = error as Error;
  console.warn(`Secret Hygiene: ${feature.id} failed: ${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`);
}
