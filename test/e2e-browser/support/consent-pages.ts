/**
 * Consent pages that list permissions in words, for the consent-page reading e2e: Google's granular
 * consent (a checkbox per scope, the scope's published description beside it), Microsoft's permission
 * list on a `.default` request, GitHub's authorize page with an earlier grant. Each is chosen by the
 * request's client id, served at the authorization URL itself, and carries markup meant to mislead a
 * careless reader: hidden permissions, a CSS-hidden one, and a navigation list. The wording is the
 * providers' (see extension-browser/src/consent-page/shapes/); the markup is ours (theirs is not documented).
 */
import type { ServerResponse } from 'node:http';

export const CONSENT_VARIANT_CLIENTS = {
  googleGranular: '424242-granular.apps.googleusercontent.com',
  microsoftDefault: 'd3f4a17e-0000-4000-8000-00000000c0de',
  githubEarlierGrant: 'Ov23liEarlierGrant00',
} as const;

const HOSTILE_CSS = `* { color: rgb(255, 0, 0) !important; font-family: serif !important; } .gone { display: none !important; } li { list-style: square !important; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${HOSTILE_CSS}</style></head><body>
<nav><ul><li>Notifications</li><li>Gists</li></ul></nav>
<h1>${title}</h1>${body}
<form><button id="allow" type="button">Allow</button></form></body></html>`;
}

const box = (id: string, text: string, checked: boolean) =>
  `<li><input type="checkbox" id="${id}"${checked ? ' checked' : ''}><label for="${id}">${text}</label> <a href="#">Learn more</a></li>`;

const PAGES: Record<string, { host: string; html: string }> = {
  [CONSENT_VARIANT_CLIENTS.googleGranular]: {
    host: 'accounts.google.com',
    html: page(
      'Drive Sync Pro wants access to your Google Account',
      `<p>Select what Drive Sync Pro can access</p><ul id="scopes">
${box('drive', 'See, edit, create, and delete all of your Google Drive files', true)}
${box('gmail', 'Read, compose, send, and permanently delete all your email from Gmail', true)}
${box('contacts', 'See, edit, download, and permanently delete your contacts', true)}
<li hidden><input type="checkbox" checked><label>See, edit, share, and permanently delete all the calendars you can access using Google Calendar</label></li>
<li class="gone"><input type="checkbox" id="h2" checked><label for="h2">See, edit, create, and delete all your Google Sheets spreadsheets</label></li>
</ul>`,
    ),
  },
  [CONSENT_VARIANT_CLIENTS.microsoftDefault]: {
    host: 'login.microsoftonline.com',
    html: page(
      'Contoso Mailer wants permission to access resources in your organization',
      `<p>This app would like to:</p><ul>
<li>Sign you in and read your profile</li>
<li>Read and write access to your mail</li>
<li>Maintain access to data you have given it access to</li>
<li aria-hidden="true">Read and write directory data</li></ul>`,
    ),
  },
  [CONSENT_VARIANT_CLIENTS.githubEarlierGrant]: {
    host: 'github.com',
    html: page(
      'Authorize Profile Badge',
      `<ul><li><strong>Repositories</strong><br><span>Public and private</span></li>
<li><strong>Personal user data</strong><br><span>Profile information (read-only)</span></li></ul>`,
    ),
  },
};

/** Serves a variant when the request names one of its client ids on its provider's host; false otherwise. */
export function serveConsentVariant(host: string, url: URL, res: ServerResponse): boolean {
  const variant = PAGES[url.searchParams.get('client_id') ?? ''];
  if (!variant || variant.host !== host) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; style-src 'unsafe-inline'" });
  res.end(variant.html);
  return true;
}
