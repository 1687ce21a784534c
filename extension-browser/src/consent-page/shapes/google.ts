/**
 * Google's consent screen. Since granular consent, a request for several non-sign-in scopes shows one
 * checkbox per scope and the user may untick any of them; the sign-in scopes (openid, email, profile)
 * are consented to on a page of their own first
 * (https://developers.google.com/identity/protocols/oauth2/resources/granular-permissions).
 * The words next to each box are the scope's description, which Google publishes with every scope
 * (https://developers.google.com/identity/protocols/oauth2/scopes; the same strings are the scope
 * constants' descriptions in Google's generated API clients, e.g.
 * https://googleapis.dev/dotnet/Google.Apis.Drive.v2/latest/api/Google.Apis.Drive.v2.DriveService.Scope.html).
 * Unknown: the page's markup (element names, classes, whether the box is a native input or an ARIA
 * checkbox), and whether previously granted scopes are listed (include_granted_scopes); the reader
 * therefore accepts both kinds of checkbox and plain list items, and compares wording only.
 */
import type { ConsentPageShape } from '../shape.js';

const AUTH = 'https://www.googleapis.com/auth/';
const ALIASES: Record<string, string> = { email: `${AUTH}userinfo.email`, profile: `${AUTH}userinfo.profile`, 'https://mail.google.com': 'https://mail.google.com/' };

function canonical(scope: string): string {
  const s = scope.trim();
  if (ALIASES[s]) return ALIASES[s]!;
  if (/^https?:\/\/mail\.google\.com\/?$/i.test(s)) return 'https://mail.google.com/';
  if (/^https?:\/\//i.test(s) || s === 'openid') return s;
  return /^[a-z][\w.-]*$/i.test(s) ? AUTH + s : s;
}

export const googleConsentPage: ConsentPageShape = {
  provider: 'google',
  paths: [/^\/signin\/oauth\//, /^\/o\/oauth2\//],
  granular: true,
  canonical,
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/resources/granular-permissions',
    'https://developers.google.com/identity/protocols/oauth2/scopes',
  ],
  permissions: [
    { scopes: [`${AUTH}drive`], phrases: ['See, edit, create, and delete all of your Google Drive files'] },
    { scopes: [`${AUTH}drive.readonly`], phrases: ['See and download all your Google Drive files'] },
    { scopes: [`${AUTH}drive.file`], phrases: ['See, edit, create, and delete only the specific Google Drive files you use with this app'] },
    { scopes: [`${AUTH}drive.metadata`], phrases: ['View and manage metadata of files in your Google Drive'] },
    { scopes: [`${AUTH}drive.metadata.readonly`], phrases: ['See information about your Google Drive files'] },
    { scopes: [`${AUTH}drive.appdata`], phrases: ['See, create, and delete its own configuration data in your Google Drive'] },
    { scopes: ['https://mail.google.com/'], phrases: ['Read, compose, send, and permanently delete all your email from Gmail'] },
    { scopes: [`${AUTH}gmail.modify`], phrases: ['Read, compose, and send emails from your Gmail account'] },
    { scopes: [`${AUTH}gmail.readonly`], phrases: ['View your email messages and settings'] },
    { scopes: [`${AUTH}gmail.send`], phrases: ['Send email on your behalf'] },
    { scopes: [`${AUTH}calendar`], phrases: ['See, edit, share, and permanently delete all the calendars you can access using Google Calendar'] },
    { scopes: [`${AUTH}calendar.readonly`], phrases: ['See and download any calendar you can access using your Google Calendar'] },
    { scopes: [`${AUTH}calendar.events`], phrases: ['View and edit events on all your calendars'] },
    { scopes: [`${AUTH}contacts`], phrases: ['See, edit, download, and permanently delete your contacts'] },
    { scopes: [`${AUTH}contacts.readonly`], phrases: ['See and download your contacts'] },
    { scopes: [`${AUTH}spreadsheets`], phrases: ['See, edit, create, and delete all your Google Sheets spreadsheets'] },
    { scopes: [`${AUTH}spreadsheets.readonly`], phrases: ['See all your Google Sheets spreadsheets'] },
    { scopes: [`${AUTH}documents`], phrases: ['See, edit, create, and delete all your Google Docs documents'] },
    { scopes: [`${AUTH}cloud-platform`], phrases: ['See, edit, configure, and delete your Google Cloud data'] },
    { scopes: [`${AUTH}userinfo.email`], phrases: ['See your primary Google Account email address'] },
    { scopes: [`${AUTH}userinfo.profile`], phrases: ['See your personal info, including any personal info you', 'personal info you’ve made publicly available'] },
    { scopes: ['openid'], phrases: ['Associate you with your personal info on Google'] },
  ],
};
