/** Webflow Data API v2 scopes (`webflow.com/oauth/authorize`): the user picks the sites (or workspace) the app may touch. */
import type { ScopeCatalog, ScopeEntry } from '../types.js';

const entries: ScopeEntry[] = [
  { scope: 'authorized_user:read', risk: 'low', grants: 'The user’s name and email.' },
  { scope: 'sites:read', risk: 'low', grants: 'Read the authorised sites.' },
  { scope: 'sites:write', risk: 'high', grants: 'Publish the authorised sites and change their settings.', narrower: 'sites:read' },
  { scope: 'pages:read', risk: 'low', grants: 'Read pages.' },
  { scope: 'pages:write', risk: 'medium', grants: 'Change page content and settings.' },
  { scope: 'cms:read', risk: 'low', grants: 'Read CMS collections and items.' },
  { scope: 'cms:write', risk: 'medium', grants: 'Create, change and delete CMS items.', narrower: 'cms:read' },
  { scope: 'custom_code:read', risk: 'low', grants: 'Read custom code on sites and pages.' },
  { scope: 'custom_code:write', risk: 'critical', grants: 'Add custom scripts to the sites’ pages: code runs for every visitor.' },
  { scope: 'assets:read', risk: 'low', grants: 'Read assets.' },
  { scope: 'assets:write', risk: 'medium', grants: 'Upload and delete assets.' },
  { scope: 'forms:read', risk: 'medium', grants: 'Read form submissions (visitors’ data).' },
  { scope: 'forms:write', risk: 'medium', grants: 'Change forms.' },
  { scope: 'ecommerce:read', risk: 'medium', grants: 'Read products and orders, with customers’ details.' },
  { scope: 'ecommerce:write', risk: 'high', grants: 'Change products, inventory and orders.' },
  { scope: 'users:read', risk: 'medium', grants: 'Read the sites’ user accounts (memberships).' },
  { scope: 'users:write', risk: 'high', grants: 'Create, change and delete the sites’ user accounts.' },
  { scope: 'components:read', risk: 'low', grants: 'Read components.' },
  { scope: 'components:write', risk: 'medium', grants: 'Change components.' },
  { scope: 'site_activity:read', risk: 'low', grants: 'Read the site activity log.' },
  { scope: 'site_config:read', risk: 'low', grants: 'Read site configuration (redirects, robots.txt).' },
  { scope: 'site_config:write', risk: 'high', grants: 'Change redirects and site configuration.' },
  { scope: 'workspace:read', risk: 'low', grants: 'Read the workspace.' },
  { scope: 'workspace:write', risk: 'high', grants: 'Change the workspace.' },
];

export const webflowScopes: ScopeCatalog = {
  provider: 'webflow',
  name: 'Webflow',
  sources: ['https://developers.webflow.com/data/reference/scopes', 'https://developers.webflow.com/data/reference/oauth-app'],
  scopes: entries,
  unscoped: { why: 'A Webflow request without scope gets the scopes set on the app in the Webflow workspace settings', risk: 'medium' },
};
