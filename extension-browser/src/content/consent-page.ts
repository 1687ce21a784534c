/**
 * Reads what the consent page itself lists (top frame only: the manifest's content script has
 * all_frames false) and compares it with the tab's request, for the banner. Runs only when the tab is
 * in a request of a provider whose page shape we know, on that provider's consent-page paths; re-reads
 * (debounced, at most MAX_READS times per page) when the page changes or the user ticks a box. The
 * page's words never leave the tab: only catalog scope names go to the service worker to be rated.
 */
import { compareConsentPage, type ConsentPageComparison } from '../consent-page/compare.js';
import { reportConsentPage, scopesToRate } from '../consent-page/page-risk.js';
import { readPermissionItems, type ReadableElement } from '../consent-page/read-page.js';
import { consentPageShape } from '../consent-page/shapes/index.js';
import type { ScopeAssessment } from '../core-api.js';
import { send } from '../send.js';
import type { ContentFeature } from './feature.js';
import { currentView, onViewChange, publishPageReport } from './page-state.js';

/** Re-reads per page: enough for a user ticking every box, bounded for a page that never stops changing. */
const MAX_READS = 60;
const DEBOUNCE_MS = 150;

function isVisible(element: ReadableElement): boolean {
  const el = element as unknown as Element;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true } as CheckVisibilityOptions) : true;
}

function comparisonKey(c: ConsentPageComparison): string {
  return JSON.stringify([c.shown.map((p) => [p.wording, p.granted, p.requested]), c.truncated]);
}

export const consentPageFeature: ContentFeature = {
  id: 'consent-page',
  init(signal) {
    let reads = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastKey: string | undefined;
    let observer: MutationObserver | undefined;
    const ratings = new Map<string, ScopeAssessment>();

    const read = async () => {
      timer = undefined;
      const view = currentView();
      const shape = view && !view.record.generic ? consentPageShape(view.record.provider, location.pathname) : undefined;
      if (!view || !shape || signal.aborted || !document.body) return;
      if (++reads >= MAX_READS) observer?.disconnect();
      const reading = readPermissionItems(document.body as unknown as ReadableElement, { isVisible, byId: (id) => document.getElementById(id) as unknown as ReadableElement | null });
      const comparison = compareConsentPage(shape, reading, view.record.scopes);
      const key = `${view.record.id}:${comparisonKey(comparison)}`;
      if (key === lastKey) return;
      lastKey = key;
      const unrated = scopesToRate(comparison).filter((s) => !ratings.has(s));
      if (unrated.length) {
        try {
          for (const rated of await send('rate-scopes', { provider: shape.provider, scopes: unrated })) ratings.set(rated.scope, rated);
        } catch {
          // Shown as "not rated"; the next change of the page asks again.
          lastKey = undefined;
        }
      }
      if (signal.aborted || (lastKey !== undefined && key !== lastKey)) return;
      publishPageReport(comparison.shown.length ? reportConsentPage(shape, comparison, view.record.scopes, ratings) : undefined);
    };
    const schedule = () => {
      if (timer === undefined && reads < MAX_READS && !signal.aborted) timer = setTimeout(() => void read().catch(() => undefined), DEBOUNCE_MS);
    };

    // Watch the page only once this tab is in a request whose consent page we know how to read.
    const start = () => {
      const view = currentView();
      if (!view || view.record.generic || !consentPageShape(view.record.provider, location.pathname)) return;
      if (observer) return schedule();
      // Boxes the user ticks, and pages that render their list after load.
      document.addEventListener('change', schedule, { capture: true, signal });
      document.addEventListener('click', schedule, { capture: true, signal });
      observer = new MutationObserver(schedule);
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-checked', 'checked', 'hidden', 'aria-hidden'] });
      schedule();
    };
    onViewChange(start, signal);
    signal.addEventListener('abort', () => {
      observer?.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    });
    start();
  },
};
