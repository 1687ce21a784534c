import { google } from 'googleapis';

// Syncs exported reports into one Drive folder. `drive.file` would do: the app only touches files it creates.
const SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/gmail.readonly',
  'https://www.googleapis.com/auth/userinfo.email',
];

export function authUrl(clientId: string, clientSecret: string, redirectUri: string): string {
  const client = new google.auth.OAuth2(clientId, clientSecret, redirectUri);
  return client.generateAuthUrl({ access_type: 'offline', scope: SCOPES });
}
