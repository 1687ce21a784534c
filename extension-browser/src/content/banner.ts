/**
 * The consent-page banner: asks the service worker what this tab's authorization request is and draws
 * it in a closed-to-page-CSS shadow root at the top of the page; redraws when the worker pushes a
 * change (a policy update, the app name). Dismissed, it stays away until the verdict changes.
 */
import browser from 'webextension-polyfill';
import type { BannerView, TabPush } from '../messages.js';
import { send } from '../send.js';
import { adoptCss } from '../ui/chips.js';
import { BANNER_CSS, buildBanner, shouldShowBanner } from './banner-view.js';
import type { ContentFeature } from './feature.js';
import { currentPageReport, onPageReportChange, publishView } from './page-state.js';

const HOST_TAG = 'secret-hygiene-banner';
/** Inline !important on the host beats any page rule (`* { display: none !important }` included). */
const HOST_STYLE = 'all: initial !important; display: block !important; position: fixed !important; inset: 0 0 auto 0 !important; z-index: 2147483647 !important; pointer-events: none !important;';

export const bannerFeature: ContentFeature = {
  id: 'banner',
  async init(signal) {
    let host: HTMLElement | undefined;
    let dismissedVerdict: string | undefined;
    const key = (view: BannerView) => `${view.record.id}:${view.record.verdict.action}:${view.record.verdict.reasons.join('|')}`;

    const remove = () => {
      host?.remove();
      host = undefined;
    };
    let shown: BannerView | null = null;
    const render = (view: BannerView | null) => {
      if (signal.aborted) return;
      shown = view;
      const page = currentPageReport();
      if (!view || !shouldShowBanner(view, page) || dismissedVerdict === key(view)) return remove();
      const shadowHost = host ?? document.createElement(HOST_TAG);
      shadowHost.setAttribute('style', HOST_STYLE);
      const root = shadowHost.shadowRoot ?? shadowHost.attachShadow({ mode: 'open' });
      if (!host) adoptCss(root, BANNER_CSS);
      const banner = buildBanner(
        document,
        view,
        () => {
          dismissedVerdict = key(view);
          remove();
        },
        page?.comparison && view.record.provider === page.comparison.provider ? page : undefined,
      );
      banner.style.pointerEvents = 'auto';
      root.replaceChildren(banner);
      if (!host) (document.body ?? document.documentElement).append(shadowHost);
      host = shadowHost;
    };

    const onPush = (message: unknown) => {
      const push = message as TabPush;
      if (push?.type === 'request-updated') {
        render(push.view);
        publishView(push.view);
      }
    };
    // What the consent page shows (consent-page.ts) redraws the banner with the same request.
    onPageReportChange(() => render(shown), signal);
    browser.runtime.onMessage.addListener(onPush);
    signal.addEventListener('abort', () => {
      browser.runtime.onMessage.removeListener(onPush);
      remove();
    });
    const view = await send('tab-request', {});
    render(view);
    publishView(view);
  },
};
