import { OAUTH_PROVIDERS, type OAuthProviderId, type ScopeAssessment, type ScopeCatalog, type ScopeEntry, type ScopeRisk } from './types.js';
import { adobeScopes } from './providers/adobe.js';
import { airtableScopes } from './providers/airtable.js';
import { amazonScopes } from './providers/amazon.js';
import { appleScopes } from './providers/apple.js';
import { asanaScopes } from './providers/asana.js';
import { atlassianScopes } from './providers/atlassian.js';
import { azureDevOpsScopes } from './providers/azure-devops.js';
import { bitbucketScopes } from './providers/bitbucket.js';
import { boxScopes } from './providers/box.js';
import { calendlyScopes } from './providers/calendly.js';
import { clickupScopes } from './providers/clickup.js';
import { discordScopes } from './providers/discord.js';
import { docusignScopes } from './providers/docusign.js';
import { dropboxScopes } from './providers/dropbox.js';
import { facebookScopes } from './providers/facebook.js';
import { figmaScopes } from './providers/figma.js';
import { freshdeskScopes } from './providers/freshdesk.js';
import { githubScopes } from './providers/github.js';
import { gitlabScopes } from './providers/gitlab.js';
import { googleScopes } from './providers/google.js';
import { hubspotScopes } from './providers/hubspot.js';
import { instagramScopes } from './providers/instagram.js';
import { intuitScopes } from './providers/intuit.js';
import { linearScopes } from './providers/linear.js';
import { linkedinScopes } from './providers/linkedin.js';
import { mailchimpScopes } from './providers/mailchimp.js';
import { microsoftScopes } from './providers/microsoft.js';
import { miroScopes } from './providers/miro.js';
import { mondayScopes } from './providers/monday.js';
import { notionScopes } from './providers/notion.js';
import { oidcScopes } from './providers/oidc.js';
import { oktaScopes } from './providers/okta.js';
import { paypalScopes } from './providers/paypal.js';
import { pinterestScopes } from './providers/pinterest.js';
import { pipedriveScopes } from './providers/pipedrive.js';
import { redditScopes } from './providers/reddit.js';
import { salesforceScopes } from './providers/salesforce.js';
import { shopifyScopes } from './providers/shopify.js';
import { slackScopes } from './providers/slack.js';
import { smartsheetScopes } from './providers/smartsheet.js';
import { spotifyScopes } from './providers/spotify.js';
import { squareScopes } from './providers/square.js';
import { stripeScopes } from './providers/stripe.js';
import { tiktokScopes } from './providers/tiktok.js';
import { trelloScopes } from './providers/trello.js';
import { twitchScopes } from './providers/twitch.js';
import { vimeoScopes } from './providers/vimeo.js';
import { webflowScopes } from './providers/webflow.js';
import { xScopes } from './providers/x.js';
import { xeroScopes } from './providers/xero.js';
import { yahooScopes } from './providers/yahoo.js';
import { zendeskScopes } from './providers/zendesk.js';
import { zoomScopes } from './providers/zoom.js';

/**
 * Every provider's scope catalog, keyed by provider id (adding a provider = one file, one id in
 * `OAUTH_PROVIDERS`, one line here). A `Record` over the id list: the compiler rejects a missing or an
 * extra catalog. Each file under `providers/` cites the documentation its entries come from.
 */
const CATALOGS: Record<OAuthProviderId, ScopeCatalog> = {
  google: googleScopes,
  github: githubScopes,
  microsoft: microsoftScopes,
  slack: slackScopes,
  atlassian: atlassianScopes,
  salesforce: salesforceScopes,
  dropbox: dropboxScopes,
  gitlab: gitlabScopes,
  okta: oktaScopes,
  zoom: zoomScopes,
  hubspot: hubspotScopes,
  notion: notionScopes,
  box: boxScopes,
  linear: linearScopes,
  bitbucket: bitbucketScopes,
  'azure-devops': azureDevOpsScopes,
  discord: discordScopes,
  shopify: shopifyScopes,
  facebook: facebookScopes,
  instagram: instagramScopes,
  linkedin: linkedinScopes,
  x: xScopes,
  intuit: intuitScopes,
  xero: xeroScopes,
  asana: asanaScopes,
  trello: trelloScopes,
  airtable: airtableScopes,
  miro: miroScopes,
  figma: figmaScopes,
  twitch: twitchScopes,
  spotify: spotifyScopes,
  webflow: webflowScopes,
  calendly: calendlyScopes,
  stripe: stripeScopes,
  square: squareScopes,
  paypal: paypalScopes,
  mailchimp: mailchimpScopes,
  pipedrive: pipedriveScopes,
  zendesk: zendeskScopes,
  freshdesk: freshdeskScopes,
  monday: mondayScopes,
  clickup: clickupScopes,
  smartsheet: smartsheetScopes,
  docusign: docusignScopes,
  adobe: adobeScopes,
  amazon: amazonScopes,
  apple: appleScopes,
  yahoo: yahooScopes,
  reddit: redditScopes,
  pinterest: pinterestScopes,
  tiktok: tiktokScopes,
  vimeo: vimeoScopes,
  oidc: oidcScopes,
};

/** The catalogs in `OAUTH_PROVIDERS` order. */
export const scopeCatalogs: readonly ScopeCatalog[] = OAUTH_PROVIDERS.map((id) => CATALOGS[id]);

const byProvider = new Map<OAuthProviderId, { catalog: ScopeCatalog; entries: Map<string, ScopeEntry> }>();
for (const id of OAUTH_PROVIDERS) {
  const catalog = CATALOGS[id];
  byProvider.set(id, { catalog, entries: new Map(catalog.scopes.map((e) => [e.scope, e])) });
}

export function catalogFor(provider: OAuthProviderId): ScopeCatalog | undefined {
  return byProvider.get(provider)?.catalog;
}

/** Rates one requested scope: the provider's catalog entry, else a heuristic marked unknown. */
export function assessScope(provider: OAuthProviderId, scope: string): ScopeAssessment {
  const known = byProvider.get(provider);
  const spelled = known?.catalog.normalize?.(scope) ?? scope;
  // Standard OpenID Connect scopes are valid on every host, so a provider catalog need not repeat them.
  const openIdConnect = byProvider.get('oidc')?.entries;
  const entry =
    known?.entries.get(spelled) ?? known?.entries.get(scope) ?? openIdConnect?.get(spelled) ?? openIdConnect?.get(scope.trim());
  if (entry) {
    const assessment: ScopeAssessment = { scope, risk: entry.risk, reason: entry.grants, known: true };
    if (entry.narrower) assessment.narrower = entry.narrower;
    if (entry.longLived) assessment.longLived = true;
    return assessment;
  }
  return heuristicAssessment(scope);
}

/** Words in an unknown scope that say how much it grants, strongest first. */
const HEURISTICS: { pattern: RegExp; risk: ScopeRisk; reason: string }[] = [
  { pattern: /(^|[^a-z])(admin|sudo|root|superuser|impersonat\w*)([^a-z]|$)|\*|^full$|[._:]full([._:]|$)|\.all$/i, risk: 'high', reason: 'administrative or unrestricted access' },
  { pattern: /(^|[^a-z])(write|manage|delete|modify|edit|create|send)([^a-z]|$)|readwrite/i, risk: 'medium', reason: 'can change data' },
  { pattern: /offline|refresh/i, risk: 'medium', reason: 'long-lived access (refresh token)' },
];

export function heuristicAssessment(scope: string): ScopeAssessment {
  for (const { pattern, risk, reason } of HEURISTICS) {
    if (pattern.test(scope)) {
      const assessment: ScopeAssessment = { scope, risk, reason: `not in the catalog; its name suggests ${reason}`, known: false };
      if (/offline|refresh/i.test(scope)) assessment.longLived = true;
      return assessment;
    }
  }
  return { scope, risk: 'low', reason: 'not in the catalog; its name suggests read-only or identity access', known: false };
}

const RANK: Record<ScopeRisk, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function scopeRiskRank(risk: ScopeRisk): number {
  return RANK[risk];
}

/** The worst of several risks (`low` for none). */
export function worstRisk(risks: Iterable<ScopeRisk>): ScopeRisk {
  let worst: ScopeRisk = 'low';
  for (const risk of risks) if (RANK[risk] > RANK[worst]) worst = risk;
  return worst;
}
